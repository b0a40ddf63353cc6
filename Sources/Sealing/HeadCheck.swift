import CryptoIO
import Foundation

/// `verify --chain --head FILE` (SPEC "The published head"): the checkpoint is signed by the key of
/// `trust/head.vkey`, names this archive, and its root is the RFC 6962 tree over the `seal.json`
/// bytes of the first `size` batches of the chain as it is now. A cut end (batches deleted, then
/// `reindex`), a rewritten or reordered batch, or a checkpoint signed by another key fails.
package enum HeadCheck {
    /// - Parameters:
    ///   - file: the checkpoint's path, for problems.
    ///   - origin: `qcarchive/<archive_id>` of this archive.
    ///   - chain: the sealed batches in chain order (`SealChain.links`).
    /// - Returns: the checkpoint when it holds, and every problem found.
    package static func verify(
        note: String,
        file: String,
        verifier: NoteVerifierKey,
        origin: String,
        chain: [SealChain.Link]
    ) -> (Checkpoint?, [BundleProblem]) {
        func problem(_ expected: String, _ found: String) -> (Checkpoint?, [BundleProblem]) {
            (nil, [BundleProblem(.chain, file: file, expected: expected, found: found)])
        }
        let checkpoint: Checkpoint
        do {
            checkpoint = try Checkpoint(text: try SignedNote.open(note, verifier: verifier))
        } catch {
            return problem("a checkpoint signed by the key of trust/head.vkey", error.message)
        }
        guard checkpoint.origin == origin else {
            return problem("the origin \(origin) (this archive)", "\(checkpoint.origin), another archive's checkpoint")
        }
        let newest = checkpoint.newestBatch.map { ", the newest \($0)" } ?? ""
        guard checkpoint.size <= chain.count else {
            let held = chain.last.map { "up to \($0.batch)" } ?? "none"
            return problem(
                "the \(checkpoint.size) batches the checkpoint covers\(newest)",
                "\(chain.count) in the chain (\(held)): \(checkpoint.size - chain.count) batch(es) were cut "
                    + "from its end"
            )
        }
        let covered = chain.prefix(checkpoint.size)
        let root = MerkleTreeHash.root(covered.map(\.seal))
        guard root == checkpoint.root else {
            return problem(
                "the first \(checkpoint.size) batches of the chain\(newest) as the checkpoint saw them",
                "another tree (a batch up to \(covered.last?.batch ?? "the start") was rewritten, replaced or "
                    + "reordered)"
            )
        }
        if let named = checkpoint.newestBatch, named != covered.last?.batch {
            return problem("batch \(named) at position \(checkpoint.size)", "\(covered.last?.batch ?? "none")")
        }
        return (checkpoint, [])
    }
}
