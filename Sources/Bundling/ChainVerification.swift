import Catalog
import CryptoIO
import Sealing
import Foundation
import Lifecycle
import Storage

/// Verifies the seal chain from the files alone (`batches/*/seal.json`), and against the catalog
/// when there is one: every batch's seal signed, its root the hash tree of what it lists, its
/// timestamp over that root, each seal naming the one before it, every listed bundle present with
/// the listed tag manifest. Every problem is reported, not just the first.
package struct ChainVerification {
    package var layout: ArchiveLayout
    package var verifier: BundleVerifier

    package init(layout: ArchiveLayout, verifier: BundleVerifier) {
        self.layout = layout
        self.verifier = verifier
    }

    /// The result: the batches in chain order and every problem found.
    package struct Report: Sendable {
        package var chain: [String] = []
        /// Per sealed batch whose timestamp verified: when its proof holds from and until when.
        package var proofs: [BatchProof] = []
        package var bundlesChecked = 0
        package var problems: [BundleProblem] = []
        /// Files an interrupted `qcarchive renew` left: no evidence, no problem; recovery moves them aside.
        package var leftovers: [String] = []
    }

    /// - Parameters:
    ///   - catalog: when given, the chain must also hold every batch the catalog lists as sealed, in seal order.
    ///   - readsBags: false when the caller reads every listed bag itself and compares it with its
    ///     listed tag manifest (`verify --all`, `reindex`), so that none is read or reported twice.
    package func verify(catalog: (any BatchLedger)?, readsBags: Bool = true) -> Report {
        var report = Report()
        func problem(_ code: BundleProblem.Code, _ file: String, expected: String, found: String) {
            report.problems.append(BundleProblem(code, file: file, expected: expected, found: found))
        }
        var seals: [String: SealedBatch] = [:]
        let names = FileIO.names(in: layout.batches)
        for name in names {
            let sealed: SealedBatch?
            do {
                sealed = try SealedBatch.load(layout, name: name)
            } catch {
                report.problems.append(error)
                continue
            }
            guard let sealed else {
                // A batch folder with sealing files but no seal: the seal was deleted.
                if FileIO.exists(layout.batch(name) + "/timestamp.tsr")
                    || FileIO.exists(layout.batch(name) + "/batch-record.tar.gz")
                {
                    problem(
                        .missing,
                        "batches/\(name)/seal.json",
                        expected: "the seal of batch \(name) (its timestamp or record is there)",
                        found: "it missing"
                    )
                }
                continue
            }
            seals[name] = sealed
            verifyBatch(sealed, readsBags: readsBags, into: &report)
        }

        // The chain: one first seal (previous null), each next naming the digest of the one before.
        let byDigest = Dictionary(
            seals.map { (SHA256Digest.of($0.value.bytes).hex, $0.key) },
            uniquingKeysWith: { first, _ in first }
        )
        var successors: [String: [String]] = [:]
        for (name, entry) in seals {
            if let previous = entry.seal.previousSealSHA256 {
                guard let before = byDigest[previous] else {
                    problem(
                        .chain,
                        "batches/\(name)/seal.json",
                        expected: "previous_seal_sha256 \(previous) to be the digest of another batch's seal.json",
                        found: "no such batch (a batch was deleted or altered)"
                    )
                    continue
                }
                successors[before, default: []].append(name)
            } else {
                successors["", default: []].append(name)
            }
        }
        var current = ""
        while let next = successors[current] {
            if next.count > 1 {
                problem(
                    .chain,
                    "batches/",
                    expected: "one batch after \(current.isEmpty ? "the start" : current)",
                    found: "\(next.sorted().joined(separator: ", "))"
                )
            }
            current = next.sorted()[0]
            if report.chain.contains(current) { break }
            report.chain.append(current)
        }
        for name in seals.keys.sorted()
        where !report.chain.contains(name)
            && !report.problems.contains(where: { $0.file == "batches/\(name)/seal.json" })
        {
            problem(
                .chain,
                "batches/\(name)/seal.json",
                expected: "this batch in the seal chain",
                found: "it unreachable from the first batch"
            )
        }
        // The exception register: each sealed snapshot as sealed, and each a prefix of the next and
        // of the current register (versions are only appended), so that a rewrite shows.
        var previousSnapshot: (name: String, bytes: [UInt8])? = nil
        for name in report.chain {
            guard let digest = seals[name]?.seal.exceptionRegisterSHA256 else { continue }
            let path = "batches/\(name)/exception-register.jsonl"
            guard let snapshot = try? FileIO.read(layout.absolute(path)) else {
                problem(
                    .missing,
                    path,
                    expected: "the exception register sealed with batch \(name)",
                    found: "it missing"
                )
                continue
            }
            if SHA256Digest.of(snapshot).hex != digest {
                problem(
                    .digest,
                    path,
                    expected: "SHA-256 \(digest) as sealed in batch \(name)",
                    found: "\(SHA256Digest.of(snapshot).hex) (the register was rewritten)"
                )
            }
            if let previous = previousSnapshot, !snapshot.starts(with: previous.bytes) {
                problem(
                    .chain,
                    path,
                    expected: "the register sealed with \(previous.name) to be kept unchanged at its start",
                    found: "it rewritten"
                )
            }
            previousSnapshot = (name, snapshot)
        }
        if let previous = previousSnapshot {
            let current = (try? FileIO.read(layout.exceptionRegister)) ?? []
            if !current.starts(with: previous.bytes) {
                problem(
                    .chain,
                    "exceptions/register.jsonl",
                    expected: "the register sealed with \(previous.name) to be kept unchanged at its start",
                    found: "it rewritten"
                )
            }
        }
        if let catalog, let batches = try? catalog.batches() {
            let sealed = batches.filter { $0.state == .sealed }.sorted { ($0.sealOrder ?? 0) < ($1.sealOrder ?? 0) }
                .map(\.id.rawValue)
            for name in sealed where seals[name] == nil {
                problem(
                    .missing,
                    "batches/\(name)/seal.json",
                    expected: "the seal of batch \(name), sealed per the catalog",
                    found: "it missing"
                )
            }
            for name in report.chain where !sealed.contains(name) {
                problem(
                    .chain,
                    "batches/\(name)/seal.json",
                    expected: "only batches the catalog sealed",
                    found: "\(name), unknown to the catalog"
                )
            }
            if sealed != report.chain && Set(sealed) == Set(report.chain) {
                problem(
                    .chain,
                    "batches/",
                    expected: "the chain in seal order \(sealed.joined(separator: " → "))",
                    found: "\(report.chain.joined(separator: " → "))"
                )
            }
        }
        return report
    }

    /// Checks one batch's seal as the chain check does (signature, root, timestamp, every listed
    /// bundle present with its tag manifest), without the chain around it.
    /// - Returns: every problem found; none when the seal holds.
    package func verifySeal(of sealed: SealedBatch) -> [BundleProblem] {
        var report = Report()
        verifyBatch(sealed, readsBags: true, into: &report)
        return report.problems
    }

    private func verifyBatch(_ sealed: SealedBatch, readsBags: Bool, into report: inout Report) {
        func problem(_ code: BundleProblem.Code, _ file: String, expected: String, found: String) {
            report.problems.append(BundleProblem(code, file: file, expected: expected, found: found))
        }
        let (name, seal, bytes) = (sealed.name, sealed.seal, sealed.bytes)
        let folder = "batches/\(name)"
        if seal.batchID != name {
            problem(.chain, folder + "/seal.json", expected: "batch_id \(name)", found: "\(seal.batchID)")
        }
        let root = HashTree(leaves: seal.leaves(sealed.bundles)).root
        if root.hex != seal.root {
            problem(
                .seal,
                folder + "/seal.json",
                expected: "root \(root.hex) (the hash tree of the listed tag manifests and previous seal)",
                found: "\(seal.root)"
            )
        }
        // Renewals (RFC 4998 §5): each token is judged at the time of the one that renewed it; as of a
        // past time (`--at`), those made after it did not exist yet. That each bag is a leaf of its
        // renewals is proven per bag (`verify --all`, complete records).
        var renewals: [BatchRenewals.Renewal] = []
        var renewedRoots: [Result<Digest, BundleProblem>] = []
        do {
            let loaded = try BatchRenewals.load(layout, batch: name)
            report.leftovers += loaded.leftovers
            if let token = try? TimeStampProtocol.token(
                fromResponse: try FileIO.read(layout.absolute(folder + "/timestamp.tsr"))
            ) {
                renewedRoots = loaded.renewedRoots(initialToken: token)
            }
            renewals = loaded.renewals
            if let time = verifier.verificationTime {
                renewals = Array(
                    renewals.prefix {
                        (try? TimeStampProtocol.claimedTime(of: $0.stamp.timeStamp)).map { $0 <= time } ?? true
                    }
                )
            }
        } catch {
            report.problems.append(error)
        }
        let renewalTokens = renewals.map(\.stamp.timeStamp)
        func renewedAt(_ index: Int) -> Date? {
            index < renewalTokens.count
                ? try? TimeStampProtocol.claimedTime(of: renewalTokens[index]) : verifier.verificationTime
        }
        // The timestamp first: the seal's signature is checked as of the time it proves.
        var proven: Date? = nil
        var tsaSigner: SigningCertificate? = nil
        var sealSigner: String? = nil
        do {
            let token = try TimeStampProtocol.token(
                fromResponse: try FileIO.read(layout.absolute(folder + "/timestamp.tsr"))
            )
            proven = try TimeStampProtocol.verify(
                token: token,
                over: root,
                trustAnchors: verifier.tsaTrustAnchors,
                at: renewedAt(0)
            )
            tsaSigner = TimeStampProtocol.signer(ofToken: token)
            var proof = BatchProof(batch: name, provenAt: proven!, tsaValidUntil: tsaSigner?.notAfter)
            for (index, renewal) in renewals.enumerated() {
                let file = folder + "/renewals/\(renewal.baseName).ats"
                do {
                    guard index < renewedRoots.count else { break }
                    let root = try renewedRoots[index].get()
                    let time = try TimeStampProtocol.verify(
                        token: renewal.stamp.timeStamp,
                        over: root,
                        trustAnchors: verifier.tsaTrustAnchors,
                        at: renewedAt(index + 1)
                    )
                    proof.renewals.append(time)
                    proof.tsaValidUntil = TimeStampProtocol.signer(ofToken: renewal.stamp.timeStamp)?.notAfter
                } catch let refused as BundleProblem {
                    report.problems.append(refused)
                    break
                } catch {
                    problem(
                        .evidence,
                        file,
                        expected: "a renewal token over the hash it renews, valid under trust/tsa-ca.pem",
                        found: (error as? CryptoIOError)?.message ?? "\(error)"
                    )
                    break
                }
            }
            report.proofs.append(proof)
            // The seal is made just before its timestamp: a token far from sealed_at was not made for this seal.
            if let sealed = RFC3339.parse(seal.sealedAt), let time = proven,
                abs(time.timeIntervalSince(sealed)) > BundleVerifier.timestampTolerance
            {
                problem(
                    .evidence,
                    folder + "/timestamp.tsr",
                    expected: "the timestamp within an hour of sealed_at \(seal.sealedAt)",
                    found: RFC3339.format(time)
                )
            }
        } catch {
            if let error = error as? CryptoIOError, error.code == .certificateExpired,
                let response = try? FileIO.read(layout.absolute(folder + "/timestamp.tsr")),
                let token = try? TimeStampProtocol.token(fromResponse: response)
            {
                proven = try? TimeStampProtocol.claimedTime(of: token)  // the lapse is this one problem
            }
            problem(
                .evidence,
                folder + "/timestamp.tsr",
                expected: "an RFC 3161 response over root \(root.hex) under trust/tsa-ca.pem",
                found: (error as? CryptoIOError)?.message ?? "\(error)"
            )
        }
        if let signature = try? FileIO.read(layout.absolute(folder + "/seal.json.p7s")) {
            do {
                let signer = try verifier.signatures.verify(signature, content: bytes, at: proven)
                sealSigner = signer.certificateSHA256
                if let refused = verifier.refusal(of: signer, file: folder + "/seal.json.p7s") {
                    report.problems.append(refused)
                }
                if let index = report.proofs.indices.last, report.proofs[index].batch == name {
                    report.proofs[index].sealValidUntil = signer.notAfter
                }
            } catch {
                problem(
                    .signature,
                    folder + "/seal.json.p7s",
                    expected: "a CMS signature over seal.json under trust/seal-ca.pem",
                    found: error.code == .certificateExpired ? error.message : "it does not verify"
                )
            }
        } else {
            problem(.missing, folder + "/seal.json.p7s", expected: "this file", found: "it missing")
        }
        if let proven {
            let tsa = tsaSigner.map { SHA256Digest.of($0.der).hex }
            checkValidationData(of: sealed, seal: sealSigner, tsa: tsa, provenAt: proven, into: &report)
        }
        for bundle in sealed.bundles {
            report.bundlesChecked += 1
            if !readsBags { continue }
            guard let file = try? FileIO.read(layout.absolute(bundle.path)) else {
                problem(.missing, bundle.path, expected: "the bundle sealed in batch \(name)", found: "it missing")
                continue
            }
            let found =
                (try? Bag.read(file, name: bundle.path))?.files["tagmanifest-sha256.txt"].map {
                    SHA256Digest.of($0).hex
                }
                ?? "no tag manifest"
            if found != bundle.tagmanifestSHA256 {
                problem(
                    .digest,
                    bundle.path,
                    expected: "tag manifest SHA-256 \(bundle.tagmanifestSHA256) as sealed in batch \(name)",
                    found: "\(found)"
                )
            }
        }
    }
}

