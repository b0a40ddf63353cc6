import Foundation

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
        super.init(db: try CatalogConnection(postgres: conninfo))
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
}
