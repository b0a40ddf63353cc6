import Foundation
import Lifecycle

/// The auditors' queries: all their SQL, behind `ArchiveCatalog`.
extension SQLCatalog {
    // Where `type` only narrows what another index finds, it is `dialect.unindexed`: SQLite (without
    // statistics) would otherwise walk every event of that type through the `event_type` index.
    // Orders that could tie end with `importOrder`, so that both databases answer the same bytes.

    /// Sets each matching certificate's origin (`auditCertificate.applicationId` and `policy`): the
    /// application of its issuance event (else of its renewal, re-key or modification), and that
    /// application's policy (of its first `application` event). `condition` is an SQL condition on
    /// `auditCertificate`.
    func originUpdates(where condition: String) -> [String] {
        let dialect = db.dialect
        return [
            """
            UPDATE auditCertificate SET applicationId = (SELECT j.applicationId FROM event AS j
                WHERE j.certIssuer = auditCertificate.issuer AND j.certSerial = auditCertificate.serial
                  AND \(dialect.unindexed("j.type")) IN ('issuance', 'renewal', 'rekey', 'modification')
                ORDER BY j.type = 'issuance' DESC, j.timeMs, j.\(dialect.importOrder) LIMIT 1)
              WHERE \(condition)
            """,
            """
            UPDATE auditCertificate SET policy = (SELECT json_extract(a.body, '$.policy') FROM event AS a
                WHERE a.applicationId = auditCertificate.applicationId
                  AND \(dialect.unindexed("a.type")) = 'application'
                ORDER BY a.\(dialect.importOrder) LIMIT 1)
              WHERE \(condition)
            """,
        ]
    }

    /// Sets each matching certificate's `eventCount` (`coverage`): its own events and its origin
    /// application's events that name no certificate. Runs after `originUpdates`.
    func countUpdate(where condition: String) -> String {
        """
        UPDATE auditCertificate SET eventCount =
            (SELECT count(*) FROM event AS e WHERE e.certIssuer = auditCertificate.issuer
               AND e.certSerial = auditCertificate.serial)
            + (SELECT count(*) FROM event AS e WHERE e.applicationId = auditCertificate.applicationId
               AND e.certIssuer IS NULL)
          WHERE \(condition)
        """
    }

    /// Sets the certificate `certificates-under-document` attributes each matching application-level
    /// `documentUse` row to: the application's first certificate, in time and then in import order.
    /// `condition` is an SQL condition on `documentUse`.
    func firstCertificateUpdate(where condition: String) -> String {
        """
        UPDATE documentUse SET (firstIssuer, firstSerial) = (SELECT f.certIssuer, f.certSerial FROM event AS f
            WHERE f.applicationId = documentUse.applicationId AND f.certIssuer IS NOT NULL
            ORDER BY f.timeMs, f.\(db.dialect.importOrder) LIMIT 1)
          WHERE certIssuer IS NULL AND \(condition)
        """
    }

    /// Every certificate whose own or application's events a batch added is touched by it
    /// (`touchCertificatesOfApplications`), so its origin and counts are set here; an application's
    /// first certificate can only change with an event of that application.
    package func refreshOrigins(touchedIn batch: BatchID?) throws {
        if let refresh = db.dialect.statisticsRefresh { try db.execute(script: refresh) }
        let all = db.dialect.isNull("?1", .text)
        let touched =
            batch == nil ? all : "(issuer, serial) IN (SELECT issuer, serial FROM touched WHERE batchId = ?1)"
        let applications =
            batch == nil ? all : "applicationId IN (SELECT applicationId FROM event WHERE batchId = ?1)"
        let statements =
            originUpdates(where: touched) + [
                countUpdate(where: touched), firstCertificateUpdate(where: applications),
            ]
        for statement in statements { try db.execute(statement, [batch?.rawValue]) }
    }

    private static func ms(_ date: Date?) -> Int64? { date.map { Int64(($0.timeIntervalSince1970 * 1000).rounded()) } }

