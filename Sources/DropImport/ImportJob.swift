import CryptoIO
import Catalog
import Foundation
import Lifecycle
import Storage

/// Imports one drop into the catalog: archive every file as-is, then parse what the batch needs,
/// rejecting bad records with file, line and reason while the valid ones import (SPEC "Bad input").
package struct ImportJob: Sendable {
    package var layout: ArchiveLayout
    package var dropPath: String
    package var requestedBatchID: BatchID?
    /// The clock, injected so that batch ids and dates are reproducible in tests.
    package var now: @Sendable () -> Date
    /// Called as files are archived and records parsed (the CLI draws it on a terminal only).
    package var progress: (@Sendable (ImportProgress) -> Void)?
    /// Certificate files parsed at once: enough to keep every core busy, few enough that memory
    /// does not grow with the night.
    package var certificatesAtOnce = 4096

    package init(
        layout: ArchiveLayout,
        dropPath: String,
        requestedBatchID: BatchID? = nil,
        now: @escaping @Sendable () -> Date = Date.init,
        progress: (@Sendable (ImportProgress) -> Void)? = nil
    ) {
        self.layout = layout
        self.dropPath = dropPath
        self.requestedBatchID = requestedBatchID
        self.now = now
        self.progress = progress
    }

    /// What the import did.
    package enum Outcome: Sendable {
        /// The drop was imported into this batch (or had been, and the batch awaits sealing).
        case imported(BatchRecord, ImportReport)
        /// The same drop was already sealed as this batch; nothing was changed.
        case alreadySealed(BatchRecord)
    }

    /// Runs the import in one catalog transaction.
    /// - Throws: `ImportError` when the drop cannot be read or the batch id is taken by another drop;
    ///   `StorageError` or `CatalogError` when the archive cannot be written.
    package func run(catalog: any ImportCatalog) throws -> Outcome {
        let drop = ArchiveLayout(root: dropPath).root  // absolute and standardized
        let (entries, refused) = try DropScanner.scan(drop)
        let store = ContentStore(layout: layout)
        store.removeInterruptedStaging()
        // What each drop file became in the store, by index, kept flat (a million files a night).
        var digests: [UInt8] = []
        digests.reserveCapacity(entries.count * 32)
        var sizes: [Int64] = []
        var isNew: [Bool] = []
        func digestBytes(_ index: Int) -> ArraySlice<UInt8> { digests[(index * 32)..<(index * 32 + 32)] }
        func digest(_ index: Int) -> SHA256Digest { SHA256Digest(bytes: Array(digestBytes(index))) }
        let staged = StagedFiles(root: layout.root, keepingExisting: true)
        // Copied and hashed on every core; in drop order.
        var work = OrderedWork<(digest: SHA256Digest, size: Int64, isNew: Bool)>(limit: 64)
        func keep(_ results: [Result<(digest: SHA256Digest, size: Int64, isNew: Bool), any Error>]) throws {
            for result in results {
                let item = try result.get()
                digests += item.digest.bytes
                sizes.append(item.size)
                isNew.append(item.isNew)
            }
        }
        for (index, entry) in entries.enumerated() {
            progress?(
                ImportProgress(
                    phase: .archiving,
                    filesDone: index,
                    filesTotal: entries.count,
                    records: 0,
                    currentFile: entry.path
                )
            )
            try keep(
                work.submit {
                    let put = try store.putFile(rawPath: entry.rawAbsolutePath, staged: staged)
                    return (put.digest, put.size, put.isNew)
                }
            )
        }
        try keep(work.finish())
        try store.commit(staged)  // every drop file is durable in the store before anything is parsed
        // Of two equal files stored at once, the first in drop order is the new one.
        let newByDigest = isNew.indices.filter { isNew[$0] }.sorted {
            let (left, right) = (digestBytes($0), digestBytes($1))
            return left == right ? $0 < $1 : left.lexicographicallyPrecedes(right)
        }
        for (previous, index) in zip(newByDigest, newByDigest.dropFirst())
        where digestBytes(previous) == digestBytes(index) {
            isNew[index] = false
        }
        let dropDigest = Self.digest(of: entries.indicesByPath().lazy.map { (entries.path(at: $0), digest($0)) })

        var report = ImportReport(batchID: BatchID(""), drop: drop)
        var info = BatchInfo()
        if let batchFile = entries.first(where: { $0.kind == .batchInfo }) {
            do {
                info = try BatchInfo.decode(try FileIO.read(batchFile.absolutePath))
                report.count(.batchInfo) { $0.accepted += 1 }
            } catch let reason as RejectReason {
                report.reject(.batchInfo, file: batchFile.path, line: nil, reason)
            }
        }
        var batchID =
            requestedBatchID ?? info.batchID.map(BatchID.init)
            ?? BatchID("\(RFC3339.formatDate(now()))-\(dropDigest.hex.prefix(8))")
        report.batchID = batchID
        if BatchIdentifier.isReservedForContinuation(batchID.rawValue) {
            throw ImportError(
                .batchConflict,
                "The batch id \(batchID) ends in -part-NNNNN, which names the continuation batches of a large night; "
                    + "give this drop another --batch-id."
            )
        }

        if let earlier = try catalog.batch(withDropDigest: dropDigest.hex) {
            if earlier.state == .sealed { return .alreadySealed(earlier) }
            // The same drop was imported before but not sealed (e.g. the TSA was down): resume that batch.
            batchID = earlier.id
            report.batchID = batchID
        }
        if let existing = try catalog.batch(batchID) {
            guard existing.dropDigest == dropDigest.hex else {
                throw ImportError(
                    .batchConflict,
                    "Batch \(batchID) already holds a different drop (\(existing.dropPath)); give this drop another "
                        + "--batch-id."
                )
            }
            if existing.state != .importing,
                let saved = try? FileIO.read(layout.batch(batchID.rawValue) + "/report.json"),
                let previous = try? JSONDecoder().decode(ImportReport.self, from: Data(saved))
            {
                return .imported(existing, previous)
            }
        }

        // The files records name by path (documents, CRLs); not the certificates, a million a night.
        let named = Dictionary(
            entries.indices.filter { entries.kind(at: $0) != .certificate }.map { (entries.path(at: $0), digest($0)) },
            uniquingKeysWith: { first, _ in first }
        )
        var batch = BatchRecord(
            id: batchID,
            source: info.source,
            cutoff: info.cutoff,
            dropPath: drop,
            dropDigest: dropDigest.hex,
            startedAt: now(),
            state: .importing
        )
        var registerChanged = false
        try catalog.write {
            try catalog.save(batch)
            for (path, reason) in refused {
                report.reject(.unrecognized, file: path, line: nil, reason)
            }
            var index = 0
            while index < entries.count {
                // A run of certificate files is imported together (on every core), a chunk at a time;
                // any other file alone.
                var end = index + 1
                if entries.kind(at: index) == .certificate {
                    while end < entries.count && end - index < certificatesAtOnce
                        && entries.kind(at: end) == .certificate
                    {
                        end += 1
                    }
                }
                for file in index..<end {
                    if isNew[file] { report.filesArchived += 1 } else { report.filesAlreadyStored += 1 }
                    try catalog.record(
                        DropFileRecord(
                            batchID: batchID,
                            path: entries.path(at: file),
                            sha256: digest(file).hex,
                            size: sizes[file],
                            kind: entries.kind(at: file).rawValue
                        )
                    )
                }
                var importer = RecordImporter(
                    catalog: catalog,
                    batchID: batchID,
                    store: store,
                    digests: named,
                    report: report
                )
                importer.now = batch.startedAt
                let (first, total, current) = (index, entries.count, entries.path(at: index))
                importer.progress = progress.map { callback in
                    { records in
                        callback(
                            ImportProgress(
                                phase: .parsing,
                                filesDone: first,
                                filesTotal: total,
                                records: records,
                                currentFile: current
                            )
                        )
                    }
                }
                // Parse the archived copy, not the drop file: what is parsed is what was archived,
                // even if the producer changes the drop meanwhile.
                let archived = (index..<end).map { file in
                    var entry = entries[file]
                    entry.absolutePath = store.path(of: digest(file))
                    return (entry: entry, size: sizes[file])
                }
                if entries.kind(at: index) == .certificate {
                    try importer.importCertificates(archived)
                } else {
                    try importer.importFile(archived[0].entry, digest: digest(index), size: archived[0].size)
                }
                report = importer.report
                registerChanged = registerChanged || importer.registerChanged
                index = end
            }
            try catalog.touchCertificatesOfApplications(in: batchID)
            try catalog.refreshOrigins(touchedIn: batchID)
            report.touchedCertificates = try catalog.touchedCount(in: batchID)
            for reject in report.rejects {
                try catalog.insert(
                    RejectRecord(
                        batchID: batchID,
                        file: reject.file,
                        line: reject.line,
                        reasonClass: reject.reasonClass,
                        message: reject.reason
                    )
                )
            }
            batch.state = .imported
            try catalog.save(batch)
            // Written inside the transaction: if the commit fails, a re-run rewrites it.
            try FileIO.writeAtomically(
                try DocumentJSON.encode(report),
                to: layout.batch(batchID.rawValue) + "/report.json"
            )
        }
        // The register file follows the committed catalog (written after the commit, never before).
        if registerChanged { try ExceptionRegisterFile.write(try catalog.exceptionVersions(), layout: layout) }
        return .imported(batch, report)
    }

    /// SHA-256 over the `path NUL sha256 LF` lines of `files`, given sorted by path (UTF-8 bytes):
    /// equal drops, equal digest.
    static func digest(of files: some Sequence<(String, SHA256Digest)>) -> SHA256Digest {
        var hasher = SHA256Hasher()
        for (path, digest) in files {
            hasher.update(Array(path.utf8) + [0] + Array(digest.hex.utf8) + [0x0A])
        }
        return hasher.finalize()
    }
}
