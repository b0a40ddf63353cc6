import Foundation
internal import COpenSSL

/// Ed25519 (RFC 8032) over raw messages and raw 32-byte public keys, as C2SP signed notes use it.
package enum Ed25519 {
    /// A new key from 32 random bytes.
    /// - Throws: `CryptoIOError` `.keyFailed`.
    package static func generate() throws(CryptoIOError) -> PrivateKey {
        var seed = [UInt8](repeating: 0, count: 32)
        try check(RAND_bytes(&seed, 32) == 1, .keyFailed, "No random bytes for a key.", function: "RAND_bytes")
        return try PrivateKey.ed25519(seed: seed)
    }

    /// The key's raw 32-byte public key.
    /// - Throws: `CryptoIOError` `.keyFailed` for a key that is not Ed25519.
    package static func publicKey(of key: PrivateKey) throws(CryptoIOError) -> [UInt8] {
        guard EVP_PKEY_get_base_id(key.pointer) == EVP_PKEY_ED25519 else {
            throw CryptoIOError(.keyFailed, "The key is not an Ed25519 key.")
        }
        var bytes = [UInt8](repeating: 0, count: 32)
        var length = 32
        try check(
            EVP_PKEY_get_raw_public_key(key.pointer, &bytes, &length) == 1 && length == 32,
            .keyFailed,
            "Could not read the Ed25519 public key.",
            function: "EVP_PKEY_get_raw_public_key"
        )
        return bytes
    }

    /// The 64-byte signature of `message`.
    /// - Throws: `CryptoIOError` `.signFailed`.
    package static func sign(_ message: [UInt8], with key: PrivateKey) throws(CryptoIOError) -> [UInt8] {
        let context = try checked(EVP_MD_CTX_new(), .signFailed, "No signing context.", function: "EVP_MD_CTX_new")
        defer { EVP_MD_CTX_free(context) }
        try check(
            EVP_DigestSignInit(context, nil, nil, nil, key.pointer) == 1,
            .signFailed,
            "Could not start an Ed25519 signature.",
            function: "EVP_DigestSignInit"
        )
        var signature = [UInt8](repeating: 0, count: 64)
        var length = 64
        try check(
            EVP_DigestSign(context, &signature, &length, message, message.count) == 1 && length == 64,
            .signFailed,
            "Could not make the Ed25519 signature.",
            function: "EVP_DigestSign"
        )
        return signature
    }

    /// True when `signature` is `publicKey`'s signature of `message`.
    package static func verify(_ signature: [UInt8], of message: [UInt8], publicKey: [UInt8]) -> Bool {
        guard signature.count == 64, publicKey.count == 32,
            let key = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nil, publicKey, 32)
        else { return false }
        defer { EVP_PKEY_free(key) }
        guard let context = EVP_MD_CTX_new() else { return false }
        defer { EVP_MD_CTX_free(context) }
        guard EVP_DigestVerifyInit(context, nil, nil, nil, key) == 1 else { return false }
        return EVP_DigestVerify(context, signature, signature.count, message, message.count) == 1
    }
}
