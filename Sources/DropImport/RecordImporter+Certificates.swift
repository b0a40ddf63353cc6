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
        let record = try AuditCertificateRecord(parsing: parsed, issuerVerified: verified, batchID: batchID, sourceFile: entry.path)
        if try catalog.insert(record) {
            report.count(.certificate) { $0.accepted += 1 }
            try catalog.markTouched(ref, by: batchID)
        } else if let stored = try catalog.certificate(record.ref), stored.sha256 != record.sha256 {
            report.reject(.certificate, file: entry.path, line: nil, RejectReason(.conflictingEventID, "Another certificate with issuer \(record.ref.issuer) and serial \(record.ref.serial) was already imported (\(stored.sourceFile), batch \(stored.batchID)); the first one stands."))
        } else {
            report.count(.certificate) { $0.duplicates += 1 }
        }
    }
}
