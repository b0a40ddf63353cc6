import CryptoIO
import Catalog
import Foundation
import Lifecycle
import Storage

extension RecordImporter {
    /// What a worker makes of one certificate file: its catalog record, checked against the CA
    /// certificates known when the run of certificate files began, or the reason it is rejected.
    enum CheckedCertificate: Sendable {
        case record(AuditCertificateRecord)
        case rejected(RejectReason)
    }

    /// A CA certificate file: kept by its DER digest, so that certificates and CRLs can be checked.
    mutating func importCACertificate(_ entry: DropEntry, size: Int64) throws {
        guard let bytes = try readWhole(entry, size: size) else { return }
        let parsed: SigningCertificate
        do {
            parsed = try SigningCertificate(pemOrDER: bytes)
        } catch {
            try reject(
                entry.kind,
                file: entry.path,
                line: nil,
                RejectReason(
                    .badCertificate,
                    "The file is not a readable X.509 certificate in PEM or DER (\(error.message))."
                )
            )
            return
        }
        let der = parsed.der
        let isNew = try catalog.insertCACertificate(
            sha256: SHA256Digest.of(der).hex,
            subject: parsed.subject,
            der: der,
            batch: batchID
        )
        report.count(.caCertificate) { if isNew { $0.accepted += 1 } else { $0.duplicates += 1 } }
    }

    /// A run of end-entity certificate files (the drop lists them together, after the CA
    /// certificates): read, parsed and verified on the other cores, recorded here in drop order.
    mutating func importCertificates(_ files: [(entry: DropEntry, size: Int64)]) throws {
        var authorities: [String: [SigningCertificate]] = [:]
        for der in try catalog.allCACertificates() {
            if let authority = try? SigningCertificate(der: der) {
                authorities[authority.subject, default: []].append(authority)
            }
        }
        let known = authorities
        let batchID = self.batchID
        var work = OrderedWork<(DropEntry, CheckedCertificate)>(limit: 64)
        for (index, file) in files.enumerated() {
            if index % Self.progressInterval == 0 { progress?(index) }
            for result in work.submit({
                (file.entry, try Self.check(file.entry, size: file.size, authorities: known, batchID: batchID))
            }) {
                try record(try result.get())
            }
        }
        for result in work.finish() { try record(try result.get()) }
    }

    /// Reads, parses and verifies one certificate file (on a worker: no catalog here).
    static func check(
        _ entry: DropEntry,
        size: Int64,
        authorities: [String: [SigningCertificate]],
        batchID: BatchID
    ) throws -> CheckedCertificate {
        guard size <= maximumDocumentSize else {
            return .rejected(
                RejectReason(
                    .fileTooLarge,
                    "The file has \(size) bytes; a \(entry.kind.rawValue) file is at most \(maximumDocumentSize)."
                )
            )
        }
        let parsed: SigningCertificate
        do {
            parsed = try SigningCertificate(pemOrDER: try FileIO.read(entry.absolutePath))
        } catch let error as CryptoIOError {
            return .rejected(
                RejectReason(
                    .badCertificate,
                    "The file is not a readable X.509 certificate in PEM or DER (\(error.message))."
                )
            )
        }
        let ref = CertificateRef(issuer: parsed.issuer, serial: parsed.serialHex)
        let issuers = authorities[ref.issuer] ?? []
        let verified = issuers.contains { parsed.isSigned(by: $0) }
        if !issuers.isEmpty && !verified {
            return .rejected(
                RejectReason(
                    .certificateSignature,
                    "The certificate \(ref) does not verify against the CA certificate of \(ref.issuer)."
                )
            )
        }
        return .record(
            try AuditCertificateRecord(
                parsing: parsed,
                issuerVerified: verified,
                batchID: batchID,
                sourceFile: entry.path
            )
        )
    }

    private mutating func record(_ checked: (entry: DropEntry, outcome: CheckedCertificate)) throws {
        let entry = checked.entry
        switch checked.outcome {
        case .rejected(let reason):
            try reject(.certificate, file: entry.path, line: nil, reason)
        case .record(let record):
            if try catalog.insert(record) {
                report.count(.certificate) { $0.accepted += 1 }
                try catalog.markTouched(record.ref, by: batchID)
            } else if let stored = try catalog.certificate(record.ref), stored.sha256 != record.sha256 {
                try reject(
                    .certificate,
                    file: entry.path,
                    line: nil,
                    RejectReason(
                        .conflictingEventID,
                        "Another certificate with issuer \(record.ref.issuer) and serial \(record.ref.serial) was "
                            + "already imported (\(stored.sourceFile), batch \(stored.batchID)); the first one stands."
                    )
                )
            } else {
                report.count(.certificate) { $0.duplicates += 1 }
            }
        }
    }
}
