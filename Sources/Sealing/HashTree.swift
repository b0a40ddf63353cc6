import CryptoIO
/// The binary hash tree of RFC 4998 §4.1 over a batch's leaves, as SPEC "Batch seal" fixes it:
/// leaves sorted as unsigned bytes; neighbours paired left to right; a parent is SHA-256 of its
/// two children sorted as unsigned bytes and concatenated; a node without a neighbour is carried
/// up unchanged.
package struct HashTree: Sendable {
    /// Every level, leaves first, the root last.
    package let levels: [[SHA256Digest]]

    /// Builds the tree.
    /// - Precondition: at least one leaf.
    package init(leaves: [SHA256Digest]) {
        precondition(!leaves.isEmpty, "a hash tree needs at least one leaf")
        var levels = [leaves.sorted()]
        while let last = levels.last, last.count > 1 {
            var next: [SHA256Digest] = []
            next.reserveCapacity((last.count + 1) / 2)
            var index = 0
            while index < last.count {
                next.append(index + 1 < last.count ? Self.parent(last[index], last[index + 1]) : last[index])
                index += 2
            }
            levels.append(next)
        }
        self.levels = levels
    }

    package var root: SHA256Digest { levels.last![0] }
    package var leaves: [SHA256Digest] { levels[0] }

    /// SHA-256 over the sorted concatenation of hashes (RFC 4998 §4.2 step 3).
    package static func parent(_ hashes: SHA256Digest...) -> SHA256Digest { combine(hashes) }

    /// SHA-256 over the hashes sorted as unsigned bytes and concatenated.
    package static func combine(_ hashes: [SHA256Digest]) -> SHA256Digest {
        var hasher = SHA256Hasher()
        for hash in hashes.sorted() { hasher.update(hash.bytes) }
        return hasher.finalize()
    }

    /// The reduced hash tree of the leaf at `index` of `leaves`: first list = [the leaf, its
    /// neighbour], each later list = the neighbour at that level; levels where the node was
    /// carried up are skipped. Empty for a single-leaf tree (the timestamp is over the leaf).
    package func reducedTree(forLeafAt index: Int) -> [[SHA256Digest]] {
        var lists: [[SHA256Digest]] = []
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

    /// The root a reduced hash tree leads to from `leaf` (RFC 4998 §4.3), or nil when the leaf is
    /// not in the first list. An empty tree leads to the leaf itself.
    package static func root(from leaf: SHA256Digest, reducedTree: [[SHA256Digest]]) -> SHA256Digest? {
        guard let first = reducedTree.first else { return leaf }
        guard first.contains(leaf) else { return nil }
        var current = combine(first)
        for list in reducedTree.dropFirst() { current = combine([current] + list) }
        return current
    }
}
