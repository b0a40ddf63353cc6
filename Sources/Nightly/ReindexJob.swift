import Bundling
import Catalog
import CryptoIO
import DropImport
import Foundation
import Lifecycle
import Storage

/// Rebuilds the catalog from the archive's sealed files alone (SPEC "The archive is the truth, the
/// catalog an index"): the seal chain gives the batches in order, each batch record its batch, drop
/// files, rejects and the events and findings no bundle carries, and each bundle its certificate,
/// events, documents, status evidence and findings. The chain is verified first: a tampered archive
/// is not indexed. The new catalog replaces the old one only when complete.
package struct ReindexJob {
    package var layout: ArchiveLayout

    package init(layout: ArchiveLayout) { self.layout = layout }

    /// What was rebuilt.
    package struct Summary: Sendable, Equatable {
        package var batches = 0
        package var bundles = 0
        package var certificates = 0
        package var events = 0
        package var findings = 0
    }

    /// - Throws: `ReindexError` when the archive does not verify; `StorageError`, `CatalogError`, `BundleError`.
    package func run() throws -> Summary {
        _ = try ArchiveConfiguration.load(layout)
        let lock = try ArchiveLock(layout: layout)
        defer { withExtendedLifetime(lock) {} }
        var verifier = try BundleVerifier(sealCAPEM: try FileIO.read(layout.sealCA), tsaCAPEM: try FileIO.read(layout.tsaCA))
        verifier.pinnedSealCertificates = try ArchiveConfiguration.load(layout).sealCertificates.map(Set.init)
        let chain = ChainVerification(layout: layout, verifier: verifier).verify(catalog: nil)
        var problems = chain.problems.map(\.description)
        // Every bag is verified whole before anything is read from it (payload fixity, seals, evidence records).
        for name in chain.chain {
            guard let seal = try? JSONDecoder().decode(BatchSeal.self, from: Data(try FileIO.read(layout.batch(name) + "/seal.json"))) else { continue }
            for bundle in seal.bundles {
                guard let bytes = try? FileIO.read(layout.absolute(bundle.path)) else { continue }  // reported by the chain check
                problems += verifier.verify(bytes: bytes, name: bundle.path).problems.map { "\(bundle.path): \($0)" }
            }
        }
        guard problems.isEmpty else { throw ReindexError(problems: problems) }
        let staging = layout.catalog + ".reindex"
        for suffix in ["", "-wal", "-shm"] { FileIO.remove(staging + suffix) }
        var summary = Summary()
        do {
            let catalog = try SQLiteCatalog(path: staging)
            try catalog.write {
                var seals: [(String, BatchSeal)] = []
                for (order, name) in chain.chain.enumerated() {
                    let seal = try JSONDecoder().decode(BatchSeal.self, from: Data(try FileIO.read(layout.batch(name) + "/seal.json")))
                    let record = try SealedBagReader.read(try FileIO.read(layout.batch(name) + "/batch-record.tar.gz"), name: name)
                    guard var batch = record.batch else { throw ReindexError(problems: ["batches/\(name)/batch-record.tar.gz holds no data/batch.json"]) }
                    batch.sealedAt = RFC3339.parse(seal.sealedAt)
                    batch.sealOrder = order + 1
                    try catalog.save(batch)
                    seals.append((name, seal))
                    summary.batches += 1
                }
                for version in try ExceptionRegisterFile.read(layout: layout) {
                    try catalog.append(version, entrySHA256: SHA256Digest.of(try DocumentJSON.normalized(version.entry)).hex)
                }
                for (name, seal) in seals {
                    let batchID = BatchID(name)
                    let record = try SealedBagReader.read(try FileIO.read(layout.batch(name) + "/batch-record.tar.gz"), name: name)
                    for file in record.dropFiles { try catalog.record(file) }
                    if let batch = record.batch {
                        try StoredDropReplay.replay(record.dropFiles, batch: batch, layout: layout, catalog: catalog)
                    }
                    for reject in record.rejects { try catalog.insert(reject) }
                    try restore(record, into: catalog)
                    for bundle in seal.bundles where bundle.path != "batches/\(name)/batch-record.tar.gz" {
                        let content = try SealedBagReader.read(try FileIO.read(layout.absolute(bundle.path)), name: bundle.path)
                        guard let (ref, version) = content.certificate, let der = content.certificateDER else {
                            throw ReindexError(problems: ["\(bundle.path) is not a certificate bundle"])
                        }
                        let parsed = try SigningCertificate(der: der)
                        _ = try catalog.insert(try AuditCertificateRecord(
                            parsing: parsed, issuerVerified: content.issuerVerified, batchID: content.certificateBatchID ?? batchID,
                            sourceFile: content.certificateSourceFile ?? ""))
                        try catalog.insert(BundleRecord(ref: ref, version: version, path: bundle.path, tagmanifestSHA256: bundle.tagmanifestSHA256, batchID: batchID))
                        try catalog.markTouched(ref, by: batchID)
                        try restore(content, into: catalog)
                        for document in content.documents {
                            let json = try DocumentJSON.normalized(document)
                            _ = try catalog.insert(DocumentRecord(document: document, contentSHA256: SHA256Digest.of(json).hex, batchID: content.certificateBatchID ?? batchID, file: "documents/\(document.documentID).json"))
                        }
                        for (issuer, serial, listing) in content.crlListings {
                            _ = try catalog.insert(CRLRecord(
                                sha256: listing.crlSHA256, issuer: issuer, crlNumber: listing.crlNumber, thisUpdate: RFC3339.parse(listing.thisUpdate) ?? .distantPast,
                                nextUpdate: listing.nextUpdate.flatMap(RFC3339.parse), fileName: listing.crlFile,
                                entries: [.init(serial: serial, revokedAt: RFC3339.parse(listing.revokedAt) ?? .distantPast, reason: listing.reason)],
                                batchID: listing.publications.first?.source.batchID ?? batchID))
                            for publication in listing.publications {
                                _ = try catalog.insert(
                                    CRLPublication(crl: listing.crlFile, publishedAt: publication.publishedAt, distributionPoint: publication.distributionPoint),
                                    crlSHA256: listing.crlSHA256, source: publication.source)
                            }
                        }
                        for answer in content.ocspAnswers { _ = try catalog.insert(answer.answer, source: answer.source) }
                        summary.bundles += 1
                    }
                }
            }
            summary.certificates = try catalog.certificateCount()
            summary.events = try catalog.eventCount()
            summary.findings = try catalog.findings(FindingFilter()).count
        } catch {
            for suffix in ["", "-wal", "-shm"] { FileIO.remove(staging + suffix) }
            throw error
        }
        // The complete new catalog replaces the old one (checkpointed: one file, no WAL beside it).
        for suffix in ["-wal", "-shm"] { FileIO.remove(layout.catalog + suffix) }
        try FileIO.move(staging, to: layout.catalog)
        return summary
    }

    private func restore(_ content: SealedBagContent, into catalog: any ArchiveCatalog) throws {
        for event in content.events { _ = try catalog.insert(event) }
        for finding in content.findings { _ = try catalog.insert(finding) }
    }
}

/// The archive does not verify, so it is not indexed.
package struct ReindexError: Error, Sendable, CustomStringConvertible {
    package var problems: [String]
    package var description: String {
        "The archive does not verify, so the catalog was not rebuilt: " + problems.prefix(5).joined(separator: "; ") + (problems.count > 5 ? "; … \(problems.count - 5) more" : "")
    }
}
