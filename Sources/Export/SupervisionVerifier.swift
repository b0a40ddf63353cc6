import ArchiveIO
import CryptoIO
import Foundation
import Lifecycle
import Sealing

/// `qcarchive verify PACK.tar` (SPEC "Exports"): a supervision evidence pack proven offline, read once
/// as a stream. The BagIt manifests must hold for every file and list every file; the tag manifest
/// must be signed under the seal anchors and timestamped under the TSA anchors; the chain of seals
/// must run unbroken from the first batch to the newest under the head; every batch carried whole
/// must hold its seal, signature and timestamp; and every bundle must be one its batch sealed, with
/// an evidence record that proves its tag manifest. Every problem is named.
package struct SupervisionVerifier {
    /// The anchors given out of band; the pack's own `data/trust/` anchors when nil (their
    /// fingerprints are reported for the person to compare).
    package var sealAnchors: [SigningCertificate]?
    package var tsaAnchors: [SigningCertificate]?

    package init(sealAnchors: [SigningCertificate]?, tsaAnchors: [SigningCertificate]?) {
        self.sealAnchors = sealAnchors
        self.tsaAnchors = tsaAnchors
    }

    package struct Report: Sendable {
        package var topFolder = ""
        package var files = 0
        package var bundles = 0
        package var records = 0
        package var batches = 0
        package var headSize: Int?
        /// When the tag manifest's timestamp proves it existed.
        package var provenAt: Date?
        package var carriedAnchors: [String] = []
        package var problems: [BundleProblem] = []
        package var isValid: Bool { problems.isEmpty }
    }

    /// Whether a tar is a supervision pack: its first member is under `qcp-…/`.
    package static func isPack(_ path: String) -> Bool {
        ExportProofs.firstMember(of: path)?.hasPrefix("qcp-") ?? false
    }

    /// What the stream leaves for the checks after it: digests of every file, the small files read
    /// whole, per bundle its tag manifest's digest (nil: none), and the evidence records: checked as
    /// soon as their bundle and the TSA anchors are known (the pack writes its anchors first and each
    /// record right after its bundle), kept until then.
    struct Streamed {
        var digests: [String: SHA256Digest] = [:]
        var kept: [String: [UInt8]] = [:]
        var bagManifests: [String: SHA256Digest?] = [:]
        var pendingRecords: [String: [UInt8]] = [:]
        /// The tag manifests of bundles whose record is not checked yet (a renewed record may prove
        /// them under SHA-384 or SHA-512).
        var pendingManifests: [String: [UInt8]] = [:]
        var checkedRecords: Set<String> = []
        var recordProblems: [BundleProblem] = []
    }

    /// - Throws: `ArchiveIOError` for a file that is not a readable tar.
    package func verify(_ path: String) throws -> Report {
        var report = Report()
        var streamed = Streamed()
        let records = RecordCheck()
        var carriedTSA: [SigningCertificate]?  // the pack's own, once they have streamed by
        var members = ExportMembers(prefix: "qcp-")
        try TarStreamReader.forEachMember(ofFile: path) { member in
            guard let relative = members.admit(member) else { return }
            let keep = Self.isKept(relative)
            let isBundle = relative.hasPrefix("data/bundles/") && relative.hasSuffix(".tar.gz")
            let isRecord = relative.hasPrefix("data/bundles/") && relative.hasSuffix(".ers")
            var hasher = SHA256Hasher()
            var bytes: [UInt8] = []
            try member.readContent { chunk in
                hasher.update(chunk)
                if keep || isBundle || isRecord { bytes += chunk }
            }
            guard streamed.digests.updateValue(hasher.finalize(), forKey: relative) == nil else {
                report.problems.append(
                    BundleProblem(.form, file: relative, expected: "one member of this name", found: "several")
                )
                return
            }
            report.files += 1
            if keep { streamed.kept[relative] = bytes }
            var record = relative
            if isRecord { streamed.pendingRecords[relative] = bytes }
            if isBundle {
                let bagMembers = (try? TarReader.members(of: bytes).members) ?? []
                for text in BagFixity.problems(bagMembers) {
                    report.problems.append(
                        BundleProblem(
                            .digest,
                            file: relative,
                            expected: "a bag that holds its own manifests",
                            found: text
                        )
                    )
                }
                let manifest = bagMembers.first(where: { $0.path.hasSuffix("/tagmanifest-sha256.txt") })?.bytes
                streamed.bagManifests[relative] = manifest.map(SHA256Digest.of)
                streamed.pendingManifests[relative] = manifest
                record = SupervisionPack.evidencePath(ofBundle: relative)
            }
            if relative == "data/trust/tsa-ca.pem" { carriedTSA = try? SigningCertificate.all(pem: bytes) }
            if isRecord || isBundle, let tsa = tsaAnchors ?? carriedTSA {
                records.check(record, in: &streamed, tsa: tsa)
            }
        }
        let (seal, tsa) = anchors(streamed.kept, into: &report)
        for record in streamed.pendingRecords.keys.sorted() { records.check(record, in: &streamed, tsa: tsa) }
        report.topFolder = members.top
        report.problems += members.problems
        checkBag(streamed, members: members, seal: seal, tsa: tsa, into: &report)
        let listed = checkChain(streamed, seal: seal, tsa: tsa, into: &report)
        checkBundles(streamed, listed: listed, into: &report)
        return report
    }

    /// Files read whole: tag files and proofs, index, chain, head, anchors, batch seals and lists.
    static func isKept(_ relative: String) -> Bool {
        !relative.hasPrefix("data/")
            || [SupervisionPack.index, SupervisionPack.chain, SupervisionPack.head].contains(relative)
            || relative.hasPrefix("data/trust/")
            || relative.hasPrefix("data/batches/")
                && ["/seal.json", "/seal.json.p7s", "/timestamp.tsr", "/bundles.jsonl"].contains {
                    relative.hasSuffix($0)
                }
    }

    private func anchors(
        _ kept: [String: [UInt8]],
        into report: inout Report
    ) -> (seal: [SigningCertificate], tsa: [SigningCertificate]) {
        let (seal, tsa) = ("data/trust/seal-ca.pem", "data/trust/tsa-ca.pem")
        return (
            ExportProofs.anchors(sealAnchors, carried: kept[seal], file: seal, fingerprints: &report.carriedAnchors),
            ExportProofs.anchors(tsaAnchors, carried: kept[tsa], file: tsa, fingerprints: &report.carriedAnchors)
        )
    }

    /// BagIt: the tag manifest (signed, timestamped) over the tag files, the manifest over every
    /// payload file, and no file that neither lists.
    private func checkBag(
        _ streamed: Streamed,
        members: ExportMembers,
        seal: [SigningCertificate],
        tsa: [SigningCertificate],
        into report: inout Report
    ) {
        func problem(_ code: BundleProblem.Code, _ file: String, expected: String, found: String) {
            report.problems.append(BundleProblem(code, file: file, expected: expected, found: found))
        }
        let proofs: Set = [SupervisionPack.tagManifest, SupervisionPack.signature, SupervisionPack.timestamp]
        var listed: [String: SHA256Digest] = [:]
        for name in [SupervisionPack.tagManifest, SupervisionPack.manifest] {
            guard let bytes = streamed.kept[name] else {
                problem(.missing, name, expected: "the pack's \(name)", found: "it missing")
                continue
            }
            guard let manifest = HandoverManifest(bytes: bytes) else {
                problem(.unreadable, name, expected: "'<sha256>  <path>' lines", found: "a malformed line")
                continue
            }
            listed.merge(manifest.digests) { first, _ in first }
        }
        for (relative, digest) in listed.sorted(by: { $0.key < $1.key }) {
            guard let found = streamed.digests[relative] else {
                problem(.missing, relative, expected: "this file, listed in the pack's manifests", found: "it missing")
                continue
            }
            if found != digest { problem(.digest, relative, expected: "SHA-256 \(digest.hex)", found: found.hex) }
        }
        for relative in streamed.digests.keys.sorted() where listed[relative] == nil && !proofs.contains(relative) {
            problem(
                .unsealed,
                relative,
                expected: "only files the pack's manifests list",
                found: "this file, which they do not"
            )
        }
        report.problems += members.folderProblems(listed: listed.keys)
        guard let bytes = streamed.kept[SupervisionPack.tagManifest] else { return }
        let (provenAt, problems) = ExportProofs.check(
            manifest: bytes,
            what: "the tag manifest",
            signature: (streamed.kept[SupervisionPack.signature], SupervisionPack.signature),
            timestamp: (streamed.kept[SupervisionPack.timestamp], SupervisionPack.timestamp),
            seal: seal,
            tsa: tsa
        )
        report.provenAt = provenAt
        report.problems += problems
    }

    /// The chain from every batch's seal.json, `chain.jsonl` and the head; each batch carried whole
    /// proven (root, signature, timestamp, bundle list).
    /// - Returns: the tag manifest SHA-256 of every bag the carried batches list, by pack path.
    private func checkChain(
        _ streamed: Streamed,
        seal sealAnchors: [SigningCertificate],
        tsa: [SigningCertificate],
        into report: inout Report
    ) -> [String: String] {
        func problem(_ code: BundleProblem.Code, _ file: String, expected: String, found: String) {
            report.problems.append(BundleProblem(code, file: file, expected: expected, found: found))
        }
        let kept = streamed.kept
        let seals = kept.filter { $0.key.hasPrefix("data/batches/") && $0.key.hasSuffix("/seal.json") }.map {
            SealChain.Link(batch: String($0.key.dropFirst(13).dropLast(10)), seal: $0.value)
        }
        let chain: [SealChain.Link]
        do {
            chain = try SealChain.links(seals)
        } catch {
            problem(.chain, "data/batches/", expected: "one unbroken chain of batch seals", found: "\(error)")
            return [:]
        }
        report.batches = chain.count
        let lines = String(decoding: kept[SupervisionPack.chain] ?? [], as: UTF8.self).split(separator: "\n")
            .map { try? JSONDecoder().decode(ChainLine.self, from: Data($0.utf8)) }
        var previous: String?
        for (position, link) in chain.enumerated() {
            let digest = SHA256Digest.of(link.seal).hex
            let line = position < lines.count ? lines[position] : nil
            let expected = ChainLine(
                position: position + 1,
                batch: link.batch,
                sealSHA256: digest,
                previous: previous,
                carried: line?.carried ?? "seal"
            )
            if line != expected {
                problem(
                    .chain,
                    SupervisionPack.chain,
                    expected: "line \(position + 1): batch \(link.batch), seal SHA-256 \(digest)",
                    found: line.map { "batch \($0.batch), seal SHA-256 \($0.sealSHA256)" } ?? "no such line"
                )
            }
            previous = digest
        }
        if lines.count != chain.count {
            problem(
                .chain,
                SupervisionPack.chain,
                expected: "\(chain.count) lines, one per batch",
                found: "\(lines.count)"
            )
        }
        checkHead(kept, chain: chain, into: &report)
        var listed: [String: String] = [:]
        for (link, line) in zip(chain, lines) where line?.carried == "all" {
            let folder = "data/batches/\(link.batch)"
            guard let seal = try? JSONDecoder().decode(BatchSeal.self, from: Data(link.seal)) else {
                problem(.unreadable, folder + "/seal.json", expected: "a batch seal", found: "unreadable JSON")
                continue
            }
            var bundles = seal.inlineBundles ?? []
            if seal.inlineBundles == nil {
                let list = kept[folder + "/bundles.jsonl"] ?? []
                if SHA256Digest.of(list).hex != seal.bundleListSHA256 {
                    problem(
                        .digest,
                        folder + "/bundles.jsonl",
                        expected: "SHA-256 \(seal.bundleListSHA256 ?? "?") as sealed",
                        found: SHA256Digest.of(list).hex
                    )
                }
                bundles = (try? BundleList.parse(list, file: folder + "/bundles.jsonl")) ?? []
            }
            let root = HashTree(leaves: seal.leaves(bundles)).root
            if root.hex != seal.root {
                problem(.seal, folder + "/seal.json", expected: "root \(root.hex) of its bundle list", found: seal.root)
            }
            var proven: Date?
            do {
                guard let response = kept[folder + "/timestamp.tsr"] else {
                    throw CryptoIOError(.timestampFailed, "The timestamp is missing.")
                }
                let token = try TimeStampProtocol.token(fromResponse: response)
                let claimed = try TimeStampProtocol.claimedTime(of: token)
                proven = try TimeStampProtocol.verify(token: token, over: root, trustAnchors: tsa, at: claimed)
            } catch {
                problem(
                    .evidence,
                    folder + "/timestamp.tsr",
                    expected: "an RFC 3161 timestamp over root \(root.hex) under the TSA anchors",
                    found: (error as? CryptoIOError)?.message ?? "\(error)"
                )
            }
            do {
                guard let signature = kept[folder + "/seal.json.p7s"] else {
                    throw CryptoIOError(.verifyFailed, "The signature is missing.")
                }
                _ = try CMSSignature.verify(signature, content: link.seal, trustAnchors: sealAnchors, at: proven)
            } catch {
                problem(
                    .signature,
                    folder + "/seal.json.p7s",
                    expected: "a CMS signature over seal.json under the seal anchors",
                    found: (error as? CryptoIOError)?.message ?? "\(error)"
                )
            }
            for bundle in bundles { listed["data/" + bundle.path] = bundle.tagmanifestSHA256 }
        }
        return listed
    }

    /// The newest head: signed by a key of `data/trust/head.vkey`, over the first batches of the chain.
    private func checkHead(_ kept: [String: [UInt8]], chain: [SealChain.Link], into report: inout Report) {
        guard let note = kept[SupervisionPack.head] else {
            report.problems.append(
                BundleProblem(
                    .missing,
                    file: SupervisionPack.head,
                    expected: "the newest published head",
                    found: "it missing"
                )
            )
            return
        }
        let text = String(decoding: note, as: UTF8.self)
        let keys = String(decoding: kept["data/trust/head.vkey"] ?? [], as: UTF8.self).split(separator: "\n")
            .compactMap { try? NoteVerifierKey(text: String($0)) }
        let verifier = keys.first { (try? SignedNote.open(text, verifier: $0)) != nil } ?? keys.first
        guard let verifier else {
            report.problems.append(
                BundleProblem(.chain, file: "data/trust/head.vkey", expected: "a head verifier key", found: "none")
            )
            return
        }
        // The head must be this archive's: its origin is the Archive-Id the bag names.
        let info = String(decoding: kept[SupervisionPack.bagInfo] ?? [], as: UTF8.self).split(separator: "\n")
        let archiveID = info.first { $0.hasPrefix("Archive-Id: ") }.map { String($0.dropFirst(12)) } ?? ""
        let (checkpoint, problems) = HeadCheck.verify(
            note: text,
            file: SupervisionPack.head,
            verifier: verifier,
            origin: "qcarchive/" + archiveID,
            chain: chain
        )
        report.headSize = checkpoint?.size
        report.problems += problems
    }

    /// Every bundle: listed by a batch carried whole with this tag manifest, with its evidence record
    /// beside it (proven in the stream); every record beside a bundle.
    private func checkBundles(_ streamed: Streamed, listed: [String: String], into report: inout Report) {
        func problem(_ code: BundleProblem.Code, _ file: String, expected: String, found: String) {
            report.problems.append(BundleProblem(code, file: file, expected: expected, found: found))
        }
        var beside: Set<String> = []
        for (path, digest) in streamed.bagManifests.sorted(by: { $0.key < $1.key }) {
            report.bundles += 1
            if listed[path] != digest?.hex {
                problem(
                    .digest,
                    path,
                    expected: listed[path].map { "tag manifest SHA-256 \($0) as its batch sealed it" }
                        ?? "a bundle listed by a batch the pack carries",
                    found: digest?.hex ?? "no tag manifest"
                )
            }
            let record = SupervisionPack.evidencePath(ofBundle: path)
            beside.insert(record)
            if streamed.checkedRecords.contains(record) {
                report.records += 1
            } else {
                problem(.missing, record, expected: "the evidence record of \(path)", found: "it missing")
            }
        }
        report.problems += streamed.recordProblems
        for path in streamed.checkedRecords.union(streamed.pendingRecords.keys).sorted() where !beside.contains(path) {
            problem(
                .unsealed,
                path,
                expected: "an evidence record beside its bundle",
                found: "no bundle \(path.dropLast(4)).tar.gz"
            )
        }
    }

    /// Proves each evidence record against its bundle's tag manifest once both are known, with each
    /// token verified once per (token, imprint, time) for the whole pack.
    final class RecordCheck {
        private var tokens: [String: Result<Date, CryptoIOError>] = [:]

        func check(_ record: String, in streamed: inout Streamed, tsa: [SigningCertificate]) {
            let bundle = String(record.dropLast(4)) + ".tar.gz"
            guard let bytes = streamed.pendingRecords[record], streamed.bagManifests[bundle] != nil else { return }
            streamed.pendingRecords[record] = nil
            streamed.checkedRecords.insert(record)
            // A bundle without a tag manifest is its own problem (checkBundles).
            guard let manifest = streamed.pendingManifests.removeValue(forKey: bundle) else { return }
            let verifier = EvidenceRecordVerifier { [self] token, imprint, time in
                let key = SHA256Digest.of(token).hex + imprint.hex + (time.map(RFC3339.format) ?? "now")
                if let cached = tokens[key] { return cached }
                let result = Result { () throws(CryptoIOError) in
                    try TimeStampProtocol.verify(token: token, over: imprint, trustAnchors: tsa, at: time)
                }
                tokens[key] = result
                return result
            }
            do {
                if case .failure(let failure) = verifier.verify(
                    try EvidenceRecord(der: bytes),
                    dataObject: manifest,
                    at: nil
                ) {
                    streamed.recordProblems.append(
                        BundleProblem(
                            .evidence,
                            file: record,
                            expected: "an evidence record that proves \(bundle)",
                            found: failure.message
                        )
                    )
                }
            } catch {
                streamed.recordProblems.append(
                    BundleProblem(.evidence, file: record, expected: "an RFC 4998 evidence record", found: "\(error)")
                )
            }
        }
    }
}
