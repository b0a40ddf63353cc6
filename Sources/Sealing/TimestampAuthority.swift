import CryptoIO

/// An RFC 3161 time-stamp authority: the in-process demo one, or a remote (qualified) one over HTTP.
package protocol TimestampAuthority {
    /// Time-stamps `digest` and returns the verified response (status, imprint, nonce, signature checked).
    /// - Throws: `SealingError` `.timestampFailed`; nothing may be sealed without a timestamp.
    func timestamp(_ digest: Digest) throws -> TimeStampProtocol.Response
}

extension TimestampAuthority {
    /// Time-stamps a SHA-256 digest.
    package func timestamp(_ digest: SHA256Digest) throws -> TimeStampProtocol.Response {
        try timestamp(Digest(digest))
    }
}

/// The embedded default: OpenSSL's TS responder in-process with the archive's demo TSA key.
package final class LocalTimestampAuthority: TimestampAuthority {
    private let authority: LocalTimeStampAuthority
    private let trustAnchors: [SigningCertificate]

    /// - Throws: `SealingError` `.timestampFailed` when the key or certificates cannot be used.
    package convenience init(keyPEM: [UInt8], certificatePEM: [UInt8], trustAnchorsPEM: [UInt8]) throws {
        let key: PrivateKey
        do {
            key = try PrivateKey(pem: keyPEM)
        } catch {
            throw SealingError(
                .timestampFailed,
                "The local time-stamp authority cannot start: \(error.message)",
                underlying: error
            )
        }
        try self.init(key: key, certificatePEM: certificatePEM, trustAnchorsPEM: trustAnchorsPEM)
    }

    /// An authority that signs with `key`, a file's or an HSM's (`HSMKey.privateKey(certificate:)`).
    /// - Throws: `SealingError` `.timestampFailed` when the key or certificates cannot be used.
    package init(key: PrivateKey, certificatePEM: [UInt8], trustAnchorsPEM: [UInt8]) throws {
        do {
            authority = try LocalTimeStampAuthority(key: key, certificatePEM: certificatePEM)
            trustAnchors = try SigningCertificate.all(pem: trustAnchorsPEM)
        } catch {
            throw SealingError(
                .timestampFailed,
                "The local time-stamp authority cannot start: \(error.message)",
                underlying: error
            )
        }
    }

    package func timestamp(_ digest: Digest) throws -> TimeStampProtocol.Response {
        do {
            let request = try TimeStampProtocol.request(for: digest)
            return try TimeStampProtocol.verify(
                response: try authority.respond(to: request.der),
                for: request,
                trustAnchors: trustAnchors
            )
        } catch {
            throw SealingError(
                .timestampFailed,
                "The local time-stamp authority failed: \(error.message)",
                underlying: error
            )
        }
    }
}
