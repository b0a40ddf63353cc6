import CryptoIO

/// A key that signs C2SP notes (Ed25519): the head key, in a file or in an HSM.
package protocol NoteSigningKey {
    /// The raw 32-byte Ed25519 public key.
    func notePublicKey() throws -> [UInt8]
    /// The 64-byte Ed25519 signature of `message`.
    func noteSignature(_ message: [UInt8]) throws -> [UInt8]
}

/// The head key as a file in `keys/`.
package struct FileNoteKey: NoteSigningKey {
    package let key: PrivateKey
    package init(_ key: PrivateKey) { self.key = key }
    package func notePublicKey() throws -> [UInt8] { try Ed25519.publicKey(of: key) }
    package func noteSignature(_ message: [UInt8]) throws -> [UInt8] { try Ed25519.sign(message, with: key) }
}
