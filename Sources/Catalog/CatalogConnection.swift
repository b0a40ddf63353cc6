import SQLiteIO
internal import PostgresIO

/// The catalog's connection to its database, SQLite or PostgreSQL: the same calls on either, with
/// each database's errors turned into `CatalogError` here, so that nothing above the catalog sees
/// a database's own error type. Errors a caller's closure throws pass through as they are.
final class CatalogConnection {
    private enum Backend {
        case sqlite(SQLiteConnection)
        case postgres(PostgresConnection)
    }

    private let backend: Backend
    let dialect: CatalogDialect

    /// - Throws: `CatalogError`.
    init(sqlitePath path: String, readOnly: Bool) throws {
        do {
            backend = .sqlite(try SQLiteConnection(path: path, readOnly: readOnly))
        } catch {
            throw CatalogError(error)
        }
        dialect = .sqlite
    }

    /// - Throws: `CatalogError`.
    /// - Parameter planEachTime: every execution planned for its own values and the tables' sizes at
    ///   that moment, for the writer. A night fills its tables inside one transaction: a plan cached
    ///   while `bundle` was empty read all of it for every certificate sealed after (100,000 a night:
    ///   the seal did not end). Readers, which see only committed tables, keep cached plans (planning
    ///   each of their many small queries made the gates 2.4× slower).
    init(postgres conninfo: String, planEachTime: Bool) throws {
        do {
            let connection = try PostgresConnection(conninfo: conninfo)
            if planEachTime { try connection.execute(script: "SET plan_cache_mode = force_custom_plan") }
            backend = .postgres(connection)
        } catch {
            throw CatalogError(error)
        }
        dialect = .postgreSQL
    }

    func execute(script sql: String) throws {
        try translated {
            switch backend {
            case .sqlite(let db): try db.execute(script: sql)
            case .postgres(let db): try db.execute(script: sql)
            }
        }
    }

    @discardableResult
    func execute(_ sql: String, _ arguments: [any CatalogBindable] = []) throws -> Int {
        try translated {
            switch backend {
            case .sqlite(let db): try db.execute(sql, arguments)
            case .postgres(let db): try db.execute(sql, arguments)
            }
        }
    }

    /// Calls `body` once per row. It may run statements of its own on this connection only when
    /// `statementsInBody` (SQLite allows it always; PostgreSQL then reads through a cursor).
    func forEachRow(
        _ sql: String,
        _ arguments: [any CatalogBindable] = [],
        statementsInBody: Bool = false,
        _ body: (borrowing CatalogRow) throws -> Void
    ) throws {
        try translated {
            switch backend {
            case .sqlite(let db): try db.forEachRow(sql, arguments) { try CatalogRow.lend($0, to: body) }
            case .postgres(let db):
                try db.forEachRow(sql, arguments, statementsInBody: statementsInBody) {
                    try CatalogRow.lend($0, to: body)
                }
            }
        }
    }

    func rows<T>(
        _ sql: String,
        _ arguments: [any CatalogBindable] = [],
        _ map: (borrowing CatalogRow) throws -> T
    ) throws -> [T] {
        try translated {
            switch backend {
            case .sqlite(let db): try db.rows(sql, arguments) { try CatalogRow.lend($0, to: map) }
            case .postgres(let db): try db.rows(sql, arguments) { try CatalogRow.lend($0, to: map) }
            }
        }
    }

    func firstRow<T>(
        _ sql: String,
        _ arguments: [any CatalogBindable] = [],
        _ map: (borrowing CatalogRow) throws -> T
    ) throws -> T? {
        try translated {
            switch backend {
            case .sqlite(let db): try db.firstRow(sql, arguments) { try CatalogRow.lend($0, to: map) }
            case .postgres(let db): try db.firstRow(sql, arguments) { try CatalogRow.lend($0, to: map) }
            }
        }
    }

    /// Adds rows to a table in bulk (PostgreSQL's `COPY`; SQLite's prepared `INSERT`, as fast there).
    /// - Parameters: `table` and `columns` as the SQL names them; never from input.
    func insertAll(into table: String, columns: [String], rows: [[any CatalogBindable]]) throws {
        try translated {
            switch backend {
            case .sqlite(let db):
                let insert =
                    "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES ("
                    + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
                for row in rows { try db.execute(insert, row) }
            case .postgres(let db):
                _ = try db.copy(into: table, columns: columns, rows: rows.lazy.map { $0 as [any PostgresBindable] })
            }
        }
    }

    /// Runs `body` in one write transaction (SQLite's `BEGIN IMMEDIATE`): committed when it returns,
    /// rolled back when it throws.
    func transaction<T>(_ body: () throws -> T) throws -> T {
        try translated {
            switch backend {
            case .sqlite(let db): try db.transaction(body)
            case .postgres(let db): try db.transaction(body)
            }
        }
    }

    private func translated<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as SQLiteError {
            throw CatalogError(error)
        } catch let error as PostgresError {
            throw CatalogError(error)
        }
    }
}

extension CatalogError {
    /// Either database's answer when another program holds what was asked for.
    static let busy = "The catalog is busy: another program holds it; try again when it is done."

    /// SQLite's error as the catalog's: busy (another program holds the catalog), the disk's or
    /// the file system's, or a failed statement.
    init(_ error: SQLiteError) {
        switch error.code {
        case .busy: self.init(.busy, Self.busy, underlying: error)
        case .diskFull, .ioFailed, .openFailed:
            self.init(.ioFailed, "The catalog cannot be written or read (disk full or I/O error).", underlying: error)
        default:
            self.init(.queryFailed, "A catalog operation failed.", underlying: error)
        }
    }

    /// PostgreSQL's error as the catalog's, as `init(_: SQLiteError)` does for SQLite's: busy, the
    /// server's or the network's, no connection, or a failed statement.
    init(_ error: PostgresError) {
        switch error.code {
        case .busy: self.init(.busy, Self.busy, underlying: error)
        case .ioFailed:
            self.init(.ioFailed, "The catalog's database server cannot be reached or failed.", underlying: error)
        case .openFailed: self.init(.openFailed, "Could not connect to the PostgreSQL catalog.", underlying: error)
        case .permissionDenied:
            self.init(
                .queryFailed,
                "The catalog's database refused this role a privilege it needs (a reader's role cannot write); "
                    + "see docs/OPERATIONS.md, \"A catalog on PostgreSQL\".",
                underlying: error
            )
        case .constraint, .failed: self.init(.queryFailed, "A catalog operation failed.", underlying: error)
        }
    }
}
