import Bundling
import Catalog
import CryptoIO
import DropImport
import Foundation
import Sealing
import Lifecycle
import Storage

/// Rebuilds the catalog from the archive's sealed files alone (SPEC "The archive is the truth, the
/// catalog an index"): the seal chain gives the batches in order, each batch record its batch, drop
/// files, rejects and the events and findings no bundle carries, and each bundle its certificate,
/// events, documents, status evidence and findings. The chain is verified first: a tampered archive
/// is not indexed. The new catalog replaces the old one only when complete.
package struct ReindexJob {
    package var layout: ArchiveLayout
    /// Where to rebuild the catalog when not where `archive.json` says (`reindex --catalog`): the
    /// archive then uses it from now on, so that an archive moves between SQLite and PostgreSQL.
    package var catalog: CatalogLocation?

    package init(layout: ArchiveLayout, catalog: CatalogLocation? = nil) {
        self.layout = layout
        self.catalog = catalog
    }

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
        let archive = try Archive.open(layout, .rebuild)
        defer { withExtendedLifetime(archive) {} }  // the lock is held until the new catalog is in place
        let staging = layout.catalog + ".reindex"
        let target = catalog ?? archive.catalogLocation
        // A database the archive does not use yet is locked too: another archive may be rebuilding into it.
        let targetLock =
            if case .postgreSQL(let uri) = target, target != archive.catalogLocation {
                try PostgreSQLArchiveLock(conninfo: uri, holder: ArchiveLock.Holder.current.line)
            } else { PostgreSQLArchiveLock?.none }
        defer { withExtendedLifetime(targetLock) {} }
        let summary = try build(into: staging, verifier: try archive.verifier())
        switch target {
        case .sqlite(let path):
            // The complete new catalog replaces the old one (checkpointed: one file, no WAL beside it).
            for suffix in ["-wal", "-shm"] { FileIO.remove(path + suffix) }
            try FileIO.move(staging, to: path)
        case .postgreSQL(let uri):
            defer { for suffix in ["", "-wal", "-shm"] { FileIO.remove(staging + suffix) } }
            try PostgreSQLCatalog(conninfo: uri).replaceContents(withCatalogAt: staging)
            // A SQLite catalog left beside an archive that moved to PostgreSQL would answer from the past.
            for suffix in ["", "-wal", "-shm"] { FileIO.remove(layout.catalog + suffix) }
        }
        if target != archive.catalogLocation {
            var configuration = archive.configuration
            if case .postgreSQL(let uri) = target { configuration.catalog = uri } else { configuration.catalog = nil }
            try FileIO.writeAtomically(try DocumentJSON.encode(configuration), to: layout.configuration)
        }
        return summary
    }

    /// Builds a catalog of the sealed archive at `staging` (replacing what is there), removed again
    /// when the archive does not verify or the build fails.
    /// - Throws: `ReindexError`, `StorageError`, `CatalogError`, `BundleError`.
    package func build(into staging: String, verifier: BundleVerifier) throws -> Summary {
        // Each bag is read once, by the workers below: the chain check leaves the sealed bags to them.
        let chain = ChainVerification(layout: layout, verifier: verifier).verify(catalog: nil, readsBags: false)
        guard chain.problems.isEmpty else { throw ReindexError(problems: chain.problems.map(\.description)) }
        for suffix in ["", "-wal", "-shm"] { FileIO.remove(staging + suffix) }
        // Renewals are no catalog state: each bag is proven by its complete record, sealed record and
        // its batch's renewals (the chain check above names a renewal that cannot be read).
        var renewals: [String: BatchRenewals] = [:]
        var tokens: [String: BundleVerifier.BatchToken] = [:]
        for name in chain.chain {
            renewals[name] = try? BatchRenewals.load(layout, batch: name)
            tokens[name] = BundleVerifier.BatchToken.of(name, layout: layout)
        }
        let (batchRenewals, batchTokens) = (renewals, tokens)
        var summary = Summary()
        do {
            let catalog = try CatalogOpener.writable(at: staging)
            try catalog.write {
                // Each bag is read once: verified whole (payload fixity, seals, evidence record, the tag
                // manifest its seal lists, its batch's token), then indexed into the staging catalog,
                // which is thrown away if any bag did not verify.
                var problems: [String] = []
                let (layout, verifier) = (self.layout, verifier)
                /// A bag as its batch's seal lists it: its content when it verified, else its problems.
                @Sendable func read(_ listed: BatchSeal.Bundle, in batch: String) -> ([String], SealedBagContent?) {
                    let path = listed.path
                    guard let bytes = try? FileIO.read(layout.absolute(path)) else {
                        return (["\(path): the bag sealed in batch \(batch) is missing"], nil)
                    }
                    var report = BundleVerificationReport(bundle: path)
                    do {
                        let bag = try Bag.read(bytes, name: path)
                        verifier.verify(
                            bag,
                            name: path,
                            into: &report,
                            record: batchRenewals[batch].map { .renewed($0) } ?? .sealed,
                            batchToken: batchTokens[batch]
                        )
                        report.expectTagManifest(listed.tagmanifestSHA256, listedIn: batch)
                        guard report.problems.isEmpty else { return (report.problems.map { "\(path): \($0)" }, nil) }
                        return ([], try SealedBagReader.read(bag, name: path))
                    } catch {
                        return (report.problems.map { "\(path): \($0)" } + ["\(path): \(error)"], nil)
                    }
                }
                func open(_ listed: BatchSeal.Bundle, in batch: String) -> SealedBagContent? {
                    let (found, content) = read(listed, in: batch)
                    problems += found
                    return content
                }
                var batches: [(sealed: SealedBatch, record: SealedBagContent)] = []
                for (order, name) in chain.chain.enumerated() {
                    guard let sealed = try SealedBatch.load(layout, name: name) else {
                        throw ReindexError(problems: ["batches/\(name)/seal.json is missing"])
                    }
                    let recordPath = "batches/\(name)/batch-record.tar.gz"
                    guard let listed = sealed.bundles.first(where: { $0.path == recordPath }) else {
                        throw ReindexError(problems: ["batches/\(name)/seal.json lists no \(recordPath)"])
                    }
                    guard let record = open(listed, in: name) else { throw ReindexError(problems: problems) }
                    guard var batch = record.batch else {
                        throw ReindexError(problems: ["batches/\(name)/batch-record.tar.gz holds no data/batch.json"])
                    }
                    batch.sealedAt = RFC3339.parse(sealed.seal.sealedAt)
                    batch.sealOrder = order + 1
                    try catalog.save(batch)
                    batches.append((sealed, record))
                    summary.batches += 1
                }
                for version in try ExceptionRegisterFile.read(layout: layout) {
                    try catalog.append(
                        version,
                        entrySHA256: SHA256Digest.of(try DocumentJSON.normalized(version.entry)).hex
                    )
                }
                for (sealed, record) in batches {
                    guard let batch = record.batch else { continue }
                    // Drop files, rejects, and the records no bag carries whole (QSCD records, whole CRLs
                    // and publications, every OCSP answer, documents) come from the sealed file list and the store.
                    for file in record.dropFiles { try catalog.record(file) }
                    try StoredDropReplay.replay(record.dropFiles, batch: batch, layout: layout, catalog: catalog)
                    for reject in record.rejects { try catalog.insert(reject) }
                    try restore(record, into: catalog)
                    // Bags are read, verified and parsed on every core, and indexed here in seal order.
                    typealias Opened = (
                        bundle: BatchSeal.Bundle, problems: [String], content: SealedBagContent?,
                        certificate: AuditCertificateRecord?
                    )
                    var work = OrderedWork<Opened>(limit: 64)
                    func index(_ results: [Result<Opened, any Error>]) throws {
                        for result in results {
                            let (bundle, found, opened, parsed) = try result.get()
                            problems += found
                            // A bag that did not verify is not indexed: the catalog is thrown away below.
                            guard found.isEmpty, let content = opened, let certificate = parsed,
                                let (ref, version) = content.certificate
                            else { continue }
                            _ = try catalog.insert(certificate)
                            try catalog.insert(
                                BundleRecord(
                                    ref: ref,
                                    version: version,
                                    path: bundle.path,
                                    tagmanifestSHA256: bundle.tagmanifestSHA256,
                                    batchID: batch.id
                                )
                            )
                            try catalog.markTouched(ref, by: batch.id)
                            try restore(content, into: catalog)
                            summary.bundles += 1
                        }
                    }
                    let batchID = batch.id
                    for bundle in sealed.bundles where bundle.path != "batches/\(batch.id)/batch-record.tar.gz" {
                        try index(
                            work.submit {
                                let (found, opened) = read(bundle, in: sealed.name)
                                guard let content = opened else { return (bundle, found, nil, nil) }
                                guard content.certificate != nil, let der = content.certificateDER else {
                                    return (bundle, ["\(bundle.path) is not a certificate bundle"], nil, nil)
                                }
                                let certificate = try AuditCertificateRecord(
                                    parsing: try SigningCertificate(der: der),
                                    issuerVerified: content.issuerVerified,
                                    batchID: content.certificateBatchID ?? batchID,
                                    sourceFile: content.certificateSourceFile ?? ""
                                )
                                return (bundle, [], content, certificate)
                            }
                        )
                    }
                    try index(work.finish())
                }
                guard problems.isEmpty else { throw ReindexError(problems: problems) }
                try catalog.refreshOrigins(touchedIn: nil)
            }
            summary.certificates = try catalog.certificateCount()
            summary.events = try catalog.eventCount()
            summary.findings = try catalog.findings(FindingFilter()).count
        } catch {
            for suffix in ["", "-wal", "-shm"] { FileIO.remove(staging + suffix) }
            throw error
        }
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
        "The archive does not verify, so the catalog was not rebuilt: " + problems.prefix(5).joined(separator: "; ")
            + (problems.count > 5 ? "; … \(problems.count - 5) more" : "")
    }
}
