import Catalog
import CryptoIO
import Foundation
import Lifecycle
import Storage

/// Seals a batch (SPEC "Evidence bundles and seals"): one new bundle version for every certificate
/// the batch touched, one RFC 4998 hash tree over their tag manifests and the previous seal, one
/// RFC 3161 timestamp over its root, the signed `seal.json`, and an evidence record in every bundle.
package struct BundleJob {
    package var layout: ArchiveLayout
    package var writer: BundleWriter
    package var signer: any SealSigner
    package var authority: any TimestampAuthority
    package var now: @Sendable () -> Date

    package init(layout: ArchiveLayout, signer: any SealSigner, authority: any TimestampAuthority, now: @escaping @Sendable () -> Date = Date.init) {
        self.layout = layout
        self.writer = BundleWriter(signer: signer)
        self.signer = signer
        self.authority = authority
        self.now = now
    }

    /// What the job wrote.
    package struct Summary: Sendable {
        package var bundles: [BundleRecord] = []
        /// Touched certificates whose certificate file has not arrived yet; bundled when it does.
        package var awaitingCertificate: [CertificateRef] = []
        package var bytesWritten = 0
        package var seal: BatchSeal?
        package var timestampTime: Date?
    }

    /// Writes and seals the bundles of `batch`; the caller records them in the catalog in the same
    /// transaction that marks the batch sealed. Until then nothing is sealed: a run that stops
    /// half-way leaves staging files that the next run replaces.
    /// - Parameters:
    ///   - previousSeal: the bytes of the previous batch's seal.json, nil for the archive's first batch.
    ///   - continuing: the batch `batch` continues, when it seals what did not fit in that one.
    /// - Throws: `BundleError` (nothing is sealed without a timestamp), `StorageError`, `CatalogError`.
    package func run(batch: BatchRecord, continuing: BatchID? = nil, previousSeal: [UInt8]?, catalog: any ArchiveCatalog) throws -> Summary {
        var summary = Summary()
        var staged: [BundleWriter.Staged] = []
        do {
            for ref in try catalog.touchedCertificates(in: batch.id) {
                guard try catalog.certificate(ref) != nil else {
                    summary.awaitingCertificate.append(ref)
                    continue
                }
                var previous = try catalog.latestBundle(of: ref)
                if let record = previous, record.batchID == batch.id {
                    previous = try catalog.bundle(of: ref, version: record.version - 1)  // a re-run of this batch rewrites its version
                }
                let name = BundleName(ref: ref, version: (previous?.version ?? 0) + 1)
                let header = BundleWriter.Header.certificate(name: name, batchID: batch.id, baggingDate: batch.startedAt, previousTagManifestSHA256: previous?.tagmanifestSHA256)
                staged.append(try writer.stage(header, payload: try BundleContent.payload(for: ref, catalog: catalog), at: layout.absolute(name.relativePath) + ".staged"))
            }
            let record = BundleWriter.Header.batchRecord(batchID: batch.id, baggingDate: batch.startedAt)
            staged.append(try writer.stage(record, payload: try BatchRecordContent.payload(for: batch, continuing: continuing, layout: layout, catalog: catalog), at: layout.absolute(record.relativePath) + ".staged"))
            try seal(staged, batch: batch, previousSeal: previousSeal, catalog: catalog, into: &summary)
        } catch {
            for item in staged { FileIO.remove(item.stagingPath) }  // nothing half-written stays behind
            throw error
        }
        return summary
    }

    private func seal(_ staged: [BundleWriter.Staged], batch: BatchRecord, previousSeal: [UInt8]?, catalog: any ArchiveCatalog, into summary: inout Summary) throws {
        // The exception register's state is sealed with the batch: a snapshot beside the seal, its digest in it.
        // The file is brought in line with the catalog first, so that what is sealed is what the catalog holds.
        let versions = try catalog.exceptionVersions()
        if !versions.isEmpty { try ExceptionRegisterFile.write(versions, layout: layout) }
        let registerSnapshot = versions.isEmpty ? nil : try FileIO.read(layout.exceptionRegister)
        let bundles = staged.map { BatchSeal.Bundle(path: $0.header.relativePath, tagmanifestSHA256: $0.tagManifestSHA256.hex) }
            .sorted { $0.path < $1.path }
        var seal = BatchSeal(
            batchID: batch.id.rawValue, sealedAt: RFC3339.format(now()), root: "", bundleCount: bundles.count, bundles: bundles,
            previousSealSHA256: previousSeal.map { SHA256Digest.of($0).hex }, exceptionRegisterSHA256: registerSnapshot.map { SHA256Digest.of($0).hex })
        let tree = HashTree(leaves: seal.leaves)
        seal.root = tree.root.hex
        let response = try authority.timestamp(tree.root)
        let sealJSON = try DocumentJSON.encode(seal)
        let sealFiles = try BundleWriter.SealFiles(sealJSON: sealJSON, sealSignature: try signer.sign(sealJSON))

        let pending = PendingDirectorySyncs()
        let indices = Dictionary(tree.leaves.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        for item in staged {
            let reduced = indices[item.tagManifestSHA256].map(tree.reducedTree(forLeafAt:)) ?? []
            let record = try EvidenceRecord(reducedHashTree: reduced, timeStampToken: response.token).der()
            let appended = try writer.finish(item, seal: sealFiles, evidenceRecord: record, at: layout.absolute(item.header.relativePath), pending: pending)
            summary.bytesWritten += item.bytes + appended
            guard let name = item.header.certificate else { continue }  // the batch record is no certificate bundle
            summary.bundles.append(BundleRecord(
                ref: name.ref, version: name.version, path: name.relativePath, tagmanifestSHA256: item.tagManifestSHA256.hex, batchID: batch.id))
        }
        try pending.syncAll()  // every bundle durable in place before the seal that lists them
        // The batch's seal last: a seal on disk always has its bundles in place.
        let folder = layout.batch(batch.id.rawValue)
        if let registerSnapshot { try FileIO.writeAtomically(registerSnapshot, to: folder + "/exception-register.jsonl") }
        try FileIO.writeAtomically(response.der, to: folder + "/timestamp.tsr")
        try FileIO.writeAtomically(sealFiles.sealSignature, to: folder + "/seal.json.p7s")
        try FileIO.writeAtomically(sealJSON, to: folder + "/seal.json")
        summary.seal = seal
        summary.timestampTime = response.genTime
    }
}
