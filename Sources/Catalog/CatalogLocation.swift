/// Where an archive's catalog lives: the SQLite file in the archive folder (the default), or a
/// PostgreSQL database that `archive.json` names by URI (`init --catalog postgresql://…`).
package enum CatalogLocation: Sendable, Equatable, CustomStringConvertible {
    case sqlite(path: String)
    /// A libpq connection URI. It carries no password: libpq takes that from `PGPASSWORD`,
    /// `~/.pgpass` or `PGPASSFILE`, so that the archive folder never holds it.
    case postgreSQL(uri: String)

    /// A PostgreSQL catalog as `init --catalog` names it.
    /// - Throws: `CatalogError` `.openFailed` for another scheme, or for a URI with a password.
    package static func postgreSQL(parsing uri: String) throws -> CatalogLocation {
        guard uri.hasPrefix("postgresql://") || uri.hasPrefix("postgres://") else {
            throw CatalogError(.openFailed, "--catalog takes a postgresql:// URI (libpq's connection URI).")
        }
        let authority = uri.drop { $0 != "/" }.dropFirst(2).prefix { $0 != "/" && $0 != "?" }
        let userInfo = authority.contains("@") ? authority.prefix { $0 != "@" } : ""
        if userInfo.contains(":") || uri.contains("password=") {
            throw CatalogError(
                .openFailed,
                "The catalog URI must not carry a password: archive.json would keep it. Give it to libpq in "
                    + "~/.pgpass, PGPASSFILE or PGPASSWORD instead."
            )
        }
        return .postgreSQL(uri: uri)
    }

    package var description: String {
        switch self {
        case .sqlite(let path): path
        case .postgreSQL(let uri): uri
        }
    }
}