    package func forEachCertificateSummary(
        policy: String?,
        from: Date?,
        to: Date?,
        _ body: (CertificateSummary) throws -> Void
    ) throws {
        let asOf = Self.ms(to ?? Date())
        let dialect = db.dialect
        try db.forEachRow(
            """
            SELECT c.issuer, c.serial, c.subject, c.policy, c.applicationId, c.notBefore, c.notAfter,
              (SELECT min(coalesce(json_extract(r.body, '$.revoked_at'), r.time)) FROM event AS r WHERE r.certIssuer =
                c.issuer
                 AND r.certSerial = c.serial AND \(dialect.unindexed("r.type")) = 'revocation'
                 AND coalesce(json_extract(r.body, '$.reason'), '') != 'certificateHold' AND r.timeMs < ?6),
              (SELECT s.type FROM event AS s WHERE s.certIssuer = c.issuer AND s.certSerial = c.serial
                 AND \(dialect.unindexed("s.type")) IN ('suspension', 'suspension_lifted') AND s.timeMs < ?6
                 ORDER BY s.timeMs DESC, s.\(dialect.importOrder) LIMIT 1)
            FROM auditCertificate AS c
            WHERE (\(dialect.isNull("?1", .text)) OR c.policy = ?1) AND (\(dialect.isNull("?2", .bigint))
              OR c.notBefore >= ?4) AND (\(dialect.isNull("?3", .bigint)) OR c.notBefore < ?5)
            ORDER BY c.notBefore, c.issuer, c.serial
            """,
            [policy, Self.ms(from), Self.ms(to), from.map(RFC3339.format), to.map(RFC3339.format), asOf]
        ) {
            try body(
                CertificateSummary(
                    ref: Self.ref($0),
                    subject: $0.text(2) ?? "",
                    policy: $0.text(3),
                    applicationID: $0.text(4),
                    notBefore: $0.text(5) ?? "",
                    notAfter: $0.text(6) ?? "",
                    revokedAt: $0.text(7),
                    suspended: $0.text(8) == "suspension"
                )
            )
        }
    }

    package func forEachRevocationTiming(
        policy: String?,
        from: Date?,
        to: Date?,
        _ body: (RevocationTiming) throws -> Void
    ) throws {
        let dialect = db.dialect
        try db.forEachRow(
            """
            SELECT q.certIssuer, q.certSerial, o.policy, json_extract(q.body, '$.request_id'), json_extract(q.body,
              '$.received_at'),
              coalesce(json_extract(r.body, '$.revoked_at'), r.time),
              (SELECT min(p.publishedAtMs) FROM crlEntry AS e JOIN crlPublication AS p ON p.crlSha256 = e.crlSha256
                 WHERE e.issuer = q.certIssuer AND e.serial = q.certSerial AND coalesce(e.reason, '') !=
                   'certificateHold'),
              (SELECT min(a.producedAtMs) FROM ocspAnswer AS a WHERE a.issuer = q.certIssuer AND a.serial = q.certSerial
                 AND a.status = 'revoked' AND coalesce(a.revocationReason, '') != 'certificateHold')
            FROM event AS q
            LEFT JOIN event AS r ON \(dialect.unindexed("r.type")) = 'revocation' AND r.certIssuer = q.certIssuer
              AND r.certSerial = q.certSerial
              AND json_extract(r.body, '$.request_id') = json_extract(q.body, '$.request_id')
            LEFT JOIN auditCertificate AS o ON o.issuer = q.certIssuer AND o.serial = q.certSerial
            WHERE q.type = 'revocation_request' AND (\(dialect.isNull("?1", .text)) OR o.policy = ?1)
              AND (\(dialect.isNull("?2", .bigint)) OR json_extract(q.body, '$.received_at') >= ?4)
              AND (\(dialect.isNull("?3", .bigint)) OR json_extract(q.body, '$.received_at') < ?5)
            ORDER BY json_extract(q.body, '$.received_at'), q.certIssuer, q.certSerial, q.\(dialect.importOrder),
              r.\(dialect.importOrder)
            """,
            [policy, Self.ms(from), Self.ms(to), from.map(RFC3339.format), to.map(RFC3339.format)]
        ) {
            try body(
                RevocationTiming(
                    ref: Self.ref($0),
                    policy: $0.text(2),
                    requestID: $0.text(3) ?? "",
                    receivedAt: $0.text(4) ?? "",
                    revokedAt: $0.text(5),
                    firstCRLPublishedAt: $0.integer(6).map {
                        RFC3339.format(Date(timeIntervalSince1970: Double($0) / 1000))
                    },
                    firstOCSPRevokedAt: $0.integer(7).map {
                        RFC3339.format(Date(timeIntervalSince1970: Double($0) / 1000))
                    }
                )
            )
        }
    }

