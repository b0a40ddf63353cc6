import CryptoIO
import Foundation
import Lifecycle
import Sealing
import Storage

/// `qcarchive head` (SPEC "The published head"): a C2SP tlog-checkpoint of the seal chain, signed by
/// the archive's head key, for publishing outside the archive.
package enum HeadJob {
    /// Makes the head key (`keys/head-key.pem`) and its verifier key (`trust/head.vkey`) when the
    /// archive has none, or replaces them (`keys rotate --head`).
    /// - Throws: `CryptoIOError`, `StorageError`.
    package static func makeKey(_ layout: ArchiveLayout, origin: String) throws {
        let key = try Ed25519.generate()
        let verifier = NoteVerifierKey(name: origin, publicKey: try Ed25519.publicKey(of: key))
        try FileIO.writeAtomically(try key.pkcs8PEM(), to: layout.headKey, mode: 0o600)
        try FileIO.writeAtomically(Array((verifier.text + "\n").utf8), to: layout.headVerifierKey)
    }

    /// The signed checkpoint of the chain as it is now.
    /// - Throws: `SignedNoteError` for a chain that forks or has gaps, `CryptoIOError`, `StorageError`.
    package static func run(archive: Archive) throws -> (note: String, checkpoint: Checkpoint) {
        let layout = archive.layout
        guard let origin = archive.configuration.headOrigin else {
            throw SignedNoteError(
                "archive.json has no archive_id; run any writing command (e.g. 'qcarchive seal') first."
            )
        }
        if !FileIO.exists(layout.headKey) { try makeKey(layout, origin: origin) }
        let links = try SealChain.links(layout)
        let checkpoint = Checkpoint(
            origin: origin,
            size: links.count,
            root: MerkleTreeHash.root(links.map(\.seal)),
            extensions: links.last.map { ["batch \($0.batch)"] } ?? []
        )
        let key = try PrivateKey(pem: try FileIO.read(layout.headKey))
        return (try SignedNote.sign(checkpoint.text, name: origin, key: key), checkpoint)
    }

    /// Checks a published checkpoint against the archive (`verify --chain --head FILE`).
    /// - Throws: `StorageError` when the note or `trust/head.vkey` cannot be read.
    package static func verify(_ path: String, archive: Archive) throws -> (Checkpoint?, [BundleProblem]) {
        let note = String(decoding: try FileIO.read(path), as: UTF8.self)
        let verifier: NoteVerifierKey
        do {
            verifier = try NoteVerifierKey(
                text: String(decoding: try FileIO.read(archive.layout.headVerifierKey), as: UTF8.self)
            )
        } catch let error as SignedNoteError {
            return (
                nil,
                [BundleProblem(.chain, file: "trust/head.vkey", expected: "an Ed25519 note key", found: error.message)]
            )
        }
        let links: [SealChain.Link]
        do {
            links = try SealChain.links(archive.layout)
        } catch let error as SignedNoteError {
            return (nil, [BundleProblem(.chain, file: path, expected: "one unbroken chain", found: error.message)])
        }
        return HeadCheck.verify(
            note: note,
            file: path,
            verifier: verifier,
            origin: archive.configuration.headOrigin ?? "qcarchive/(no archive_id)",
            chain: links
        )
    }
}
