import ArchiveIO
import CryptoIO
import Sealing
import Foundation
import Lifecycle
import Storage

/// The result of verifying one bundle: every problem found, not just the first (restic's checker).
package struct BundleVerificationReport: Sendable {
    package var bundle: String
    package var problems: [BundleProblem] = []
    /// The signer's subject DN when the seal verified.
    package var signer: String?
    /// bag-info.txt labels and values, as found.
    package var bagInfo: [String: String] = [:]
    /// SHA-256 of the bundle's tagmanifest-sha256.txt, when present.
    package var tagManifestSHA256: String?
    /// The time the batch's timestamp proves the bundle existed, when it verified.
    package var provenAt: Date?

    package var isValid: Bool { problems.isEmpty }

    package init(bundle: String) { self.bundle = bundle }

    /// Adds the problem when the bag's tag manifest is not the one `batch`'s seal lists for it.
    package mutating func expectTagManifest(_ sealed: String, listedIn batch: String) {
        guard let tagManifestSHA256, tagManifestSHA256 != sealed else { return }
        problems.append(
            BundleProblem(
                .digest,
                file: "tagmanifest-sha256.txt",
                expected: "SHA-256 \(sealed) as sealed in batch \(batch)",
                found: tagManifestSHA256
            )
        )
    }
}

