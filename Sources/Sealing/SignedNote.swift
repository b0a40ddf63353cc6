import CryptoIO
import Foundation

/// Why a signed note or its verifier key cannot be used.
package struct SignedNoteError: Error, Sendable, CustomStringConvertible {
    package var message: String
    package var description: String { message }
    package init(_ message: String) { self.message = message }
}

/// A C2SP signed-note verifier key of the Ed25519 type: `<name>+<key ID, 8 hex digits>+<base64 of
/// 0x01 followed by the 32-byte public key>`, the key ID being the first four bytes of
/// SHA-256(name || 0x0A || 0x01 || public key).
package struct NoteVerifierKey: Sendable, Equatable {
    package var name: String
    package var publicKey: [UInt8]

    package init(name: String, publicKey: [UInt8]) {
        self.name = name
        self.publicKey = publicKey
    }

    /// The four-byte key ID.
    package var keyID: [UInt8] {
        Array(SHA256Digest.of(Array(name.utf8) + [0x0A, 0x01] + publicKey).bytes.prefix(4))
    }

    /// The `vkey` text.
    package var text: String {
        "\(name)+\(Hex.encode(keyID))+\(Data([0x01] + publicKey).base64EncodedString())"
    }

    /// Reads a `vkey` text (surrounding white space ignored).
    /// - Throws: `SignedNoteError` naming what is wrong.
    package init(text: String) throws(SignedNoteError) {
        // The base64 key may itself hold "+": only the first two separate fields.
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let parts = trimmed.split(separator: "+", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, let keyBytes = Data(base64Encoded: String(parts[2])),
            keyBytes.count == 33, keyBytes.first == 0x01
        else { throw SignedNoteError("The verifier key is not an Ed25519 note key (<name>+<id>+<base64>).") }
        self.init(name: String(parts[0]), publicKey: Array(keyBytes.dropFirst()))
        guard Hex.encode(keyID) == parts[1].lowercased() else {
            throw SignedNoteError("The verifier key's ID \(parts[1]) does not match its name and key.")
        }
    }
}

/// A C2SP signed note: text lines ending in a newline, a blank line, then one line per signature,
/// `— <key name> <base64 of key ID || signature>` (an em dash U+2014).
package enum SignedNote {
    static let dash = "\u{2014} "

    /// `text` (which must end in a newline) signed by `key` under `name`.
    /// - Throws: `CryptoIOError` from signing; `SignedNoteError` for a text without its final newline.
    package static func sign(_ text: String, name: String, key: any NoteSigningKey) throws -> String {
        guard text.hasSuffix("\n"), !text.contains("\n\n") else {
            throw SignedNoteError("A note's text ends in one newline and holds no blank line.")
        }
        let verifier = NoteVerifierKey(name: name, publicKey: try key.notePublicKey())
        let signature = try key.noteSignature(Array(text.utf8))
        return text + "\n" + dash + name + " " + Data(verifier.keyID + signature).base64EncodedString() + "\n"
    }

    /// The note's text, when a signature line by `verifier` verifies over it; other keys' lines are ignored.
    /// - Throws: `SignedNoteError` naming what is wrong.
    package static func open(_ note: String, verifier: NoteVerifierKey) throws(SignedNoteError) -> String {
        guard let split = note.range(of: "\n\n") else {
            throw SignedNoteError("The note has no blank line before its signatures.")
        }
        let text = String(note[..<split.lowerBound]) + "\n"
        let lines = note[split.upperBound...].split(separator: "\n", omittingEmptySubsequences: false)
        guard note.hasSuffix("\n"), lines.last == "" else {
            throw SignedNoteError("The note does not end in a newline.")
        }
        var byName = false
        for line in lines.dropLast() {
            guard line.hasPrefix(dash) else { throw SignedNoteError("A signature line does not start with '— '.") }
            let fields = line.dropFirst(dash.count).split(separator: " ")
            guard fields.count == 2, fields[0] == verifier.name,
                let bytes = Data(base64Encoded: String(fields[1])), bytes.count == 68
            else { continue }
            byName = true
            if Array(bytes.prefix(4)) == verifier.keyID,
                Ed25519.verify(Array(bytes.dropFirst(4)), of: Array(text.utf8), publicKey: verifier.publicKey)
            {
                return text
            }
        }
        throw SignedNoteError(
            byName
                ? "The note's signature by \(verifier.name) does not verify with trust/head.vkey."
                : "The note carries no signature by \(verifier.name), the key of trust/head.vkey."
        )
    }
}
