import Bundling
import Catalog
import Gates
import Foundation
import Lifecycle
import Storage

/// The second half of a nightly batch, for every batch that is imported but not sealed: the
/// lifecycle gates, then the bundles, then the batch is marked sealed in the same transaction that
/// records its bundles.
package struct SealJob {
    package var layout: ArchiveLayout
    package var now: @Sendable () -> Date

    package init(layout: ArchiveLayout, now: @escaping @Sendable () -> Date = Date.init) {
        self.layout = layout
        self.now = now
    }

    /// One sealed batch.
    package struct Summary: Sendable {
        package var batch: BatchRecord
        package var gates: GateJob.Summary
        package var bundles: [BundleRecord]
        package var awaitingCertificate: [CertificateRef]
        package var bytesWritten: Int
    }

    /// Seals every batch that awaits it, oldest first.
    /// - Throws: `BundleError`, `StorageError`, `CatalogError`; a batch that fails stays unsealed and is retried next run.
    package func run(catalog: any ArchiveCatalog) throws -> [Summary] {
        let signer = try LocalKeySigner(keyPEM: try FileIO.read(layout.sealKey), certificatePEM: try FileIO.read(layout.sealCertificate))
        let job = BundleJob(layout: layout, signer: signer)
        var summaries: [Summary] = []
        for var batch in try catalog.batches() where batch.state == .imported {
            let gates = try GateJob().run(batch: batch, catalog: catalog)
            let result = try job.run(batch: batch, catalog: catalog)
            try catalog.write {
                for bundle in result.bundles where try catalog.latestBundle(of: bundle.ref)?.batchID != batch.id {
                    try catalog.insert(bundle)
                }
                // Certificates still awaiting their file stay touched by the next batch that brings it.
                batch.state = .sealed
                batch.sealedAt = now()
                try catalog.save(batch)
            }
            summaries.append(Summary(batch: batch, gates: gates, bundles: result.bundles, awaitingCertificate: result.awaitingCertificate, bytesWritten: result.bytesWritten))
        }
        return summaries
    }
}
