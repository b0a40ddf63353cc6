import Catalog
import Foundation
import Lifecycle

/// Records a sealed batch in the catalog in one transaction: its bundles and its state, seal order
/// and time. Used when a run seals a batch and when recovery adopts a seal an interrupted run wrote.
enum SealRecording {
    /// - Returns: the batch as recorded.
    /// - Throws: `CatalogError`.
    static func record(
        _ batch: BatchRecord,
        bundles: [BundleRecord],
        sealedAt: Date,
        order: Int,
        catalog: any CatalogMaintenance & BatchLedger & EvidenceSource
    ) throws -> BatchRecord {
        try record(batch, forEachBundle: bundles.forEach, sealedAt: sealedAt, order: order, catalog: catalog)
    }

    /// `record` for bundles read as they are recorded (a batch's staged bag list, on disk).
    static func record(
        _ batch: BatchRecord,
        forEachBundle: ((BundleRecord) throws -> Void) throws -> Void,
        sealedAt: Date,
        order: Int,
        catalog: any CatalogMaintenance & BatchLedger & EvidenceSource
    ) throws -> BatchRecord {
        var sealed = batch
        try catalog.write {
            try forEachBundle { bundle in
                guard try catalog.bundle(of: bundle.ref, version: bundle.version) == nil else { return }
                try catalog.insert(bundle)
            }
            // Certificates still awaiting their file stay touched by the next batch that brings it.
            sealed.sealOrder = order
            sealed.state = .sealed
            sealed.sealedAt = sealedAt
            try catalog.save(sealed)
        }
        return sealed
    }

    /// The seal order of the newest sealed batch (0 before the first) and its seal.json path.
    /// - Throws: `CatalogError`.
    static func lastSealed(_ catalog: any BatchLedger) throws -> BatchRecord? {
        try catalog.batches().filter { $0.state == .sealed }.max { ($0.sealOrder ?? 0) < ($1.sealOrder ?? 0) }
    }
}
