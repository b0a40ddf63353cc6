import Catalog
import Foundation
import Lifecycle

/// Bounds what one batch seals. SPEC has every bundle carry a copy of its batch's seal.json, which
/// lists all the batch's bundles, so bundles grow with their batch and a night's bytes with the
/// square of its size. A batch that touched more certificates than `limit` keeps the first `limit`
/// and hands the rest, in order, to continuation batches `<id>-part-00002`, `<id>-part-00003`, …:
/// ordinary batches of the chain, each with its own seal and timestamp, sealed right after it.
struct BatchPartition {
    var limit: Int

    /// The batches that seal `batch`'s bundles: `batch` itself first, then its continuations, saved
    /// as imported in one transaction with the touched certificates moved to them.
    /// - Throws: `CatalogError`.
    func split(_ batch: BatchRecord, catalog: any ArchiveCatalog) throws -> [BatchRecord] {
        let touched = try catalog.touchedCertificates(in: batch.id)
        guard touched.count > limit else { return [batch] }
        return try catalog.write {
            var parts = [batch]
            for (index, start) in stride(from: limit, to: touched.count, by: limit).enumerated() {
                let part = BatchRecord(
                    id: Self.continuation(of: batch.id, number: index + 2),
                    source: batch.source,
                    cutoff: batch.cutoff,
                    dropPath: batch.dropPath,
                    dropDigest: batch.dropDigest,
                    startedAt: batch.startedAt,
                    state: .imported
                )
                try catalog.save(part)
                try catalog.moveTouched(
                    Array(touched[start..<min(start + limit, touched.count)]),
                    from: batch.id,
                    to: part.id
                )
                parts.append(part)
            }
            return parts
        }
    }

    /// The batch that `batch` continues, or nil when it is a batch of its own: continuations carry
    /// the drop digest of the batch they continue, which was imported first.
    static func continued(by batch: BatchRecord, catalog: any ArchiveCatalog) throws -> BatchID? {
        guard let first = try catalog.batch(withDropDigest: batch.dropDigest), first.id != batch.id else { return nil }
        return first.id
    }

    /// The id of the `number`th batch (2, 3, …) that seals `batch`'s bundles.
    static func continuation(of batch: BatchID, number: Int) -> BatchID {
        BatchID(batch.rawValue + "-part-" + String(format: "%05d", number))
    }
}
