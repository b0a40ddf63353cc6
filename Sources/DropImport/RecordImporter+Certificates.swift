import CryptoIO
import Catalog
import Foundation
import Lifecycle
import Storage

extension RecordImporter {
    mutating func importCertificate(_ entry: DropEntry, size: Int64) throws {
        guard let bytes = try readWhole(entry, size: size) else { return }
        let parsed: SigningCertificate
        do {
            parsed = try SigningCertificate(pemOrDER: bytes)
        } catch {
            report.reject(entry.kind, file: entry.path, line: nil, RejectReason(.badCertificate, "The file is not a readable X.509 certificate in PEM or DER (\(error.message))."))
            return
        }
        let der = parsed.der
        let derDigest = SHA256Digest.of(der).hex
        if entry.kind == .caCertificate {
            let isNew = try catalog.insertCACertificate(sha256: derDigest, subject: parsed.subject, der: der, batch: batchID)
            report.count(.caCertificate) { if isNew { $0.accepted += 1 } else { $0.duplicates += 1 } }
            return
        }
        let ref = CertificateRef(issuer: parsed.issuer, serial: parsed.serialHex)
        let authorities = try catalog.caCertificates(subject: ref.issuer).compactMap { try? SigningCertificate(der: $0) }
        let verified = authorities.contains { parsed.isSigned(by: $0) }
        if !authorities.isEmpty && !verified {
            report.reject(.certificate, file: entry.path, line: nil, RejectReason(.certificateSignature, "The certificate \(ref) does not verify against the CA certificate of \(ref.issuer)."))
            return
        }
        // A malformed qcStatements extension does not make the certificate unreadable: it is kept
        // with the reason, and the profile gates (ISS-002..004) report what is missing.
        let qcJSON: String?
        switch Result(catching: { () throws(CryptoIOError) in try parsed.qcStatements() }) {
        case .success(let statements): qcJSON = try statements.map { try normalized($0).json }
        case .failure(let error): qcJSON = try normalized(["malformed": error.message]).json
        }
        let record = AuditCertificateRecord(
            ref: ref, subject: parsed.subject, notBefore: parsed.notBefore, notAfter: parsed.notAfter, der: der,
            sha256: derDigest, spkiSHA256: SHA256Digest.of(parsed.subjectPublicKeyInfo).hex, issuerVerified: verified,
            keyAlgorithm: parsed.publicKeyAlgorithm.rawValue, keyBits: parsed.publicKeyBits,
            policyOIDs: (try? parsed.policyOIDs()) ?? [], qcStatementsJSON: qcJSON, batchID: batchID, sourceFile: entry.path)
        if try catalog.insert(record) {
            report.count(.certificate) { $0.accepted += 1 }
            try catalog.markTouched(ref, by: batchID)
        } else {
            report.count(.certificate) { $0.duplicates += 1 }
        }
    }
}
