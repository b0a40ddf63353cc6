import CryptoIO
import Foundation
import Storage

/// The sealed batches in chain order, from their `seal.json` files alone (each names the SHA-256 of
/// the one before it): what the published head covers. Cheap: no bundle is read.
package enum SealChain {
    /// One batch of the chain: its name and its `seal.json` bytes.
    package struct Link: Sendable, Equatable {
        package var batch: String
        package var seal: [UInt8]
    }

    /// The chain from its first batch (previous seal null) to its newest.
    /// - Throws: `SignedNoteError` naming a fork, a gap or an unreadable seal (`verify --chain` says more).
    package static func links(_ layout: ArchiveLayout) throws -> [Link] {
        var byPrevious: [String: [Link]] = [:]
        for name in layout.sealedBatchNames() {
            let bytes = try FileIO.read(layout.batch(name) + "/seal.json")
            guard let seal = try? JSONDecoder().decode(BatchSeal.self, from: Data(bytes)) else {
                throw SignedNoteError("batches/\(name)/seal.json cannot be read; run 'qcarchive verify --chain'.")
            }
            byPrevious[seal.previousSealSHA256 ?? "", default: []].append(Link(batch: name, seal: bytes))
        }
        var chain: [Link] = []
        var previous = ""
        while let next = byPrevious[previous] {
            guard next.count == 1 else {
                throw SignedNoteError(
                    "The chain forks after \(chain.last?.batch ?? "its start") "
                        + "(\(next.map(\.batch).sorted().joined(separator: ", "))); run 'qcarchive verify --chain'."
                )
            }
            chain.append(next[0])
            previous = SHA256Digest.of(next[0].seal).hex
        }
        let total = byPrevious.values.reduce(0) { $0 + $1.count }
        guard chain.count == total else {
            throw SignedNoteError(
                "\(total - chain.count) sealed batch(es) are not reachable from the first; run 'qcarchive "
                    + "verify --chain'."
            )
        }
        return chain
    }
}
