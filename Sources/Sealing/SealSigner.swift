import CryptoIO

/// Makes the archive's detached CMS signatures (RFC 5652, DER, SHA-256, signer certificate included).
/// The local key is the embedded default; an HSM (PKCS#11) signer is another conformance.
package protocol SealSigner: Sendable {
    /// Signs `content` and returns the DER `ContentInfo` of a detached SignedData.
    /// - Throws: `SealingError` `.signingFailed`.
    func sign(_ content: [UInt8]) throws -> [UInt8]
}

/// Signs with a private key and its certificate through OpenSSL: a key file, or a key in an HSM
/// (`HSMKey`), whose signatures OpenSSL asks the token for. Shared across the bundle workers:
/// OpenSSL keys and certificates are safe to use concurrently for signing as long as nothing
/// changes them, and nothing does after `init`; an HSM key signs through a session per worker.
package final class LocalKeySigner: SealSigner, @unchecked Sendable {
    private let key: PrivateKey
    private let certificate: SigningCertificate
    private let chain: [SigningCertificate]

    /// Loads the key and certificate PEM files.
    /// - Throws: `SealingError` `.signingFailed` when either cannot be read or they do not belong together.
    package convenience init(keyPEM: [UInt8], certificatePEM: [UInt8]) throws {
        let key: PrivateKey
        do {
            key = try PrivateKey(pem: keyPEM)
        } catch {
            throw SealingError(
                .signingFailed,
                "The sealing key or certificate cannot be read: \(error.message)",
                underlying: error
            )
        }
        try self.init(key: key, certificatePEM: certificatePEM)
    }

    /// Signs with `key` (a file's, or an HSM's made with `HSMKey.privateKey(certificate:)`).
    /// - Throws: `SealingError` `.signingFailed` when the certificates cannot be read or the key does not
    ///   belong to the first.
    package init(key: PrivateKey, certificatePEM: [UInt8]) throws {
        self.key = key
        do {
            let certificates = try SigningCertificate.all(pem: certificatePEM)
            certificate = certificates[0]
            // The intermediates travel with each signature; the self-signed root does not: verifiers
            // take it from trust/seal-ca.pem, and each certificate in a signature costs every
            // verification a parse (OpenSSL 3 decodes each public key eagerly).
            chain = certificates.dropFirst().filter { !$0.isSigned(by: $0) || $0.subject != $0.issuer }
            guard try key.subjectPublicKeyInfo() == certificate.subjectPublicKeyInfo else {
                throw SealingError(
                    .signingFailed,
                    "The sealing key does not match the sealing certificate \(certificate.subject)."
                )
            }
        } catch let error as CryptoIOError {
            throw SealingError(
                .signingFailed,
                "The sealing key or certificate cannot be read: \(error.message)",
                underlying: error
            )
        }
    }

    package func sign(_ content: [UInt8]) throws -> [UInt8] {
        do {
            return try CMSSignature.sign(content, certificate: certificate, key: key, chain: chain)
        } catch {
            throw SealingError(.signingFailed, "The sealing key did not sign: \(error.message)", underlying: error)
        }
    }
}