    /// SQLite reads every QSCD verification first and looks its certification up for each; the
    /// `EXISTS`, evaluated once before, skips that when no certification is withdrawn or expired
    /// (3.4 s → 0.02 s for the empty answer at 1,000,000 certificates). Driving from the few
    /// certifications through `event_qscdCertification` instead was slower for a full answer
    /// (283,720 rows: 6.8 s against 4.3 s).
    package func forEachQSCDExposure(
        certificationID: CertificationID?,
        _ body: (QSCDExposure) throws -> Void
    ) throws {
        let dialect = db.dialect
        // `q.fromMs` is selected because PostgreSQL orders a DISTINCT by selected columns only.
        try db.forEachRow(
            """
            SELECT DISTINCT q.certificationId, q.model, q.status, q.fromTime, i.certIssuer, i.certSerial, c.notBefore,
              c.notAfter,
              (SELECT min(coalesce(json_extract(r.body, '$.revoked_at'), r.time)) FROM event AS r WHERE r.certIssuer =
                i.certIssuer
                 AND r.certSerial = i.certSerial AND \(dialect.unindexed("r.type")) = 'revocation'
                 AND coalesce(json_extract(r.body, '$.reason'), '') != 'certificateHold'),
              q.fromMs
            FROM qscdCertification AS q
            JOIN event AS v ON v.type = 'qscd_verification' AND json_extract(v.body, '$.certification_id') =
              q.certificationId
            JOIN event AS i ON i.applicationId = v.applicationId AND i.certIssuer IS NOT NULL
            JOIN auditCertificate AS c ON c.issuer = i.certIssuer AND c.serial = i.certSerial
            WHERE q.status != 'certified' AND (\(dialect.isNull("?1", .text)) OR q.certificationId = ?1)
              AND EXISTS (SELECT 1 FROM qscdCertification AS w WHERE w.status != 'certified'
                AND (\(dialect.isNull("?1", .text)) OR w.certificationId = ?1))
            ORDER BY q.certificationId, q.fromMs, i.certIssuer, i.certSerial, q.status
            """,
            [certificationID?.rawValue]
        ) {
            try body(
                QSCDExposure(
                    certificationID: $0.text(0) ?? "",
                    model: $0.text(1) ?? "",
                    status: $0.text(2) ?? "",
                    from: $0.text(3) ?? "",
                    ref: CertificateRef(issuer: $0.text(4) ?? "", serial: $0.text(5) ?? ""),
                    notBefore: $0.text(6) ?? "",
                    notAfter: $0.text(7) ?? "",
                    revokedAt: $0.text(8)
                )
            )
        }
    }

    package func forEachStatusBeyondExpiry(asOf: Date, _ body: (StatusBeyondExpiry) throws -> Void) throws {
        try db.forEachRow(
            """
            SELECT c.issuer, c.serial, c.notAfter, min(coalesce(json_extract(r.body, '$.revoked_at'), r.time)),
              (SELECT p.publishedAt FROM crlEntry AS e JOIN crlPublication AS p ON p.crlSha256 = e.crlSha256
                 WHERE e.issuer = c.issuer AND e.serial = c.serial AND p.publishedAtMs > unixepoch(c.notAfter) * 1000
                   AND p.publishedAtMs < ?1
                 ORDER BY p.publishedAtMs DESC, p.publishedAt DESC LIMIT 1),
              (SELECT a.producedAt FROM ocspAnswer AS a WHERE a.issuer = c.issuer AND a.serial = c.serial AND
                a.status = 'revoked' AND a.producedAtMs > unixepoch(c.notAfter) * 1000 AND a.producedAtMs < ?1
                 ORDER BY a.producedAtMs DESC, a.producedAt DESC LIMIT 1)
            FROM event AS r JOIN auditCertificate AS c ON c.issuer = r.certIssuer AND c.serial = r.certSerial
            WHERE r.type = 'revocation' AND coalesce(json_extract(r.body, '$.reason'), '') != 'certificateHold' AND
              unixepoch(c.notAfter) * 1000 < ?1 AND r.timeMs < ?1
            GROUP BY c.issuer, c.serial ORDER BY c.notAfter, c.issuer, c.serial
            """,
            [Self.ms(asOf)]
        ) {
            try body(
                StatusBeyondExpiry(
                    ref: Self.ref($0),
                    notAfter: $0.text(2) ?? "",
                    revokedAt: $0.text(3) ?? "",
                    lastCRLListingPublishedAt: $0.text(4),
                    lastOCSPRevokedAt: $0.text(5)
                )
            )
        }
    }

