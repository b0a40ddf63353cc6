import CryptoIO
import Foundation
import Lifecycle
import Sealing
import Storage

/// `qcarchive head` (SPEC "The published head"): a C2SP tlog-checkpoint of the seal chain, signed by
/// the archive's head key, for publishing outside the archive.
package enum HeadJob {
    /// Makes the head key (`keys/head-key.pem`) and puts its verifier key first in `trust/head.vkey`,
    /// one key a line: the earlier ones stay, so that checkpoints they signed keep verifying.
    /// - Throws: `CryptoIOError`, `StorageError`.
    @discardableResult
    package static func makeKey(_ layout: ArchiveLayout, origin: String) throws -> NoteVerifierKey {
        let key = try Ed25519.generate()
        let verifier = try publish(FileNoteKey(key), layout, origin: origin)
        try FileIO.writeAtomically(try key.pkcs8PEM(), to: layout.headKey, mode: 0o600)
        return verifier
    }

    /// Opens a head key in an HSM and checks that it makes Ed25519 signatures its public key verifies.
    /// - Throws: `SealingError` `.signingFailed` (the HSM's failure, or a key that is no Ed25519 key).
    package static func openHSMKey(_ uri: String, module: String) throws -> HSMKey {
        let key = try HSMKey(uri, role: "head key", module: module)
        let message = Array("qcarchive: does the head key sign?\n".utf8)
        guard Ed25519.verify(try key.noteSignature(message), of: message, publicKey: try key.notePublicKey()) else {
            throw SealingError(.signingFailed, "The head key \(uri) signs what its own public key does not verify.")
        }
        return key
    }

    /// Puts `key`'s verifier key first in `trust/head.vkey` (a head key in an HSM has no file).
    /// - Throws: `SealingError` from the HSM, `StorageError`.
    @discardableResult
    package static func publish(
        _ key: any NoteSigningKey,
        _ layout: ArchiveLayout,
        origin: String
    ) throws -> NoteVerifierKey {
        let verifier = NoteVerifierKey(name: origin, publicKey: try key.notePublicKey())
        let earlier = (try? FileIO.read(layout.headVerifierKey)) ?? []
        try FileIO.writeAtomically(Array((verifier.text + "\n").utf8) + earlier, to: layout.headVerifierKey)
        return verifier
    }

    /// The verifier keys of `trust/head.vkey`, newest first.
    /// - Throws: `StorageError`; `SignedNoteError` for a line that is no verifier key.
    package static func verifiers(_ layout: ArchiveLayout) throws -> [NoteVerifierKey] {
        try String(decoding: try FileIO.read(layout.headVerifierKey), as: UTF8.self).split(separator: "\n")
            .map { try NoteVerifierKey(text: String($0)) }
    }

    /// The checkpoint of the chain as it is now, unsigned: what `nightly` and `seal` print for the operator to
    /// publish with `head` (no key is opened, so an HSM is not asked for a PIN by every run).
    /// - Throws: `SignedNoteError` for a chain that forks or has gaps or an archive without an id, `StorageError`.
    package static func checkpoint(archive: Archive) throws -> Checkpoint {
        guard let origin = archive.configuration.headOrigin else {
            throw SignedNoteError(
                "archive.json has no archive_id; run any writing command (e.g. 'qcarchive seal') first."
            )
        }
        let links = try SealChain.links(archive.layout)
        return Checkpoint(
            origin: origin,
            size: links.count,
            root: MerkleTreeHash.root(links.map(\.seal)),
            extensions: links.last.map { ["batch \($0.batch)"] } ?? []
        )
    }

    /// The signed checkpoint of the chain as it is now.
    /// - Throws: `SignedNoteError` for a chain that forks or has gaps, `SealingError` from a head key in an
    ///   HSM, `CryptoIOError`, `StorageError`.
    package static func run(archive: Archive) throws -> (note: String, checkpoint: Checkpoint) {
        let layout = archive.layout
        let checkpoint = try checkpoint(archive: archive)
        let origin = checkpoint.origin
        if archive.configuration.pkcs11?.headKey == nil, !FileIO.exists(layout.headKey) {
            try makeKey(layout, origin: origin)
        }
        let note = try SignedNote.sign(checkpoint.text, name: origin, key: try archive.headKey())
        // A head that its own verifier key does not open would be published for nothing.
        guard let current = try verifiers(layout).first, (try? SignedNote.open(note, verifier: current)) != nil else {
            throw SignedNoteError(
                "The head key does not match the newest verifier key in trust/head.vkey; run 'qcarchive keys rotate "
                    + "--archive \(layout.root) --head' to make them one again."
            )
        }
        return (note, checkpoint)
    }

    /// Checks a published checkpoint against the archive (`verify --chain --head FILE`).
    /// - Throws: `StorageError` when the note or `trust/head.vkey` cannot be read.
    package static func verify(_ path: String, archive: Archive) throws -> (Checkpoint?, [BundleProblem]) {
        let note = String(decoding: try FileIO.read(path), as: UTF8.self)
        let verifiers: [NoteVerifierKey]
        do {
            verifiers = try Self.verifiers(archive.layout)
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
        // The key that signed it: the current one, or an earlier one (a checkpoint from before a
        // rotation); when none did, the current one names the problem.
        guard
            let verifier = verifiers.first(where: { (try? SignedNote.open(note, verifier: $0)) != nil })
                ?? verifiers.first
        else {
            return (
                nil, [BundleProblem(.chain, file: "trust/head.vkey", expected: "a head verifier key", found: "none")]
            )
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
