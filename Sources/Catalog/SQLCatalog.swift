import Foundation
import Lifecycle

/// The catalog's statements, the same on SQLite and PostgreSQL except where `db.dialect` names a
/// difference: one implementation of the roles with two databases below (`SQLiteCatalog`,
/// `PostgreSQLCatalog` add opening, copying and comparing, which differ).
package class SQLCatalog: BatchLedger, ImportSink, TouchedWorkList, EvidenceSource, GateFacts, FindingRegister,
    ExceptionLedger, AuditQueries, SupervisionSource
{
    let db: CatalogConnection

    init(db: CatalogConnection) { self.db = db }

    package func write<T>(_ body: () throws -> T) throws -> T { try db.transaction(body) }

    // MARK: batches

    private static let batchColumns = "id, source, cutoff, dropPath, dropDigest, startedAt, sealedAt, state, sealOrder"

    private static func batch(_ row: borrowing CatalogRow) -> BatchRecord {
        BatchRecord(
            id: BatchID(row.text(0) ?? ""),
            source: row.text(1),
            cutoff: row.text(2),
            dropPath: row.text(3) ?? "",
            dropDigest: row.text(4) ?? "",
            startedAt: RFC3339.parse(row.text(5) ?? "") ?? .distantPast,
            sealedAt: row.text(6).flatMap(RFC3339.parse),
            sealOrder: row.integer(8).map(Int.init),
            state: BatchRecord.State(rawValue: row.text(7) ?? "") ?? .importing
        )
    }

    package func batch(_ id: BatchID) throws -> BatchRecord? {
        try db.firstRow("SELECT \(Self.batchColumns) FROM batch WHERE id = ?", [id.rawValue], Self.batch)
    }

    package func batch(withDropDigest digest: String) throws -> BatchRecord? {
        try db.firstRow(
            "SELECT \(Self.batchColumns) FROM batch WHERE dropDigest = ? ORDER BY startedAt, id LIMIT 1",
            [digest],
            Self.batch
        )
    }

    package func batches() throws -> [BatchRecord] {
        try db.rows(
            "SELECT \(Self.batchColumns) FROM batch ORDER BY sealOrder IS NULL, sealOrder, startedAt, id",
            [],
            Self.batch
        )
    }

    package func save(_ batch: BatchRecord) throws {
        try db.execute(
            """
            INSERT INTO batch (\(Self.batchColumns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET source = excluded.source, cutoff = excluded.cutoff, dropPath =
              excluded.dropPath,
              dropDigest = excluded.dropDigest, sealedAt = excluded.sealedAt, state = excluded.state, sealOrder =
                excluded.sealOrder
            """,
            [
                batch.id.rawValue, batch.source, batch.cutoff, batch.dropPath, batch.dropDigest,
                RFC3339.format(batch.startedAt), batch.sealedAt.map(RFC3339.format), batch.state.rawValue,
                batch.sealOrder,
            ]
        )
    }

    // MARK: drop files

    package func record(_ file: DropFileRecord) throws {
        try db.execute(
            """
            INSERT INTO dropFile (batchId, path, sha256, size, kind) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (batchId, path) DO UPDATE
              SET sha256 = excluded.sha256, size = excluded.size, kind = excluded.kind
            """,
            [file.batchID.rawValue, file.path, file.sha256, file.size, file.kind]
        )
    }

    package func dropFiles(of batch: BatchID) throws -> [DropFileRecord] {
        var files: [DropFileRecord] = []
        try forEachDropFile(of: batch) { files.append($0) }
        return files
    }

    package func forEachDropFile(of batch: BatchID, _ body: (DropFileRecord) throws -> Void) throws {
        try db.forEachRow(
            "SELECT batchId, path, sha256, size, kind FROM dropFile WHERE batchId = ? ORDER BY path",
            [batch.rawValue],
            statementsInBody: true
        ) { try body(Self.dropFile($0)) }
    }

    /// A certificate selected as its first two columns, `issuer, serial`.
    static func ref(_ row: borrowing CatalogRow) -> CertificateRef {
        CertificateRef(issuer: row.text(0) ?? "", serial: row.text(1) ?? "")
    }

    /// A `dropFile` row selected as `batchId, path, sha256, size, kind`.
    static func dropFile(_ row: borrowing CatalogRow) -> DropFileRecord {
        DropFileRecord(
            batchID: BatchID(row.text(0) ?? ""),
            path: row.text(1) ?? "",
            sha256: row.text(2) ?? "",
            size: row.integer(3) ?? 0,
            kind: row.text(4) ?? ""
        )
    }

    // MARK: events

    package func insert(_ stored: StoredEvent) throws -> InsertOutcome {
        let event = stored.event
        let contentSHA = stored.contentSHA256
        if let existing = try db.firstRow(
            "SELECT contentSha256, batchId, file, line FROM event WHERE id = ?",
            [event.eventID.rawValue],
            {
                (hash: $0.text(0) ?? "", batch: $0.text(1) ?? "", file: $0.text(2) ?? "", line: Int($0.integer(3) ?? 0))
            }
        ) {
            return existing.hash == contentSHA
                ? .duplicate : .conflict(firstBatch: BatchID(existing.batch), file: existing.file, line: existing.line)
        }
        try db.execute(
            "INSERT INTO event (\(Self.eventInsertColumns.joined(separator: ", "))) VALUES "
                + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            Self.eventRow(stored)
        )
        for row in Self.documentUseRows(stored) {
            try db.execute(
                "INSERT INTO documentUse (\(Self.documentUseColumns.joined(separator: ", "))) VALUES "
                    + "(?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row
            )
        }
        return .inserted
    }

    package func insert(_ events: [StoredEvent]) throws -> [InsertOutcome] { try events.map { try insert($0) } }

    static let eventInsertColumns = [
        "id", "type", "time", "timeMs", "applicationId", "certIssuer", "certSerial", "predIssuer", "predSerial",
        "contentSha256", "body", "batchId", "file", "line",
    ]

    /// An event's row, in `eventInsertColumns` order.
    static func eventRow(_ stored: StoredEvent) -> [any CatalogBindable] {
        let event = stored.event
        return [
            event.eventID.rawValue, event.type.rawValue, event.time, Self.milliseconds(event.time),
            event.applicationID?.rawValue, event.certificate?.issuer, event.certificate?.serial,
            event.predecessor?.issuer, event.predecessor?.serial, stored.contentSHA256, stored.normalizedJSON,
            stored.batchID.rawValue, stored.file, stored.line,
        ]
    }

    static let documentUseColumns = [
        "documentId", "timeMs", "eventId", "field", "type", "time", "applicationId", "certIssuer", "certSerial",
    ]

    /// One `documentUse` row per document the event names, in `documentUseColumns` order.
    static func documentUseRows(_ stored: StoredEvent) -> [[any CatalogBindable]] {
        let event = stored.event
        return event.documentFields.map { field, document in
            [
                document.rawValue, Self.milliseconds(event.time), event.eventID.rawValue, field.rawValue,
                event.type.rawValue, event.time, event.applicationID?.rawValue, event.certificate?.issuer,
                event.certificate?.serial,
            ]
        }
    }

    /// One index search per way an event concerns the certificate: as one `OR`, PostgreSQL read every
    /// event (2.5 ms a certificate at 12,000 events).
    package func events(about ref: CertificateRef) throws -> [StoredEvent] {
        try db.rows(
            """
            SELECT \(Self.eventColumns) FROM event WHERE id IN (
              SELECT id FROM event WHERE certIssuer = ?1 AND certSerial = ?2
              UNION ALL SELECT id FROM event WHERE predIssuer = ?1 AND predSerial = ?2
              UNION ALL SELECT a.id FROM event AS a WHERE a.applicationId IN (
                SELECT applicationId FROM event
                WHERE certIssuer = ?1 AND certSerial = ?2 AND applicationId IS NOT NULL))
            ORDER BY timeMs, id
            """,
            [ref.issuer, ref.serial],
            Self.storedEvent
        )
    }

    package func eventsCarriedByNoBundle(of batch: BatchID, bundledIn batches: [BatchID]) throws -> [StoredEvent] {
        // `IN (NULL)` holds for no row, as SQLite's `IN ()`, which PostgreSQL does not parse.
        let bundling = batches.isEmpty ? "NULL" : Array(repeating: "?", count: batches.count).joined(separator: ", ")
        let batchId = db.dialect.unindexed("t.batchId")
        return try db.rows(
            """
            SELECT \(Self.eventColumns) FROM event AS e WHERE e.batchId = ?
              AND NOT EXISTS (SELECT 1 FROM touched AS t JOIN auditCertificate AS c ON c.issuer = t.issuer AND c.serial
                = t.serial
                              WHERE t.issuer = e.certIssuer AND t.serial = e.certSerial AND \(batchId) IN (\(bundling)))
              AND NOT EXISTS (SELECT 1 FROM touched AS t JOIN auditCertificate AS c ON c.issuer = t.issuer AND c.serial
                = t.serial
                              WHERE t.issuer = e.predIssuer AND t.serial = e.predSerial AND \(batchId) IN (\(bundling)))
              AND NOT (e.applicationId IS NOT NULL AND EXISTS (
                SELECT 1 FROM event AS i JOIN touched AS t ON t.issuer = i.certIssuer AND t.serial = i.certSerial AND
                  \(batchId) IN (\(bundling))
                JOIN auditCertificate AS c ON c.issuer = t.issuer AND c.serial = t.serial WHERE i.applicationId =
                  e.applicationId))
            ORDER BY e.timeMs, e.id
            """,
            [batch.rawValue] + Array(repeating: batches.map(\.rawValue), count: 3).flatMap { $0 },
            Self.storedEvent
        )
    }

    /// The columns `storedEvent` reads, in its order.
    static let eventColumns = "body, batchId, file, line, contentSha256"

    /// One event row (`eventColumns`) as a `StoredEvent`; the body is the normalized JSON stored at import.
    static func storedEvent(_ row: borrowing CatalogRow) throws -> StoredEvent {
        let body = row.text(0) ?? ""
        return StoredEvent(
            event: try LifecycleEvent(strictJSON: body.utf8)
                ?? JSONDecoder().decode(LifecycleEvent.self, from: Data(body.utf8)),
            normalizedJSON: body,
            contentSHA256: row.text(4) ?? "",
            batchID: BatchID(row.text(1) ?? ""),
            file: row.text(2) ?? "",
            line: Int(row.integer(3) ?? 0)
        )
    }

    package func eventCount() throws -> Int { try count("SELECT count(*) FROM event") }

    // MARK: certificates

    package func insert(_ certificate: AuditCertificateRecord) throws -> Bool {
        let changed = try db.execute(
            db.dialect.insertKeepingExisting(
                """
                INTO auditCertificate (issuer, serial, subject, notBefore, notAfter, der, sha256, spkiSha256,
                  issuerVerified, keyAlgorithm, keyBits, policyOids, qcStatements, batchId, sourceFile)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
            ),
            [
                certificate.ref.issuer, certificate.ref.serial, certificate.subject,
                RFC3339.format(certificate.notBefore),
                RFC3339.format(certificate.notAfter), certificate.der, certificate.sha256, certificate.spkiSHA256,
                certificate.issuerVerified, certificate.keyAlgorithm, certificate.keyBits,
                certificate.policyOIDs.joined(separator: " "),
                certificate.qcStatementsJSON, certificate.batchID.rawValue, certificate.sourceFile,
            ]
        )
        return changed > 0
    }

    package func certificate(_ ref: CertificateRef) throws -> AuditCertificateRecord? {
        try db.firstRow(
            """
            SELECT issuer, serial, subject, notBefore, notAfter, der, sha256, spkiSha256, issuerVerified, batchId,
              sourceFile,
              keyAlgorithm, keyBits, policyOids, qcStatements
            FROM auditCertificate WHERE issuer = ? AND serial = ?
            """,
            [ref.issuer, ref.serial]
        ) { row in
            AuditCertificateRecord(
                ref: CertificateRef(issuer: row.text(0) ?? "", serial: row.text(1) ?? ""),
                subject: row.text(2) ?? "",
                notBefore: RFC3339.parse(row.text(3) ?? "") ?? .distantPast,
                notAfter: RFC3339.parse(row.text(4) ?? "") ?? .distantPast,
                der: row.blob(5) ?? [],
                sha256: row.text(6) ?? "",
                spkiSHA256: row.text(7) ?? "",
                issuerVerified: row.integer(8) == 1,
                keyAlgorithm: row.text(11) ?? "",
                keyBits: Int(row.integer(12) ?? 0),
                policyOIDs: (row.text(13) ?? "").split(separator: " ").map(String.init),
                qcStatementsJSON: row.text(14),
                batchID: BatchID(row.text(9) ?? ""),
                sourceFile: row.text(10) ?? ""
            )
        }
    }

    package func certificateCount() throws -> Int { try count("SELECT count(*) FROM auditCertificate") }

    package func insertCACertificate(sha256: String, subject: String, der: [UInt8], batch: BatchID) throws -> Bool {
        try db.execute(
            db.dialect.insertKeepingExisting("INTO caCertificate (sha256, subject, der, batchId) VALUES (?, ?, ?, ?)"),
            [sha256, subject, der, batch.rawValue]
        ) > 0
    }

    package func caCertificates(subject: String) throws -> [[UInt8]] {
        try db.rows("SELECT der FROM caCertificate WHERE subject = ? ORDER BY sha256", [subject]) { $0.blob(0) ?? [] }
    }

    // MARK: documents and status evidence

    package func insert(_ record: DocumentRecord) throws -> InsertOutcome {
        let document = record.document
        if let existing = try db.firstRow(
            "SELECT contentSha256, batchId, sourceFile FROM document WHERE id = ?",
            [document.documentID.rawValue],
            {
                (hash: $0.text(0) ?? "", batch: $0.text(1) ?? "", file: $0.text(2) ?? "")
            }
        ) {
            return existing.hash == record.contentSHA256
                ? .duplicate : .conflict(firstBatch: BatchID(existing.batch), file: existing.file, line: 0)
        }
        try db.execute(
            """
            INSERT INTO document (id, kind, version, effectiveFrom, effectiveFromMs, effectiveTo, effectiveToMs,
              policies, file,
              sha256, contentSha256, batchId, sourceFile) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                document.documentID.rawValue, document.kind, document.version, document.effectiveFrom,
                Self.milliseconds(document.effectiveFrom),
                document.effectiveTo, document.effectiveTo.map(Self.milliseconds),
                document.policies.joined(separator: " "), document.file,
                document.sha256, record.contentSHA256, record.batchID.rawValue, record.file,
            ]
        )
        return .inserted
    }

    package func document(_ id: DocumentID) throws -> DocumentVersion? {
        try db.firstRow(
            "SELECT id, kind, version, effectiveFrom, effectiveTo, policies, file, sha256 FROM document WHERE id = ?",
            [id.rawValue]
        ) {
            DocumentVersion(
                documentID: DocumentID($0.text(0) ?? ""),
                kind: $0.text(1) ?? "",
                version: $0.text(2) ?? "",
                effectiveFrom: $0.text(3) ?? "",
                effectiveTo: $0.text(4),
                policies: ($0.text(5) ?? "").split(separator: " ").map(String.init),
                file: $0.text(6) ?? "",
                sha256: $0.text(7) ?? ""
            )
        }
    }

    package func insert(_ crl: CRLRecord) throws -> Bool {
        let changed = try db.execute(
            db.dialect.insertKeepingExisting(
                "INTO crl (sha256, issuer, crlNumber, thisUpdate, nextUpdate, fileName, batchId, scope) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            ),
            [
                crl.sha256, crl.issuer, crl.crlNumber, RFC3339.format(crl.thisUpdate),
                crl.nextUpdate.map(RFC3339.format), crl.fileName, crl.batchID.rawValue,
                try crl.scope.map { String(decoding: try JSONEncoder().encode($0), as: UTF8.self) },
            ]
        )
        for entry in crl.entries {  // also for a known CRL: a reindex brings its entries one certificate at a time
            try db.execute(
                db.dialect.insertKeepingExisting(
                    "INTO crlEntry (crlSha256, issuer, serial, revokedAt, reason) VALUES (?, ?, ?, ?, ?)"
                ),
                [crl.sha256, crl.issuer, entry.serial, RFC3339.format(entry.revokedAt), entry.reason]
            )
        }
        return changed > 0
    }

    package func crlSHA256(fileName: String) throws -> String? {
        try db.firstRow(
            "SELECT sha256 FROM crl WHERE fileName = ? ORDER BY \(db.dialect.importOrder) DESC LIMIT 1",
            [fileName]
        ) {
            $0.text(0) ?? ""
        }
    }

    package func isListedOnEarlierCRL(_ ref: CertificateRef, excluding sha256: String) throws -> Bool {
        try db.firstRow(
            "SELECT 1 FROM crlEntry WHERE issuer = ? AND serial = ? AND crlSha256 != ? LIMIT 1",
            [ref.issuer, ref.serial, sha256]
        ) { _ in true } ?? false
    }

    package func insert(_ publication: CRLPublication, crlSHA256: String?, source: RecordSource) throws -> Bool {
        try db.execute(
            db.dialect.insertKeepingExisting(
                """
                INTO crlPublication (crlFile, crlSha256, publishedAt, publishedAtMs, distributionPoint, batchId, file,
                  line)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """
            ),
            [
                publication.crl, crlSHA256, publication.publishedAt, Self.milliseconds(publication.publishedAt),
                publication.distributionPoint,
                source.batchID.rawValue, source.file, source.line ?? 0,
            ]
        ) > 0
    }

    package func insert(_ answers: [(answer: OCSPLogEntry, source: RecordSource)]) throws -> [Bool] {
        try answers.map { try insert($0.answer, source: $0.source) }
    }

    package func insert(_ answer: OCSPLogEntry, source: RecordSource) throws -> Bool {
        try db.execute(
            db.dialect.insertKeepingExisting(
                "INTO ocspAnswer (\(Self.ocspColumns.joined(separator: ", "))) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            ),
            Self.ocspRow(answer, source)
        ) > 0
    }

    static let ocspColumns = [
        "issuer", "serial", "producedAt", "producedAtMs", "status", "revocationTime", "revocationReason", "responder",
        "batchId", "file", "line",
    ]

    /// An answer's row, in `ocspColumns` order.
    static func ocspRow(_ answer: OCSPLogEntry, _ source: RecordSource) -> [any CatalogBindable] {
        [
            answer.issuer, answer.serial, answer.producedAt, Self.milliseconds(answer.producedAt), answer.status,
            answer.revocationTime, answer.revocationReason, answer.responder, source.batchID.rawValue, source.file,
            source.line,
        ]
    }

    package func insert(_ record: QSCDRecord, source: RecordSource) throws -> Bool {
        try db.execute(
            db.dialect.insertKeepingExisting(
                """
                INTO qscdCertification (certificationId, model, status, fromTime, fromMs, toTime, toMs, batchId, file,
                  line)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
            ),
            [
                record.certificationID.rawValue, record.model, record.status, record.from,
                Self.milliseconds(record.from), record.to,
                record.to.map(Self.milliseconds), source.batchID.rawValue, source.file, source.line ?? 0,
            ]
        ) > 0
    }

    package func append(_ version: ExceptionVersion, entrySHA256: String) throws {
        try db.execute(
            "INSERT INTO exceptionVersion (entryId, version, change, changedAt, body, entrySha256) VALUES (?, ?, ?, ?, "
                + "?, ?)",
            [
                version.entryID, version.version, version.change.rawValue, version.changedAt, try version.line(),
                entrySHA256,
            ]
        )
    }

    package func exceptionVersions() throws -> [ExceptionVersion] {
        let decoder = JSONDecoder()
        return try db.rows("SELECT body FROM exceptionVersion ORDER BY \(db.dialect.importOrder)") {
            try decoder.decode(ExceptionVersion.self, from: Data(($0.text(0) ?? "").utf8))
        }
    }

    package func hasImportedException(entrySHA256: String) throws -> Bool {
        try db.firstRow(
            "SELECT 1 FROM exceptionVersion WHERE entrySha256 = ? AND change = 'import' LIMIT 1",
            [entrySHA256]
        ) { _ in true } ?? false
    }

    package func crlListings(of ref: CertificateRef) throws -> [CRLListing] {
        let listings = try db.rows(
            """
            SELECT e.crlSha256, c.fileName, c.crlNumber, c.thisUpdate, c.nextUpdate, e.revokedAt, e.reason
            FROM crlEntry AS e JOIN crl AS c ON c.sha256 = e.crlSha256
            WHERE e.issuer = ? AND e.serial = ? ORDER BY c.thisUpdate, c.sha256
            """,
            [ref.issuer, ref.serial]
        ) {
            CRLListing(
                crlSHA256: $0.text(0) ?? "",
                crlFile: $0.text(1) ?? "",
                crlNumber: $0.text(2),
                thisUpdate: $0.text(3) ?? "",
                nextUpdate: $0.text(4),
                revokedAt: $0.text(5) ?? "",
                reason: $0.text(6),
                publications: []
            )
        }
        return try listings.map { listing in
            var listing = listing
            listing.publications = try db.rows(
                "SELECT publishedAt, distributionPoint, batchId, file, line FROM crlPublication WHERE crlSha256 = ? "
                    + "ORDER BY publishedAtMs, distributionPoint, crlFile",
                [listing.crlSHA256]
            ) {
                CRLListing.Publication(
                    publishedAt: $0.text(0) ?? "",
                    distributionPoint: $0.text(1) ?? "",
                    source: RecordSource(
                        batchID: BatchID($0.text(2) ?? ""),
                        file: $0.text(3) ?? "",
                        line: $0.integer(4).map(Int.init)
                    )
                )
            }
            return listing
        }
    }

    package func ocspAnswers(about ref: CertificateRef) throws -> [OCSPAnswerRecord] {
        try db.rows(
            """
            SELECT producedAt, status, revocationTime, revocationReason, responder, batchId, file, line FROM ocspAnswer
            WHERE issuer = ? AND serial = ? ORDER BY producedAtMs, responder, status
            """,
            [ref.issuer, ref.serial]
        ) {
            OCSPAnswerRecord(
                answer: OCSPLogEntry(
                    producedAt: $0.text(0) ?? "",
                    issuer: ref.issuer,
                    serial: ref.serial,
                    status: $0.text(1) ?? "",
                    revocationTime: $0.text(2),
                    revocationReason: $0.text(3),
                    responder: $0.text(4) ?? ""
                ),
                source: RecordSource(
                    batchID: BatchID($0.text(5) ?? ""),
                    file: $0.text(6) ?? "",
                    line: $0.integer(7).map(Int.init)
                )
            )
        }
    }

    package func qscdRecords(_ id: CertificationID) throws -> [QSCDRecord] {
        try db.rows(
            "SELECT certificationId, model, status, fromTime, toTime FROM qscdCertification WHERE certificationId = ? "
                + "ORDER BY fromMs, status",
            [id.rawValue]
        ) {
            QSCDRecord(
                certificationID: CertificationID($0.text(0) ?? ""),
                model: $0.text(1) ?? "",
                status: $0.text(2) ?? "",
                from: $0.text(3) ?? "",
                to: $0.text(4)
            )
        }
    }

    package func crls(of issuer: String, listing serial: String) throws -> [IssuerCRL] {
        try db.rows(
            """
            SELECT c.sha256, c.crlNumber, c.thisUpdate, (SELECT min(p.publishedAtMs) FROM crlPublication AS p WHERE
              p.crlSha256 = c.sha256),
              e.serial IS NOT NULL, e.reason, c.scope
            FROM crl AS c LEFT JOIN crlEntry AS e ON e.crlSha256 = c.sha256 AND e.serial = ?
            WHERE c.issuer = ? ORDER BY c.thisUpdate, c.sha256
            """,
            [serial, issuer]
        ) {
            IssuerCRL(
                sha256: $0.text(0) ?? "",
                crlNumber: $0.text(1),
                thisUpdate: RFC3339.parse($0.text(2) ?? "") ?? .distantPast,
                firstPublishedAt: $0.integer(3).map { Date(timeIntervalSince1970: Double($0) / 1000) },
                listsSerial: $0.integer(4) == 1,
                entryReason: $0.text(5),
                scope: $0.text(6).flatMap { try? JSONDecoder().decode(CRLScope.self, from: Data($0.utf8)) }
            )
        }
    }

    package func issuerUsesOCSP(_ issuer: String) throws -> Bool {
        try db.firstRow("SELECT 1 FROM ocspAnswer WHERE issuer = ? LIMIT 1", [issuer]) { _ in true } ?? false
    }

    package func issuerUsesCRL(_ issuer: String) throws -> Bool {
        try db.firstRow("SELECT 1 FROM crl WHERE issuer = ? LIMIT 1", [issuer]) { _ in true } ?? false
    }

    package func applicationsWithoutCertificate(touchedIn batch: BatchID) throws -> [ApplicationID] {
        try db.rows(
            """
            SELECT DISTINCT applicationId FROM event AS e WHERE e.batchId = ? AND e.applicationId IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM event AS i WHERE i.applicationId = e.applicationId AND i.certIssuer IS NOT
                NULL)
            ORDER BY applicationId
            """,
            [batch.rawValue]
        ) { ApplicationID($0.text(0) ?? "") }
    }

    package func events(ofApplication id: ApplicationID) throws -> [StoredEvent] {
        try db.rows(
            "SELECT \(Self.eventColumns) FROM event WHERE applicationId = ? ORDER BY timeMs, id",
            [id.rawValue],
            Self.storedEvent
        )
    }

    package func forEachGateCandidate(
        of batch: BatchID,
        deadlinesAfter start: Date?,
        upTo end: Date,
        _ body: (CertificateRef) throws -> Void
    ) throws {
        // Gathered in a temporary table (on disk, as SQLite keeps temporary tables), so that a batch
        // of a million certificates costs no memory here; read in order while the gates write.
        let dialect = db.dialect
        let candidates = dialect.temporary("gateCandidate")
        try db.execute(script: dialect.temporaryCertificateTable("gateCandidate"))
        defer { _ = try? db.execute(script: "DROP TABLE IF EXISTS \(candidates);") }
        try db.execute(
            dialect.insertKeepingExisting("INTO \(candidates) SELECT issuer, serial FROM touched WHERE batchId = ?"),
            [batch.rawValue]
        )
        // Certificates whose gates may change because of what the batch brought besides their own
        // records: a QSCD status change of their certification, a new CRL of their issuer after
        // revocation or expiry, a late-delivered publication of a CRL that lists them, or an OCSP
        // answer after revocation.
        try db.execute(
            dialect.insertKeepingExisting(
                """
                INTO \(candidates)
                SELECT issuer, serial FROM (
                  SELECT app.certIssuer AS issuer, app.certSerial AS serial
                  FROM qscdCertification AS q
                  JOIN event AS v ON v.type = 'qscd_verification' AND json_extract(v.body, '$.certification_id') =
                    q.certificationId
                  JOIN event AS app ON app.applicationId = v.applicationId AND app.certIssuer IS NOT NULL
                  WHERE q.batchId = ?1
                  UNION
                  SELECT r.certIssuer, r.certSerial FROM crl AS c
                  JOIN event AS r ON r.type = 'revocation' AND r.certIssuer = c.issuer
                  WHERE c.batchId = ?1
                  UNION
                  SELECT e.issuer, e.serial FROM crlPublication AS p JOIN crlEntry AS e ON e.crlSha256 = p.crlSha256
                  WHERE p.batchId = ?1
                  UNION
                  SELECT o.issuer, o.serial FROM ocspAnswer AS o
                  WHERE o.batchId = ?1 AND o.status IN ('good', 'revoked')
                    AND EXISTS (SELECT 1 FROM event AS r WHERE \(dialect.unindexed("r.type")) = 'revocation'
                      AND r.certIssuer = o.issuer AND r.certSerial = o.serial)
                ) AS candidate
                """
            ),
            [batch.rawValue]
        )
        // Revocation requests whose 24-hour deadline falls in (start, end].
        try db.execute(
            dialect.insertKeepingExisting(
                """
                INTO \(candidates)
                SELECT certIssuer, certSerial FROM event
                WHERE type = 'revocation_request' AND certIssuer IS NOT NULL
                  AND unixepoch(json_extract(body, '$.received_at')) + 86400 > ?1
                  AND unixepoch(json_extract(body, '$.received_at')) + 86400 <= ?2
                """
            ),
            [Int64((start ?? .distantPast).timeIntervalSince1970.rounded(.down)), Int64(end.timeIntervalSince1970)]
        )
        try db.forEachRow("SELECT issuer, serial FROM \(candidates) ORDER BY issuer, serial", statementsInBody: true) {
            try body(Self.ref($0))
        }
    }

    package func insert(_ finding: FindingRecord) throws -> Bool {
        // A finding raised again keeps what it said when first raised; only its state follows: the gates
        // reopen a resolved one, and reindex replays each sealed version's state in batch order.
        try db.execute(
            """
            INSERT INTO finding (rule, issuer, serial, applicationId, findingKey, policy, severity, message, evidence,
              observedAt, observedAtMs, batchId, state, resolvedByBatch)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (rule, issuer, serial, applicationId, findingKey) DO UPDATE
              SET state = excluded.state, resolvedByBatch = excluded.resolvedByBatch
              WHERE finding.state IS DISTINCT FROM excluded.state
                OR finding.resolvedByBatch IS DISTINCT FROM excluded.resolvedByBatch
            """,
            [
                finding.rule, finding.certificate?.issuer ?? "", finding.certificate?.serial ?? "",
                finding.applicationID?.rawValue ?? "",
                finding.key, finding.policy, finding.severity, finding.message,
                finding.evidence.joined(separator: "\n"),
                finding.observedAt, Self.milliseconds(finding.observedAt), finding.batchID.rawValue,
                finding.state.rawValue, finding.resolvedBy?.rawValue,
            ]
        ) > 0
    }

    package func resolveFindings(
        about certificate: CertificateRef?,
        application: ApplicationID?,
        except raised: Set<FindingIdentity>,
        by batch: BatchID
    ) throws -> Int {
        var open: [FindingRecord] = []
        if let certificate {
            open += try findings(FindingFilter(certificate: certificate, states: [.open]))
        }
        if let application {
            open += try findingRows(
                "WHERE applicationId = ? AND serial = '' AND state = 'open'",
                [application.rawValue]
            )
        }
        var resolved = 0
        for finding in open where !raised.contains(FindingIdentity(finding)) {
            resolved += try db.execute(
                """
                UPDATE finding SET state = 'resolved', resolvedByBatch = ?
                WHERE rule = ? AND issuer = ? AND serial = ? AND applicationId = ? AND findingKey = ? AND state = 'open'
                """,
                [
                    batch.rawValue, finding.rule, finding.certificate?.issuer ?? "",
                    finding.certificate?.serial ?? "", finding.applicationID?.rawValue ?? "", finding.key,
                ]
            )
        }
        return resolved
    }

    package func findings(_ filter: FindingFilter) throws -> [FindingRecord] {
        var conditions: [String] = []
        var arguments: [any CatalogBindable] = []
        if let rule = filter.rule {
            conditions.append("rule = ?")
            arguments.append(rule)
        }
        if let policy = filter.policy {
            conditions.append("policy = ?")
            arguments.append(policy)
        }
        if let from = filter.from {
            conditions.append("observedAtMs >= ?")
            arguments.append(Int64((from.timeIntervalSince1970 * 1000).rounded()))
        }
        if let to = filter.to {
            conditions.append("observedAtMs < ?")
            arguments.append(Int64((to.timeIntervalSince1970 * 1000).rounded()))
        }
        if let ref = filter.certificate {
            conditions.append("issuer = ? AND serial = ?")
            arguments += [ref.issuer, ref.serial]
        }
        if let batch = filter.batchID {
            conditions.append("(batchId = ? OR resolvedByBatch = ?)")
            arguments += [batch.rawValue, batch.rawValue]
        }
        if filter.applicationOnly { conditions.append("serial = ''") }
        if !filter.states.isEmpty, filter.states.count < FindingState.allCases.count {
            conditions.append(
                "state IN (" + filter.states.map(\.rawValue).sorted().map { "'\($0)'" }.joined(separator: ", ") + ")"
            )
        }
        return try findingRows(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "), arguments)
    }

    private func findingRows(_ clause: String, _ arguments: [any CatalogBindable]) throws -> [FindingRecord] {
        try db.rows(
            """
            SELECT rule, issuer, serial, applicationId, findingKey, policy, severity, message, evidence, observedAt,
              batchId, state, resolvedByBatch FROM finding
            \(clause) ORDER BY rule, issuer, serial, applicationId, findingKey
            """,
            arguments
        ) {
            let issuer = $0.text(1) ?? ""
            let serial = $0.text(2) ?? ""
            let application = $0.text(3) ?? ""
            return FindingRecord(
                rule: $0.text(0) ?? "",
                certificate: serial.isEmpty ? nil : CertificateRef(issuer: issuer, serial: serial),
                applicationID: application.isEmpty ? nil : ApplicationID(application),
                key: $0.text(4) ?? "",
                policy: $0.text(5),
                severity: $0.text(6) ?? "",
                message: $0.text(7) ?? "",
                evidence: ($0.text(8) ?? "").split(separator: "\n").map(String.init),
                observedAt: $0.text(9) ?? "",
                batchID: BatchID($0.text(10) ?? ""),
                state: FindingState(rawValue: $0.text(11) ?? "") ?? .open,
                resolvedBy: $0.text(12).map(BatchID.init)
            )
        }
    }

    /// Milliseconds since 1970 of an already validated RFC 3339 time, for ordering and ranges.
    static func milliseconds(_ time: String) -> Int64 {
        Int64(((RFC3339.parse(time) ?? .distantPast).timeIntervalSince1970 * 1000).rounded())
    }

    package func allCACertificates() throws -> [[UInt8]] {
        try db.rows("SELECT der FROM caCertificate ORDER BY sha256") { $0.blob(0) ?? [] }
    }

    // MARK: touched

    package func markTouched(_ ref: CertificateRef, by batch: BatchID) throws {
        try db.execute(
            db.dialect.insertKeepingExisting("INTO touched (batchId, issuer, serial) VALUES (?, ?, ?)"),
            [batch.rawValue, ref.issuer, ref.serial]
        )
    }

    package func markTouched(_ refs: [CertificateRef], by batch: BatchID) throws {
        for ref in refs { try markTouched(ref, by: batch) }
    }

    package func touchCertificatesOfApplications(in batch: BatchID) throws {
        try db.execute(
            db.dialect.insertKeepingExisting(
                """
                INTO touched (batchId, issuer, serial)
                SELECT DISTINCT ?1, linked.certIssuer, linked.certSerial
                FROM event AS new JOIN event AS linked ON linked.applicationId = new.applicationId
                WHERE new.batchId = ?1 AND linked.certIssuer IS NOT NULL
                """
            ),
            [batch.rawValue]
        )
    }

    package func touchedCertificates(in batch: BatchID) throws -> [CertificateRef] {
        try db.rows("SELECT issuer, serial FROM touched WHERE batchId = ? ORDER BY issuer, serial", [batch.rawValue]) {
            Self.ref($0)
        }
    }

    package func touchedCount(in batch: BatchID) throws -> Int {
        try db.firstRow("SELECT count(*) FROM touched WHERE batchId = ?", [batch.rawValue]) {
            Int($0.integer(0) ?? 0)
        } ?? 0
    }

    package func touchedIssuers(in batch: BatchID) throws -> [String] {
        try db.rows("SELECT DISTINCT issuer FROM touched WHERE batchId = ? ORDER BY issuer", [batch.rawValue]) {
            $0.text(0) ?? ""
        }
    }

    package func forEachTouchedCertificate(
        in batch: BatchID,
        issuers: [String],
        _ body: (CertificateRef) throws -> Void
    ) throws {
        guard !issuers.isEmpty else { return }
        // SQLite's sorter spills to temporary files: the order costs no memory that grows with the batch.
        let marks = Array(repeating: "?", count: issuers.count).joined(separator: ", ")
        try db.forEachRow(
            """
            SELECT issuer, serial FROM touched WHERE batchId = ? AND issuer IN (\(marks))
            ORDER BY
              CASE WHEN length(serial) >= 2 THEN \(db.dialect.lastTwoCharacters("serial")) ELSE '0' || serial END,
              serial, issuer
            """,
            [batch.rawValue] + issuers,
            statementsInBody: true
        ) { try body(Self.ref($0)) }
    }

    // MARK: bundles

    private static func bundle(_ row: borrowing CatalogRow) -> BundleRecord {
        BundleRecord(
            ref: CertificateRef(issuer: row.text(0) ?? "", serial: row.text(1) ?? ""),
            version: Int(row.integer(2) ?? 0),
            path: row.text(3) ?? "",
            tagmanifestSHA256: row.text(4) ?? "",
            batchID: BatchID(row.text(5) ?? "")
        )
    }

    package func insert(_ bundle: BundleRecord) throws {
        try db.execute(
            "INSERT INTO bundle (issuer, serial, version, path, tagmanifestSha256, batchId) VALUES (?, ?, ?, ?, ?, ?)",
            [
                bundle.ref.issuer, bundle.ref.serial, bundle.version, bundle.path, bundle.tagmanifestSHA256,
                bundle.batchID.rawValue,
            ]
        )
        try db.execute(
            """
            UPDATE auditCertificate SET bundleCount = (SELECT count(*) FROM bundle WHERE issuer = ?1 AND serial = ?2)
              WHERE issuer = ?1 AND serial = ?2
            """,
            [bundle.ref.issuer, bundle.ref.serial]
        )
    }

    package func latestBundle(of ref: CertificateRef) throws -> BundleRecord? {
        try db.firstRow(
            "SELECT issuer, serial, version, path, tagmanifestSha256, batchId FROM bundle WHERE issuer = ? AND serial "
                + "= ? ORDER BY version DESC LIMIT 1",
            [ref.issuer, ref.serial],
            Self.bundle
        )
    }

    package func bundle(of ref: CertificateRef, version: Int) throws -> BundleRecord? {
        try db.firstRow(
            "SELECT issuer, serial, version, path, tagmanifestSha256, batchId FROM bundle WHERE issuer = ? AND serial "
                + "= ? AND version = ?",
            [ref.issuer, ref.serial, version],
            Self.bundle
        )
    }

    package func bundles(in batch: BatchID) throws -> [BundleRecord] {
        try db.rows(
            "SELECT issuer, serial, version, path, tagmanifestSha256, batchId FROM bundle WHERE batchId = ? ORDER BY "
                + "path",
            [batch.rawValue],
            Self.bundle
        )
    }

    package func bundleCount() throws -> Int { try count("SELECT count(*) FROM bundle") }

    // MARK: rejects

    package func insert(_ reject: RejectRecord) throws {
        try db.execute(
            "INSERT INTO reject (batchId, file, line, reasonClass, message) VALUES (?, ?, ?, ?, ?)",
            [reject.batchID.rawValue, reject.file, reject.line, reject.reasonClass, reject.message]
        )
    }

    private func count(_ sql: String) throws -> Int { Int(try db.firstRow(sql) { $0.integer(0) ?? 0 } ?? 0) }
}
