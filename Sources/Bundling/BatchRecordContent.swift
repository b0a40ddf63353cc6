import Catalog
import CryptoIO
import Foundation
import Lifecycle
import Sealing
import Storage

/// The payload of a batch's own record (`batches/<id>/batch-record.tar.gz`, sealed with the batch
/// like a bundle): what the catalog knows of the batch that no certificate bundle carries, so that
/// `reindex` can rebuild the catalog from sealed files alone.
package enum BatchRecordContent {
    /// `data/batch.json`.
    struct BatchDocument: Codable {
        var batchID: String
        var source: String?
        var cutoff: String?
        var dropPath: String
        var dropDigest: String
        var startedAt: String
        /// The batch this one continues (it seals the bundles that did not fit in that batch).
        var continuesBatch: String?
        enum CodingKeys: String, CodingKey {
            case batchID = "batch_id", source, cutoff, dropPath = "drop_path", dropDigest = "drop_digest", startedAt =
                "started_at"
            case continuesBatch = "continues_batch"
        }
    }

    /// One entry of `data/drop-files.json`: a drop file and where its bytes are in the content store.
    package struct DropFileDocument: Codable {
        var path: String
        var sha256: String
        var size: Int64
        var kind: String
    }

    /// Builds the payload: batch.json and, for a batch of its own (a continuation's drop, events and
    /// findings are recorded by the batch it continues), report.json, drop-files.json, events.json
    /// (the events that no certificate bundle of the batch or its continuations carries) and
    /// findings.json (findings about applications only); and the validation data sealed with the batch.
    /// - Throws: `CatalogError`, `StorageError`.
    package static func payload(
        for batch: BatchRecord,
        continuing: BatchID?,
        validation: ValidationData? = nil,
        layout: ArchiveLayout,
        spool: String,
        catalog: any BatchLedger & FindingRegister
    ) throws -> [BagIt.File] {
        let document = BatchDocument(
            batchID: batch.id.rawValue,
            source: batch.source,
            cutoff: batch.cutoff,
            dropPath: batch.dropPath,
            dropDigest: batch.dropDigest,
            startedAt: RFC3339.format(batch.startedAt),
            continuesBatch: continuing?.rawValue
        )
        let batchFile = BagIt.File(path: "data/batch.json", bytes: try DocumentJSON.encode(document))
        var validationFiles: [BagIt.File] = []
        if let validation {
            validationFiles.append(
                BagIt.File(path: ValidationDocument.path, bytes: try DocumentJSON.encode(validation.document))
            )
            validationFiles += validation.files.map { BagIt.File(path: $0.path, bytes: $0.bytes) }
        }
        guard continuing == nil else { return [batchFile] + validationFiles }
        let files = try spoolDropFiles(of: batch.id, to: spool, catalog: catalog)
        let sealing = try catalog.batches().filter { $0.dropDigest == batch.dropDigest }.map(\.id)
        let events = try catalog.eventsCarriedByNoBundle(of: batch.id, bundledIn: sealing)
        let findings = try catalog.findings(FindingFilter(batchID: batch.id, applicationOnly: true))
        return [
            batchFile,
            BagIt.File(
                path: "data/report.json",
                bytes: try FileIO.read(layout.batch(batch.id.rawValue) + "/report.json")
            ),
            BagIt.File(path: "data/drop-files.json", spool: files),
            BagIt.File(path: "data/events.json", bytes: try DocumentJSON.encode(LifecycleDocument.Entry.list(events))),
            BagIt.File(path: "data/findings.json", bytes: try DocumentJSON.encode(findings.map(FindingDocument.init))),
        ] + validationFiles
    }

    /// Writes `data/drop-files.json` (the drop's files, by path, as `DocumentJSON` writes the list) to
    /// `spool` a file at a time, so that a night of a million drop files is never held in memory.
    /// - Throws: `CatalogError`, `StorageError`, `EncodingError`.
    static func spoolDropFiles(
        of batch: BatchID,
        to spool: String,
        catalog: any BatchLedger
    ) throws -> BagIt.File.Spool {
        var hasher = SHA256Hasher()
        var size = 0
        FileIO.remove(spool)
        try FileIO.appendStreaming(to: spool, flush: false) { write in
            var pending: [UInt8] = []
            var list = DropFilesList()
            try catalog.forEachDropFile(of: batch) { file in
                pending += try list.element(DropFileDocument(file))
                guard pending.count >= 1 << 20 else { return }
                hasher.update(pending)
                size += pending.count
                try write(pending)
                pending.removeAll(keepingCapacity: true)
            }
            pending += try list.end()
            hasher.update(pending)
            size += pending.count
            try write(pending)
        }
        return BagIt.File.Spool(path: spool, size: size, sha256: hasher.finalize())
    }

    /// The bytes of `DocumentJSON.encode([DropFileDocument])`, an element at a time.
    package struct DropFilesList {
        private var count = 0

        package init() {}

        /// The element's bytes, with what comes before it.
        package mutating func element(_ file: DropFileDocument) throws -> [UInt8] {
            defer { count += 1 }
            // An element alone is `{\n  "kind" : ...\n}\n`; in the list each of its lines is indented once more.
            let alone = try DocumentJSON.encode(file).dropLast()
            var out: [UInt8] = Array((count == 0 ? "[\n  " : ",\n  ").utf8)
            for byte in alone {
                out.append(byte)
                if byte == 0x0A { out += [0x20, 0x20] }
            }
            return out
        }

        /// What ends the list.
        package func end() throws -> [UInt8] {
            count == 0 ? try DocumentJSON.encode([DropFileDocument]()) : Array("\n]\n".utf8)
        }
    }
}

extension BatchRecordContent.DropFileDocument {
    package init(_ record: DropFileRecord) {
        self.init(path: record.path, sha256: record.sha256, size: record.size, kind: record.kind)
    }
}
