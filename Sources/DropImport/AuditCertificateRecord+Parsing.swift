import Catalog
import CryptoIO
import Foundation
import Lifecycle

extension AuditCertificateRecord {
    /// The catalog record of a parsed certificate: identity, validity, digests, key, policies and
    /// qcStatements. A malformed qcStatements extension does not make the certificate unreadable:
    /// it is kept with the reason, and the profile gates (ISS-002..004) report what is missing.
    /// - Throws: `EncodingError` only for a value JSON cannot hold.
    package init(
        parsing certificate: SigningCertificate,
        issuerVerified: Bool,
        batchID: BatchID,
        sourceFile: String
    ) throws {
        let qcJSON: String?
        switch Result(catching: { () throws(CryptoIOError) in try certificate.qcStatements() }) {
        case .success(let statements): qcJSON = try statements.map(DocumentJSON.normalized)
        case .failure(let error): qcJSON = try DocumentJSON.normalized(["malformed": error.message])
        }
        let der = certificate.der
        self.init(
            ref: CertificateRef(issuer: certificate.issuer, serial: certificate.serialHex),
            subject: certificate.subject,
            notBefore: certificate.notBefore,
            notAfter: certificate.notAfter,
            der: der,
            sha256: SHA256Digest.of(der).hex,
            spkiSHA256: SHA256Digest.of(certificate.subjectPublicKeyInfo).hex,
            issuerVerified: issuerVerified,
            keyAlgorithm: certificate.publicKeyAlgorithm.rawValue,
            keyBits: certificate.publicKeyBits,
            policyOIDs: (try? certificate.policyOIDs()) ?? [],
            qcStatementsJSON: qcJSON,
            batchID: batchID,
            sourceFile: sourceFile
        )
    }
}
