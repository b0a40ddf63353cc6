import CryptoIO

/// The binary hash tree of RFC 4998 §4.1 over a batch's leaves, as SPEC "Batch seal" fixes it:
/// leaves sorted as unsigned bytes; neighbours paired left to right; a parent is the hash of its
/// two children sorted as unsigned bytes and concatenated; a node without a neighbour is carried
/// up unchanged. SHA-256 when a batch is sealed; the algorithm of a hash-tree renewal after it.
package struct HashTree: Sendable {
    package let algorithm: HashAlgorithm
    /// Every level, leaves first, the root last.
    package let levels: [[Digest]]

    /// Builds the tree.
    /// - Precondition: at least one leaf, every leaf of `algorithm`.
    package init(leaves: [Digest], algorithm: HashAlgorithm) {
        precondition(!leaves.isEmpty, "a hash tree needs at least one leaf")
        precondition(leaves.allSatisfy { $0.algorithm == algorithm }, "a hash tree has one algorithm")
        self.algorithm = algorithm
        var levels = [leaves.sorted()]
        while let last = levels.last, last.count > 1 {
            var next: [Digest] = []
            next.reserveCapacity((last.count + 1) / 2)
            var index = 0
            while index < last.count {
                next.append(index + 1 < last.count ? Self.combine([last[index], last[index + 1]]) : last[index])
                index += 2
            }
            levels.append(next)
        }
        self.levels = levels
    }

    /// A SHA-256 tree (a batch's, SPEC "Batch seal").
    package init(leaves: [SHA256Digest]) { self.init(leaves: leaves.map(Digest.init), algorithm: .sha256) }

    package var root: Digest { levels.last![0] }
    package var leaves: [Digest] { levels[0] }

    /// The hash over the sorted concatenation of hashes of one algorithm (RFC 4998 §4.2 step 3).
    package static func combine(_ hashes: [Digest]) -> Digest {
        hashes[0].algorithm.digest(concatenating: hashes.sorted().map(\.bytes))
    }

    /// The reduced hash tree of the leaf at `index` of `leaves`: first list = [the leaf, its
    /// neighbour], each later list = the neighbour at that level; levels where the node was
    /// carried up are skipped. Empty for a single-leaf tree (the timestamp is over the leaf).
    package func reducedTree(forLeafAt index: Int) -> [[Digest]] {
        var lists: [[Digest]] = []
        var position = index
        for level in levels.dropLast() {
            let neighbour = position % 2 == 0 ? position + 1 : position - 1
            if neighbour < level.count {
                lists.append(lists.isEmpty ? [level[position], level[neighbour]] : [level[neighbour]])
            }
            position /= 2
        }
        return lists
    }

    /// The reduced hash tree of `leaf`, or nil when it is not a leaf of this tree.
    package func reducedTree(for leaf: Digest) -> [[Digest]]? {
        let leaves = levels[0]
        var low = 0
        var high = leaves.count
        while low < high {
            let middle = (low + high) / 2
            if leaves[middle] < leaf { low = middle + 1 } else { high = middle }
        }
        guard low < leaves.count, leaves[low] == leaf else { return nil }
        return reducedTree(forLeafAt: low)
    }

    /// The root a reduced hash tree leads to from `leaf` (RFC 4998 §4.3), or nil when the leaf is
    /// not in the first list. An empty tree leads to the leaf itself. A list of one hash stands for
    /// that hash (Bouncy Castle writes the data object's hash alone as the first list, then one
    /// neighbour per list); a list of several is hashed sorted, with the hash carried up.
    package static func root(from leaf: Digest, reducedTree: [[Digest]]) -> Digest? {
        guard let first = reducedTree.first else { return leaf }
        guard first.contains(leaf) else { return nil }
        var current = first.count == 1 ? first[0] : combine(first)
        for list in reducedTree.dropFirst() { current = combine([current] + list) }
        return current
    }

    /// Joins a reduced tree inside a sub-tree (from a leaf to the sub-tree's root) with the path
    /// from that root on (from the sub-root to a higher root): the reduced tree from the leaf to
    /// the higher root. The higher path's first list names the sub-root beside its neighbour;
    /// after the lower path the sub-root is what the lists are hashed onto, so it is left out.
    package static func join(_ lower: [[Digest]], subRoot: Digest, _ upper: [[Digest]]) -> [[Digest]] {
        guard !lower.isEmpty, let first = upper.first else { return lower.isEmpty ? upper : lower }
        var neighbours = first
        if let index = neighbours.firstIndex(of: subRoot) { neighbours.remove(at: index) }
        return lower + (neighbours.isEmpty ? [] : [neighbours]) + upper.dropFirst()
    }
}
