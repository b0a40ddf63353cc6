import CryptoIO

/// The Merkle Tree Hash of RFC 6962 §2.1 over a list of entries (the published head's tree over
/// every batch's `seal.json` bytes, in chain order):
///
/// ```
/// MTH({})      = SHA-256()
/// MTH({d(0)})  = SHA-256(0x00 || d(0))
/// MTH(D[n])    = SHA-256(0x01 || MTH(D[0:k]) || MTH(D[k:n])),  k the largest power of two < n
/// ```
package enum MerkleTreeHash {
    /// The root over `entries`.
    package static func root(_ entries: [[UInt8]]) -> SHA256Digest {
        root(leaves: entries.map(leaf))
    }

    /// SHA-256(0x00 || entry).
    package static func leaf(_ entry: [UInt8]) -> SHA256Digest {
        var hasher = SHA256Hasher()
        hasher.update([0x00])
        hasher.update(entry)
        return hasher.finalize()
    }

    /// The root over leaf hashes already computed.
    package static func root(leaves: [SHA256Digest]) -> SHA256Digest {
        guard !leaves.isEmpty else { return SHA256Digest.of([UInt8]()) }
        return subtree(leaves[...])
    }

    private static func subtree(_ leaves: ArraySlice<SHA256Digest>) -> SHA256Digest {
        guard leaves.count > 1 else { return leaves.first! }
        var split = 1
        while split * 2 < leaves.count { split *= 2 }
        let middle = leaves.startIndex + split
        var hasher = SHA256Hasher()
        hasher.update([0x01])
        hasher.update(subtree(leaves[..<middle]).bytes)
        hasher.update(subtree(leaves[middle...]).bytes)
        return hasher.finalize()
    }
}
