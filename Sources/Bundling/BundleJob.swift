import Catalog
import Foundation
import Lifecycle
import Storage

/// Writes one new bundle version for every certificate a batch touched (SPEC "Bundle": one bundle
/// per certificate per batch that touched it; versions chain and are never overwritten).
package struct BundleJob {
    package var layout: ArchiveLayout
    package var writer: BundleWriter

    package init(layout: ArchiveLayout, signer: any SealSigner) {
        self.layout = layout
        self.writer = BundleWriter(signer: signer)
    }

    /// What the job wrote.
    package struct Summary: Sendable {
        package var bundles: [BundleRecord] = []
        /// Touched certificates whose certificate file has not arrived yet; bundled when it does.
        package var awaitingCertificate: [CertificateRef] = []
        package var bytesWritten = 0
    }

    /// Writes the bundles of `batch` atomically (each file complete or absent) and returns their
    /// records; the caller stores them in the same transaction that marks the batch sealed.
    /// - Throws: `BundleError`, `StorageError`, `CatalogError`.
    package func run(batch: BatchRecord, catalog: any ArchiveCatalog) throws -> Summary {
        var summary = Summary()
        for ref in try catalog.touchedCertificates(in: batch.id) {
            guard try catalog.certificate(ref) != nil else {
                summary.awaitingCertificate.append(ref)
                continue
            }
            let previous = try catalog.latestBundle(of: ref)
            if let previous, previous.batchID == batch.id {
                summary.bundles.append(previous)  // already sealed by this batch
                continue
            }
            let name = BundleName(ref: ref, version: (previous?.version ?? 0) + 1)
            let header = BundleWriter.Header(
                name: name, batchID: batch.id, baggingDate: batch.startedAt, previousTagManifestSHA256: previous?.tagmanifestSHA256)
            let bundle = try writer.write(header, payload: try BundleContent.payload(for: ref, catalog: catalog))
            // A file already at this path belongs to no sealed batch (the catalog would list it):
            // it is the leftover of an interrupted run and is replaced whole.
            try FileIO.writeAtomically(bundle.bytes, to: layout.absolute(name.relativePath), mode: 0o444)
            summary.bytesWritten += bundle.bytes.count
            summary.bundles.append(BundleRecord(ref: ref, version: name.version, path: name.relativePath, tagmanifestSHA256: bundle.tagManifestSHA256.hex, batchID: batch.id))
        }
        return summary
    }
}
