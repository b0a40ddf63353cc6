import Catalog
import Sealing
import CryptoIO
import Foundation
import Lifecycle
import Storage

/// Seals a batch (SPEC "Evidence bundles and seals"): one new bundle version for every certificate
/// the batch touched, one RFC 4998 hash tree over their tag manifests and the previous seal, one
/// RFC 3161 timestamp over its root, the signed `seal.json`, and an evidence record in every bundle.
package struct BundleJob {
    package var layout: ArchiveLayout
    package var writer: BundleWriter
    package var signer: any SealSigner
    package var authority: any TimestampAuthority
    package var now: @Sendable () -> Date

    package init(
        layout: ArchiveLayout,
        signer: any SealSigner,
        authority: any TimestampAuthority,
        now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.layout = layout
        self.writer = BundleWriter(signer: signer)
        self.signer = signer
        self.authority = authority
        self.now = now
    }

    /// Bags signed, compressed or written at once: enough to keep every core busy, few enough that
    /// memory does not grow with the batch.
    static let bagsInFlight = 64

    /// What the job wrote.
    package struct Summary: Sendable {
        /// The certificate bundles sealed (the batch record not counted).
        package var bundleCount = 0
        /// Touched certificates whose certificate file has not arrived yet; bundled when it does.
        package var awaitingCertificate: [CertificateRef] = []
        package var bytesWritten = 0
        package var seal: BatchSeal?
        /// The bags sealed, for the catalog; the caller removes the list once it has recorded them.
        package var bags: StagedBagList
        package var batchID: BatchID

        /// Calls `body` with the catalog record of every certificate bundle sealed, in path order.
        /// - Throws: `StorageError`, `BundleError`, or what `body` throws.
        package func forEachBundle(_ body: (BundleRecord) throws -> Void) throws {
            try bags.forEach { entry in
                guard let name = entry.name else { return }  // the batch record is no certificate bundle
                try body(
                    BundleRecord(
                        ref: name.ref,
                        version: name.version,
                        path: name.relativePath,
                        tagmanifestSHA256: entry.tagManifestSHA256.hex,
                        batchID: batchID
                    )
                )
            }
        }
    }

    /// Writes and seals the bundles of `batch`; the caller records them in the catalog in the same
    /// transaction that marks the batch sealed. Until then nothing is sealed: a run that stops
    /// half-way leaves staging files that the next run replaces. What grows with the batch stays on
    /// disk (the staged bag list, SQLite's sorter); memory holds the bags in flight and the hash
    /// tree (64 bytes a bag).
    /// - Parameters:
    ///   - previousSeal: the bytes of the previous batch's seal.json, nil for the archive's first batch.
    ///   - continuing: the batch `batch` continues, when it seals what did not fit in that one.
    ///   - validation: the sealing and TSA certificates' chains and status, sealed in the batch record.
    /// - Throws: `BundleError` (nothing is sealed without a timestamp), `StorageError`, `CatalogError`.
    package func run(
        batch: BatchRecord,
        continuing: BatchID? = nil,
        previousSeal: [UInt8]?,
        validation: ValidationData? = nil,
        catalog: any BundlingCatalog
    ) throws -> Summary {
        var summary = Summary(
            bags: StagedBagList(path: layout.staging + "/\(batch.id.rawValue).bags"),
            batchID: batch.id
        )
        try FileIO.makeDirectory(layout.staging)
        FileIO.remove(summary.bags.path)
        do {
            let count = try stage(
                batch,
                continuing: continuing,
                validation: validation,
                catalog: catalog,
                into: &summary
            )
            try seal(count: count, batch: batch, previousSeal: previousSeal, catalog: catalog, into: &summary)
        } catch {
            // Nothing half-written stays behind.
            try? summary.bags.forEach { FileIO.remove(stagingPath(of: $0, batch: batch.id)) }
            FileIO.remove(summary.bags.path)
            FileIO.remove(listStaging(batch.id))
            FileIO.remove(spool(batch.id))
            throw error
        }
        return summary
    }

    /// Writes every bag of the batch to its staging file, the batch's record first, then the
    /// certificates in the order of their paths, and lists them in `summary.bags` in that order,
    /// which is the bundle list's.
    /// - Returns: the bags staged.
    private func stage(
        _ batch: BatchRecord,
        continuing: BatchID?,
        validation: ValidationData?,
        catalog: any BundlingCatalog,
        into summary: inout Summary
    ) throws -> Int {
        // This thread decides versions and names; the workers read each payload from the catalog
        // (read-only connections: the catalog is committed up to here), sign, compress and write.
        let readers = CatalogReaders(catalog)
        var work = OrderedWork<BundleWriter.Staged>(limit: Self.bagsInFlight)
        var failure: (any Error)?
        var listed: [UInt8] = []
        var count = 0
        var lastPath = ""
        func keep(_ results: [Result<BundleWriter.Staged, any Error>]) {
            for result in results {
                switch result {
                case .success(let item):
                    // SQLite gives each issuer's certificates in path order; a path out of order would
                    // make a bundle list that is not the canonical one.
                    if !UTF8Order.precedes(lastPath, item.header.relativePath) {
                        failure =
                            failure
                            ?? BundleError(
                                .archiveWriteFailed,
                                "\(item.header.relativePath) was staged after \(lastPath); nothing was sealed."
                            )
                    }
                    lastPath = item.header.relativePath
                    let entry = StagedBagList.Entry(
                        name: item.header.certificate,
                        tagManifestSHA256: item.tagManifestSHA256,
                        bytes: item.bytes
                    )
                    listed += StagedBagList.encode(entry)
                    count += 1
                case .failure(let error): failure = failure ?? error
                }
            }
        }
        let writer = self.writer
        try FileIO.appendStreaming(to: summary.bags.path, flush: false) { write in
            do {
                // batches/<id>/batch-record.tar.gz comes before every bundles/... path.
                let record = BundleWriter.Header.batchRecord(batchID: batch.id, baggingDate: batch.startedAt)
                let payload = try BatchRecordContent.payload(
                    for: batch,
                    continuing: continuing,
                    validation: validation,
                    layout: layout,
                    spool: spool(batch.id),
                    catalog: catalog
                )
                try refuseToOverwrite(record.relativePath)
                let path = layout.staging + "/" + record.folder + ".staged"
                keep(
                    work.submit {
                        defer { for file in payload { if let spool = file.spool { FileIO.remove(spool.path) } } }
                        return try writer.stage(record, payload: payload, at: path)
                    }
                )
                let register = try catalog.exceptionVersions().latestPerEntry
                let issuers = Dictionary(grouping: try catalog.touchedIssuers(in: batch.id), by: BundleName.issuerKey)
                for key in issuers.keys.sorted(by: UTF8Order.precedes) {
                    try catalog.forEachTouchedCertificate(in: batch.id, issuers: issuers[key] ?? []) { ref in
                        guard try catalog.certificate(ref) != nil else {
                            summary.awaitingCertificate.append(ref)
                            return
                        }
                        var previous = try catalog.latestBundle(of: ref)
                        if let record = previous, record.batchID == batch.id {
                            // a re-run of this batch rewrites its version
                            previous = try catalog.bundle(of: ref, version: record.version - 1)
                        }
                        let name = BundleName(ref: ref, version: (previous?.version ?? 0) + 1)
                        let header = BundleWriter.Header.certificate(
                            name: name,
                            batchID: batch.id,
                            baggingDate: batch.startedAt,
                            previousTagManifestSHA256: previous?.tagmanifestSHA256
                        )
                        try refuseToOverwrite(name.relativePath)
                        let path = layout.staging + "/" + name.folder + ".staged"
                        let sealedBefore = previous.map {
                            (path: layout.absolute($0.path), digest: $0.tagmanifestSHA256)
                        }
                        keep(
                            work.submit {
                                let payload = try readers.withReader {
                                    try BundleContent.payload(for: ref, catalog: $0, register: register)
                                }
                                if let sealedBefore {
                                    try BundleHistory.requireExtension(
                                        of: sealedBefore.path,
                                        tagManifestSHA256: sealedBefore.digest,
                                        by: payload,
                                        name: name
                                    )
                                }
                                return try writer.stage(header, payload: payload, at: path)
                            }
                        )
                        if listed.count >= 1 << 20 {
                            try write(listed)
                            listed.removeAll(keepingCapacity: true)
                        }
                    }
                }
            } catch {
                keep(work.finish())  // a catalog error while bags were in flight: wait for them
                try? write(listed)  // so that the caller removes their staging files
                throw error
            }
            keep(work.finish())
            try write(listed)
            if let failure { throw failure }
        }
        return count
    }

    /// Where `entry`'s bag is staged.
    private func stagingPath(of entry: StagedBagList.Entry, batch: BatchID) -> String {
        layout.staging + "/" + (entry.name?.folder ?? BundleWriter.Header.batchRecordFolder(batch)) + ".staged"
    }

    /// The exception register sealed with the newest batch that sealed one.
    /// - Throws: `CatalogError`, `StorageError`.
    private func lastSealedRegister(catalog: any BundlingCatalog) throws -> (batch: BatchID, bytes: [UInt8])? {
        let sealed = try catalog.batches().filter { $0.state == .sealed }.sorted {
            ($0.sealOrder ?? 0) > ($1.sealOrder ?? 0)
        }
        for batch in sealed {
            let path = layout.batch(batch.id.rawValue) + "/exception-register.jsonl"
            if FileIO.exists(path) { return (batch.id, try FileIO.read(path)) }
        }
        return nil
    }

    /// A bundle file is created once. One already at `path` is the leftover of a run that never
    /// sealed it (the batch its bag-info names has no seal, or a seal that does not list it: a run
    /// stopped before its seal, whose batch was then quarantined or imported again under another
    /// id), and is moved to the quarantine; a bundle a seal lists is never overwritten.
    /// - Throws: `BundleError` `.archiveWriteFailed` naming the file and the batch that sealed it.
    private func refuseToOverwrite(_ path: String) throws {
        let absolute = layout.absolute(path)
        guard FileIO.exists(absolute) else { return }
        let bytes = try? FileIO.read(absolute)
        let owner = bytes.flatMap { try? Bag.read($0, name: path) }?.bagInfo.batchID
        let sealedBy: String? = owner.flatMap { owner in
            guard let sealed = try? SealedBatch.load(layout, name: owner) else {
                // No seal, or one that cannot be read: only a verified absence lets the file go.
                return FileIO.exists(layout.absolute(SealedBatch.sealPath(owner))) ? owner : nil
            }
            return sealed.bundles.contains { $0.path == path } ? owner : nil
        }
        guard owner != nil, sealedBy == nil else {
            throw BundleError(
                .archiveWriteFailed,
                "\(path) exists already (batch \(sealedBy ?? owner ?? "unknown")); a sealed bundle is never "
                    + "overwritten. Run 'qcarchive verify --archive \(layout.root) --all' to see why it is there."
            )
        }
        try Quarantine(layout: layout, now: now()).moveAside(absolute)
    }

    private func seal(
        count: Int,
        batch: BatchRecord,
        previousSeal: [UInt8]?,
        catalog: any BundlingCatalog,
        into summary: inout Summary
    ) throws {
        // The exception register's state is sealed with the batch: a snapshot beside the seal, its digest in it.
        // The file is brought in line with the catalog first, so that what is sealed is what the catalog holds.
        let versions = try catalog.exceptionVersions()
        let registerSnapshot = versions.isEmpty ? nil : try ExceptionRegisterFile.bytes(versions)
        // Versions are only appended: what was sealed before must be the start of what is sealed now,
        // or the catalog's register was edited (the seal would contradict the earlier one for good).
        if let sealedBefore = try lastSealedRegister(catalog: catalog),
            !(registerSnapshot ?? []).starts(with: sealedBefore.bytes)
        {
            throw BundleError(
                .historyRewritten,
                "The catalog's exception register no longer starts with the register sealed in batch "
                    + "\(sealedBefore.batch); it was edited after sealing, so nothing was sealed. Run 'qcarchive "
                    + "verify --archive \(layout.root) --catalog' to see what differs, then 'qcarchive reindex'."
            )
        }
        if registerSnapshot != nil { try ExceptionRegisterFile.write(versions, layout: layout) }
        // Format 2: the list beside the seal, the seal of constant size (SPEC "Batch seal"). The staged
        // bags are in path order: the list is written as they are read, under a temporary name that
        // recovery removes, and named once every bundle is in place.
        let folder = layout.batch(batch.id.rawValue)
        try FileIO.makeDirectory(folder)
        let listTemporary = listStaging(batch.id)
        FileIO.remove(listTemporary)
        var tagManifests: [UInt8] = []
        tagManifests.reserveCapacity((count + 1) * 32)  // and the previous seal's leaf
        var listHasher = SHA256Hasher()
        try FileIO.appendStreaming(to: listTemporary) { write in
            var lines: [UInt8] = []
            try summary.bags.forEach { entry in
                tagManifests += entry.tagManifestSHA256.bytes
                let line = BundleList.line(
                    BatchSeal.Bundle(
                        path: relativePath(of: entry, batch: batch.id),
                        tagmanifestSHA256: entry.tagManifestSHA256.hex
                    )
                )
                listHasher.update(line)
                lines += line
                if lines.count >= 1 << 20 {
                    try write(lines)
                    lines.removeAll(keepingCapacity: true)
                }
            }
            try write(lines)
        }
        var seal = BatchSeal(
            batchID: batch.id.rawValue,
            sealedAt: RFC3339.format(now()),
            root: "",
            bundleCount: count,
            bundleListSHA256: listHasher.finalize().hex,
            previousSealSHA256: previousSeal.map { SHA256Digest.of($0).hex },
            exceptionRegisterSHA256: registerSnapshot.map { SHA256Digest.of($0).hex }
        )
        let tree = HashTree(sha256Leaves: seal.leaves(tagManifests: consume tagManifests))
        seal.root = tree.root.hex
        let response = try authority.timestamp(tree.root)
        let sealJSON = try DocumentJSON.encode(seal)
        let sealFiles = try BundleWriter.SealFiles(sealJSON: sealJSON, sealSignature: try signer.sign(sealJSON))

        let placing = StagedFiles(root: layout.root, keepingExisting: false)
        var work = OrderedWork<Int>(limit: Self.bagsInFlight)
        var failure: (any Error)?
        func add(_ results: [Result<Int, any Error>]) {
            for result in results {
                switch result {
                case .success(let bytes): summary.bytesWritten += bytes
                case .failure(let error): failure = failure ?? error
                }
            }
        }
        let (writer, layout, token) = (self.writer, self.layout, response.token)
        do {
            try summary.bags.forEach { entry in
                let item = BundleWriter.Staged(
                    // finish() writes the folder and the date: the bag-info is in the staged member already
                    header: entry.name.map {
                        .certificate(
                            name: $0,
                            batchID: batch.id,
                            baggingDate: batch.startedAt,
                            previousTagManifestSHA256: nil
                        )
                    } ?? .batchRecord(batchID: batch.id, baggingDate: batch.startedAt),
                    stagingPath: stagingPath(of: entry, batch: batch.id),
                    tagManifestSHA256: entry.tagManifestSHA256,
                    bytes: entry.bytes
                )
                let reduced =
                    tree.leafIndex(of: Digest(entry.tagManifestSHA256)).map(tree.reducedTree(forLeafAt:)) ?? []
                summary.bytesWritten += entry.bytes
                if entry.name != nil { summary.bundleCount += 1 }
                add(
                    work.submit {
                        let record = try EvidenceRecord(reducedHashTree: reduced, timeStampToken: token).der()
                        return try writer.finish(
                            item,
                            seal: sealFiles,
                            evidenceRecord: record,
                            at: layout.absolute(item.header.relativePath),
                            placing: placing
                        )
                    }
                )
            }
        } catch {
            add(work.finish())  // the list could not be read: wait for the bags in flight
            throw error
        }
        add(work.finish())
        if let failure { throw failure }
        try placing.place()  // every bundle durable in place before the seal that lists them
        // The batch's seal last: a seal on disk always has its bundles in place.
        if let registerSnapshot {
            try FileIO.createExclusively(registerSnapshot, at: folder + "/exception-register.jsonl")
        }
        try FileIO.placeExclusively(listTemporary, at: folder + "/bundles.jsonl")
        try FileIO.createExclusively(response.der, at: folder + "/timestamp.tsr")
        try FileIO.createExclusively(sealFiles.sealSignature, at: folder + "/seal.json.p7s")
        try FileIO.createExclusively(sealJSON, at: folder + "/seal.json")
        summary.seal = seal
    }

    /// Where the batch record's largest payload file waits for its bag (`BatchRecordContent`).
    private func spool(_ batch: BatchID) -> String { layout.staging + "/\(batch.rawValue).drop-files.json" }

    /// bundles.jsonl while it is written (a temporary name, which recovery removes).
    private func listStaging(_ batch: BatchID) -> String { layout.batch(batch.rawValue) + "/.tmp-bundles.jsonl" }

    /// `entry`'s bundle file, relative to the archive root.
    private func relativePath(of entry: StagedBagList.Entry, batch: BatchID) -> String {
        entry.name?.relativePath ?? BundleWriter.Header.batchRecordPath(batch)
    }
}
