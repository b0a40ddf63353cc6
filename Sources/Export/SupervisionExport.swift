import ArchiveIO
import Catalog
import CryptoIO
import Foundation
import Lifecycle
import Sealing
import Storage

/// `qcarchive export supervision` (SPEC "Exports"): the evidence an auditor or the supervisory body
/// asked for, as one BagIt bag in a tar, streamed (one bundle in memory at a time): every bundle
/// version of every selected certificate with its complete evidence record, the batches that sealed
/// them, every batch's seal (the chain) with the newest head, the governing documents and status
/// files as archived, the exception-register entries in scope, findings and report, the index, the
/// trust anchors, and a signed, timestamped tag manifest.
package struct SupervisionExport {
    package var layout: ArchiveLayout
    package var archiveID: String
    package var now: Date

    package init(layout: ArchiveLayout, archiveID: String, now: Date) {
        self.layout = layout
        self.archiveID = archiveID
        self.now = now
    }

    /// What was written.
    package struct Summary: Sendable {
        package var certificates = 0
        package var bundles = 0
        package var batches = 0
        package var findings = 0
        package var exceptions = 0
        package var files = 0
        package var bytes = 0
        package var tagManifestSHA256 = ""
    }

    package var topFolder: String {
        "qcp-\(archiveID)-" + RFC3339.format(now).filter { $0 != "-" && $0 != ":" }
    }

    /// Writes the pack to `out` (through `out.partial`, renamed when complete).
    /// - Parameters:
    ///   - head: the newest signed checkpoint (`qcarchive head`).
    ///   - progress: called with (certificates done, certificates selected).
    /// - Throws: `ExportError` (`.badSelection` for a selection of nothing), `CatalogError`,
    ///   `SealingError`, `StorageError`, `ArchiveIOError`, `BundleProblem` for a bundle whose record
    ///   cannot be assembled.
    package func run(
        catalog: any SupervisionCatalog,
        selection: SupervisionSelection,
        signer: any SealSigner,
        authority: any TimestampAuthority,
        head: [UInt8]?,
        to out: String,
        progress: ((Int, Int) -> Void)? = nil
    ) throws -> Summary {
        let refs = try selection.certificates(in: catalog)
        let partial = out + ".partial"
        FileIO.remove(partial)
        defer { FileIO.remove(partial) }
        var bag = PackWriter(writer: try TarStreamWriter(path: partial), top: topFolder, now: now)
        var summary = Summary()
        var content = SelectedContent()
        // The anchors first: a verifier reading the stream can then prove each record as it passes.
        for relative in try FileIO.regularFiles(under: layout.trust) {
            try bag.add(from: layout.trust + "/" + relative, as: "data/trust/" + relative)
        }
        for (index, ref) in refs.enumerated() {
            try addCertificate(ref, catalog: catalog, into: &bag, content: &content)
            progress?(index + 1, refs.count)
        }
        for file in try ocspResponses(about: Set(refs), catalog: catalog) {
            content.storeFiles["\(file.batchID.rawValue)/\(file.path)"] = file
        }
        summary.certificates = refs.count
        summary.bundles = content.bundles
        summary.batches = try addChain(batches: content.batches, head: head, into: &bag)
        for file in content.storeFiles.values.sorted(by: {
            ($0.batchID.rawValue, $0.path) < ($1.batchID.rawValue, $1.path)
        }) {
            try bag.add(
                from: layout.store + "/\(file.sha256.prefix(2))/\(file.sha256)",
                as: "data/drops/\(file.batchID.rawValue)/\(file.path)",
                expected: file.sha256
            )
        }
        // The CP/CPS versions in force in the period for the selected policies, beside those the
        // certificates' events name (what an audit attestation lists).
        if case .period(let policies, let from, let to) = selection {
            let names = policies.isEmpty ? Array(Set(content.policies.values)) : policies.map(\.rawValue)
            for id in try catalog.policyDocumentsInForce(policies: names, from: from, to: to) {
                content.documentIDs.insert(id.rawValue)
            }
        }
        let documents = try addDocuments(content.documentIDs, catalog: catalog, into: &bag)
        let exceptions = try PackExceptions(
            versions: try catalog.exceptionVersions(),
            policies: Set(content.policies.values),
            certificates: Set(refs)
        )
        summary.exceptions = exceptions.entries.count
        try bag.add(try DocumentJSON.encode(exceptions), as: SupervisionPack.exceptions)
        let refSet = Set(refs)
        let findings = PackFindings(
            findings: content.findings,
            policies: content.policies,
            timings: try catalog.revocationTimings(policy: nil, from: nil, to: nil).filter { refSet.contains($0.ref) },
            beyondExpiry: try catalog.statusBeyondExpiry(asOf: now).filter { refSet.contains($0.ref) }
        )
        summary.findings = content.findings.count
        try bag.add(try DocumentJSON.encode(findings), as: SupervisionPack.findings)
        try bag.add(Array(findings.csv.utf8), as: SupervisionPack.findingsCSV)
        let index = PackIndex(
            archiveID: archiveID,
            createdAt: RFC3339.format(now),
            selection: PackIndex.Selection(selection),
            conformanceBoundary: ConformanceBoundary.sentence,
            issuingCAs: try issuingCAs(of: refs, catalog: catalog),
            cpCpsInForce: documents.filter { ["cp", "cps", "cp_cps"].contains($0.kind) },
            otherDocuments: documents.filter { !["cp", "cps", "cp_cps"].contains($0.kind) },
            certificatesPerPolicy: Dictionary(content.policies.values.map { ($0, 1) }, uniquingKeysWith: +),
            findingsPerRule: Dictionary(content.findings.map { ($0.rule, 1) }, uniquingKeysWith: +),
            exceptionEntries: exceptions.entries.count,
            batches: content.batches.sorted(),
            certificates: content.indexed
        )
        try bag.add(try DocumentJSON.encode(index), as: SupervisionPack.index)
        let report = PackReport(
            archiveID: archiveID,
            createdAt: RFC3339.format(now),
            selection: index.selection,
            certificates: refs.count,
            exceptions: exceptions.entries.count,
            findings: findings
        )
        try bag.add(Array(report.html.utf8), as: SupervisionPack.report)
        try bag.add(Array(ConformanceBoundary.statement.utf8), as: SupervisionPack.boundary)
        let tagManifest = try bag.finish(
            bagInfo: [
                ("Source-Organization", "qcarchive evidence archive"),
                ("Bag-Software-Agent", SoftwareVersion.bagSoftwareAgent),
                ("Bag-Kind", "supervision-pack"),
                ("Archive-Id", archiveID),
                ("Conformance-Boundary", ConformanceBoundary.sentence),
            ],
            recipe: Array(PackRecipe.text(topFolder: topFolder).utf8),
            signer: signer,
            authority: authority
        )
        guard rename(partial, out) == 0 else {
            throw ExportError(.writeFailed, "Could not move the finished pack to \(out).")
        }
        summary.files = bag.files
        summary.bytes = bag.bytes
        summary.tagManifestSHA256 = SHA256Digest.of(tagManifest).hex
        return summary
    }

    /// What the certificates selected so far bring with them.
    struct SelectedContent {
        var bundles = 0
        var batches: Set<String> = []
        var storeFiles: [String: DropFileRecord] = [:]
        var documentIDs: Set<String> = []
        var findings: [FindingRecord] = []
        var policies: [CertificateRef: String] = [:]
        var indexed: [PackIndex.Certificate] = []
        var renewals: [String: BatchRenewals] = [:]
    }

    /// Every bundle version of one certificate with its complete evidence record, and what it names.
    private func addCertificate(
        _ ref: CertificateRef,
        catalog: any SupervisionCatalog,
        into bag: inout PackWriter,
        content: inout SelectedContent
    ) throws {
        let latest = try catalog.latestBundle(of: ref)
        let versions = latest?.version ?? 0
        for version in stride(from: 1, through: versions, by: 1) {
            guard let record = version == versions ? latest : try catalog.bundle(of: ref, version: version) else {
                throw ExportError(.unreadable, "The catalog has no version \(version) of the bundle of \(ref).")
            }
            let bytes = try FileIO.read(layout.absolute(record.path))
            try bag.add(bytes, as: "data/" + record.path)
            let batch = record.batchID.rawValue
            let renewals = try content.renewals[batch] ?? BatchRenewals.load(layout, batch: batch)
            content.renewals[batch] = renewals
            let members = try TarReader.members(of: bytes).members
            if let problem = BagFixity.problems(members).first {
                throw ExportError(
                    .unreadable,
                    "\(record.path) does not hold its own manifests (\(problem)); nothing was exported. Run "
                        + "'qcarchive verify --archive \(layout.root) --all'."
                )
            }
            guard let tagManifest = members.first(where: { $0.path.hasSuffix("/tagmanifest-sha256.txt") })?.bytes,
                let sealed = members.first(where: { $0.path.hasSuffix("/seal/evidence-record.ers") })?.bytes
            else {
                throw ExportError(.unreadable, "\(record.path) has no tag manifest or no sealed evidence record.")
            }
            let complete = try renewals.complete(try EvidenceRecord(der: sealed), dataObject: tagManifest)
            try bag.add(try complete.der(), as: "data/" + SupervisionPack.evidencePath(ofBundle: record.path))
            content.batches.insert(batch)
            content.bundles += 1
        }
        for file in try catalog.statusFiles(about: ref) {
            content.storeFiles["\(file.batchID.rawValue)/\(file.path)"] = file
        }
        for id in try catalog.documentIDs(governing: ref) { content.documentIDs.insert(id.rawValue) }
        content.findings += try catalog.findings(FindingFilter(certificate: ref))
        let policy = try catalog.policy(of: ref)
        content.policies[ref] = policy ?? "none"
        content.indexed.append(.init(issuer: ref.issuer, serial: ref.serial, policy: policy, bundleVersions: versions))
    }

    /// The raw OCSP responses (`status/ocsp/*.der`) that answer about a selected certificate. The
    /// catalog keeps an answer once, from the first file that gave it (often the responder log), so
    /// each raw response is read from the content store and parsed again here.
    private func ocspResponses(
        about refs: Set<CertificateRef>,
        catalog: any SupervisionCatalog
    ) throws -> [DropFileRecord] {
        let files = try catalog.dropFiles(kind: "ocsp_responses")  // DropFileKind.ocspResponse in the catalog
        guard !files.isEmpty else { return [] }
        let issuers = try catalog.allCACertificates().compactMap { try? SigningCertificate(der: $0) }
        return try files.filter { file in
            let bytes = try FileIO.read(layout.store + "/\(file.sha256.prefix(2))/\(file.sha256)")
            let answers = (try? OCSPResponseParser.answers(der: bytes, issuers: issuers)) ?? []
            return answers.contains { answer in
                answer.issuer.map { refs.contains(CertificateRef(issuer: $0, serial: answer.serialHex)) } ?? false
            }
        }
    }

    /// Every batch's `seal.json` (the chain from the first batch to the newest) and `chain.jsonl`,
    /// every file of the batches that sealed a selected bundle, and the newest head.
    /// - Returns: the number of batches in the chain.
    private func addChain(batches used: Set<String>, head: [UInt8]?, into bag: inout PackWriter) throws -> Int {
        let links = try SealChain.links(layout)
        var lines = ""
        var previous: String?
        for (position, link) in links.enumerated() {
            let digest = SHA256Digest.of(link.seal).hex
            let carried = used.contains(link.batch) ? "all" : "seal"
            lines +=
                try DocumentJSON.normalized(
                    ChainLine(
                        position: position + 1,
                        batch: link.batch,
                        sealSHA256: digest,
                        previous: previous,
                        carried: carried
                    )
                ) + "\n"
            previous = digest
            let folder = layout.batch(link.batch)
            let files = used.contains(link.batch) ? try FileIO.regularFiles(under: folder) : ["seal.json"]
            for relative in files where !relative.hasPrefix(".tmp-") {
                try bag.add(from: folder + "/" + relative, as: "data/batches/\(link.batch)/\(relative)")
            }
        }
        try bag.add(Array(lines.utf8), as: SupervisionPack.chain)
        if let head { try bag.add(head, as: SupervisionPack.head) }
        return links.count
    }

    /// The document versions the selected certificates name, their metadata and files as archived.
    private func addDocuments(
        _ ids: Set<String>,
        catalog: any SupervisionCatalog,
        into bag: inout PackWriter
    ) throws -> [PackIndex.Document] {
        var documents: [PackIndex.Document] = []
        for id in ids.sorted() {
            for file in try catalog.documentFiles(DocumentID(id)) {
                try bag.add(
                    from: layout.store + "/\(file.sha256.prefix(2))/\(file.sha256)",
                    as: "data/drops/\(file.batchID.rawValue)/\(file.path)",
                    expected: file.sha256
                )
            }
            guard let version = try catalog.document(DocumentID(id)) else { continue }
            documents.append(
                PackIndex.Document(
                    documentID: id,
                    kind: version.kind,
                    version: version.version,
                    effectiveFrom: version.effectiveFrom,
                    effectiveTo: version.effectiveTo,
                    policies: version.policies,
                    sha256: version.sha256
                )
            )
        }
        return documents
    }

    private func issuingCAs(of refs: [CertificateRef], catalog: any SupervisionCatalog) throws -> [PackIndex.IssuingCA]
    {
        var out: [PackIndex.IssuingCA] = []
        for issuer in Set(refs.map(\.issuer)).sorted() {
            for der in try catalog.caCertificates(subject: issuer) {
                out.append(PackIndex.IssuingCA(subject: issuer, sha256: SHA256Digest.of(der).hex))
            }
        }
        return out
    }
}

/// One line of `data/chain.jsonl`: a batch, its seal's SHA-256 and the one before it.
struct ChainLine: Codable, Equatable {
    var position: Int
    var batch: String
    var sealSHA256: String
    var previous: String?
    /// "all": every file of the batch is in the pack; "seal": its seal.json only.
    var carried: String

    enum CodingKeys: String, CodingKey {
        case position, batch, carried
        case sealSHA256 = "seal_sha256"
        case previous = "previous_seal_sha256"
    }
}
