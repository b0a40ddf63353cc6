import Catalog
import DropImport
import Foundation
import Lifecycle
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

        /// True when records were rejected (exit status 3).
        package var hasRejects: Bool { report?.hasRejects ?? false }
    }

    /// Runs the batch under the archive lock.
    /// - Throws: `StorageError` (`.locked` when another run holds the archive), `ImportError`,
    ///   `BundleError`, `CatalogError`. Nothing is sealed when it throws.
    package func run() throws -> Summary {
        _ = try ArchiveConfiguration.load(layout)
        let lock = try ArchiveLock(layout: layout)
        defer { withExtendedLifetime(lock) {} }
        let catalog = try SQLiteCatalog(path: layout.catalog)
        try CatalogCheck.requireCurrent(layout, catalog)
        let outcome = try ImportJob(
            layout: layout,
            dropPath: dropPath,
            requestedBatchID: batchID,
            now: now,
            progress: progress
        ).run(catalog: catalog)
        switch outcome {
        case .alreadySealed(let batch):
            return Summary(
                batch: batch,
                report: nil,
                sealed: [],
                certificatesInCatalog: try catalog.certificateCount(),
                eventsInCatalog: try catalog.eventCount(),
                bundlesInArchive: try catalog.bundleCount()
            )
        case .imported(let batch, let report):
            let sealed = try SealJob(layout: layout, now: now).run(catalog: catalog)
            let final = try catalog.batch(batch.id) ?? batch
            return Summary(
                batch: final,
                report: report,
                sealed: sealed,
                certificatesInCatalog: try catalog.certificateCount(),
                eventsInCatalog: try catalog.eventCount(),
                bundlesInArchive: try catalog.bundleCount()
            )
        }
    }
}
