import CryptoIO
import Foundation
import Storage

/// A demo certificate authority of an archive and the one key it certified: clearly named as demo
/// and not qualified. The CA's key signs the certificate and one CRL, then is discarded, so nothing
/// more can be issued or revoked under it; the CRL, kept in `trust/crls/`, is the status evidence
/// sealed with every batch that uses the key (SPEC "Evidence over time").
struct DemoAuthority {
    var certificate: SigningCertificate
    var key: PrivateKey
    var authority: SigningCertificate
    /// DER; valid until the CA expires.
    var revocationList: [UInt8]

    static let timestampingExtensions = [
        ("keyUsage", "critical,digitalSignature"), ("extendedKeyUsage", "critical,timeStamping"),
    ]

    /// Makes a self-signed demo CA, a leaf under it and the CA's only CRL (nothing revoked).
    static func issue(purpose: String, start: Date, end: Date, leafExtensions: [(String, String)]) throws -> Self {
        let authorityKey = try PrivateKey.generateP256()
        let authority = try CertificateBuilder(
            subject: [("O", "qcarchive demo (NOT QUALIFIED)"), ("CN", "qcarchive DEMO \(purpose) CA - not qualified")],
            notBefore: start,
            notAfter: end,
            extensions: [
                ("basicConstraints", "critical,CA:TRUE,pathlen:0"), ("keyUsage", "critical,keyCertSign,cRLSign"),
                ("subjectKeyIdentifier", "hash"),
            ]
        ).issue(for: authorityKey, issuer: nil, issuerKey: authorityKey)
        let key = try PrivateKey.generateP256()
        let certificate = try CertificateBuilder(
            subject: [
                ("O", "qcarchive demo (NOT QUALIFIED)"), ("CN", "qcarchive DEMO \(purpose) key - not qualified"),
            ],
            notBefore: start,
            notAfter: end,
            extensions: [
                ("basicConstraints", "critical,CA:FALSE"), ("subjectKeyIdentifier", "hash"),
                ("authorityKeyIdentifier", "keyid:always"),
            ] + leafExtensions
        ).issue(for: key, issuer: authority, issuerKey: authorityKey)
        let revocationList = try RevocationListBuilder(thisUpdate: start, nextUpdate: end, crlNumber: 1, entries: [])
            .issue(issuer: authority, key: authorityKey)
        return DemoAuthority(certificate: certificate, key: key, authority: authority, revocationList: revocationList)
    }

    /// Writes the CA's CRL to `trust/crls/<CA SHA-256>.crl`.
    /// - Throws: `StorageError`.
    func publishRevocationList(in layout: ArchiveLayout) throws {
        try FileIO.makeDirectory(layout.trustCRLs)
        try FileIO.writeAtomically(
            revocationList,
            to: layout.trustCRLs + "/\(SHA256Digest.of(authority.der).hex).crl"
        )
    }
}
