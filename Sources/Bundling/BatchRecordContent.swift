import Catalog
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
    struct DropFileDocument: Codable {
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
        let files = try catalog.dropFiles(of: batch.id).map {
            DropFileDocument(path: $0.path, sha256: $0.sha256, size: $0.size, kind: $0.kind)
        }
        let sealing = try catalog.batches().filter { $0.dropDigest == batch.dropDigest }.map(\.id)
        let events = try catalog.eventsCarriedByNoBundle(of: batch.id, bundledIn: sealing)
        let findings = try catalog.findings(FindingFilter(batchID: batch.id, applicationOnly: true))
        return [
            batchFile,
            BagIt.File(
                path: "data/report.json",
                bytes: try FileIO.read(layout.batch(batch.id.rawValue) + "/report.json")
            ),
            BagIt.File(path: "data/drop-files.json", bytes: try DocumentJSON.encode(files)),
            BagIt.File(path: "data/events.json", bytes: try DocumentJSON.encode(LifecycleDocument.Entry.list(events))),
            BagIt.File(path: "data/findings.json", bytes: try DocumentJSON.encode(findings.map(FindingDocument.init))),
        ] + validationFiles
    }
}
