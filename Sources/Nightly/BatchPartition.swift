import Catalog
import Foundation
import Lifecycle

/// Format-1 archives (earlier versions) split a night beyond `bundles_per_batch` into continuation
/// batches `<id>-part-NNNNN`, each sealed on its own. Format 2 seals one batch per drop; what
/// remains is recognising a continuation an earlier version left imported, so that it is sealed
/// as what it is (without the gates, which ran for the batch it continues).
enum BatchPartition {
    /// The batch that `batch` continues, or nil when it is a batch of its own: continuations carry
    /// the drop digest of the batch they continue, which was imported first.
    static func continued(by batch: BatchRecord, catalog: any BatchLedger) throws -> BatchID? {
        guard let first = try catalog.batch(withDropDigest: batch.dropDigest), first.id != batch.id else { return nil }
        return first.id
    }
}
