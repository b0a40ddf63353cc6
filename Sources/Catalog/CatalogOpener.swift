import Foundation

/// Opens an archive's catalog: the one place where a backend is chosen, so that nothing above the
/// catalog depends on which database holds it.
package enum CatalogOpener {
    /// The catalog at `location`, created or migrated to this version's schema.
    /// - Throws: `CatalogError` `.openFailed`, `.busy`, `.migrationFailed` or `.newerSchema`.
    package static func writable(_ location: CatalogLocation) throws -> any ArchiveCatalog {
        switch location {
        case .sqlite(let path): try SQLiteCatalog(path: path)
        case .postgreSQL(let uri): try PostgreSQLCatalog(conninfo: uri)
        }
    }

    /// The catalog at `location`, read-only: never migrated (an older schema is refused until a
    /// writing command upgrades it).
    /// - Throws: `CatalogError` `.openFailed`, `.busy`.
    package static func readOnly(_ location: CatalogLocation) throws -> any ArchiveCatalog {
        switch location {
        case .sqlite(let path): try SQLiteCatalog(path: path, readOnly: true)
        case .postgreSQL(let uri): try PostgreSQLCatalog(conninfo: uri, readOnly: true)
        }
    }

    /// The SQLite catalog at `path` (a rebuild's scratch catalog), created or migrated.
    package static func writable(at path: String) throws -> any ArchiveCatalog { try writable(.sqlite(path: path)) }

    /// Whether a catalog was ever created at `location`: SQLite's file, PostgreSQL's schema.
    /// - Throws: `CatalogError` `.openFailed` when the server cannot be reached.
    package static func exists(_ location: CatalogLocation) throws -> Bool {
        switch location {
        case .sqlite(let path): FileManager.default.fileExists(atPath: path)
        case .postgreSQL(let uri): try PostgreSQLSchema.isCreated(conninfo: uri)
        }
    }
}
