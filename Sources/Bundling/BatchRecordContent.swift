import Catalog
import Foundation
import Lifecycle
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
            case batchID = "batch_id", source, cutoff, dropPath = "drop_path", dropDigest = "drop_digest", startedAt = "started_at"
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

    /// Builds the payload: batch.json, events.json (the events no certificate bundle of the batch
    /// carries), findings.json (findings about applications only) and, for a batch of its own (not a
    /// continuation, whose drop is recorded by the batch it continues), report.json and drop-files.json.
    /// - Throws: `CatalogError`, `StorageError`.
    package static func payload(for batch: BatchRecord, continuing: BatchID?, layout: ArchiveLayout, catalog: any ArchiveCatalog) throws -> [BagIt.File] {
        let document = BatchDocument(
            batchID: batch.id.rawValue, source: batch.source, cutoff: batch.cutoff, dropPath: batch.dropPath, dropDigest: batch.dropDigest,
            startedAt: RFC3339.format(batch.startedAt), continuesBatch: continuing?.rawValue)
        let events = try catalog.eventsCarriedByNoBundle(of: batch.id)
        let findings = try catalog.findings(FindingFilter(batchID: batch.id, applicationOnly: true))
        var payload = [
            BagIt.File(path: "data/batch.json", bytes: try DocumentJSON.encode(document)),
            BagIt.File(path: "data/events.json", bytes: try DocumentJSON.encode(LifecycleDocument.Entry.list(events))),
            BagIt.File(path: "data/findings.json", bytes: try DocumentJSON.encode(findings.map(FindingDocument.init))),
        ]
        if continuing == nil {
            let files = try catalog.dropFiles(of: batch.id).map { DropFileDocument(path: $0.path, sha256: $0.sha256, size: $0.size, kind: $0.kind) }
            payload.append(BagIt.File(path: "data/report.json", bytes: try FileIO.read(layout.batch(batch.id.rawValue) + "/report.json")))
            payload.append(BagIt.File(path: "data/drop-files.json", bytes: try DocumentJSON.encode(files)))
        }
        return payload
    }
}
