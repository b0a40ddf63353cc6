import Foundation
import Lifecycle

/// What `export supervision` selects and the archived files it carries (SPEC "Exports").
extension SQLCatalog {
    package func certificatesWithEvents(policies: [String], from: Date?, to: Date?) throws -> [CertificateRef] {
        let millis = { (date: Date?) in date.map { Int64(($0.timeIntervalSince1970 * 1000).rounded()) } }
        let policyList = policies.isEmpty ? nil : String(decoding: try JSONEncoder().encode(policies), as: UTF8.self)
        let dialect = db.dialect
        return try db.rows(
            """
            WITH inPeriod AS (
              SELECT certIssuer, certSerial, predIssuer, predSerial, applicationId FROM event
              WHERE (\(dialect.isNull("?2", .bigint)) OR timeMs >= ?2)
                AND (\(dialect.isNull("?3", .bigint)) OR timeMs < ?3)
            ), hit(issuer, serial) AS (
              SELECT certIssuer, certSerial FROM inPeriod WHERE certIssuer IS NOT NULL
              UNION SELECT predIssuer, predSerial FROM inPeriod WHERE predIssuer IS NOT NULL
              UNION SELECT c.issuer, c.serial FROM inPeriod AS e JOIN auditCertificate AS c
                ON c.applicationId = e.applicationId WHERE e.applicationId IS NOT NULL
            )
            SELECT c.issuer, c.serial FROM hit JOIN auditCertificate AS c ON c.issuer = hit.issuer AND c.serial =
              hit.serial
            WHERE \(dialect.isNull("?1", .text)) OR c.policy IN (\(dialect.jsonTexts("?1")))
            ORDER BY c.issuer, c.serial
            """,
            [policyList, millis(from), millis(to)]
        ) { Self.ref($0) }
    }

    package func policy(of ref: CertificateRef) throws -> String? {
        try db.firstRow(
            "SELECT policy FROM auditCertificate WHERE issuer = ? AND serial = ?",
            [ref.issuer, ref.serial]
        ) {
            $0.text(0)
        } ?? nil
    }

    package func certificates(serial: String) throws -> [CertificateRef] {
        try db.rows("SELECT issuer, serial FROM auditCertificate WHERE serial = ? ORDER BY issuer", [serial]) {
            Self.ref($0)
        }
    }

    package func statusFiles(about ref: CertificateRef) throws -> [DropFileRecord] {
        try db.rows(
            """
            SELECT f.batchId, f.path, f.sha256, f.size, f.kind FROM crlEntry AS e
              JOIN crl AS l ON l.sha256 = e.crlSha256
              JOIN dropFile AS f ON f.batchId = l.batchId AND f.path = 'status/crl/' || l.fileName
              WHERE e.issuer = ?1 AND e.serial = ?2
            UNION
            SELECT f.batchId, f.path, f.sha256, f.size, f.kind FROM ocspAnswer AS a
              JOIN dropFile AS f ON f.batchId = a.batchId AND f.path = a.file
              WHERE a.issuer = ?1 AND a.serial = ?2 AND a.line IS NULL
            ORDER BY 2, 1
            """,
            [ref.issuer, ref.serial],
            Self.dropFile
        )
    }

    package func documentIDs(governing ref: CertificateRef) throws -> [DocumentID] {
        try db.rows(
            """
            WITH candidate AS (
              SELECT body, certIssuer, certSerial FROM event WHERE certIssuer = ?1 AND certSerial = ?2
              UNION ALL SELECT body, certIssuer, certSerial FROM event WHERE applicationId IN (
                SELECT applicationId FROM event WHERE certIssuer = ?1 AND certSerial = ?2 AND applicationId IS NOT NULL)
            ), about AS (  -- as documentReferences: the certificate's own events and its application's
              SELECT body FROM candidate WHERE certIssuer IS NULL OR (certIssuer = ?1 AND certSerial = ?2)
            ), named(id) AS (
              SELECT json_extract(body, '$.cp_cps_document') FROM about
              UNION SELECT json_extract(body, '$.terms_document') FROM about
              UNION SELECT json_extract(body, '$.pds_document') FROM about
            )
            SELECT id FROM named WHERE id IS NOT NULL ORDER BY id
            """,
            [ref.issuer, ref.serial]
        ) { DocumentID($0.text(0) ?? "") }
    }

    package func policyDocumentsInForce(policies: [String], from: Date?, to: Date?) throws -> [DocumentID] {
        let millis = { (date: Date?) in date.map { Int64(($0.timeIntervalSince1970 * 1000).rounded()) } }
        let wanted = Set(policies)
        let dialect = db.dialect
        return try db.rows(
            """
            SELECT id, policies FROM document WHERE kind IN ('cp', 'cps', 'cp_cps')
              AND (\(dialect.isNull("?1", .bigint)) OR effectiveFromMs < ?1)
              AND (\(dialect.isNull("?2", .bigint)) OR effectiveToMs IS NULL OR effectiveToMs > ?2)
            ORDER BY effectiveFromMs, id
            """,
            [millis(to), millis(from)]
        ) { (DocumentID($0.text(0) ?? ""), Set(($0.text(1) ?? "").split(separator: " ").map(String.init))) }
        .filter { wanted.isEmpty || !$0.1.isDisjoint(with: wanted) }.map(\.0)
    }

    package func dropFiles(kind: String) throws -> [DropFileRecord] {
        try db.rows(
            "SELECT batchId, path, sha256, size, kind FROM dropFile WHERE kind = ? ORDER BY batchId, path",
            [kind],
            Self.dropFile
        )
    }

    package func documentFiles(_ id: DocumentID) throws -> [DropFileRecord] {
        try db.rows(
            """
            SELECT f.batchId, f.path, f.sha256, f.size, f.kind FROM document AS d
              JOIN dropFile AS f ON f.batchId = d.batchId AND f.path IN (d.sourceFile, 'documents/' || d.file)
              WHERE d.id = ? ORDER BY f.path
            """,
            [id.rawValue],
            Self.dropFile
        )
    }

    package func batchSummaries() throws -> [BatchSummary] {
        let counts = try db.rows(
            """
            SELECT b.id,
              (SELECT count(*) FROM dropFile WHERE batchId = b.id), (SELECT count(*) FROM touched WHERE batchId = b.id),
              (SELECT count(*) FROM bundle WHERE batchId = b.id), (SELECT count(*) FROM reject WHERE batchId = b.id),
              (SELECT count(*) FROM finding WHERE batchId = b.id),
              (SELECT count(*) FROM finding WHERE resolvedByBatch = b.id)
            FROM batch AS b
            """
        ) {
            (
                $0.text(0) ?? "",
                (
                    $0.integer(1) ?? 0, $0.integer(2) ?? 0, $0.integer(3) ?? 0, $0.integer(4) ?? 0,
                    $0.integer(5) ?? 0, $0.integer(6) ?? 0
                )
            )
        }
        let byID = Dictionary(counts, uniquingKeysWith: { first, _ in first })
        return try batches().map { batch in
            let count = byID[batch.id.rawValue] ?? (0, 0, 0, 0, 0, 0)
            return BatchSummary(
                batch: batch,
                dropFiles: Int(count.0),
                certificatesTouched: Int(count.1),
                bundles: Int(count.2),
                rejects: Int(count.3),
                findings: Int(count.4),
                resolvedFindings: Int(count.5)
            )
        }
    }
}