/// Checks a bundle from its bytes alone plus the trust anchors: tar form, BagIt completeness and
/// fixity, bag-info, the CMS signature over the tag manifest, the batch seal copy and its signature,
/// and the RFC 4998 evidence record: the reduced hash tree from the tag manifest to the batch root,
/// and the RFC 3161 token over that root.
package struct BundleVerifier: Sendable {
    package let tsaTrustAnchors: [SigningCertificate]
    /// Checks the CMS seals under trust/seal-ca.pem (each signer's chain once).
    package let signatures: CMSVerifier
    /// The SHA-256 of the archive's own sealing certificates (archive.json): a signature by any other
    /// certificate under the same anchor is refused. Nil when verifying without the archive.
    package var pinnedSealCertificates: Set<String>?
    /// When the newest timestamp must be valid (`verify --at`); now when nil. Signatures are checked at
    /// the time the batch's timestamp proves (SPEC "Evidence over time").
    package var verificationTime: Date?
    /// How far the timestamp may be from the seal's `sealed_at` (clock skew between archive and TSA).
    package static let timestampTolerance: TimeInterval = 3600
    /// Every bundle of a batch carries the same seal copy and the same timestamp token: each is
    /// checked once per verifier, whichever thread meets it first.
    private let cache = BatchCache()

    /// What was found about one batch seal copy (by the SHA-256 of its bytes and its signature's),
    /// and about one timestamp token over one root (by the SHA-256 of the token and the root).
    private final class BatchCache: @unchecked Sendable {
        // @unchecked: both dictionaries are only touched under `lock`.
        struct Entry {
            var signatureProblem: BundleProblem?
            var seal: BatchSeal?
            var listed: Set<String>?
            var rootMatches: Bool
        }
        private let lock = NSLock()
        private var seals: [String: Entry] = [:]
        private var tokens: [String: Result<Date, CryptoIOError>] = [:]

        func seal(_ key: String, _ make: () -> Entry) -> Entry {
            if let entry = lock.withLock({ seals[key] }) { return entry }
            let entry = make()
            lock.withLock { seals[key] = entry }
            return entry
        }

        func token(_ key: String, _ make: () -> Result<Date, CryptoIOError>) -> Result<Date, CryptoIOError> {
            if let result = lock.withLock({ tokens[key] }) { return result }
            let result = make()
            lock.withLock { tokens[key] = result }
            return result
        }
    }

    /// Loads the trust anchors from PEM files (`trust/seal-ca.pem`, `trust/tsa-ca.pem`).
    /// - Throws: `BundleError` `.unreadable`.
    package init(sealCAPEM: [UInt8], tsaCAPEM: [UInt8]) throws {
        do {
            signatures = CMSVerifier(trustAnchors: try SigningCertificate.all(pem: sealCAPEM))
            tsaTrustAnchors = try SigningCertificate.all(pem: tsaCAPEM)
        } catch {
            throw BundleError(.unreadable, "The trust anchors cannot be read: \(error.message)", underlying: error)
        }
    }

    /// Why a signer whose signature verified is still refused: not one of the archive's own
    /// sealing certificates (archive.json), when those are pinned.
    /// - Parameter file: the signature file, for the problem.
    package func refusal(of signer: CMSSignature.Signer, file: String) -> BundleProblem? {
        guard let pins = pinnedSealCertificates, !pins.contains(signer.certificateSHA256) else { return nil }
        return BundleProblem(
            .signature,
            file: file,
            expected: "a signature by one of the archive's sealing certificates (archive.json)",
            found: "one by \(signer.subject)"
        )
    }

    /// Verifies a bag from the bytes of its file.
    /// - Parameter name: the file's path (relative to the archive root, or as given): its file name
    ///   must be the bag's top-level folder and what its bag-info says it is about.
    package func verify(bytes: [UInt8], name: String) -> BundleVerificationReport {
        var report = BundleVerificationReport(bundle: name)
        let bag: Bag
        do {
            bag = try Bag.read(bytes, name: name)
        } catch {
            report.problems.append(error)
            return report
        }
        verify(bag, name: name, into: &report)
        return report
    }

    /// Which evidence record proves a bag.
    package enum RecordSource: Sendable {
        /// The one sealed in it (`seal/evidence-record.ers`), as a bundle on its own is checked.
        case sealed
        /// The sealed one with its batch's renewals (in the archive: the bag's complete record).
        case renewed(BatchRenewals)
        /// One given beside the bag (`verify --bundle FILE --evidence FILE.ers`).
        case given(EvidenceRecord, file: String)
        /// Its batch's renewals cannot be read: the bag is not proven (the sealed record alone
        /// would lapse with its TSA certificate).
        case unreadable(BundleProblem)
    }

    /// The batch a bag is listed in and the SHA-256 of the time-stamp token in its `timestamp.tsr`:
    /// every bag of a batch carries that token, and one it did not get would prove another tree.
    package struct BatchToken: Sendable {
        package var batch: String
        package var sha256: String
        package init(batch: String, sha256: String) {
            self.batch = batch
            self.sha256 = sha256
        }

        /// The token in `batch`'s `timestamp.tsr`; nil when it cannot be read (the chain check names that).
        package static func of(_ batch: String, layout: ArchiveLayout) -> BatchToken? {
            guard let response = try? FileIO.read(layout.batch(batch) + "/timestamp.tsr"),
                let token = try? TimeStampProtocol.token(fromResponse: response)
            else { return nil }
            return BatchToken(batch: batch, sha256: SHA256Digest.of(token).hex)
        }
    }

    /// The problem when `record` starts from another token than its batch's.
    private static func tokenProblem(_ record: EvidenceRecord, _ token: BatchToken?) -> BundleProblem? {
        guard let token, SHA256Digest.of(record.initial.timeStamp).hex != token.sha256 else { return nil }
        return BundleProblem(
            .evidence,
            file: "seal/evidence-record.ers",
            expected: "the time-stamp token of batch \(token.batch) (its timestamp.tsr)",
            found: "another token"
        )
    }

    /// Verifies a bag already read (`Bag.read`).
    /// - Parameter batchToken: the token of the batch that lists the bag, when known (`verify --all`).
    package func verify(
        _ bag: Bag,
        name: String,
        into report: inout BundleVerificationReport,
        record source: RecordSource = .sealed,
        batchToken: BatchToken? = nil
    ) {
        func problem(_ code: BundleProblem.Code, _ file: String, expected: String, found: String) {
            report.problems.append(BundleProblem(code, file: file, expected: expected, found: found))
        }
        report.problems += bag.formProblems
        let files = bag.files
        report.bagInfo = Dictionary(bag.bagInfo.fields.map { ($0.label, $0.value) }, uniquingKeysWith: { a, _ in a })

        // The name binds the file to what it is about (SPEC "Bundle names").
        let fileName = name.split(separator: "/").last.map(String.init) ?? name
        if let folder = bag.bagInfo.expectedFolder {
            if bag.top != folder {
                problem(.bagInfo, name, expected: "the top-level folder \(folder) (bag-info.txt)", found: bag.top)
            }
            if bag.bagInfo.isBatchRecord {
                // `batches/<batch-id>/batch-record.tar.gz`
                let parts = name.split(separator: "/").suffix(2).map(String.init)
                if parts.last == "batch-record.tar.gz", parts.count == 2, parts[0] != bag.bagInfo.batchID {
                    problem(
                        .bagInfo,
                        name,
                        expected: "the record of batch \(parts[0]) (its folder)",
                        found: "the record of batch \(bag.bagInfo.batchID ?? "none") (bag-info.txt)"
                    )
                }
            } else if fileName.hasSuffix(".tar.gz") || fileName.hasSuffix(".tar"), fileName != folder + ".tar.gz",
                fileName != folder + ".tar"
            {
                problem(.bagInfo, name, expected: "the file name \(folder).tar.gz (bag-info.txt)", found: fileName)
            }
        }
        // Nothing in a sealed bag that its tag manifest or its seal does not cover.
        for path in files.keys.sorted()
        where !path.hasPrefix("data/") && !Bag.tagFiles.contains(path) && !Bag.sealFiles.contains(path) {
            problem(
                .unsealed,
                path,
                expected: "only the payload, the BagIt tag files and the seal",
                found: "this member, which no seal covers"
            )
        }

        func required(_ path: String) -> [UInt8]? {
            guard let bytes = files[path] else {
                problem(.missing, path, expected: "this file", found: "it missing")
                return nil
            }
            return bytes
        }
        if let declaration = required("bagit.txt"), declaration != BagIt.declaration {
            problem(.unreadable, "bagit.txt", expected: "the BagIt 1.0 UTF-8 declaration", found: "other content")
        }

        // Payload fixity and completeness (RFC 8493 §3).
        let payloadPaths = Set(files.keys.filter { $0.hasPrefix("data/") })
        var octets = 0
        if let manifestBytes = required("manifest-sha256.txt") {
            if let manifest = BagIt.parseManifest(manifestBytes) {
                var listed = Set<String>()
                for (path, digest) in manifest {
                    listed.insert(path)
                    guard let content = files[path] else {
                        problem(
                            .missing,
                            path,
                            expected: "this payload file listed in manifest-sha256.txt",
                            found: "it missing"
                        )
                        continue
                    }
                    octets += content.count
                    let actual = SHA256Digest.of(content).hex
                    if actual != digest { problem(.digest, path, expected: "SHA-256 \(digest)", found: "\(actual)") }
                }
                for path in payloadPaths.subtracting(listed).sorted() {
                    problem(
                        .unsealed,
                        path,
                        expected: "every payload file in manifest-sha256.txt",
                        found: "this one unlisted"
                    )
                }
            } else {
                problem(
                    .unreadable,
                    "manifest-sha256.txt",
                    expected: "'<sha256>  <path>' lines",
                    found: "a malformed line"
                )
            }
        }

        // Tag manifest: exactly the three tag files, with their digests (SPEC "Bundle").
        let tagManifestBytes = required("tagmanifest-sha256.txt")
        if let tagManifestBytes {
            if let tagManifest = BagIt.parseManifest(tagManifestBytes) {
                let expected = ["bagit.txt", "bag-info.txt", "manifest-sha256.txt"]
                if tagManifest.map(\.path).sorted() != expected.sorted() {
                    problem(
                        .seal,
                        "tagmanifest-sha256.txt",
                        expected: "exactly \(expected.joined(separator: ", "))",
                        found: "\(tagManifest.map(\.path).joined(separator: ", "))"
                    )
                }
                for (path, digest) in tagManifest {
                    guard let content = files[path] else { continue }
                    let actual = SHA256Digest.of(content).hex
                    if actual != digest {
                        problem(
                            .digest,
                            path,
                            expected: "SHA-256 \(digest) (tagmanifest-sha256.txt)",
                            found: "\(actual)"
                        )
                    }
                }
            } else {
                problem(
                    .unreadable,
                    "tagmanifest-sha256.txt",
                    expected: "'<sha256>  <path>' lines",
                    found: "a malformed line"
                )
            }
        }

        // bag-info.txt fields.
        if let infoBytes = required("bag-info.txt") {
            let fields = BagIt.parseBagInfo(infoBytes)
            report.bagInfo = Dictionary(fields, uniquingKeysWith: { first, _ in first })
            let isBatchRecord = report.bagInfo["Bag-Kind"] == "batch-record"
            let labels =
                isBatchRecord
                ? ["Bagging-Date", "Payload-Oxum", "Batch-Id"]
                : [
                    "Bagging-Date", "Payload-Oxum", "Certificate-Issuer", "Certificate-Serial", "Bundle-Version",
                    "Batch-Id",
                ]
            for label in labels where report.bagInfo[label] == nil {
                problem(.missing, "bag-info.txt", expected: "the field \(label)", found: "it missing")
            }
            let oxum = "\(octets).\(payloadPaths.count)"
            if let found = report.bagInfo["Payload-Oxum"], found != oxum {
                problem(.bagInfo, "bag-info.txt", expected: "Payload-Oxum \(oxum)", found: "\(found)")
            }
            if let version = report.bagInfo["Bundle-Version"].flatMap(Int.init) {
                let previous = report.bagInfo["Previous-Version-Tagmanifest-SHA256"]
                if version > 1, previous.flatMap(SHA256Digest.init(hex:)) == nil {
                    problem(
                        .bagInfo,
                        "bag-info.txt",
                        expected: "Previous-Version-Tagmanifest-SHA256 for version \(version)",
                        found: "\(previous ?? "none")"
                    )
                } else if version == 1, previous != nil {
                    problem(
                        .bagInfo,
                        "bag-info.txt",
                        expected: "no Previous-Version-Tagmanifest-SHA256 for version 1",
                        found: "one"
                    )
                }
            } else if report.bagInfo["Bundle-Version"] != nil {
                problem(
                    .bagInfo,
                    "bag-info.txt",
                    expected: "Bundle-Version to be a positive integer",
                    found: "\(report.bagInfo["Bundle-Version"] ?? "")"
                )
            }
            if let der = files["data/certificate.der"], let certificate = try? CertificateIdentity(der: der) {
                // Versions before 0.15 wrote a non-ASCII DN with \XX escapes; it names the same issuer.
                if let issuer = report.bagInfo["Certificate-Issuer"],
                    DistinguishedName.canonical(issuer) != certificate.issuer
                {
                    problem(
                        .bagInfo,
                        "bag-info.txt",
                        expected: "Certificate-Issuer \(certificate.issuer) (data/certificate.der)",
                        found: "\(issuer)"
                    )
                }
                if let serial = report.bagInfo["Certificate-Serial"], serial != certificate.serialHex {
                    problem(
                        .bagInfo,
                        "bag-info.txt",
                        expected: "Certificate-Serial \(certificate.serialHex) (data/certificate.der)",
                        found: "\(serial)"
                    )
                }
            }
        }

        let record = tagManifestBytes.map { evidenceRecord(files, tagManifest: $0, source: source) }
        if let located = try? record?.get(), let problem = Self.tokenProblem(located.record, batchToken) {
            report.problems.append(problem)
        }
        // The time the batch's timestamp proves: the seals are checked as of then (EN 319 102-1).
        let proven = (try? record?.get()).flatMap { provenTime($0.result) }
        report.provenAt = proven
        // The seal: CMS over the exact tag manifest bytes (RFC 5652 §5.4).
        if let signature = required("seal/tagmanifest.p7s"), let tagManifestBytes {
            do {
                let signer = try signatures.verify(signature, content: tagManifestBytes, at: proven)
                report.signer = signer.subject
                if let refused = refusal(of: signer, file: "seal/tagmanifest.p7s") { report.problems.append(refused) }
            } catch {
                problem(
                    .signature,
                    "seal/tagmanifest.p7s",
                    expected: "a CMS signature over tagmanifest-sha256.txt by a key certified under trust/seal-ca.pem",
                    found: error.code == .certificateExpired ? error.message : "it does not verify (\(error.message))"
                )
            }
        }
        if let tagManifestBytes, let record {
            report.tagManifestSHA256 = SHA256Digest.of(tagManifestBytes).hex
            verifySeal(files, tagManifest: tagManifestBytes, record: record, proven: proven, into: &report)
        }
    }

    /// `verify --all --fast`: what a bag's evidence record (`seal/evidence-record.ers`, read from the
    /// bag's last gzip member) proves of the tag manifest its batch lists, without the bag's payload:
    /// a reduced hash tree from `tagManifestSHA256` to the batch root, and the batch's timestamp over
    /// it within an hour of `sealedAt`, that timestamp the batch's own (when its token is known).
    /// - Returns: the problems, and the time the record proves.
    package func verifyEvidence(
        _ der: [UInt8],
        tagManifestSHA256: SHA256Digest,
        batchRoot: String,
        sealedAt: Date?,
        batchToken: BatchToken?
    ) -> (problems: [BundleProblem], provenAt: Date?) {
        var report = BundleVerificationReport(bundle: "")
        let file = "seal/evidence-record.ers"
        let located: Result<LocatedRecord, BundleProblem>
        do {
            let record = try EvidenceRecord(der: der)
            if let problem = Self.tokenProblem(record, batchToken) { report.problems.append(problem) }
            located = .success(
                LocatedRecord(
                    record: record,
                    file: file,
                    result: recordVerifier.verify(record, dataObject: tagManifestSHA256, at: verificationTime)
                )
            )
        } catch {
            located = .failure(
                BundleProblem(.evidence, file: file, expected: "an RFC 4998 evidence record", found: error.message)
            )
        }
        verifyRecord(located, leaf: tagManifestSHA256, batchRoot: batchRoot, sealedAt: sealedAt, into: &report)
        return (report.problems, (try? located.get()).flatMap { provenTime($0.result) })
    }

    /// A record, the file it is read from (for problems), and what it proves of the tag manifest.
    struct LocatedRecord {
        var record: EvidenceRecord
        var file: String
        var result: Result<EvidenceRecordVerifier.Proof, EvidenceRecordVerifier.Failure>
    }

    /// The record that proves the bag, from `source`.
    private func evidenceRecord(
        _ files: [String: [UInt8]],
        tagManifest: [UInt8],
        source: RecordSource
    ) -> Result<LocatedRecord, BundleProblem> {
        let file = "seal/evidence-record.ers"
        func located(_ record: EvidenceRecord, _ file: String) -> LocatedRecord {
            LocatedRecord(
                record: record,
                file: file,
                result: recordVerifier.verify(record, dataObject: tagManifest, at: verificationTime)
            )
        }
        if case .given(let record, let given) = source { return .success(located(record, given)) }
        if case .unreadable(let problem) = source { return .failure(problem) }
        guard let bytes = files[file] else {
            return .failure(BundleProblem(.missing, file: file, expected: "this file", found: "it missing"))
        }
        let sealed: EvidenceRecord
        do {
            sealed = try EvidenceRecord(der: bytes)
        } catch {
            return .failure(
                BundleProblem(.evidence, file: file, expected: "an RFC 4998 evidence record", found: error.message)
            )
        }
        guard case .renewed(let renewals) = source, !renewals.renewals.isEmpty else {
            return .success(located(sealed, file))
        }
        return Result { () throws(BundleProblem) in
            located(
                try renewals.complete(sealed, dataObject: tagManifest),
                "\(file) with batches/\(renewals.batch)/renewals/"
            )
        }
    }

    /// The genTime of the batch timestamp in the bag's evidence record, when the record proves its
    /// tag manifest (the problems are reported by `verifySeal`).
    private func provenTime(
        _ result: Result<EvidenceRecordVerifier.Proof, EvidenceRecordVerifier.Failure>
    ) -> Date? {
        switch result {
        case .success(let proof): return proof.provenAt
        // Sound when made, lapsed since: the seals are still judged as of the time it states (the
        // lapse itself is reported), so that one expired TSA certificate is one problem, not three.
        case .failure(let failure) where failure.kind == .timestamp(.certificateExpired) && failure.stamp == 0:
            return failure.claimedTime
        // A renewal failed: the batch's own timestamp still proves when the seals existed.
        case .failure(let failure): return failure.provenAt
        }
    }

    /// The evidence record verifier, each token verified once per verifier (every bag of a batch
    /// carries the same one).
    private var recordVerifier: EvidenceRecordVerifier {
        EvidenceRecordVerifier { [cache, tsaTrustAnchors] token, imprint, time in
            cache.token(SHA256Digest.of(token).hex + imprint.hex + (time.map(RFC3339.format) ?? "now")) {
                Result { () throws(CryptoIOError) in
                    try TimeStampProtocol.verify(token: token, over: imprint, trustAnchors: tsaTrustAnchors, at: time)
                }
            }
        }
    }

    /// The batch seal copy and the evidence record (SPEC "Bundle": `seal/`).
    private func verifySeal(
        _ files: [String: [UInt8]],
        tagManifest: [UInt8],
        record located: Result<LocatedRecord, BundleProblem>,
        proven: Date?,
        into report: inout BundleVerificationReport
    ) {
        func problem(_ code: BundleProblem.Code, _ file: String, expected: String, found: String) {
            report.problems.append(BundleProblem(code, file: file, expected: expected, found: found))
        }
        let leaf = SHA256Digest.of(tagManifest)
        var sealRoot: String? = nil
        var sealedAt: Date? = nil
        if let sealJSON = files["seal/batch-seal.json"] {
            let signature = files["seal/batch-seal.json.p7s"]
            let key =
                SHA256Digest.of(sealJSON).hex + (signature.map { SHA256Digest.of($0).hex } ?? "-")
                + (proven.map { "@\(Int($0.timeIntervalSince1970))" } ?? "@now")
            let entry = cache.seal(key) {
                let file = "seal/batch-seal.json.p7s"
                var signatureProblem: BundleProblem? = nil
                if let signature {
                    do {
                        signatureProblem = refusal(
                            of: try signatures.verify(signature, content: sealJSON, at: proven),
                            file: file
                        )
                    } catch {
                        signatureProblem = BundleProblem(
                            .signature,
                            file: file,
                            expected: "a CMS signature over seal/batch-seal.json under trust/seal-ca.pem",
                            found: (error as? CryptoIOError).map {
                                $0.code == .certificateExpired ? $0.message : "it does not verify (\($0.message))"
                            } ?? "it does not verify (\(error))"
                        )
                    }
                } else {
                    signatureProblem = BundleProblem(.missing, file: file, expected: "this file", found: "it missing")
                }
                let seal = try? JSONDecoder().decode(BatchSeal.self, from: Data(sealJSON))
                return BatchCache.Entry(
                    signatureProblem: signatureProblem,
                    seal: seal,
                    // Format 1 lists the bundles in the copy, whose root can be recomputed; format 2 names
                    // its list by digest only, and the evidence record's path to the signed root is the
                    // proof that this bundle belongs to the batch.
                    listed: seal?.inlineBundles.map { Set($0.map(\.tagmanifestSHA256)) },
                    rootMatches: seal.map {
                        guard let inline = $0.inlineBundles else { return true }
                        return HashTree(leaves: $0.leaves(inline)).root.hex == $0.root
                    } ?? false
                )
            }
            if let problem = entry.signatureProblem { report.problems.append(problem) }
            if let seal = entry.seal {
                sealRoot = seal.root
                sealedAt = RFC3339.parse(seal.sealedAt)
                if let listed = entry.listed, !listed.contains(leaf.hex) {
                    problem(
                        .seal,
                        "seal/batch-seal.json",
                        expected: "the batch seal to list this bundle's tag manifest \(leaf.hex)",
                        found: "it not listed"
                    )
                }
                if let batch = report.bagInfo["Batch-Id"], batch != seal.batchID {
                    problem(
                        .seal,
                        "seal/batch-seal.json",
                        expected: "the seal of batch \(batch) (bag-info.txt)",
                        found: "the seal of batch \(seal.batchID)"
                    )
                }
                if !entry.rootMatches {
                    problem(
                        .seal,
                        "seal/batch-seal.json",
                        expected: "root \(seal.root) to be the hash tree of the listed tag manifests and previous seal",
                        found: "another root"
                    )
                }
            } else {
                problem(
                    .unreadable,
                    "seal/batch-seal.json",
                    expected: "a qcarchive-batch-seal/1 or /2 document",
                    found: "unreadable JSON"
                )
            }
        } else {
            problem(.missing, "seal/batch-seal.json", expected: "this file", found: "it missing")
        }
        verifyRecord(located, leaf: leaf, batchRoot: sealRoot, sealedAt: sealedAt, into: &report)
    }

    /// What the evidence record proves of the tag manifest `leaf`: a reduced hash tree from it to
    /// `batchRoot`, a timestamp over that root within an hour of `sealedAt`, renewals that hold.
    private func verifyRecord(
        _ located: Result<LocatedRecord, BundleProblem>,
        leaf: SHA256Digest,
        batchRoot sealRoot: String?,
        sealedAt: Date?,
        into report: inout BundleVerificationReport
    ) {
        func problem(_ code: BundleProblem.Code, _ file: String, expected: String, found: String) {
            report.problems.append(BundleProblem(code, file: file, expected: expected, found: found))
        }
        let recordFile: String
        let result: Result<EvidenceRecordVerifier.Proof, EvidenceRecordVerifier.Failure>
        switch located {
        case .success(let found): (recordFile, result) = (found.file, found.result)
        case .failure(let failure):
            report.problems.append(failure)
            return
        }
        let root: Digest?
        switch result {
        case .success(let proof): root = proof.initialRoot
        case .failure(let failure): root = failure.initialRoot
        }
        if let root, let sealRoot, root.hex != sealRoot {
            problem(
                .evidence,
                recordFile,
                expected: "the hash tree to lead to the batch root \(sealRoot)",
                found: "\(root.hex)"
            )
        }
        switch result {
        case .success(let proof):
            // The seal is made just before its timestamp: a token far from sealed_at was not made for this seal.
            if let sealed = sealedAt, abs(proof.provenAt.timeIntervalSince(sealed)) > Self.timestampTolerance {
                problem(
                    .evidence,
                    recordFile,
                    expected: "the timestamp within an hour of sealed_at \(RFC3339.format(sealed))",
                    found: "\(RFC3339.format(proof.provenAt))"
                )
            }
        case .failure(let failure) where failure.kind == .tree:
            problem(
                .evidence,
                recordFile,
                expected: failure.stamp == 0
                    ? "the reduced hash tree to start from the tag manifest's SHA-256 \(leaf.hex)"
                    : "archive timestamp \(failure.stamp + 1) to renew the one before it",
                found: failure.stamp == 0 ? "other hashes" : failure.message
            )
        case .failure(let failure) where failure.kind == .shape:
            problem(
                .evidence,
                recordFile,
                expected: "an evidence record this version verifies",
                found: failure.message
            )
        case .failure(let failure):
            problem(
                .evidence,
                recordFile,
                expected: failure.stamp == 0
                    ? "an RFC 4998 evidence record whose time-stamp token is over the batch root and verifies under "
                        + "trust/tsa-ca.pem"
                    : "archive timestamp \(failure.stamp + 1) (a renewal) to verify under trust/tsa-ca.pem as of the "
                        + "timestamp that renewed it, or now",
                found: failure.message
            )
        }
    }
}
