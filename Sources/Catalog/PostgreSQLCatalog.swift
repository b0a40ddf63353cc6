import Foundation
import Lifecycle

/// The catalog in a PostgreSQL database (issue #17): the same statements as SQLite's, in
/// PostgreSQL's dialect, for an archive that has outgrown one machine or that operations keep on
/// their replicated server. The archive stays the truth: `reindex` rebuilds this catalog as it does
/// SQLite's, and a handover still carries a SQLite copy.
package final class PostgreSQLCatalog: SQLCatalog, ArchiveCatalog {
    let conninfo: String

    /// Connects to the catalog at `conninfo`, creating or upgrading its schema unless `readOnly`.
    /// - Throws: `CatalogError` `.openFailed` (the server cannot be reached, or a read-only catalog
    ///   is older than this qcarchive), `.migrationFailed` or `.newerSchema`.
    package init(conninfo: String, readOnly: Bool = false) throws {
        self.conninfo = conninfo
        if !readOnly { try PostgreSQLSchema.migrate(conninfo: conninfo) }
        super.init(db: try CatalogConnection(postgres: conninfo, planEachTime: !readOnly))
        if readOnly {
            let current =
                try db.firstRow(
                    "SELECT CASE WHEN to_regclass('catalogVersion') IS NULL THEN 0 "
                        + "ELSE (SELECT version FROM catalogVersion) END"
                ) { $0.integer(0) ?? 0 } ?? 0
            if current < PostgreSQLSchema.version {
                throw CatalogError(
                    .openFailed,
                    "The catalog \(Self.redacted(conninfo)) has schema version \(current), older than this "
                        + "qcarchive's \(PostgreSQLSchema.version); run 'qcarchive seal --archive …' once to "
                        + "upgrade it."
                )
            }
        }
    }

    package func readerOpener() -> @Sendable () throws -> any ArchiveCatalog {
        let conninfo = self.conninfo
        return { try PostgreSQLCatalog(conninfo: conninfo, readOnly: true) }
    }

    /// A handover carries a SQLite catalog: the tables are copied into a new one at `path` from one
    /// snapshot of the database (`REPEATABLE READ`), event, CRL and exception rows in import order,
    /// so that the copy's rowids keep it.
    package func snapshot(into path: String) throws {
        do {
            let copy = try SQLiteCatalog(path: path)
            try db.transaction {
                try db.execute(script: "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                try copy.write { try Self.copyTables(from: db, order: "seq", to: copy.db, columns: try columns()) }
            }
        } catch {
            Self.removeSQLiteFiles(path)
            throw CatalogError(.queryFailed, "Could not copy the catalog to \(path).", underlying: error)
        }
    }

    /// Replaces the whole catalog with the SQLite catalog at `path` (what `reindex` rebuilt from the
    /// sealed archive), by `COPY` in one transaction, then `ANALYZE`. Readers never see half of it:
    /// `TRUNCATE` locks the tables, so a query waits for the new catalog whole (a reindex is rare and
    /// announced); a failure leaves the old one as it was.
    /// - Throws: `CatalogError`.
    package func replaceContents(withCatalogAt path: String) throws {
        let rebuilt = try SQLiteCatalog(path: path, readOnly: true)
        try db.transaction {
            try db.execute(script: "TRUNCATE \(CatalogSchema.tables.joined(separator: ", ")) RESTART IDENTITY")
            try Self.copyTables(from: rebuilt.db, order: "rowid", to: db, columns: try columns())
        }
        // The planner's statistics, before the first query plans on a catalog it has not seen.
        try db.execute(script: "ANALYZE")
    }

    /// Each table's columns in order, but `seq` (PostgreSQL's own; SQLite's rowid stands for it).
    private func columns() throws -> [String: [String]] {
        var columns: [String: [String]] = [:]
        try db.forEachRow(
            """
            SELECT table_name, column_name FROM information_schema.columns
            WHERE table_schema = current_schema() AND column_name <> 'seq' ORDER BY table_name, ordinal_position
            """
        ) { columns[$0.text(0) ?? "", default: []].append($0.text(1) ?? "") }
        return columns
    }

    /// Copies every table, those in import order in that order (so that the copy's `seq` or rowid
    /// keeps it), 10,000 rows at a time.
    private static func copyTables(
        from source: CatalogConnection,
        order: String,
        to target: CatalogConnection,
        columns: [String: [String]]
    ) throws {
        for table in CatalogSchema.tables {
            guard let names = columns[table.lowercased()] else {
                throw CatalogError(.queryFailed, "The catalog has no table \(table).")
            }
            let ordered = CatalogSchema.importOrdered.contains(table) ? " ORDER BY \(order)" : ""
            var chunk: [[any CatalogBindable]] = []
            try source.forEachRow("SELECT \(names.joined(separator: ", ")) FROM \(table)\(ordered)") { row in
                chunk.append((0..<row.count).map { row.bindable($0) })
                if chunk.count == 10_000 {
                    try target.insertAll(into: table, columns: names, rows: chunk)
                    chunk.removeAll(keepingCapacity: true)
                }
            }
            try target.insertAll(into: table, columns: names, rows: chunk)
        }
    }

    /// There is no single file: the handover calls `snapshot(into:)`.
    package func committedFile() throws -> String? { nil }

    /// Compares through a SQLite copy of this catalog (`snapshot(into:)`), so that both engines are
    /// compared by the same `EXCEPT` over the same columns.
    package func differences(from rebuilt: String) throws -> [CatalogDifference] {
        let copy = NSTemporaryDirectory() + "qcarchive-catalog-\(UUID().uuidString).sqlite"
        defer { Self.removeSQLiteFiles(copy) }
        try snapshot(into: copy)
        return try SQLiteCatalog(path: copy).differences(from: rebuilt)
    }

    private static func removeSQLiteFiles(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// The conninfo without its password, for messages.
    static func redacted(_ conninfo: String) -> String {
        conninfo.replacing(#/password=\S*/#, with: "password=…")
    }

    // MARK: the import in bulk

    // Each statement is a round trip to the server, so a night's events and OCSP answers go a thousand
    // at a time, by `COPY`, with what one-by-one inserts would decide (new, duplicate, conflict) found
    // by one query each time.

    override package func insert(_ events: [StoredEvent]) throws -> [InsertOutcome] {
        var known: [String: (sha256: String, batch: String, file: String, line: Int)] = [:]
        for (id, existing) in try db.rows(
            "SELECT id, contentSha256, batchId, file, line FROM event WHERE id IN (\(db.dialect.jsonTexts("?")))",
            [try Self.jsonArray(events.map(\.event.eventID.rawValue))],
            { ($0.text(0) ?? "", ($0.text(1) ?? "", $0.text(2) ?? "", $0.text(3) ?? "", Int($0.integer(4) ?? 0))) }
        ) {
            known[id] = existing
        }
        var outcomes: [InsertOutcome] = []
        var rows: [[any CatalogBindable]] = []
        var uses: [[any CatalogBindable]] = []
        for stored in events {
            let id = stored.event.eventID.rawValue
            if let existing = known[id] {
                outcomes.append(
                    existing.sha256 == stored.contentSHA256
                        ? .duplicate
                        : .conflict(firstBatch: BatchID(existing.batch), file: existing.file, line: existing.line)
                )
                continue
            }
            known[id] = (stored.contentSHA256, stored.batchID.rawValue, stored.file, stored.line)
            rows.append(Self.eventRow(stored))
            uses += Self.documentUseRows(stored)
            outcomes.append(.inserted)
        }
        try db.insertAll(into: "event", columns: Self.eventInsertColumns, rows: rows)
        try db.insertAll(into: "documentUse", columns: Self.documentUseColumns, rows: uses)
        return outcomes
    }

    override package func insert(_ answers: [(answer: OCSPLogEntry, source: RecordSource)]) throws -> [Bool] {
        // Through a staging table: COPY cannot skip a row already stored, an INSERT … SELECT can, and
        // it returns the keys it stored. `n` keeps the order, so that of two equal answers the first is kept.
        let staging = db.dialect.temporary("ocspIncoming")
        try db.execute(
            script: "CREATE TEMP TABLE IF NOT EXISTS ocspIncoming (LIKE ocspAnswer, n integer NOT NULL); "
                + "TRUNCATE \(staging);"
        )
        let columns = Self.ocspColumns.joined(separator: ", ")
        try db.insertAll(
            into: staging,
            columns: Self.ocspColumns + ["n"],
            rows: answers.enumerated().map { Self.ocspRow($1.answer, $1.source) + [$0] }
        )
        var stored = Set(
            try db.rows(
                """
                INSERT INTO ocspAnswer (\(columns)) SELECT \(columns) FROM \(staging) ORDER BY n
                ON CONFLICT DO NOTHING RETURNING issuer, serial, producedAtMs, status, responder
                """
            ) { Self.key($0.text(0), $0.text(1), $0.integer(2), $0.text(3), $0.text(4)) }
        )
        return answers.map { item in
            let answer = item.answer
            let key = Self.key(
                answer.issuer,
                answer.serial,
                Self.milliseconds(answer.producedAt),
                answer.status,
                answer.responder
            )
            return stored.remove(key) != nil
        }
    }

    override package func markTouched(_ refs: [CertificateRef], by batch: BatchID) throws {
        guard !refs.isEmpty else { return }
        try db.execute(
            """
            INSERT INTO touched (batchId, issuer, serial)
            SELECT ?, x.issuer, x.serial FROM json_to_recordset(?::json) AS x(issuer text, serial text)
            ON CONFLICT DO NOTHING
            """,
            [batch.rawValue, try Self.jsonArray(refs.map { ["issuer": $0.issuer, "serial": $0.serial] })]
        )
    }

    /// An OCSP answer's unique key (`ocspAnswer`'s UNIQUE constraint) as one text.
    private static func key(_ parts: (any CustomStringConvertible)?...) -> String {
        parts.map { $0.map(\.description) ?? "" }.joined(separator: "\u{1F}")
    }

    private static func jsonArray(_ value: some Encodable) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }
}
