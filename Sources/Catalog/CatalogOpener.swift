/// Opens an archive's catalog: the one place where a backend is named, so that nothing above the
/// catalog depends on which database holds it (SQLite today; issue #17's PostgreSQL joins here).
package enum CatalogOpener {
    /// The catalog at `path`, created or migrated to this version's schema.
    /// - Throws: `CatalogError` `.openFailed`, `.busy`, `.migrationFailed` or `.newerSchema`.
    package static func writable(at path: String) throws -> any ArchiveCatalog {
        try SQLiteCatalog(path: path)
    }

    /// The catalog at `path`, read-only: never migrated (an older schema is refused until a writing
    /// command upgrades it).
    /// - Throws: `CatalogError` `.openFailed`, `.busy`.
    package static func readOnly(at path: String) throws -> any ArchiveCatalog {
        try SQLiteCatalog(path: path, readOnly: true)
    }
}
