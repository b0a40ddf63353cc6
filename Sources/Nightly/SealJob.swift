import Bundling
import DropImport
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
        /// The certificate bundles sealed (each in the catalog).
        package var bundleCount = 0
        package var awaitingCertificate: [CertificateRef] = []
        package var bytesWritten = 0
        /// Validation data that could not be collected (also in the batch's report.json).
        package var warnings: [String] = []
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
        let validation = try collectValidationData(archive)
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
            try record(validation.document.warnings, inReportOf: batch)
            summary.warnings = validation.document.warnings
            let result = try job.run(
                batch: batch,
                continuing: continuing,
                previousSeal: previousSeal,
                validation: validation,
                catalog: catalog
            )
            order += 1
            summary.batch = try SealRecording.record(
                batch,
                forEachBundle: result.forEachBundle,
                sealedAt: result.seal.flatMap { RFC3339.parse($0.sealedAt) } ?? now(),
                order: order,
                catalog: catalog
            )
            FileIO.remove(result.bags.path)
            previousSeal = try FileIO.read(layout.batch(batch.id.rawValue) + "/seal.json")
            summary.bundleCount = result.bundleCount
            summary.awaitingCertificate = result.awaitingCertificate
            summary.bytesWritten = result.bytesWritten
            summary.gatesSeconds = Self.seconds(gatesDone - start)
            summary.sealSeconds = Self.seconds(clock.now - gatesDone)
            summaries.append(summary)
        }
        return summaries
    }

    /// The validation data sealed with this run's batches. A certificate of the sealing or TSA
    /// chain that is revoked now seals nothing (SPEC "Evidence over time").
    /// - Throws: `SealingError` `.signingFailed` naming the certificate and `keys rotate`.
    private func collectValidationData(_ archive: Archive) throws -> ValidationData {
        let chains = try archive.validationChains()
        var data = archive.validationCollector().collect(chains)
        if !chains.contains(where: { $0.0 == .timestamping }) {
            // A remote TSA's certificate is known from its tokens only (an archive of an earlier version).
            data.document.warnings.append(
                "The time-stamp authority's certificate is not known before its first token, so its status "
                    + "is sealed with the next batch."
            )
        }
        let remedies: [(ValidationDocument.Chain, String, String)] = [
            (.sealing, "sealing", "--seal-key KEY.pem --seal-cert CERT.pem"),
            (.timestamping, "time-stamp authority", "--tsa local' or '--tsa-url URL --tsa-ca CA.pem"),
        ]
        for (chain, role, remedy) in remedies {
            guard let revoked = data.revoked(in: chain), let status = revoked.status else { continue }
            let kind = status.source == .ocsp ? "OCSP answer" : "CRL"
            let source = status.url.map { "the \(kind) from \($0)" } ?? "the CRL kept in trust/crls/"
            let reason = status.reason.map { " (\($0))" } ?? ""
            throw SealingError(
                .signingFailed,
                "The \(role) chain's certificate \(revoked.subject) (serial \(revoked.serial)) was revoked on "
                    + "\(status.revokedAt ?? "an unknown date")\(reason) per \(source); "
                    + "nothing was sealed. Run 'qcarchive keys rotate --archive \(layout.root) \(remedy)' to seal "
                    + "with another key."
            )
        }
        return data
    }

    /// Puts the validation warnings in the batch's report.json before its record is bagged.
    /// - Throws: `StorageError`.
    private func record(_ warnings: [String], inReportOf batch: BatchRecord) throws {
        let path = layout.batch(batch.id.rawValue) + "/report.json"
        guard let bytes = try? FileIO.read(path),
            var report = try? JSONDecoder().decode(ImportReport.self, from: Data(bytes))
        else { return }
        let wanted = warnings.isEmpty ? nil : warnings
        guard report.warnings != wanted else { return }
        report.warnings = wanted
        try FileIO.writeAtomically(try DocumentJSON.encode(report), to: path)
    }
}
