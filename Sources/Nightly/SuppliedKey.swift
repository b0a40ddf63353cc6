import CryptoIO
import Foundation
import Sealing

/// A sealing or TSA key the operator gives (`init`, `keys rotate`): a PEM key file, which the archive
/// copies into `keys/`, or a `pkcs11:` URI of a key in an HSM, which nothing copies.
package struct SuppliedKey {
    package enum Source: Equatable {
        case pem([UInt8])
        /// An RFC 7512 URI (checked by `HSMKey.parse`).
        case pkcs11(String)
    }

    package var source: Source
    /// The signer certificate first, then its chain up to a self-signed root.
    package var certificatePEM: [UInt8]

    package init(source: Source, certificatePEM: [UInt8]) {
        self.source = source
        self.certificatePEM = certificatePEM
    }

    /// The URI when the key is in an HSM.
    package var uri: String? {
        if case .pkcs11(let uri) = source { return uri }
        return nil
    }

    /// The certificates of `certificatePEM`.
    /// - Throws: `CryptoIOError` `.certificateFailed`.
    package var certificates: [SigningCertificate] {
        get throws { try SigningCertificate.all(pem: certificatePEM) }
    }

    /// The key, opened: a file key checked against the first certificate, an HSM key through `module`.
    /// - Throws: `CryptoIOError` `.keyFailed` for a file key of another certificate; `SealingError`
    ///   `.signingFailed` for an HSM key that cannot be opened (its own message per failure).
    package func open(role: String, module: String) throws -> PrivateKey {
        let certificate = try certificates[0]
        switch source {
        case .pem(let pem):
            let key = try PrivateKey(pem: pem)
            guard try key.subjectPublicKeyInfo() == certificate.subjectPublicKeyInfo else {
                throw CryptoIOError(
                    .keyFailed,
                    "The \(role) does not belong to the first certificate of its certificate file."
                )
            }
            return key
        case .pkcs11(let uri):
            return try HSMKey(uri, role: role, module: module).privateKey(certificate: certificate)
        }
    }

    /// A test seal by the key must verify under the chain's own root at `time`, before anything relies on it.
    /// - Throws: `SealingError` `.signingFailed`, `CryptoIOError`.
    package func probeSealing(module: String, at time: Date) throws {
        let signer = try LocalKeySigner(
            key: try open(role: "sealing key", module: module),
            certificatePEM: certificatePEM
        )
        try Archive.probe(signer, anchorsPEM: try root().pem, at: time)
    }

    /// A test time-stamp by the key as the local TSA must verify under the chain's own root.
    /// - Throws: `SealingError` `.timestampFailed` or `.signingFailed`, `CryptoIOError`.
    package func probeTimestamping(module: String) throws {
        _ = try LocalTimestampAuthority(
            key: try open(role: "TSA key", module: module),
            certificatePEM: certificatePEM,
            trustAnchorsPEM: try root().pem
        ).timestamp(SHA256Digest.of(Array("qcarchive: does the TSA key sign?".utf8)))
    }

    /// The self-signed root the chain ends in (it becomes a trust anchor).
    /// - Throws: `CryptoIOError` `.certificateFailed`.
    package func root() throws -> SigningCertificate {
        guard let root = try certificates.last, root.isSigned(by: root) else {
            throw CryptoIOError(
                .certificateFailed,
                "The certificate file must hold the signer certificate and its chain up to a self-signed root."
            )
        }
        return root
    }
}