    package func coverage() throws -> [PolicyCoverage] {
        var rows: [String: PolicyCoverage] = [:]
        func row(_ policy: String) -> PolicyCoverage {
            rows[policy] ?? PolicyCoverage(policy: policy, certificates: 0, events: 0, bundles: 0, findingsByRule: [:])
        }
        // Grouped on the index's own column; NULL and a policy literally named "(unknown)" are one row.
        try db.forEachRow(
            """
            SELECT policy, count(*), sum(eventCount), sum(bundleCount)
            FROM \(db.dialect.from("auditCertificate", indexedBy: "auditCertificate_coverage")) GROUP BY policy
            """
        ) { counts in
            let policy = counts.text(0) ?? "(unknown)"
            var coverage = row(policy)
            coverage.certificates += Int(counts.integer(1) ?? 0)
            coverage.events += Int(counts.integer(2) ?? 0)
            coverage.bundles += Int(counts.integer(3) ?? 0)
            rows[policy] = coverage
        }
        try db.forEachRow(
            "SELECT coalesce(policy, '(unknown)'), rule, count(*) FROM finding WHERE state = 'open' GROUP BY 1, 2"
        ) { counts in
            let policy = counts.text(0) ?? ""
            var coverage = row(policy)
            coverage.findingsByRule[counts.text(1) ?? "", default: 0] += Int(counts.integer(2) ?? 0)
            rows[policy] = coverage
        }
        return rows.values.sorted { $0.policy < $1.policy }
    }

    /// Every event that names `document`, in time order, from `documentUse` alone (a document can
    /// govern a million certificates): an application-level event is attributed to the application's
    /// first certificate, kept there by `refreshOrigins`.
    package func forEachDocumentReference(
        naming document: DocumentID,
        _ body: (DocumentReference) throws -> Void
    ) throws {
        try db.forEachRow(
            """
            SELECT eventId, type, time, field, coalesce(certIssuer, firstIssuer),
              CASE WHEN certIssuer IS NOT NULL THEN certSerial ELSE firstSerial END
            FROM documentUse WHERE documentId = ?1 ORDER BY timeMs, eventId, field
            """,
            [document.rawValue],
            statementsInBody: true  // the answer looks each document version up
        ) { row in
            let ref = row.text(4).map { CertificateRef(issuer: $0, serial: row.text(5) ?? "") }
            try body(
                DocumentReference(
                    ref: ref,
                    eventID: row.text(0) ?? "",
                    eventType: row.text(1) ?? "",
                    eventTime: row.text(2) ?? "",
                    field: DocumentField(rawValue: Int(row.integer(3) ?? 0))?.name ?? "",
                    documentID: document.rawValue
                )
            )
        }
    }

    package func rejectCount() throws -> Int {
        Int(try db.firstRow("SELECT count(*) FROM reject") { $0.integer(0) ?? 0 } ?? 0)
    }

    package func documentReferences(certificate: CertificateRef) throws -> [DocumentReference] {
        var references: [DocumentReference] = []
        let events = try self.events(about: certificate).filter {
            $0.event.certificate == certificate || $0.event.certificate == nil
        }
        for stored in events {
            let event = stored.event
            for (field, id) in event.documentFields {
                references.append(
                    DocumentReference(
                        ref: certificate,
                        eventID: event.eventID.rawValue,
                        eventType: event.type.rawValue,
                        eventTime: event.time,
                        field: field.name,
                        documentID: id.rawValue
                    )
                )
            }
        }
        return references
    }
}
