import CryptoIO
import Foundation
import Storage
import SwiftASN1

/// The RFC 4998 renewals of one batch, `batches/<batch-id>/renewals/` (SPEC "Evidence over time"),
/// in the order they were made. Bundles are never rewritten: a bundle's complete evidence record is
/// the one sealed in it followed by these.
///
/// - `NNNN-timestamp-<alg>.ats`: a timestamp renewal (§5.2), one DER `ArchiveTimeStamp` for every
///   bag of the batch (they share their timestamps). Its reduced tree's first list holds the hashes
///   of every `timeStamp` of the record's last chain (as Bouncy Castle 1.72 renews), then the path
///   through the renewal run's tree to the root its token covers.
/// - `NNNN-hashtree-<alg>.ats` with `NNNN-hashtree-<alg>.leaves`: a hash-tree renewal (§5.3). The
///   leaves are, sorted, each bag's H(H(tag manifest) ‖ H(its earlier chains)) in hex, one a line;
///   the `.ats` leads from the root of those leaves' tree to the run's root. A bag's new chain is
///   its path in the leaves' tree joined with that one (`complete`).
///
/// The `.ats` is written last: a `.leaves` without it is a renewal cut short, which recovery
/// removes; a renewal on disk is complete.
package struct BatchRenewals: Sendable {
    package enum Kind: String, Sendable {
        case timestamp
        case hashtree
    }

    /// One renewal of the batch.
    package struct Renewal: Sendable {
        package var number: Int
        package var kind: Kind
        package var algorithm: HashAlgorithm
        package var stamp: ArchiveTimeStamp
        /// Hash-tree renewals: the tree over the bags' new leaves.
        package var tree: HashTree?

        package init(number: Int, kind: Kind, algorithm: HashAlgorithm, stamp: ArchiveTimeStamp, tree: HashTree?) {
            self.number = number
            self.kind = kind
            self.algorithm = algorithm
            self.stamp = stamp
            self.tree = tree
        }

        /// `NNNN-kind-alg`, the files' name without extension.
        package var baseName: String { Self.baseName(number, kind, algorithm) }

        package static func baseName(_ number: Int, _ kind: Kind, _ algorithm: HashAlgorithm) -> String {
            let digits = String(number)
            return String(repeating: "0", count: max(0, 4 - digits.count)) + digits + "-\(kind.rawValue)-"
                + algorithm.rawValue.replacingOccurrences(of: "-", with: "")
        }
    }

    package static func folder(_ layout: ArchiveLayout, batch: String) -> String {
        layout.batch(batch) + "/renewals"
    }

    package var batch: String
    package var renewals: [Renewal]
    /// What an interrupted `qcarchive renew` left (temp files, a `.leaves` without its `.ats`): no
    /// evidence, moved aside by the next writing command's recovery.
    package var leftovers: [String] = []

    package init(batch: String, renewals: [Renewal]) {
        self.batch = batch
        self.renewals = renewals
    }

    /// The next renewal's number.
    package var nextNumber: Int { renewals.count + 1 }

    /// Reads a batch's renewals; none when the folder is absent.
    /// - Throws: `BundleProblem` (`.evidence`, `.unsealed`) naming the first file that is not a
    ///   renewal as written here: unknown names, gaps in the numbers, unreadable DER or leaves, a
    ///   `.leaves` without its `.ats`.
    package static func load(_ layout: ArchiveLayout, batch: String) throws(BundleProblem) -> BatchRenewals {
        let folder = Self.folder(layout, batch: batch)
        let relative = "batches/\(batch)/renewals/"
        var renewals: [Renewal] = []
        var names = Set(FileIO.names(in: folder))
        let leftovers = names.filter {
            $0.hasPrefix(".tmp-") || ($0.hasSuffix(".leaves") && !names.contains(String($0.dropLast(7)) + ".ats"))
        }
        names.subtract(leftovers)
        for name in names.filter({ $0.hasSuffix(".ats") }).sorted() {
            let base = String(name.dropLast(4))
            let parts = base.split(separator: "-").map(String.init)
            guard parts.count == 3, let number = Int(parts[0]), parts[0].count >= 4,
                let kind = Kind(rawValue: parts[1]),
                let algorithm = HashAlgorithm.allCases.first(where: {
                    $0.rawValue.replacingOccurrences(of: "-", with: "") == parts[2]
                }),
                Renewal.baseName(number, kind, algorithm) == base
            else {
                throw BundleProblem(
                    .unsealed,
                    file: relative + name,
                    expected: "NNNN-timestamp|hashtree-sha256|sha384|sha512.ats",
                    found: "this name"
                )
            }
            guard number == renewals.count + 1 else {
                throw BundleProblem(
                    .evidence,
                    file: relative + name,
                    expected: "renewal \(renewals.count + 1)",
                    found: "renewal \(number)"
                )
            }
            names.remove(name)
            let stamp: ArchiveTimeStamp
            do {
                stamp = try ArchiveTimeStamp(der: try FileIO.read(folder + "/" + name))
            } catch {
                throw BundleProblem(
                    .evidence,
                    file: relative + name,
                    expected: "a DER RFC 4998 ArchiveTimeStamp",
                    found: "\(error)"
                )
            }
            guard stamp.algorithm == algorithm, stamp.reducedTree(algorithm) != nil else {
                throw BundleProblem(
                    .evidence,
                    file: relative + name,
                    expected: "an archive timestamp in \(algorithm.rawValue)",
                    found: "another algorithm"
                )
            }
            var tree: HashTree?
            if kind == .hashtree {
                let leavesName = base + ".leaves"
                names.remove(leavesName)
                let leaves = try Self.leaves(folder + "/" + leavesName, algorithm, file: relative + leavesName)
                tree = HashTree(leaves: leaves, algorithm: algorithm)
            }
            renewals.append(Renewal(number: number, kind: kind, algorithm: algorithm, stamp: stamp, tree: tree))
        }
        if let stray = names.sorted().first {
            throw BundleProblem(
                .unsealed,
                file: relative + stray,
                expected: "only renewals (.ats, and .leaves beside a hash-tree renewal's .ats)",
                found: "this file"
            )
        }
        var loaded = BatchRenewals(batch: batch, renewals: renewals)
        loaded.leftovers = leftovers.sorted().map { relative + $0 }
        return loaded
    }

    /// Sorted hex lines, each a digest of `algorithm`, at least one.
    static func leaves(_ path: String, _ algorithm: HashAlgorithm, file: String) throws(BundleProblem) -> [Digest] {
        let bytes: [UInt8]
        do {
            bytes = try FileIO.read(path)
        } catch {
            throw BundleProblem(.missing, file: file, expected: "this file", found: "it missing")
        }
        var leaves: [Digest] = []
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast() {
            guard let leaf = Digest(algorithm, hex: String(decoding: line, as: UTF8.self)),
                leaves.last.map({ $0 < leaf }) ?? true
            else {
                throw BundleProblem(
                    .evidence,
                    file: file,
                    expected: "sorted \(algorithm.rawValue) hex lines",
                    found: "line \(leaves.count + 1) is not"
                )
            }
            leaves.append(leaf)
        }
        guard !leaves.isEmpty, bytes.last == UInt8(ascii: "\n") else {
            throw BundleProblem(.evidence, file: file, expected: "sorted hex lines", found: "no complete line")
        }
        return leaves
    }

    /// The text of a `.leaves` file.
    package static func leavesText(_ leaves: [Digest]) -> [UInt8] {
        Array(leaves.sorted().map { $0.hex + "\n" }.joined().utf8)
    }

    /// A bag's leaf in a hash-tree renewal (§5.3): H(H(data object) ‖ H(the record's chains so far)).
    package static func hashTreeLeaf(
        _ algorithm: HashAlgorithm,
        dataObject: [UInt8],
        chains: [ArchiveTimeStampChain]
    ) throws(CryptoIOError) -> Digest {
        let earlier = try EvidenceRecord.der(of: ArchiveTimeStampSequence(chains))
        return algorithm.digest(concatenating: [algorithm.digest(dataObject).bytes, algorithm.digest(earlier).bytes])
    }

    /// A bag's complete evidence record: the one sealed in it with every renewal of its batch.
    /// - Parameter dataObject: the bag's tag manifest bytes (hash-tree renewals hash it anew).
    /// - Throws: `BundleProblem` `.evidence` naming the renewal whose leaves do not hold the bag.
    package func complete(_ sealed: EvidenceRecord, dataObject: [UInt8]) throws(BundleProblem) -> EvidenceRecord {
        var chains = sealed.sequence.chains
        for renewal in renewals {
            switch renewal.kind {
            case .timestamp:
                chains[chains.count - 1].stamps.append(renewal.stamp)
            case .hashtree:
                let file = "batches/\(batch)/renewals/\(renewal.baseName).leaves"
                guard let tree = renewal.tree,
                    let leaf = try? Self.hashTreeLeaf(renewal.algorithm, dataObject: dataObject, chains: chains),
                    let lower = tree.reducedTree(for: leaf),
                    let upper = renewal.stamp.reducedTree(renewal.algorithm)
                else {
                    throw BundleProblem(
                        .evidence,
                        file: file,
                        expected:
                            "this bag's \(renewal.algorithm.rawValue) leaf (tag manifest with its earlier chains)",
                        found: "it not listed"
                    )
                }
                let joined = HashTree.join(lower, subRoot: tree.root, upper)
                chains.append(
                    ArchiveTimeStampChain([
                        ArchiveTimeStamp(
                            algorithm: renewal.algorithm,
                            reducedHashTree: joined,
                            timeStamp: renewal.stamp.timeStamp
                        )
                    ])
                )
            }
        }
        var record = sealed
        record.sequence = ArchiveTimeStampSequence(chains)
        var algorithms = sealed.digestAlgorithms
        for chain in chains {
            if let oid = chain.stamps[0].digestAlgorithm, !algorithms.contains(oid) { algorithms.append(oid) }
        }
        record.digestAlgorithms = algorithms
        return record
    }
}

