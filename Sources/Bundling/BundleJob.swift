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
        package var bundles: [BundleRecord] = []
        /// Touched certificates whose certificate file has not arrived yet; bundled when it does.
        package var awaitingCertificate: [CertificateRef] = []
        package var bytesWritten = 0
        package var seal: BatchSeal?
    }

    /// Writes and seals the bundles of `batch`; the caller records them in the catalog in the same
    /// transaction that marks the batch sealed. Until then nothing is sealed: a run that stops
    /// half-way leaves staging files that the next run replaces.
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
        var summary = Summary()
        var staged: [BundleWriter.Staged] = []
        // This thread decides versions and names; the workers read each payload from the catalog
        // (read-only connections: the catalog is committed up to here), sign, compress and write.
        let readers = CatalogReaders(catalog)
        var work = OrderedWork<BundleWriter.Staged>(limit: Self.bagsInFlight)
        var failure: (any Error)?
        func keep(_ results: [Result<BundleWriter.Staged, any Error>]) {
            for result in results {
                switch result {
                case .success(let item): staged.append(item)
                case .failure(let error): failure = failure ?? error
                }
            }
        }
        func collect() throws {
            keep(work.finish())
            if let failure { throw failure }
        }
        let writer = self.writer
        do {
            let register = try catalog.exceptionVersions().latestPerEntry
            for ref in try catalog.touchedCertificates(in: batch.id) {
                guard try catalog.certificate(ref) != nil else {
                    summary.awaitingCertificate.append(ref)
                    continue
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
                let sealedBefore = previous.map { (path: layout.absolute($0.path), digest: $0.tagmanifestSHA256) }
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
            }
            let record = BundleWriter.Header.batchRecord(batchID: batch.id, baggingDate: batch.startedAt)
            let payload = try BatchRecordContent.payload(
                for: batch,
                continuing: continuing,
                validation: validation,
                layout: layout,
                catalog: catalog
            )
            try refuseToOverwrite(record.relativePath)
            let path = layout.staging + "/" + record.folder + ".staged"
            keep(work.submit { try writer.stage(record, payload: payload, at: path) })
            try collect()
            try seal(staged, batch: batch, previousSeal: previousSeal, catalog: catalog, into: &summary)
        } catch {
            keep(work.finish())  // a catalog error while bags were in flight: wait for them
            for item in staged { FileIO.remove(item.stagingPath) }  // nothing half-written stays behind
            throw error
        }
        return summary
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
        _ staged: [BundleWriter.Staged],
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
        let bundles = staged.map {
            BatchSeal.Bundle(path: $0.header.relativePath, tagmanifestSHA256: $0.tagManifestSHA256.hex)
        }
        // Format 2: the list beside the seal, the seal of constant size (SPEC "Batch seal").
        let list = BundleList.encode(bundles)
        var seal = BatchSeal(
            batchID: batch.id.rawValue,
            sealedAt: RFC3339.format(now()),
            root: "",
            bundleCount: bundles.count,
            bundleListSHA256: SHA256Digest.of(list).hex,
            previousSealSHA256: previousSeal.map { SHA256Digest.of($0).hex },
            exceptionRegisterSHA256: registerSnapshot.map { SHA256Digest.of($0).hex }
        )
        let tree = HashTree(leaves: seal.leaves(bundles))
        seal.root = tree.root.hex
        let response = try authority.timestamp(tree.root)
        let sealJSON = try DocumentJSON.encode(seal)
        let sealFiles = try BundleWriter.SealFiles(sealJSON: sealJSON, sealSignature: try signer.sign(sealJSON))

        let placing = StagedFiles(root: layout.root, keepingExisting: false)
        let indices = Dictionary(
            tree.leaves.enumerated().map { ($0.element, $0.offset) },
            uniquingKeysWith: { first, _ in first }
        )
        var work = OrderedWork<Int>(limit: Self.bagsInFlight)
        var appended: [Result<Int, any Error>] = []
        let (writer, layout, token) = (self.writer, self.layout, response.token)
        for item in staged {
            let reduced = indices[Digest(item.tagManifestSHA256)].map(tree.reducedTree(forLeafAt:)) ?? []
            appended += work.submit {
                let record = try EvidenceRecord(reducedHashTree: reduced, timeStampToken: token).der()
                return try writer.finish(
                    item,
                    seal: sealFiles,
                    evidenceRecord: record,
                    at: layout.absolute(item.header.relativePath),
                    placing: placing
                )
            }
        }
        appended += work.finish()
        for (item, appended) in zip(staged, appended) {
            summary.bytesWritten += item.bytes + (try appended.get())
            guard let name = item.header.certificate else { continue }  // the batch record is no certificate bundle
            summary.bundles.append(
                BundleRecord(
                    ref: name.ref,
                    version: name.version,
                    path: name.relativePath,
                    tagmanifestSHA256: item.tagManifestSHA256.hex,
                    batchID: batch.id
                )
            )
        }
        try placing.place()  // every bundle durable in place before the seal that lists them
        // The batch's seal last: a seal on disk always has its bundles in place.
        let folder = layout.batch(batch.id.rawValue)
        if let registerSnapshot {
            try FileIO.createExclusively(registerSnapshot, at: folder + "/exception-register.jsonl")
        }
        try FileIO.createExclusively(list, at: folder + "/bundles.jsonl")
        try FileIO.createExclusively(response.der, at: folder + "/timestamp.tsr")
        try FileIO.createExclusively(sealFiles.sealSignature, at: folder + "/seal.json.p7s")
        try FileIO.createExclusively(sealJSON, at: folder + "/seal.json")
        summary.seal = seal
    }
}
