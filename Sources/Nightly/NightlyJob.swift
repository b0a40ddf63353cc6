import Catalog
import DropImport
import Foundation
import Lifecycle
import Sealing
import Storage

/// The nightly archival batch: import the drop, write the bundles, seal, index (SPEC "nightly").
package struct NightlyJob {
    package var layout: ArchiveLayout
    package var dropPath: String
    package var batchID: BatchID?
    package var now: @Sendable () -> Date
    package var progress: (@Sendable (ImportProgress) -> Void)?

    package init(
        layout: ArchiveLayout,
        dropPath: String,
        batchID: BatchID? = nil,
        now: @escaping @Sendable () -> Date = Date.init,
        progress: (@Sendable (ImportProgress) -> Void)? = nil
    ) {
        self.layout = layout
        self.dropPath = dropPath
        self.batchID = batchID
        self.now = now
        self.progress = progress
    }

    /// What one nightly run did.
    package struct Summary: Sendable {
        package var batch: BatchRecord
        /// Nil when the drop had been sealed before and nothing was done.
        package var report: ImportReport?
        package var sealed: [SealJob.Summary]
        package var certificatesInCatalog: Int
        package var eventsInCatalog: Int
        package var bundlesInArchive: Int

        /// Records the drop's first run rejected, when the drop had been sealed before (nil otherwise).
        package var earlierRejects: Int?

        /// True when records were rejected, in this run or, for a drop sealed before, in its first
        /// run (exit status 3 either way: a re-run does not hide rejects from cron).
        package var hasRejects: Bool { report?.hasRejects ?? ((earlierRejects ?? 0) > 0) }

    }

    /// Runs the batch in a writing session of the archive (`Archive.open(_, .write)`: lock, recovery). A
    /// drop sealed before changes nothing, but whatever an interrupted run left imported (the rest of a
    /// night, its continuation batches) is sealed first.
    /// - Throws: `StorageError` (`.locked` when another run holds the archive), `ImportError`,
    ///   `BundleError`, `CatalogError`; `SealPendingError` when the import is done and the
    ///   time-stamp authority does not answer. Nothing is sealed when it throws.
    package func run(archive: Archive) throws -> Summary {
        let catalog = try archive.catalog
        let outcome = try ImportJob(
            layout: layout,
            dropPath: dropPath,
            requestedBatchID: batchID,
            now: now,
            progress: progress
        ).run(catalog: catalog)
        let (batch, report): (BatchRecord, ImportReport?) =
            switch outcome {
            case .alreadySealed(let batch): (batch, nil)
            case .imported(let batch, let report): (try catalog.batch(batch.id) ?? batch, report)
            }
        let sealed: [SealJob.Summary]
        do {
            sealed = try SealJob(layout: layout, now: now).run(archive: archive)
        } catch let error as SealingError where error.code == .timestampFailed {
            throw SealPendingError(batch: batch, report: report, archiveRoot: layout.root, underlying: error)
        }
        let batchNow = try catalog.batch(batch.id) ?? batch  // sealed by now
        return Summary(
            batch: batchNow,
            report: report,
            sealed: sealed,
            certificatesInCatalog: try catalog.certificateCount(),
            eventsInCatalog: try catalog.eventCount(),
            bundlesInArchive: try catalog.bundleCount(),
            earlierRejects: report == nil
                ? try catalog.batchSummaries().first { $0.batch.id == batch.id }?.rejects : nil
        )
    }
}
