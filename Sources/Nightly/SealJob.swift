import Bundling
import Catalog
import Gates
import Foundation
import Sealing
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

    /// One imported batch, sealed.
    package struct Summary: Sendable {
        package var batch: BatchRecord
        package var gates: GateJob.Summary
        package var bundles: [BundleRecord] = []
        package var awaitingCertificate: [CertificateRef] = []
        package var bytesWritten = 0
        /// Wall time of the gates and of the bundles and seals, for the operator (not part of any record).
        package var gatesSeconds: Double
        package var sealSeconds = 0.0
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// Seals every batch that awaits it, oldest first. A continuation batch left imported by an
    /// interrupted run is sealed on its own, without its gates (they ran for the batch it continues).
    /// - Throws: `BundleError`, `StorageError`, `CatalogError`; a batch that fails stays unsealed and is retried next
    ///   run.
    package func run(archive: Archive) throws -> [Summary] {
        let catalog = try archive.catalog
        // Nothing to seal needs no key: an expired one is named only when it would be used.
        guard try catalog.batches().contains(where: { $0.state == .imported }) else { return [] }
        let job = BundleJob(
            layout: layout,
            signer: try archive.signer(),
            authority: try archive.timestampAuthority(),
            now: now
        )
        var summaries: [Summary] = []
        let lastSealed = try SealRecording.lastSealed(catalog)
        var previousSeal = try lastSealed.map { try FileIO.read(layout.batch($0.id.rawValue) + "/seal.json") }
        var order = lastSealed?.sealOrder ?? 0
        while let batch = try catalog.batches().first(where: { $0.state == .imported }) {
            let clock = ContinuousClock()
            let start = clock.now
            let continuing = try BatchPartition.continued(by: batch, catalog: catalog)
            var summary = Summary(batch: batch, gates: GateJob.Summary(), gatesSeconds: 0)
            // One batch per drop, one timestamp per batch, whatever the drop's size (SPEC, format 2).
            // A continuation batch that an earlier version left imported is sealed on its own,
            // without its gates (they ran for the batch it continues).
            if continuing == nil { summary.gates = try GateJob().run(batch: batch, catalog: catalog) }
            let gatesDone = clock.now
            let result = try job.run(batch: batch, continuing: continuing, previousSeal: previousSeal, catalog: catalog)
            order += 1
            summary.batch = try SealRecording.record(
                batch,
                bundles: result.bundles,
                sealedAt: result.seal.flatMap { RFC3339.parse($0.sealedAt) } ?? now(),
                order: order,
                catalog: catalog
            )
            previousSeal = try FileIO.read(layout.batch(batch.id.rawValue) + "/seal.json")
            summary.bundles = result.bundles
            summary.awaitingCertificate = result.awaitingCertificate
            summary.bytesWritten = result.bytesWritten
            summary.gatesSeconds = Self.seconds(gatesDone - start)
            summary.sealSeconds = Self.seconds(clock.now - gatesDone)
            summaries.append(summary)
        }
        return summaries
    }
}
