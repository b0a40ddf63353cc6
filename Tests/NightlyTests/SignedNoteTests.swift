import CryptoIO
import Foundation
import Sealing
import TestSupport
import Testing

/// The pieces of the published head (SPEC "The published head"): the RFC 6962 tree over entries,
/// the tlog-checkpoint body and the C2SP signed note with an Ed25519 key, checked against a second
/// implementation that is not ours (Tests/Fixtures/head/checkpoint.py: Python's `cryptography` and
/// `hashlib`), in both directions.
struct SignedNoteTests {
    static let script = TestEnvironment.packageRoot + "/Tests/Fixtures/head/checkpoint.py"

    @Test func ourCheckpointVerifiesInPythonAndACutOrReorderedTreeDoesNot() throws {
        let folder = try TestEnvironment.temporaryFolder()
        var entries: [String] = []
        for index in 0..<5 {
            let path = folder + "/seal-\(index).json"
            try TestEnvironment.write("{\"batch_id\":\"night-\(index)\"}", to: path)
            entries.append(path)
        }
        let key = try Ed25519.generate()
        let root = MerkleTreeHash.root(try entries.map(TestEnvironment.read))
        let checkpoint = Checkpoint(origin: "qcarchive/test-archive", size: entries.count, root: root)
        let note = try SignedNote.sign(checkpoint.text, name: "qcarchive-head", key: FileNoteKey(key))
        let verifier = NoteVerifierKey(name: "qcarchive-head", publicKey: try Ed25519.publicKey(of: key))
        try TestEnvironment.write(note, to: folder + "/head.note")
        try TestEnvironment.write(verifier.text + "\n", to: folder + "/head.vkey")

        let valid = try TestEnvironment.run(
            "python3",
            [Self.script, "verify", folder + "/head.note", folder + "/head.vkey"] + entries
        )
        #expect(valid.status == 0 && valid.stdout == "checkpoint valid qcarchive/test-archive 5\n", "\(valid)")
        let cut = try TestEnvironment.run(
            "python3",
            [Self.script, "verify", folder + "/head.note", folder + "/head.vkey"] + entries.dropLast()
        )
        #expect(cut.status == 1 && cut.stdout.contains("tree size 5, 4 entries given"), "\(cut)")
        let reordered = try TestEnvironment.run(
            "python3",
            [Self.script, "verify", folder + "/head.note", folder + "/head.vkey"] + [entries[1], entries[0]]
                + entries[2...]
        )
        #expect(reordered.status == 1 && reordered.stdout.contains("not the RFC 6962 tree hash"), "\(reordered)")

        // Read back here: the text, its checkpoint, and the verifier key from its text.
        #expect(try NoteVerifierKey(text: verifier.text) == verifier)
        #expect(try Checkpoint(text: try SignedNote.open(note, verifier: verifier)) == checkpoint)
    }

    @Test func aNoteSignedInPythonOpensHereAndATamperedOneDoesNot() throws {
        let seed = (0..<32).map { UInt8($0 * 7 % 256) }
        let seedHex = Hex.encode(seed)
        let vkey = try TestEnvironment.run("python3", [Self.script, "vkey", seedHex, "witness"])
        let verifier = try NoteVerifierKey(text: vkey.stdout)
        #expect(verifier.publicKey == (try Ed25519.publicKey(of: try PrivateKey.ed25519(seed: seed))))
        let text = Checkpoint(origin: "qcarchive/x", size: 2, root: MerkleTreeHash.root([[1], [2]])).text
        let signed = try TestEnvironment.run("python3", [Self.script, "sign", seedHex, "witness", text])
        #expect(try SignedNote.open(signed.stdout, verifier: verifier) == text)

        let tampered = signed.stdout.replacingOccurrences(of: "qcarchive/x\n2\n", with: "qcarchive/x\n1\n")
        #expect(throws: SignedNoteError.self) { try SignedNote.open(tampered, verifier: verifier) }
        do {
            _ = try SignedNote.open(tampered, verifier: verifier)
        } catch {
            #expect(error.message.contains("does not verify"), "\(error)")
        }
        let other = NoteVerifierKey(name: "other", publicKey: verifier.publicKey)
        do {
            _ = try SignedNote.open(signed.stdout, verifier: other)
            Issue.record("a note opened with a key that did not sign it")
        } catch {
            #expect(error.message.contains("no signature by other"), "\(error)")
        }
        #expect(throws: SignedNoteError.self) {
            try NoteVerifierKey(text: "witness+00000000+" + vkey.stdout.split(separator: "+")[2])
        }
    }

    /// RFC 6962's tree shape: for three entries the root is H(1 || H(1 || a || b) || c), not a balanced pairing.
    @Test func theTreeSplitsAtTheLargestPowerOfTwo() {
        let leaves = [[UInt8]([0]), [1], [2]].map(MerkleTreeHash.leaf)
        func node(_ left: SHA256Digest, _ right: SHA256Digest) -> SHA256Digest {
            SHA256Digest.of([0x01] + left.bytes + right.bytes)
        }
        #expect(MerkleTreeHash.root([[0], [1], [2]]) == node(node(leaves[0], leaves[1]), leaves[2]))
        #expect(MerkleTreeHash.root([]) == SHA256Digest.of([UInt8]()))
        #expect(MerkleTreeHash.root([[0]]) == leaves[0])
    }
}
