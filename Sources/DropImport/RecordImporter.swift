import CryptoIO
import Catalog
import Foundation
import Lifecycle
import Storage

/// Parses the records of one drop file into the catalog, counting and rejecting as it goes.
struct RecordImporter {
    let catalog: any ArchiveCatalog
    let batchID: BatchID
    var report: ImportReport

    private static let normalizer: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    mutating func importFile(_ entry: DropEntry, digest: SHA256Digest, size: Int64) throws {
        if size == 0, entry.kind != .documentFile {
            report.reject(entry.kind, file: entry.path, line: nil, RejectReason(.emptyFile, "The file is empty."))
            return
        }
        switch entry.kind {
        case .caCertificate, .certificate: try importCertificate(entry, digest: digest, size: size)
        case .events: try importEvents(entry)
        case .unrecognized:
            report.reject(.unrecognized, file: entry.path, line: nil, RejectReason(.unexpectedFile, "The file is not part of the drop layout (SPEC \"The drop\"); it was archived as-is but not read."))
        case .batchInfo, .documentMetadata, .documentFile, .crl, .crlPublications, .ocspLog, .ocspResponse, .qscd, .exception:
            // Archived as-is; parsed by the importers of issue #3.
            report.count(entry.kind) { $0.accepted += 0 }
        }
    }

    private mutating func importCertificate(_ entry: DropEntry, digest: SHA256Digest, size: Int64) throws {
        guard size <= ImportJob.maximumCertificateSize else {
            report.reject(entry.kind, file: entry.path, line: nil, RejectReason(.fileTooLarge, "The file has \(size) bytes; a certificate file is at most \(ImportJob.maximumCertificateSize)."))
            return
        }
        let bytes = try FileIO.read(entry.absolutePath)
        let parsed: SigningCertificate
        do {
            parsed = try SigningCertificate(pemOrDER: bytes)
        } catch {
            report.reject(entry.kind, file: entry.path, line: nil, RejectReason(.badCertificate, "The file is not a readable X.509 certificate in PEM or DER (\(error.message))."))
            return
        }
        let der = parsed.der
        if entry.kind == .caCertificate {
            try catalog.insertCACertificate(sha256: SHA256Digest.of(der).hex, subject: parsed.subject, der: der, batch: batchID)
            report.count(.caCertificate) { $0.accepted += 1 }
            return
        }
        let ref = CertificateRef(issuer: parsed.issuer, serial: parsed.serialHex)
        let authorities = try catalog.caCertificates(subject: ref.issuer).compactMap { try? SigningCertificate(der: $0) }
        let verified = authorities.contains { parsed.isSigned(by: $0) }
        if !authorities.isEmpty && !verified {
            report.reject(.certificate, file: entry.path, line: nil, RejectReason(.certificateSignature, "The certificate \(ref) does not verify against the CA certificate of \(ref.issuer)."))
            return
        }
        let record = AuditCertificateRecord(
            ref: ref, subject: parsed.subject, notBefore: parsed.notBefore, notAfter: parsed.notAfter, der: der,
            sha256: SHA256Digest.of(der).hex, spkiSHA256: SHA256Digest.of(parsed.subjectPublicKeyInfo).hex,
            issuerVerified: verified, batchID: batchID, sourceFile: entry.path)
        if try catalog.insert(record) {
            report.count(.certificate) { $0.accepted += 1 }
            try catalog.markTouched(ref, by: batchID)
        } else {
            report.count(.certificate) { $0.duplicates += 1 }
        }
    }

    private mutating func importEvents(_ entry: DropEntry) throws {
        let decoder = JSONDecoder()
        do {
            try JSONLines.forEach(path: entry.absolutePath, gzip: entry.path.hasSuffix(".gz")) { line in
                switch line {
                case .tooLong(let number, let length):
                    report.reject(.events, file: entry.path, line: number, RejectReason(.lineTooLong, "The line has \(length) bytes; a record is at most \(JSONLines.maximumLineLength)."))
                case .record(let number, let bytes):
                    try importEvent(bytes, file: entry.path, line: number, decoder: decoder)
                }
            }
        } catch let error as StorageError {
            throw error
        } catch let error as CatalogError {
            throw error
        } catch {
            // A corrupt gzip stream: the lines before it were imported, the rest of the file is unreadable.
            report.reject(.events, file: entry.path, line: nil, RejectReason(.corruptFile, "The compressed file is corrupt or truncated (\(error)); records after the damage were not read."))
        }
    }

    private mutating func importEvent(_ bytes: [UInt8], file: String, line: Int, decoder: JSONDecoder) throws {
        let event: LifecycleEvent
        do {
            event = try LifecycleEvent.decode(line: bytes, decoder: decoder)
        } catch {
            report.reject(.events, file: file, line: line, error)
            return
        }
        let normalized = String(decoding: try Self.normalizer.encode(event), as: UTF8.self)
        let stored = StoredEvent(
            event: event, normalizedJSON: normalized, contentSHA256: SHA256Digest.of(normalized).hex,
            batchID: batchID, file: file, line: line)
        switch try catalog.insert(stored) {
        case .inserted:
            report.count(.events) { $0.accepted += 1 }
            if let certificate = event.certificate { try catalog.markTouched(certificate, by: batchID) }
            if let predecessor = event.predecessor { try catalog.markTouched(predecessor, by: batchID) }
        case .duplicate:
            report.count(.events) { $0.duplicates += 1 }
        case .conflict(let firstBatch, let firstFile, let firstLine):
            report.reject(.events, file: file, line: line, RejectReason(.conflictingEventID, "The event_id \"\(event.eventID)\" was already imported with different content (batch \(firstBatch), \(firstFile) line \(firstLine)); the first version stands."))
        }
    }
}
