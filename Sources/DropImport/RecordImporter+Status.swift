import CryptoIO
import Catalog
import Foundation
import Lifecycle

extension RecordImporter {
    /// The catalog's form of a CRL's reach; nil for a complete CRL of the whole issuer.
    static func scope(_ reach: CRLReach) -> CRLScope? {
        let scope = CRLScope(
            deltaOf: reach.baseCRLNumber,
            distributionPoints: reach.distributionPoints,
            onlyUserCertificates: reach.onlyUserCertificates,
            onlyCACertificates: reach.onlyCACertificates,
            onlyAttributeCertificates: reach.onlyAttributeCertificates,
            onlySomeReasons: reach.onlySomeReasons
        )
        return scope.isWhole ? nil : scope
    }

    /// A CRL: parsed, its signature verified against the issuing CA, its entries stored; a
    /// certificate listed for the first time is touched (its status evidence changed).
    mutating func importCRL(_ entry: DropEntry, digest: SHA256Digest, size: Int64) throws {
        guard let bytes = try readWhole(entry, size: size) else { return }
        let list: RevocationList
        let reach: CRLReach
        do {
            list = try RevocationList(pemOrDER: bytes)
            reach = try CRLReach(of: list)
        } catch {
            try reject(
                .crl,
                file: entry.path,
                line: nil,
                RejectReason(.badCRL, "The file is not a readable CRL in DER or PEM (\(error.message)).")
            )
            return
        }
        let authorities = try catalog.caCertificates(subject: list.issuer).compactMap {
            try? SigningCertificate(der: $0)
        }
        guard authorities.contains(where: { list.isSigned(by: $0) }) else {
            let why =
                authorities.isEmpty
                ? "no CA certificate of \(list.issuer) is in the drop or the archive"
                : "it does not verify with the key of \(list.issuer)"
            try reject(
                .crl,
                file: entry.path,
                line: nil,
                RejectReason(.crlSignature, "The CRL's signature cannot be trusted: \(why).")
            )
            return
        }
        let entries = list.entries.map {
            CRLRecord.Entry(serial: $0.serialHex, revokedAt: $0.revocationDate, reason: $0.reason)
        }
        let record = CRLRecord(
            sha256: digest.hex,
            issuer: list.issuer,
            crlNumber: list.crlNumber,
            thisUpdate: list.thisUpdate,
            nextUpdate: list.nextUpdate,
            fileName: String(entry.path.split(separator: "/").last ?? ""),
            entries: entries,
            batchID: batchID,
            scope: Self.scope(reach)
        )
        guard try catalog.insert(record) else {
            report.count(.crl) { $0.duplicates += 1 }
            return
        }
        report.count(.crl) { $0.accepted += 1 }
        for item in entries {
            let ref = CertificateRef(issuer: list.issuer, serial: item.serial)
            if try !catalog.isListedOnEarlierCRL(ref, excluding: digest.hex) {
                try catalog.markTouched(ref, by: batchID)
            }
        }
    }

    mutating func importCRLPublications(_ entry: DropEntry) throws {
        try forEachRecord(entry, CRLPublication.self) { importer, line, publication in
            // A CRL of this drop is the one published; if it was rejected, the publication is too.
            let crl: String?
            if let inDrop = importer.digests["status/crl/" + publication.crl] {
                crl = try importer.catalog.crlSHA256(fileName: publication.crl) == inDrop.hex ? inDrop.hex : nil
            } else {
                crl = try importer.catalog.crlSHA256(fileName: publication.crl)
            }
            guard let crl else {
                try importer.reject(
                    .crlPublications,
                    file: entry.path,
                    line: line,
                    RejectReason(
                        .invalidValue,
                        "The publication names status/crl/\(publication.crl), which is not an accepted CRL of this "
                            + "drop or the archive."
                    )
                )
                return
            }
            let isNew = try importer.catalog.insert(
                publication,
                crlSHA256: crl,
                source: importer.source(entry, line: line)
            )
            importer.report.count(.crlPublications) { if isNew { $0.accepted += 1 } else { $0.duplicates += 1 } }
        }
    }

    /// OCSP responder log lines; an answer other than `good` touches its certificate. Plain `good`
    /// answers are kept in the catalog and go into the next bundle version made for other reasons.
    mutating func importOCSPLog(_ entry: DropEntry) throws {
        try forEachRecord(entry, OCSPLogEntry.self) { importer, line, answer in
            try importer.store(answer, kind: .ocspLog, source: importer.source(entry, line: line))
        }
    }

    /// A raw DER OCSPResponse (RFC 6960): each SingleResponse becomes an answer like a log line.
    mutating func importOCSPResponse(_ entry: DropEntry, size: Int64) throws {
        guard let bytes = try readWhole(entry, size: size) else { return }
        let issuers = try catalog.allCACertificates().compactMap { try? SigningCertificate(der: $0) }
        let answers: [OCSPAnswer]
        do {
            answers = try OCSPResponseParser.answers(der: bytes, issuers: issuers)
        } catch {
            try reject(
                .ocspResponse,
                file: entry.path,
                line: nil,
                RejectReason(.corruptFile, "The file is not a successful DER OCSP response (\(error.message)).")
            )
            return
        }
        for answer in answers {
            guard let issuer = answer.issuer else {
                try reject(
                    .ocspResponse,
                    file: entry.path,
                    line: nil,
                    RejectReason(
                        .invalidValue,
                        "The answer for serial \(answer.serialHex) names an issuer that matches no CA certificate of "
                            + "the drop or the archive."
                    )
                )
                continue
            }
            let line = OCSPLogEntry(
                producedAt: RFC3339.format(answer.producedAt),
                issuer: issuer,
                serial: answer.serialHex,
                status: answer.status.rawValue,
                revocationTime: answer.revocationTime.map(RFC3339.format),
                revocationReason: answer.revocationReason,
                responder: answer.responder
            )
            try store(line, kind: .ocspResponse, source: source(entry, line: nil))
        }
    }

    private mutating func store(_ answer: OCSPLogEntry, kind: DropFileKind, source: RecordSource) throws {
        pendingAnswers.append((answer, source, kind))
        if pendingAnswers.count >= Self.bulkSize { try flushPending() }
    }
}
