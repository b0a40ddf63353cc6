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

        package init(batch: String, seal: [UInt8]) {
            self.batch = batch
            self.seal = seal
        }
    }

    /// The chain from its first batch (previous seal null) to its newest.
    /// - Throws: `SignedNoteError` naming a fork, a gap or an unreadable seal (`verify --chain` says more).
    package static func links(_ layout: ArchiveLayout) throws -> [Link] {
        try links(
            layout.sealedBatchNames().map { Link(batch: $0, seal: try FileIO.read(layout.batch($0) + "/seal.json")) }
        )
    }

    /// The chain of the given seals (a handover's, read from its tar).
    /// - Throws: `SignedNoteError` naming a fork, a gap or an unreadable seal.
    package static func links(_ seals: [Link]) throws -> [Link] {
        var byPrevious: [String: [Link]] = [:]
        for link in seals {
            let (name, bytes) = (link.batch, link.seal)
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
