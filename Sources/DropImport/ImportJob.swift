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
        var stored: [(entry: DropEntry, digest: SHA256Digest, size: Int64, isNew: Bool)] = []
        let staged = StagedFiles(root: layout.root, keepingExisting: true)
        // Copied and hashed on every core; in drop order. Of two equal files stored at once, the
        // first in drop order is the new one.
        var work = OrderedWork<(entry: DropEntry, digest: SHA256Digest, size: Int64, isNew: Bool)>(limit: 64)
        var seen: Set<SHA256Digest> = []
        func keep(
            _ results: [Result<(entry: DropEntry, digest: SHA256Digest, size: Int64, isNew: Bool), any Error>]
        ) throws {
            for result in results {
                var item = try result.get()
                item.isNew = item.isNew && seen.insert(item.digest).inserted
                stored.append(item)
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
                    return (entry, put.digest, put.size, put.isNew)
                }
            )
        }
        try keep(work.finish())
        try store.commit(staged)  // every drop file is durable in the store before anything is parsed
        let dropDigest = Self.digest(of: stored.map { ($0.entry.path, $0.digest) })

        var report = ImportReport(batchID: BatchID(""), drop: drop)
        var info = BatchInfo()
        if let batchFile = stored.first(where: { $0.entry.kind == .batchInfo }) {
            do {
                info = try BatchInfo.decode(try FileIO.read(batchFile.entry.absolutePath))
                report.count(.batchInfo) { $0.accepted += 1 }
            } catch let reason as RejectReason {
                report.reject(.batchInfo, file: batchFile.entry.path, line: nil, reason)
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

        let digests = Dictionary(stored.map { ($0.entry.path, $0.digest) }, uniquingKeysWith: { first, _ in first })
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
            while index < stored.count {
                // A run of certificate files is imported together (on every core); any other file alone.
                var end = index + 1
                if stored[index].entry.kind == .certificate {
                    while end < stored.count && stored[end].entry.kind == .certificate { end += 1 }
                }
                let files = stored[index..<end]
                for item in files {
                    if item.isNew { report.filesArchived += 1 } else { report.filesAlreadyStored += 1 }
                    try catalog.record(
                        DropFileRecord(
                            batchID: batchID,
                            path: item.entry.path,
                            sha256: item.digest.hex,
                            size: item.size,
                            kind: item.entry.kind.rawValue
                        )
                    )
                }
                var importer = RecordImporter(
                    catalog: catalog,
                    batchID: batchID,
                    store: store,
                    digests: digests,
                    report: report
                )
                importer.now = batch.startedAt
                let (first, total) = (index, stored.count)
                importer.progress = progress.map { callback in
                    { records in
                        callback(
                            ImportProgress(
                                phase: .parsing,
                                filesDone: first,
                                filesTotal: total,
                                records: records,
                                currentFile: files.first?.entry.path ?? ""
                            )
                        )
                    }
                }
                // Parse the archived copy, not the drop file: what is parsed is what was archived,
                // even if the producer changes the drop meanwhile.
                let archived = files.map { item in
                    var entry = item.entry
                    entry.absolutePath = store.path(of: item.digest)
                    return (entry: entry, digest: item.digest, size: item.size)
                }
                if stored[index].entry.kind == .certificate {
                    try importer.importCertificates(archived.map { ($0.entry, $0.size) })
                } else {
                    try importer.importFile(archived[0].entry, digest: archived[0].digest, size: archived[0].size)
                }
                report = importer.report
                registerChanged = registerChanged || importer.registerChanged
                index = end
            }
            try catalog.touchCertificatesOfApplications(in: batchID)
            try catalog.refreshOrigins(touchedIn: batchID)
            report.touchedCertificates = try catalog.touchedCertificates(in: batchID).count
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

    /// SHA-256 over the sorted `path NUL sha256 LF` lines: equal drops, equal digest.
    static func digest(of files: [(String, SHA256Digest)]) -> SHA256Digest {
        var hasher = SHA256Hasher()
        for (path, digest) in files.sorted(by: { UTF8Order.precedes($0.0, $1.0) }) {
            hasher.update(Array(path.utf8) + [0] + Array(digest.hex.utf8) + [0x0A])
        }
        return hasher.finalize()
    }
}
