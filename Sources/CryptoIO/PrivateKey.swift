import Foundation
internal import COpenSSL

/// A private key held by OpenSSL (EVP_PKEY). The key never leaves this type except as PEM for the owner-only key file;
/// a key in an HSM (`external`) never leaves the HSM.
package final class PrivateKey {
    let pointer: OpaquePointer
    /// The signer of a key held outside OpenSSL, kept alive as long as the key.
    let external: ExternalSigning?

    init(owning pointer: OpaquePointer, external: ExternalSigning? = nil) {
        self.pointer = pointer
        self.external = external
    }

    /// Generates a fresh ECDSA key on NIST P-256 (secp256r1).
    /// - Throws: `CryptoIOError` with code `.keyFailed`.
    package static func generateP256() throws(CryptoIOError) -> PrivateKey {
        let context = try checked(
            EVP_PKEY_CTX_new_from_name(nil, "EC", nil),
            .keyFailed,
            "Could not create an EC key context.",
            function: "EVP_PKEY_CTX_new_from_name"
        )
        defer { EVP_PKEY_CTX_free(context) }
        try check(
            EVP_PKEY_keygen_init(context) == 1,
            .keyFailed,
            "Could not start key generation.",
            function: "EVP_PKEY_keygen_init"
        )
        try check(
            EVP_PKEY_CTX_set_group_name(context, "P-256") == 1,
            .keyFailed,
            "Could not select curve P-256.",
            function: "EVP_PKEY_CTX_set_group_name"
        )
        var key: OpaquePointer? = nil
        try check(
            EVP_PKEY_generate(context, &key) == 1,
            .keyFailed,
            "Could not generate a P-256 key.",
            function: "EVP_PKEY_generate"
        )
        return PrivateKey(
            owning: try checked(key, .keyFailed, "Key generation returned no key.", function: "EVP_PKEY_generate")
        )
    }

    /// An Ed25519 key from a 32-byte seed (RFC 8032): the same seed gives the same key, and Ed25519
    /// signatures are deterministic, so generated test data is reproducible.
    /// - Throws: `CryptoIOError` `.keyFailed`.
    package static func ed25519(seed: [UInt8]) throws(CryptoIOError) -> PrivateKey {
        precondition(seed.count == 32, "an Ed25519 seed has 32 bytes")
        let key = EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nil, seed, 32)
        return PrivateKey(
            owning: try checked(
                key,
                .keyFailed,
                "Could not make an Ed25519 key.",
                function: "EVP_PKEY_new_raw_private_key"
            )
        )
    }

    /// True for Ed25519 and Ed448 keys, which sign without a separate digest.
    var isEdwards: Bool {
        let id = EVP_PKEY_get_base_id(pointer)
        return id == EVP_PKEY_ED25519 || id == EVP_PKEY_ED448
    }

    /// Reads an unencrypted PEM private key (PKCS#8 or traditional).
    /// - Throws: `CryptoIOError` with code `.keyFailed` when the bytes hold no readable key.
    package convenience init(pem: [UInt8]) throws(CryptoIOError) {
        let bio = try MemoryBIO(reading: pem)
        let key = try checked(
            PEM_read_bio_PrivateKey(bio.pointer, nil, nil, nil),
            .keyFailed,
            "The file holds no readable private key.",
            function: "PEM_read_bio_PrivateKey"
        )
        self.init(owning: key)
    }

    /// The key as unencrypted PKCS#8 PEM, for a file that only its owner can read.
    package func pkcs8PEM() throws(CryptoIOError) -> [UInt8] {
        guard external == nil else {
            throw CryptoIOError(.keyFailed, "A key held in an HSM cannot be written to a file.")
        }
        let bio = try MemoryBIO()
        try check(
            PEM_write_bio_PrivateKey(bio.pointer, pointer, nil, nil, 0, nil, nil) == 1,
            .keyFailed,
            "Could not encode the private key.",
            function: "PEM_write_bio_PrivateKey"
        )
        return bio.bytes
    }

    /// The DER SubjectPublicKeyInfo of the matching public key (RFC 5280 §4.1.2.7).
    package func subjectPublicKeyInfo() throws(CryptoIOError) -> [UInt8] {
        try checked(
            encodeDER { i2d_PUBKEY(pointer, $0) },
            .keyFailed,
            "Could not encode the public key.",
            function: "i2d_PUBKEY"
        )
    }

    deinit { EVP_PKEY_free(pointer) }
}
