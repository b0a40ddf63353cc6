import Foundation
internal import COpenSSL

/// A private key held by OpenSSL (EVP_PKEY). The key never leaves this type except as PEM for the owner-only key file.
package final class PrivateKey {
    let pointer: OpaquePointer

    init(owning pointer: OpaquePointer) { self.pointer = pointer }

    /// Generates a fresh ECDSA key on NIST P-256 (secp256r1).
    /// - Throws: `CryptoIOError` with code `.keyFailed`.
    package static func generateP256() throws(CryptoIOError) -> PrivateKey {
        let context = try checked(
            EVP_PKEY_CTX_new_from_name(nil, "EC", nil), .keyFailed, "Could not create an EC key context.",
            function: "EVP_PKEY_CTX_new_from_name")
        defer { EVP_PKEY_CTX_free(context) }
        try check(EVP_PKEY_keygen_init(context) == 1, .keyFailed, "Could not start key generation.", function: "EVP_PKEY_keygen_init")
        try check(
            EVP_PKEY_CTX_set_group_name(context, "P-256") == 1, .keyFailed, "Could not select curve P-256.",
            function: "EVP_PKEY_CTX_set_group_name")
        var key: OpaquePointer? = nil
        try check(EVP_PKEY_generate(context, &key) == 1, .keyFailed, "Could not generate a P-256 key.", function: "EVP_PKEY_generate")
        return PrivateKey(owning: try checked(key, .keyFailed, "Key generation returned no key.", function: "EVP_PKEY_generate"))
    }

    /// Reads an unencrypted PEM private key (PKCS#8 or traditional).
    /// - Throws: `CryptoIOError` with code `.keyFailed` when the bytes hold no readable key.
    package convenience init(pem: [UInt8]) throws(CryptoIOError) {
        let bio = try MemoryBIO(reading: pem)
        let key = try checked(
            PEM_read_bio_PrivateKey(bio.pointer, nil, nil, nil), .keyFailed, "The file holds no readable private key.",
            function: "PEM_read_bio_PrivateKey")
        self.init(owning: key)
    }

    /// The key as unencrypted PKCS#8 PEM, for a file that only its owner can read.
    package func pkcs8PEM() throws(CryptoIOError) -> [UInt8] {
        let bio = try MemoryBIO()
        try check(
            PEM_write_bio_PrivateKey(bio.pointer, pointer, nil, nil, 0, nil, nil) == 1, .keyFailed,
            "Could not encode the private key.", function: "PEM_write_bio_PrivateKey")
        return bio.bytes
    }

    /// The DER SubjectPublicKeyInfo of the matching public key (RFC 5280 §4.1.2.7).
    package func subjectPublicKeyInfo() throws(CryptoIOError) -> [UInt8] {
        try checked(
            encodeDER { i2d_PUBKEY(pointer, $0) }, .keyFailed, "Could not encode the public key.", function: "i2d_PUBKEY")
    }

    deinit { EVP_PKEY_free(pointer) }
}
