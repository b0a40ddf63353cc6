import Testing

/// The catalog a parameterised test runs against: the embedded SQLite file, or a new database on the
/// test PostgreSQL server (issue #17: one suite, both catalogs).
public enum TestCatalog: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgresql

    public var testDescription: String { rawValue }

    /// What `init` is given: nothing for SQLite, `--catalog URI` of a new database for PostgreSQL.
    public func initArguments(_ label: String = #function) throws -> [String] {
        switch self {
        case .sqlite: []
        case .postgresql: ["--catalog", try PostgresTestServer.newDatabaseURI(label)]
        }
    }
}
