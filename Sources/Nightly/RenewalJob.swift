import Bundling
import CryptoIO
import Foundation
import Lifecycle
import Sealing
import Storage

/// `qcarchive renew` (SPEC "Evidence over time"; RFC 4998 §5): renews the evidence of every batch
/// that needs it with one RFC 3161 request per hash algorithm in play (one in practice), over a
/// hash tree of everything renewed; writes each batch's renewal under `batches/<id>/renewals/`,
/// append-only; never touches a bundle.
///
/// - Timestamp renewal (§5.2) when the batch's newest timestamp is due: its TSA certificate
///   expires within `dueWithin` (or `all`). The batch's leaf is the hash of its last chain's
///   `timeStamp` fields (a data group, as Bouncy Castle 1.72 renews).
/// - Hash-tree renewal (§5.3) of every batch whose last chain uses a weaker algorithm than
///   `hashAlgorithm` (never a downgrade): each bag (the tag manifest) is hashed anew with its
///   complete record so far.
/// - Neither for a batch whose newest TSA certificate has already expired: its proof lapsed then.

package struct RenewalJob {
    package var hashAlgorithm: HashAlgorithm?
    package var dueWithin: TimeInterval = 365 * 86_400
    package var all = false

    package init(hashAlgorithm: HashAlgorithm? = nil, dueWithinDays: Int = 365, all: Bool = false) {
        self.hashAlgorithm = hashAlgorithm
        self.dueWithin = TimeInterval(dueWithinDays) * 86_400
        self.all = all
    }

    /// One batch's renewal in a run.
    package struct Renewed: Sendable {
        package var batch: String
        package var kind: BatchRenewals.Kind
        package var algorithm: HashAlgorithm
        /// The file written (relative to the archive root) and the leaves file beside a hash-tree renewal.
        package var files: [String]
        package var bags: Int
    }

    /// What a run did.
    package struct Report: Sendable {
        package var renewed: [Renewed] = []
        /// Batches not due, with the date their newest TSA certificate expires.
        package var notDue: [(batch: String, until: Date?)] = []
        /// Batches whose newest TSA certificate expired before this run: their proof lapsed then, and a
        /// renewal now cannot restore it (RFC 4998 §5.2: renew before); none is renewed.
        package var lapsed: [(batch: String, since: Date)] = []
        /// One per RFC 3161 request: the algorithm, the genTime, the TSA.
        package var timestamps: [(algorithm: HashAlgorithm, genTime: Date, tsa: String)] = []
        package var bytesWritten = 0
    }

    /// What one batch needs, found before anything is written.
    private struct Plan {
        var batch: String
        var kind: BatchRenewals.Kind
        var algorithm: HashAlgorithm
        var number: Int
        /// The batch's leaf in the run's tree.
        var leaf: Digest
        /// Timestamp renewal: the hashes of the last chain's timeStamps; hash-tree: the bags' leaves.
        var lower: [Digest]
        var bags: Int
    }

    /// - Throws: `SealingError` when the TSA fails (nothing is written then), `BundleProblem` for a
    ///   batch whose renewals or bags cannot be read, `StorageError`.
    package func run(archive: Archive, progress: ((String) -> Void)? = nil) throws -> Report {
        let layout = archive.layout
        let now = archive.now()
        var report = Report()
        var plans: [Plan] = []
        for link in try SealChain.links(layout) {
            let batch = link.batch
            let renewals = try BatchRenewals.load(layout, batch: batch)
            let initial = try TimeStampProtocol.token(
                fromResponse: try FileIO.read(layout.batch(batch) + "/timestamp.tsr")
            )
            let (current, tokens) = renewals.lastChain(initialToken: initial)
            let expiry = tokens.last.flatMap(TimeStampProtocol.signer(ofToken:))?.notAfter
            if let expiry, expiry < now {
                report.lapsed.append((batch, expiry))
                continue
            }
            // Hash-tree renewal only to a stronger algorithm (longer digest): never a downgrade.
            if let target = hashAlgorithm, target.length > current.length {
                progress?("Hashing the bags of batch \(batch) with \(target.rawValue)")
                if let plan = try hashTreePlan(archive, batch: batch, renewals: renewals, algorithm: target) {
                    plans.append(plan)
                }
                continue
            }
            guard all || expiry.map({ $0.timeIntervalSince(now) <= dueWithin }) ?? true else {
                report.notDue.append((batch, expiry))
                continue
            }
            let hashes = tokens.map { current.digest($0) }
            plans.append(
                Plan(
                    batch: batch,
                    kind: .timestamp,
                    algorithm: current,
                    number: renewals.nextNumber,
                    leaf: hashes.count == 1 ? hashes[0] : HashTree.combine(hashes),
                    lower: hashes,
                    bags: 0
                )
            )
        }
        guard !plans.isEmpty else { return report }
        let authority = try archive.timestampAuthority()
        // Every token first: a TSA that fails leaves no trace.
        var stamped: [HashAlgorithm: (HashTree, TimeStampProtocol.Response)] = [:]
        for algorithm in HashAlgorithm.allCases {
            let leaves = plans.filter { $0.algorithm == algorithm }.map(\.leaf)
            guard !leaves.isEmpty else { continue }
            // Batches renewed by one earlier run share their last token, hence their leaf.
            let tree = HashTree(leaves: Array(Set(leaves)), algorithm: algorithm)
            let response = try authority.timestamp(tree.root)
            stamped[algorithm] = (tree, response)
            report.timestamps.append(
                (algorithm, response.genTime, TimeStampProtocol.signer(ofToken: response.token)?.subject ?? "unknown")
            )
        }
        for plan in plans {
            guard let (tree, response) = stamped[plan.algorithm], let upper = tree.reducedTree(for: plan.leaf) else {
                continue
            }
            let folder = BatchRenewals.folder(layout, batch: plan.batch)
            let base = BatchRenewals.Renewal.baseName(plan.number, plan.kind, plan.algorithm)
            var files: [String] = []
            let reduced: [[Digest]]
            switch plan.kind {
            case .timestamp:
                // The group of the chain's timeStamps first (Bouncy Castle checks each is there), then the path.
                reduced =
                    plan.lower.count == 1 ? upper : HashTree.join([plan.lower.sorted()], subRoot: plan.leaf, upper)
            case .hashtree:
                let leaves = BatchRenewals.leavesText(plan.lower)
                try FileIO.createExclusively(leaves, at: folder + "/" + base + ".leaves")
                files.append("batches/\(plan.batch)/renewals/\(base).leaves")
                report.bytesWritten += leaves.count
                reduced = upper
            }
            let stamp = ArchiveTimeStamp(algorithm: plan.algorithm, reducedHashTree: reduced, timeStamp: response.token)
            let der = try EvidenceRecord.der(of: stamp)
            // The .ats last: a renewal on disk is complete.
            try FileIO.createExclusively(der, at: folder + "/" + base + ".ats")
            files.append("batches/\(plan.batch)/renewals/\(base).ats")
            report.bytesWritten += der.count
            report.renewed.append(
                Renewed(batch: plan.batch, kind: plan.kind, algorithm: plan.algorithm, files: files, bags: plan.bags)
            )
        }
        return report
    }

    /// The new leaf of every bag of a batch (§5.3) and the root of their tree, the batch's leaf; nil
    /// for a batch that sealed no bag.
    private func hashTreePlan(
        _ archive: Archive,
        batch: String,
        renewals: BatchRenewals,
        algorithm: HashAlgorithm
    ) throws -> Plan? {
        let layout = archive.layout
        guard let sealed = try SealedBatch.load(layout, name: batch) else {
            throw BundleProblem(.missing, file: SealedBatch.sealPath(batch), expected: "this file", found: "it missing")
        }
        var work = OrderedWork<Digest>(limit: 64)
        var leaves: [Digest] = []
        func keep(_ results: [Result<Digest, any Error>]) throws {
            for result in results { leaves.append(try result.get()) }
        }
        for listed in sealed.bundles {
            let path = listed.path
            try keep(
                work.submit {
                    let bag = try Bag.read(try FileIO.read(layout.absolute(path)), name: path)
                    guard let tagManifest = bag.files["tagmanifest-sha256.txt"],
                        let ers = bag.files["seal/evidence-record.ers"]
                    else {
                        throw BundleProblem(
                            .missing,
                            file: path,
                            expected: "a tag manifest and an evidence record",
                            found: "one missing"
                        )
                    }
                    let record = try renewals.complete(try EvidenceRecord(der: ers), dataObject: tagManifest)
                    return try BatchRenewals.hashTreeLeaf(
                        algorithm,
                        dataObject: tagManifest,
                        chains: record.sequence.chains
                    )
                }
            )
        }
        try keep(work.finish())
        guard !leaves.isEmpty else { return nil }
        let tree = HashTree(leaves: leaves, algorithm: algorithm)
        return Plan(
            batch: batch,
            kind: .hashtree,
            algorithm: algorithm,
            number: renewals.nextNumber,
            leaf: tree.root,
            lower: leaves,
            bags: leaves.count
        )
    }
}
