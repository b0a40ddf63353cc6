import Lifecycle

/// Batches and what each one holds of the drop: its files, its rejects, its bundles, and the
/// events none of its bundles carries (its batch record's).
package protocol BatchLedger: AnyObject {
    func batch(_ id: BatchID) throws -> BatchRecord?
    func batch(withDropDigest digest: String) throws -> BatchRecord?
    func batches() throws -> [BatchRecord]
    func save(_ batch: BatchRecord) throws

    func record(_ file: DropFileRecord) throws
    func dropFiles(of batch: BatchID) throws -> [DropFileRecord]
    /// `dropFiles(of:)` one at a time, by path, without the list in memory (a million files a night).
    func forEachDropFile(of batch: BatchID, _ body: (DropFileRecord) throws -> Void) throws
    func insert(_ reject: RejectRecord) throws

    /// The events a batch brought that none of its certificate bundles carries (application-only
    /// events, events of a certificate whose file has not arrived): the batch record keeps them.
    func eventsCarriedByNoBundle(of batch: BatchID, bundledIn batches: [BatchID]) throws -> [StoredEvent]

    func insert(_ bundle: BundleRecord) throws
    func bundles(in batch: BatchID) throws -> [BundleRecord]
}