extension ChainVerification {
    /// The validation data sealed in the batch's record, checked at the time the batch proves.
    private func checkValidationData(
        of sealed: SealedBatch,
        seal: String?,
        tsa: String?,
        provenAt: Date,
        into report: inout Report
    ) {
        let path = "batches/\(sealed.name)/batch-record.tar.gz"
        guard sealed.bundles.contains(where: { $0.path == path }),
            let bytes = try? FileIO.read(layout.absolute(path)), let bag = try? Bag.read(bytes, name: path)
        else { return }  // a missing or unreadable record is reported with the listed bundles
        let outcome = ValidationDataCheck(files: bag.files, bagPath: path)
            .check(sealSigner: seal, tsaSigner: tsa, provenAt: provenAt)
        report.problems += outcome.problems
        if let index = report.proofs.indices.last, report.proofs[index].batch == sealed.name {
            report.proofs[index].validation = outcome.lines
        }
    }
}

/// What one batch's timestamp proves, and until when it can be checked without renewal.
package struct BatchProof: Sendable, Equatable {
    package var batch: String
    /// The timestamp's genTime: the batch's bundles and seal existed then.
    package var provenAt: Date
    /// When the TSA certificate that signed the newest timestamp expires (renewal is due before, RFC
    /// 4998 §5.2).
    package var tsaValidUntil: Date?
    /// The genTime of each renewal of the batch (`qcarchive renew`), oldest first.
    package var renewals: [Date] = []
    /// When the sealing certificate expires (new batches need another key from then on).
    package var sealValidUntil: Date?
    /// The revocation status sealed with the batch, one line per key (`ValidationDataCheck`).
    package var validation: [String] = []
}
