import CryptoIO
import Foundation

/// The binary hash tree of RFC 4998 §4.1 over a batch's leaves, as SPEC "Batch seal" fixes it:
/// leaves sorted as unsigned bytes; neighbours paired left to right; a parent is the hash of its
/// two children sorted as unsigned bytes and concatenated; a node without a neighbour is carried
/// up unchanged. SHA-256 when a batch is sealed; the algorithm of a hash-tree renewal after it.
package struct HashTree: Sendable {
    package let algorithm: HashAlgorithm
    /// Every level, leaves first, the root last, each level's digests back to back: a batch of a
    /// million leaves keeps 64 MB here, not two million arrays.
    private let levels: [[UInt8]]

    /// Builds the tree.
    /// - Precondition: at least one leaf, every leaf of `algorithm`.
    package init(leaves: [Digest], algorithm: HashAlgorithm) {
        precondition(!leaves.isEmpty, "a hash tree needs at least one leaf")
        precondition(leaves.allSatisfy { $0.algorithm == algorithm }, "a hash tree has one algorithm")
        self.init(sorted: leaves.sorted().flatMap(\.bytes), algorithm: algorithm)
    }

    /// A SHA-256 tree (a batch's, SPEC "Batch seal").
    package init(leaves: [SHA256Digest]) { self.init(leaves: leaves.map(Digest.init), algorithm: .sha256) }

    /// A SHA-256 tree over leaves given back to back, 32 bytes each, in any order.
    /// - Precondition: at least one leaf; a whole number of them.
    package init(sha256Leaves leaves: consuming [UInt8]) {
        precondition(!leaves.isEmpty && leaves.count % 32 == 0, "a hash tree needs whole SHA-256 leaves")
        let count = leaves.count
        var keys = stride(from: 0, to: count, by: 32).map { SortKey(leaves[$0..<($0 + 32)]) }
        leaves = []  // a million leaves: 32 MB given back before the sorted copy is made
        keys.sort()
        var sorted: [UInt8] = []
        sorted.reserveCapacity(count)
        for key in keys { key.append(to: &sorted) }
        self.init(sorted: sorted, algorithm: .sha256)
    }

    private init(sorted leaves: [UInt8], algorithm: HashAlgorithm) {
        self.algorithm = algorithm
        let width = algorithm.length
        var levels = [leaves]
        while let last = levels.last, last.count > width {
            var next: [UInt8] = []
            next.reserveCapacity((last.count / width + 1) / 2 * width)
            var offset = 0
            while offset < last.count {
                let node = last[offset..<(offset + width)]
                if offset + width < last.count {
                    let neighbour = last[(offset + width)..<(offset + 2 * width)]
                    var hasher = DigestHasher(algorithm)
                    let ordered = node.lexicographicallyPrecedes(neighbour) ? (node, neighbour) : (neighbour, node)
                    hasher.update(ordered.0)
                    hasher.update(ordered.1)
                    next += hasher.finalize().bytes
                } else {
                    next += node
                }
                offset += 2 * width
            }
            levels.append(next)
        }
        self.levels = levels
    }

    package var root: Digest { node(level: levels.count - 1, at: 0) }
    package var leafCount: Int { levels[0].count / algorithm.length }
    /// The leaves, sorted.
    package var leaves: [Digest] { (0..<leafCount).map { node(level: 0, at: $0) } }

    private func node(level: Int, at index: Int) -> Digest {
        let width = algorithm.length
        return Digest(algorithm, bytes: Array(levels[level][(index * width)..<((index + 1) * width)]))
    }

    /// The hash over the sorted concatenation of hashes of one algorithm (RFC 4998 §4.2 step 3).
    package static func combine(_ hashes: [Digest]) -> Digest {
        hashes[0].algorithm.digest(concatenating: hashes.sorted().map(\.bytes))
    }

    /// The reduced hash tree of the leaf at `index` of the sorted leaves: first list = [the leaf,
    /// its neighbour], each later list = the neighbour at that level; levels where the node was
    /// carried up are skipped. Empty for a single-leaf tree (the timestamp is over the leaf).
    package func reducedTree(forLeafAt index: Int) -> [[Digest]] {
        var lists: [[Digest]] = []
        var position = index
        for level in levels.indices.dropLast() {
            let neighbour = position % 2 == 0 ? position + 1 : position - 1
            if neighbour < levels[level].count / algorithm.length {
                let other = node(level: level, at: neighbour)
                lists.append(lists.isEmpty ? [node(level: level, at: position), other] : [other])
            }
            position /= 2
        }
        return lists
    }

    /// The reduced hash tree of `leaf`, or nil when it is not a leaf of this tree.
    package func reducedTree(for leaf: Digest) -> [[Digest]]? {
        leafIndex(of: leaf).map(reducedTree(forLeafAt:))
    }

    /// Where `leaf` is among the sorted leaves (the first of equal ones), or nil when it is none.
    package func leafIndex(of leaf: Digest) -> Int? {
        guard leaf.algorithm == algorithm else { return nil }
        let (leaves, width) = (levels[0], algorithm.length)
        var low = 0
        var high = leafCount
        while low < high {
            let middle = (low + high) / 2
            if leaves[(middle * width)..<((middle + 1) * width)].lexicographicallyPrecedes(leaf.bytes) {
                low = middle + 1
            } else {
                high = middle
            }
        }
        guard low < leafCount, leaves[(low * width)..<((low + 1) * width)].elementsEqual(leaf.bytes) else { return nil }
        return low
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

/// A SHA-256 digest as four big-endian words: a million of them sort in place, unsigned byte order.
private struct SortKey: Comparable {
    var words: (UInt64, UInt64, UInt64, UInt64)

    init(_ bytes: ArraySlice<UInt8>) {
        func word(_ start: Int) -> UInt64 {
            bytes[(bytes.startIndex + start)..<(bytes.startIndex + start + 8)].reduce(0) { $0 << 8 | UInt64($1) }
        }
        words = (word(0), word(8), word(16), word(24))
    }

    func append(to out: inout [UInt8]) {
        for word in [words.0, words.1, words.2, words.3] {
            for shift in stride(from: 56, through: 0, by: -8) { out.append(UInt8(truncatingIfNeeded: word >> shift)) }
        }
    }

    static func < (lhs: SortKey, rhs: SortKey) -> Bool { lhs.words < rhs.words }
    static func == (lhs: SortKey, rhs: SortKey) -> Bool { lhs.words == rhs.words }
}
