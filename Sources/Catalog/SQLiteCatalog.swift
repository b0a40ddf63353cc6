import Foundation

/// The catalog in one SQLite file (WAL, one connection, prepared statements): the default, which
/// needs no server.
package final class SQLiteCatalog: SQLCatalog, ArchiveCatalog {
    let path: String

    /// Opens the catalog at `path`, creating and migrating it unless `readOnly`.
    /// - Throws: `CatalogError` `.openFailed`, `.busy` (another program holds it), `.migrationFailed` or
    ///   `.newerSchema`.
    /// - Parameter cacheMiB: the page cache. 32 MiB (SQLite's default is 2 MiB) for the writer and
    ///   queries: a catalog of a million certificates is gigabytes, and its queries and index builds
    ///   otherwise reread the same pages. A worker's reader, which reads one certificate's rows at a
    ///   time, needs the b-trees' upper pages only: the operating system caches the rest.
    package init(path: String, readOnly: Bool = false, cacheMiB: Int = 32) throws {
        self.path = path
        let db: CatalogConnection
        do {
            db = try CatalogConnection(sqlitePath: path, readOnly: readOnly)
            try db.execute(script: "PRAGMA cache_size = -\(cacheMiB * 1024);")
            if !readOnly {
                try db.execute(script: "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;")
            }
        } catch let error as CatalogError where error.code == .busy {
            throw error
        } catch {
            throw CatalogError(.openFailed, "Could not open the catalog \(path).", underlying: error)
        }
        super.init(db: db)
        if readOnly {
            // Reading cannot migrate: an older catalog is upgraded by the next writing command.
            let current = try db.firstRow("PRAGMA user_version") { $0.integer(0) ?? 0 } ?? 0
            if current < CatalogSchema.migrations.count {
                throw CatalogError(
                    .openFailed,
                    "The catalog \(path) has schema version \(current), older than this qcarchive's "
                        + "\(CatalogSchema.migrations.count); run 'qcarchive seal --archive …' once to upgrade it."
                )
            }
        } else {
            try migrate()
        }
    }

    package func readerOpener() -> @Sendable () throws -> any ArchiveCatalog {
        let path = self.path
        // Each worker holds one: at 32 MiB each, a million-certificate night's readers held 128 MB
        // more than at 100,000 (their caches fill with a larger catalog); at 4 MiB the 100,000
        // night ran as fast (174 s against 183 s).
        return { try SQLiteCatalog(path: path, readOnly: true, cacheMiB: 4) }
    }

    private func migrate() throws {
        let current = try db.firstRow("PRAGMA user_version") { $0.integer(0) ?? 0 } ?? 0
        guard current <= Int64(CatalogSchema.migrations.count) else {
            throw CatalogError(
                .newerSchema,
                "The catalog has schema version \(current), newer than this qcarchive "
                    + "(\(CatalogSchema.migrations.count)); use a newer qcarchive."
            )
        }
        for (index, migration) in CatalogSchema.migrations.enumerated() where index >= current {
            do {
                try db.transaction {
                    try db.execute(script: migration)
                    try db.execute(script: "PRAGMA user_version = \(index + 1)")
                }
            } catch {
                throw CatalogError(
                    .migrationFailed,
                    "Could not migrate the catalog to schema version \(index + 1).",
                    underlying: error
                )
            }
        }
    }

    /// The schema as SQLite stores it, for the `Schemas/catalog.sql` check.
    package func dumpSchema() throws -> String {
        let statements = try db.rows("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type DESC, name") {
            $0.text(0) ?? ""
        }
        return statements.map { $0 + ";\n" }.joined()
    }

    package func snapshot(into path: String) throws {
        do {
            _ = try db.execute("VACUUM INTO ?", [path])
        } catch {
            throw CatalogError(.queryFailed, "Could not copy the catalog to \(path).", underlying: error)
        }
    }

    package func committedFile() throws -> String? {
        do {
            // (busy, frames in the log, frames checkpointed): 0 and an empty log when all is in the file.
            let result = try db.firstRow("PRAGMA wal_checkpoint(TRUNCATE)") { ($0.integer(0), $0.integer(1)) }
            return result.map { $0.0 == 0 && ($0.1 ?? 0) <= 0 } == true ? path : nil
        } catch {
            throw CatalogError(.queryFailed, "Could not checkpoint the catalog \(path).", underlying: error)
        }
    }
}