extension BatchRenewals {
    /// The hash each renewal's token must cover, checked from the batch's own token on without a
    /// bag (what `verify --chain` proves of the renewals): a timestamp renewal's first list holds the
    /// hash of every `timeStamp` of the chain it renews and its tree leads on from the newest; a
    /// hash-tree renewal's path leads from the root of its leaves. The bags' complete records
    /// (`complete`) prove the rest: that each bag is a leaf.
    /// - Returns: per renewal, in order, the root its token must be over, or the problem.
    package func renewedRoots(initialToken: [UInt8]) -> [Result<Digest, BundleProblem>] {
        var algorithm = HashAlgorithm.sha256
        var tokens = [initialToken]
        var roots: [Result<Digest, BundleProblem>] = []
        for renewal in renewals {
            let file = "batches/\(batch)/renewals/\(renewal.baseName).ats"
            func refused(_ expected: String) -> Result<Digest, BundleProblem> {
                .failure(BundleProblem(.evidence, file: file, expected: expected, found: "it does not"))
            }
            let tree = renewal.stamp.reducedTree(renewal.algorithm) ?? []
            switch renewal.kind {
            case .timestamp:
                let hashes = tokens.map { renewal.algorithm.digest($0) }
                guard renewal.algorithm == algorithm,
                    tree.isEmpty ? hashes.count == 1 : hashes.allSatisfy(tree[0].contains),
                    let root = HashTree.root(from: hashes[hashes.count - 1], reducedTree: tree)
                else {
                    roots.append(refused("to renew every timeStamp of the batch's \(algorithm.rawValue) chain"))
                    return roots
                }
                roots.append(.success(root))
                tokens.append(renewal.stamp.timeStamp)
            case .hashtree:
                guard let leaves = renewal.tree, let root = HashTree.root(from: leaves.root, reducedTree: tree) else {
                    roots.append(refused("to lead from the root of its .leaves"))
                    return roots
                }
                roots.append(.success(root))
                algorithm = renewal.algorithm
                tokens = [renewal.stamp.timeStamp]
            }
        }
        return roots
    }

    /// The chain a batch's next timestamp renewal extends: its algorithm and every `timeStamp` in it
    /// (the same for every bag of the batch), from the batch's own token on.
    package func lastChain(initialToken: [UInt8]) -> (algorithm: HashAlgorithm, tokens: [[UInt8]]) {
        var algorithm = HashAlgorithm.sha256
        var tokens = [initialToken]
        for renewal in renewals {
            if renewal.kind == .hashtree {
                algorithm = renewal.algorithm
                tokens = []
            }
            tokens.append(renewal.stamp.timeStamp)
        }
        return (algorithm, tokens)
    }
}
