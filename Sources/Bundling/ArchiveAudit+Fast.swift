import CryptoIO
import Foundation
import Lifecycle
import Sealing
import Storage

extension ArchiveAudit {
    /// `--fast` for one certificate bag: there, ending with the member qcarchive appends, whose
    /// evidence record carries the batch's token and proves the tag manifest the batch lists (a
    /// reduced hash tree to the batch root, the timestamp over it). The payload, the tag files and
    /// the bag's own signature are not read: `--all` without `--fast` reads them.
    func checkFast(
        _ item: Listed,
        seal: BatchSeal,
        batchToken: BundleVerifier.BatchToken?
    ) -> (BundleVerificationReport, [BundleProblem], Int) {
        var report = BundleVerificationReport(bundle: item.path)
        guard let bytes = try? FileIO.read(layout.absolute(item.path)) else {
            report.problems.append(item.missing)
            return (report, [], 0)
        }
        let fileName = item.path.split(separator: "/").last.map(String.init) ?? item.path
        let tail: BagTail
        do {
            tail = try BagTail.read(bytes, folder: String(fileName.dropLast(".tar.gz".count)), name: item.path)
        } catch {
            report.problems.append(error)
            return (report, [], 0)
        }
        guard let listed = SHA256Digest(hex: item.tagManifestSHA256) else {
            // The chain check names a list entry that is not a digest.
            return (report, [], 0)
        }
        let (problems, provenAt) = verifier.verifyEvidence(
            tail.evidenceRecord,
            tagManifestSHA256: listed,
            batchRoot: seal.root,
            sealedAt: RFC3339.parse(seal.sealedAt),
            batchToken: batchToken
        )
        report.problems += problems
        report.provenAt = provenAt
        report.tagManifestSHA256 = item.tagManifestSHA256
        return (report, [], 0)
    }
}
