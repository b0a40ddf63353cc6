internal import CSQLite

/// One SQLite connection and its prepared-statement cache. Not thread-safe: it stays inside the
/// task that opened it (Swift 6 refuses to send it elsewhere).
package final class SQLiteConnection {
    private let handle: OpaquePointer
    private var statements: [String: OpaquePointer] = [:]

    /// Process-wide settings, made once before the first connection opens: no memory statistics
    /// (their global mutex serializes connections used on several threads).
    private static let configured: Bool = qc_sqlite_disable_memory_statistics() == SQLITE_OK

    /// Opens (or creates) a database file.
    /// - Parameter readOnly: open with `SQLITE_OPEN_READONLY`, so that no statement can change the file.
    /// - Throws: `SQLiteError` `.openFailed`.
    package init(path: String, readOnly: Bool = false) throws(SQLiteError) {
        _ = Self.configured
        var db: OpaquePointer? = nil
        let flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) | SQLITE_OPEN_NOMUTEX
        let status = sqlite3_open_v2(path, &db, flags, nil)
        guard status == SQLITE_OK, let db else {
            let error = SQLiteError(
                status: status,
                connection: db,
                message: "Could not open the catalog at \(path).",
                function: "sqlite3_open_v2"
            )
            sqlite3_close_v2(db)
            throw error
        }
        handle = db
        sqlite3_busy_timeout(db, 5_000)
        sqlite3_extended_result_codes(db, 1)
    }

    deinit {
        for statement in statements.values { sqlite3_finalize(statement) }
        sqlite3_close_v2(handle)
    }

    /// Runs one or more statements without arguments (schema, pragmas).
    /// - Throws: `SQLiteError`.
    package func execute(script sql: String) throws(SQLiteError) {
        let status = sqlite3_exec(handle, sql, nil, nil, nil)
        guard status == SQLITE_OK else {
            throw SQLiteError(
                status: status,
                connection: handle,
                message: "A catalog statement failed.",
                function: "sqlite3_exec"
            )
        }
    }

    /// Runs one statement with arguments and returns the number of changed rows.
    /// - Throws: `SQLiteError` (`.constraint` for a violated constraint).
    @discardableResult
    package func execute(_ sql: String, _ arguments: [any SQLiteBindable] = []) throws(SQLiteError) -> Int {
        let statement = try prepared(sql, arguments)
        defer { sqlite3_reset(statement) }
        let status = sqlite3_step(statement)
        guard status == SQLITE_DONE || status == SQLITE_ROW else {
            throw SQLiteError(
                status: status,
                connection: handle,
                message: "A catalog statement failed.",
                function: "sqlite3_step"
            )
        }
        return Int(sqlite3_changes(handle))
    }

    /// Runs a query and calls `body` once per row.
    /// - Throws: `SQLiteError`, or what `body` throws.
    package func forEachRow(
        _ sql: String,
        _ arguments: [any SQLiteBindable] = [],
        _ body: (borrowing SQLiteRow) throws -> Void
    ) throws {
        let statement = try prepared(sql, arguments)
        defer { sqlite3_reset(statement) }
        while true {
            let status = sqlite3_step(statement)
            if status == SQLITE_DONE { return }
            guard status == SQLITE_ROW else {
                throw SQLiteError(
                    status: status,
                    connection: handle,
                    message: "A catalog query failed.",
                    function: "sqlite3_step"
                )
            }
            try body(SQLiteRow(statement: statement))
        }
    }

    /// Maps every row of a query.
    package func rows<T>(
        _ sql: String,
        _ arguments: [any SQLiteBindable] = [],
        _ map: (borrowing SQLiteRow) throws -> T
    ) throws -> [T] {
        var out: [T] = []
        try forEachRow(sql, arguments) { out.append(try map($0)) }
        return out
    }

    /// Maps the first row of a query, or nil when there is none.
    package func firstRow<T>(
        _ sql: String,
        _ arguments: [any SQLiteBindable] = [],
        _ map: (borrowing SQLiteRow) throws -> T
    ) throws -> T? {
        var out: T? = nil
        let statement = try prepared(sql, arguments)
        defer { sqlite3_reset(statement) }
        let status = sqlite3_step(statement)
        if status == SQLITE_ROW {
            out = try map(SQLiteRow(statement: statement))
        } else if status != SQLITE_DONE {
            throw SQLiteError(
                status: status,
                connection: handle,
                message: "A catalog query failed.",
                function: "sqlite3_step"
            )
        }
        return out
    }

    /// Runs `body` in one `BEGIN IMMEDIATE` transaction: committed when it returns, rolled back when it throws.
    package func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute(script: "BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute(script: "COMMIT")
            return result
        } catch {
            try? execute(script: "ROLLBACK")
            throw error
        }
    }

    private func prepared(_ sql: String, _ arguments: [any SQLiteBindable]) throws(SQLiteError) -> OpaquePointer {
        let statement: OpaquePointer
        if let cached = statements[sql] {
            statement = cached
        } else {
            var made: OpaquePointer? = nil
            let status = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &made, nil)
            guard status == SQLITE_OK, let made else {
                throw SQLiteError(
                    status: status,
                    connection: handle,
                    message: "A catalog statement could not be prepared.",
                    function: "sqlite3_prepare_v3"
                )
            }
            statements[sql] = made
            statement = made
        }
        sqlite3_clear_bindings(statement)
        for (offset, argument) in arguments.enumerated() {
            let index = Int32(offset + 1)
            let status: Int32
            switch argument.sqliteValue {
            case .null: status = sqlite3_bind_null(statement, index)
            case .integer(let value): status = sqlite3_bind_int64(statement, index, value)
            case .real(let value): status = sqlite3_bind_double(statement, index, value)
            case .text(let value): status = sqlite3_bind_text(statement, index, value, -1, qc_sqlite_transient())
            case .blob(let value):
                status =
                    value.isEmpty
                    ? sqlite3_bind_zeroblob(statement, index, 0)
                    : value.withUnsafeBytes {
                        sqlite3_bind_blob(statement, index, $0.baseAddress, Int32($0.count), qc_sqlite_transient())
                    }
            }
            guard status == SQLITE_OK else {
                throw SQLiteError(
                    status: status,
                    connection: handle,
                    message: "A catalog argument could not be bound.",
                    function: "sqlite3_bind"
                )
            }
        }
        return statement
    }
}
