import ArchiveIO
import CryptoIO
import Foundation
import Sealing

/// `qcarchive verify HANDOVER.tar` (SPEC "Exports"): the handover proven offline, read once as a
/// stream. Its manifest must be signed under the seal anchors and timestamped under the TSA
/// anchors; every file listed must be there with its SHA-256 and nothing else; and it must be
/// complete: every batch of the chain, every bag each batch lists (with the tag manifest the batch
/// sealed), every content-store object a batch record's drop list names. Every problem is named.
package struct HandoverVerifier {
    /// The anchors given out of band; the handover's own `trust/` anchors when nil (their
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
        package var batches = 0
        package var bags = 0
        package var storeObjects = 0
        /// When the manifest's timestamp proves it existed.
        package var provenAt: Date?
        /// SHA-256 fingerprints of the handover's own anchors, when those were used.
        package var carriedAnchors: [String] = []
        package var problems: [BundleProblem] = []
        package var isValid: Bool { problems.isEmpty }
    }

    /// Whether a tar is a handover: its first member is under `qch-…/`.
    package static func isHandover(_ path: String) -> Bool {
        ExportProofs.firstMember(of: path)?.hasPrefix("qch-") ?? false
    }

    /// - Parameter paths: the handover's tar, or its volumes in order (`--volume-size`): read as one.
    /// - Throws: `ArchiveIOError` for a file that is not a readable tar.
    package func verify(_ paths: [String]) throws -> Report {
        var report = Report()
        func problem(_ code: BundleProblem.Code, _ file: String, expected: String, found: String) {
            report.problems.append(BundleProblem(code, file: file, expected: expected, found: found))
        }
        var digests: [String: SHA256Digest] = [:]
        var kept: [String: [UInt8]] = [:]  // the files the checks read
        var bagManifests: [String: SHA256Digest] = [:]
        var dropLists: [String: [UInt8]] = [:]
        var members = ExportMembers(prefix: "qch-")
        for path in paths {
            try TarStreamReader.forEachMember(ofFile: path) { member in
                guard let relative = members.admit(member) else { return }
                let keep = Self.isKept(relative)
                let isBag =
                    relative.hasSuffix(".tar.gz") && (relative.hasPrefix("bundles/") || relative.hasPrefix("batches/"))
                var hasher = SHA256Hasher()
                var bytes: [UInt8] = []
                try member.readContent { chunk in
                    hasher.update(chunk)
                    if keep || isBag { bytes += chunk }
                }
                guard digests.updateValue(hasher.finalize(), forKey: relative) == nil else {
                    problem(.form, relative, expected: "one member of this name", found: "several")
                    return
                }
                report.files += 1
                if keep { kept[relative] = bytes }
                if isBag, let members = try? TarReader.members(of: bytes).members {
                    if let manifest = members.first(where: { $0.path.hasSuffix("/tagmanifest-sha256.txt") }) {
                        bagManifests[relative] = SHA256Digest.of(manifest.bytes)
                    }
                    if relative.hasSuffix("/batch-record.tar.gz"),
                        let drop = members.first(where: { $0.path.hasSuffix("/data/drop-files.json") })
                    {
                        dropLists[relative] = drop.bytes
                    }
                }
            }
        }
        report.topFolder = members.top
        report.problems += members.problems
        if let listed = kept[HandoverManifest.path].flatMap(HandoverManifest.init(bytes:))?.digests.keys {
            report.problems += members.folderProblems(listed: listed)
        }
        checkManifest(digests: digests, kept: kept, into: &report)
        checkCompleteness(digests: digests, kept: kept, bagManifests: bagManifests, dropLists: dropLists, into: &report)
        return report
    }

    /// Files read whole: the manifest and its proofs, the anchors, the seals and bundle lists.
    static func isKept(_ relative: String) -> Bool {
        relative.hasPrefix("handover/") || relative.hasPrefix("trust/") && relative.hasSuffix(".pem")
            || relative.hasPrefix("batches/")
                && (relative.hasSuffix("/seal.json") || relative.hasSuffix("/bundles.jsonl"))
    }

    private func checkManifest(digests: [String: SHA256Digest], kept: [String: [UInt8]], into report: inout Report) {
        func problem(_ code: BundleProblem.Code, _ file: String, expected: String, found: String) {
            report.problems.append(BundleProblem(code, file: file, expected: expected, found: found))
        }
        guard let bytes = kept[HandoverManifest.path] else {
            problem(.missing, HandoverManifest.path, expected: "the handover's manifest", found: "it missing")
            return
        }
        guard let manifest = HandoverManifest(bytes: bytes) else {
            problem(.unreadable, HandoverManifest.path, expected: "'<sha256>  <path>' lines", found: "a malformed line")
            return
        }
        let proofs: Set = [HandoverManifest.path, HandoverManifest.signaturePath, HandoverManifest.timestampPath]
        let listed = manifest.digests
        for (relative, digest) in listed.sorted(by: { $0.key < $1.key }) {
            guard let found = digests[relative] else {
                problem(.missing, relative, expected: "this file, listed in the manifest", found: "it missing")
                continue
            }
            if found != digest { problem(.digest, relative, expected: "SHA-256 \(digest.hex)", found: found.hex) }
        }
        for relative in digests.keys.sorted() where listed[relative] == nil && !proofs.contains(relative) {
            problem(
                .unsealed,
                relative,
                expected: "only files the manifest lists",
                found: "this file, which it does not"
            )
        }
        // The anchors: given out of band, else the handover's own, with their fingerprints to compare.
        let tsa = ExportProofs.anchors(
            tsaAnchors,
            carried: kept["trust/tsa-ca.pem"],
            file: "trust/tsa-ca.pem",
            fingerprints: &report.carriedAnchors
        )
        let seal = ExportProofs.anchors(
            sealAnchors,
            carried: kept["trust/seal-ca.pem"],
            file: "trust/seal-ca.pem",
            fingerprints: &report.carriedAnchors
        )
        let (provenAt, problems) = ExportProofs.check(
            manifest: bytes,
            what: "the manifest",
            signature: (kept[HandoverManifest.signaturePath], HandoverManifest.signaturePath),
            timestamp: (kept[HandoverManifest.timestampPath], HandoverManifest.timestampPath),
            seal: seal,
            tsa: tsa
        )
        report.provenAt = provenAt
        report.problems += problems
    }

    private func checkCompleteness(
        digests: [String: SHA256Digest],
        kept: [String: [UInt8]],
        bagManifests: [String: SHA256Digest],
        dropLists: [String: [UInt8]],
        into report: inout Report
    ) {
        func problem(_ code: BundleProblem.Code, _ file: String, expected: String, found: String) {
            report.problems.append(BundleProblem(code, file: file, expected: expected, found: found))
        }
        let seals = kept.filter { $0.key.hasPrefix("batches/") && $0.key.hasSuffix("/seal.json") }.map {
            SealChain.Link(batch: String($0.key.dropFirst(8).dropLast(10)), seal: $0.value)
        }
        let chain: [SealChain.Link]
        do {
            chain = try SealChain.links(seals)
        } catch {
            problem(.chain, "batches/", expected: "one unbroken chain of batch seals", found: "\(error)")
            return
        }
        report.batches = chain.count
        for link in chain {
            guard let seal = try? JSONDecoder().decode(BatchSeal.self, from: Data(link.seal)) else { continue }
            let listPath = "batches/\(link.batch)/bundles.jsonl"
            let listed: [BatchSeal.Bundle]
            if let inline = seal.inlineBundles {
                listed = inline
            } else if let list = kept[listPath], let parsed = try? BundleList.parse(list, file: listPath) {
                listed = parsed
            } else {
                problem(.missing, listPath, expected: "the bundle list of batch \(link.batch)", found: "none readable")
                continue
            }
            for bag in listed {
                report.bags += 1
                guard digests[bag.path] != nil else {
                    problem(.missing, bag.path, expected: "the bag sealed in batch \(link.batch)", found: "it missing")
                    continue
                }
                if bagManifests[bag.path]?.hex != bag.tagmanifestSHA256 {
                    problem(
                        .digest,
                        bag.path,
                        expected: "tag manifest SHA-256 \(bag.tagmanifestSHA256) as sealed in batch \(link.batch)",
                        found: bagManifests[bag.path]?.hex ?? "no tag manifest"
                    )
                }
            }
        }
        for (record, list) in dropLists.sorted(by: { $0.key < $1.key }) {
            let files = (try? JSONSerialization.jsonObject(with: Data(list))) as? [[String: Any]] ?? []
            for file in files {
                guard let hex = file["sha256"] as? String, hex.count == 64 else { continue }
                report.storeObjects += 1
                let object = "store/sha256/\(hex.prefix(2))/\(hex)"
                if digests[object]?.hex != hex {
                    problem(
                        .store,
                        object,
                        expected: "the drop file \(file["path"] as? String ?? "?") named by \(record)",
                        found: digests[object] == nil ? "it missing" : "other content"
                    )
                }
            }
        }
    }
}
