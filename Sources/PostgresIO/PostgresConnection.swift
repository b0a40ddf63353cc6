internal import CLibPQ

/// One PostgreSQL connection and its prepared statements, with the calls `SQLiteConnection` offers
/// (statements keep SQLite's `?N` parameters). Not thread-safe: it stays inside the task that
/// opened it; workers open one each.
package final class PostgresConnection {
    private let handle: OpaquePointer
    /// Prepared statement names by their SQL text, as given.
    private var statements: [String: String] = [:]
    /// Inside `transaction`: a throwing row body must not cancel (a cancel would abort the transaction).
    private var inTransaction = false
    /// While `forEachRow` reads: libpq would silently drop the rest of its rows if another statement
    /// ran on the connection, so none may.
    private var streaming = false
    /// Cursors opened so far, for a fresh name each.
    private var cursors = 0

    /// Connects. Sessions run in UTC with UTF-8 text and hex `bytea` output; notices are dropped
    /// (libpq prints them). A server that does not answer is given up after 10 s unless `conninfo`
    /// names its own `connect_timeout` (keywords after the expanded `dbname` override it).
    /// - Parameters:
    ///   - conninfo: a `postgresql://` URI or `key=value` connection string.
    ///   - applicationName: what `pg_stat_activity` shows for this session (at most 63 bytes are kept).
    /// - Throws: `PostgresError` `.openFailed`.
    package init(conninfo: String, applicationName: String = "qcarchive") throws(PostgresError) {
        let settings = [
            ("connect_timeout", "10"), ("dbname", conninfo), ("application_name", applicationName),
            ("client_encoding", "UTF8"),
        ]
        let connection = CStrings.with(settings.map(\.0)) { keywords in
            CStrings.with(settings.map(\.1)) { values in PQconnectdbParams(keywords, values, 1) }
        }
        guard let connection, PQstatus(connection) == CONNECTION_OK else {
            let text = connection.map { Self.trimmed(PQerrorMessage($0)) } ?? "out of memory"
            PQfinish(connection)
            throw PostgresError(
                .openFailed,
                "Could not connect to the PostgreSQL catalog.",
                library: "PQconnectdbParams: \(text)"
            )
        }
        handle = connection
        qc_pq_silence_notices(connection)
        do {
            try execute(script: "SET TimeZone = 'UTC'; SET bytea_output = 'hex'")
        } catch {
            throw PostgresError(.openFailed, "Could not set up the PostgreSQL session.", library: error.library)
        }
    }

    deinit { PQfinish(handle) }

    /// The server's version as an integer (150018 for 15.18).
    package var serverVersion: Int { Int(PQserverVersion(handle)) }

    /// Runs one or more statements without arguments (schema, `SET`).
    /// - Throws: `PostgresError`.
    package func execute(script sql: String) throws(PostgresError) {
        try notStreaming()
        let result = PQexec(handle, sql)
        defer { PQclear(result) }
        try check(result, "PQexec", "A catalog statement failed.")
    }

    /// Runs one statement with arguments and returns the number of rows it changed.
    /// - Throws: `PostgresError` (`.constraint` for a violated constraint).
    @discardableResult
    package func execute(_ sql: String, _ arguments: [any PostgresBindable] = []) throws(PostgresError) -> Int {
        let result = try executed(sql, arguments, "A catalog statement failed.")
        defer { PQclear(result) }
        return PQcmdTuples(result).flatMap { Int(String(cString: $0)) } ?? 0
    }

    /// Runs a query and calls `body` once per row, with memory bounded whatever the answer's size.
    /// Inside a transaction, or when `statementsInBody`, the rows come from a cursor, `cursorBatch` at
    /// a time, and `body` may run statements of its own (a writer reading a work list while it
    /// writes); outside a transaction that cursor is `WITH HOLD`, which the server fills with the
    /// whole answer first. Otherwise the rows arrive as the server finds them (single-row mode), and
    /// statements in `body` are refused.
    /// - Throws: `PostgresError`, or what `body` throws (the query is then cancelled, or its cursor
    ///   closed).
    package func forEachRow(
        _ sql: String,
        _ arguments: [any PostgresBindable] = [],
        statementsInBody: Bool = false,
        _ body: (borrowing PostgresRow) throws -> Void
    ) throws {
        try notStreaming()
        if inTransaction || statementsInBody { return try forEachRowOfCursor(sql, arguments, body) }
        let name = try prepared(sql)
        let sent = try Parameters(arguments).withPointers { values, lengths, formats in
            PQsendQueryPrepared(handle, name, Int32(arguments.count), values, lengths, formats, 0)
        }
        guard sent == 1 else { throw failure(nil, "PQsendQueryPrepared", "A catalog query failed.") }
        streaming = true
        defer { streaming = false }
        var thrown: (any Error)? =
            PQsetSingleRowMode(handle) == 1 ? nil : failure(nil, "PQsetSingleRowMode", "A catalog query failed.")
        while let result = PQgetResult(handle) {
            defer { PQclear(result) }
            switch PQresultStatus(result) {
            case PGRES_SINGLE_TUPLE:
                guard thrown == nil else { continue }
                do {
                    try body(PostgresRow(result: result, row: 0))
                } catch {
                    thrown = error
                    if !inTransaction { cancel() }
                }
            case PGRES_TUPLES_OK, PGRES_COMMAND_OK:
                // The end of the rows; in single-row mode every row came before it.
                if thrown == nil, PQntuples(result) > 0 {
                    thrown = PostgresError(
                        .failed,
                        "A catalog query returned rows outside single-row mode.",
                        library: "PQgetResult"
                    )
                }
            default:
                if thrown == nil { thrown = failure(result, "PQgetResult", "A catalog query failed.") }
            }
        }
        if let thrown { throw thrown }
    }

    /// Rows fetched at a time from a cursor: few round trips, and little memory per fetch.
    package static let cursorBatch = 1_000

    private func forEachRowOfCursor(
        _ sql: String,
        _ arguments: [any PostgresBindable],
        _ body: (borrowing PostgresRow) throws -> Void
    ) throws {
        cursors += 1
        let cursor = "qc_cursor\(cursors)"
        let hold = inTransaction ? "" : " WITH HOLD"
        let declare = "DECLARE \(cursor) NO SCROLL CURSOR\(hold) FOR " + PostgresPlaceholders.rewrite(sql)
        let declared = try Parameters(arguments).withPointers { values, lengths, formats in
            PQexecParams(handle, declare, Int32(arguments.count), nil, values, lengths, formats, 0)
        }
        defer { PQclear(declared) }
        try check(declared, "PQexecParams", "A catalog query failed.")
        do {
            while true {
                guard let fetched = PQexec(handle, "FETCH \(Self.cursorBatch) FROM \(cursor)") else {
                    throw failure(nil, "PQexec", "A catalog query failed.")
                }
                defer { PQclear(fetched) }
                try check(fetched, "PQexec", "A catalog query failed.")
                let count = PQntuples(fetched)
                for row in 0..<count { try body(PostgresRow(result: fetched, row: row)) }
                if count < Self.cursorBatch { break }
            }
        } catch {
            try? execute(script: "CLOSE \(cursor)")
            throw error
        }
        try execute(script: "CLOSE \(cursor)")
    }

    /// Maps every row of a query, or of a statement's `RETURNING`, from its whole result (one round
    /// trip; `forEachRow` for answers too large to hold).
    package func rows<T>(
        _ sql: String,
        _ arguments: [any PostgresBindable] = [],
        _ map: (borrowing PostgresRow) throws -> T
    ) throws -> [T] {
        let result = try executed(sql, arguments, "A catalog query failed.")
        defer { PQclear(result) }
        return try (0..<PQntuples(result)).map { try map(PostgresRow(result: result, row: $0)) }
    }

    /// Maps the first row of a query, or nil when there is none.
    package func firstRow<T>(
        _ sql: String,
        _ arguments: [any PostgresBindable] = [],
        _ map: (borrowing PostgresRow) throws -> T
    ) throws -> T? {
        let result = try executed(sql, arguments, "A catalog query failed.")
        defer { PQclear(result) }
        guard PQntuples(result) > 0 else { return nil }
        return try map(PostgresRow(result: result, row: 0))
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws. A
    /// statement that failed inside aborts the whole transaction, even when `body` caught its error:
    /// then nothing is committed and this throws.
    /// - Throws: `PostgresError` `.failed` when a transaction is already open (they do not nest).
    package func transaction<T>(_ body: () throws -> T) throws -> T {
        guard PQtransactionStatus(handle) == PQTRANS_IDLE else {
            throw PostgresError(.failed, "A catalog transaction was already open.", library: "PQtransactionStatus")
        }
        try execute(script: "BEGIN")
        inTransaction = true
        defer { inTransaction = false }
        do {
            let result = try body()
            guard PQtransactionStatus(handle) == PQTRANS_INTRANS else {
                throw PostgresError(
                    .failed,
                    "A statement of the catalog transaction failed; nothing was committed.",
                    library: "PQtransactionStatus"
                )
            }
            try commit()
            return result
        } catch {
            if PQtransactionStatus(handle) != PQTRANS_IDLE { try? execute(script: "ROLLBACK") }
            throw error
        }
    }

    /// `COMMIT`, which the server answers `ROLLBACK` (without an error) for an aborted transaction.
    private func commit() throws(PostgresError) {
        let result = PQexec(handle, "COMMIT")
        defer { PQclear(result) }
        try check(result, "PQexec", "The catalog transaction could not be committed.")
        let tag = PQcmdStatus(result).map { String(cString: $0) }
        guard tag == "COMMIT" else {
            throw PostgresError(
                .failed,
                "The catalog transaction was rolled back instead of committed.",
                library: "COMMIT answered \(tag ?? "nothing")"
            )
        }
    }

    /// Loads rows with `COPY … FROM STDIN` (text format), sent 64 KiB at a time; returns the number
    /// of rows the server took. A failed row fails the whole COPY (nothing of it is kept).
    /// - Parameters:
    ///   - table: a table name as the SQL names it; `columns` likewise. Neither may come from input.
    /// - Throws: `PostgresError`, or what `rows` throws (the COPY is then abandoned).
    package func copy<Rows: Sequence<[any PostgresBindable]>>(
        into table: String,
        columns: [String],
        rows: Rows
    ) throws -> Int {
        try notStreaming()
        let start = PQexec(handle, "COPY \(table) (\(columns.joined(separator: ", "))) FROM STDIN")
        defer { PQclear(start) }
        guard PQresultStatus(start) == PGRES_COPY_IN else {
            throw failure(start, "PQexec", "The catalog could not start a bulk load.")
        }
        var encoder = PostgresCopyEncoder()
        var abandoned: (any Error)? = nil
        do {
            for row in rows {
                try encoder.append(row)
                if encoder.bytes.count >= 1 << 16 { try send(&encoder.bytes) }
            }
            try send(&encoder.bytes)
        } catch {
            abandoned = error
        }
        let ended = PQputCopyEnd(handle, abandoned == nil ? nil : "abandoned by qcarchive")
        var failed: PostgresError? = ended == 1 ? nil : failure(nil, "PQputCopyEnd", "A bulk load failed.")
        var count = 0
        while let result = PQgetResult(handle) {
            defer { PQclear(result) }
            if PQresultStatus(result) == PGRES_COMMAND_OK {
                count = PQcmdTuples(result).flatMap { Int(String(cString: $0)) } ?? 0
            } else if failed == nil {
                failed = failure(result, "PQgetResult", "A bulk load failed.")
            }
        }
        if let abandoned { throw abandoned }
        if let failed { throw failed }
        return count
    }

    /// A prepared statement's whole result, checked; the caller clears it.
    private func executed(
        _ sql: String,
        _ arguments: [any PostgresBindable],
        _ message: String
    ) throws(PostgresError) -> OpaquePointer {
        try notStreaming()
        let name = try prepared(sql)
        let result = try Parameters(arguments).withPointers { values, lengths, formats in
            PQexecPrepared(handle, name, Int32(arguments.count), values, lengths, formats, 0)
        }
        guard let result else { throw failure(nil, "PQexecPrepared", message) }
        do {
            try check(result, "PQexecPrepared", message)
        } catch {
            PQclear(result)
            throw error
        }
        return result
    }

    private func send(_ bytes: inout [UInt8]) throws(PostgresError) {
        guard !bytes.isEmpty else { return }
        let status = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { PQputCopyData(handle, $0.baseAddress, Int32($0.count)) }
        }
        guard status == 1 else { throw failure(nil, "PQputCopyData", "A bulk load failed.") }
        bytes.removeAll(keepingCapacity: true)
    }

    private func notStreaming() throws(PostgresError) {
        guard !streaming else {
            throw PostgresError(
                .failed,
                "A catalog statement was run while a query's rows were being read.",
                library: "PostgresIO"
            )
        }
    }

    /// Asks the server to stop the running query (best effort; its error result is then ignored).
    private func cancel() {
        guard let token = PQgetCancel(handle) else { return }
        defer { PQfreeCancel(token) }
        var buffer = [CChar](repeating: 0, count: 256)
        _ = PQcancel(token, &buffer, Int32(buffer.count))
    }

    private func prepared(_ sql: String) throws(PostgresError) -> String {
        if let name = statements[sql] { return name }
        let name = "qc\(statements.count)"
        let result = PQprepare(handle, name, PostgresPlaceholders.rewrite(sql), 0, nil)
        defer { PQclear(result) }
        try check(result, "PQprepare", "A catalog statement could not be prepared.")
        statements[sql] = name
        return name
    }

    private func check(_ result: OpaquePointer?, _ function: String, _ message: String) throws(PostgresError) {
        guard let result else { throw failure(nil, function, message) }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_SINGLE_TUPLE: return
        default: throw failure(result, function, message)
        }
    }

    /// The error a failed result (or, without one, the connection) reports.
    private func failure(_ result: OpaquePointer?, _ function: String, _ message: String) -> PostgresError {
        let sqlState = result.flatMap { PQresultErrorField($0, Int32(UInt8(ascii: "C"))) }.map { String(cString: $0) }
        let text = result.map { Self.trimmed(PQresultErrorMessage($0)) } ?? ""
        let code: PostgresError.Code =
            PQstatus(handle) == CONNECTION_BAD ? .ioFailed : PostgresError.code(sqlState: sqlState)
        return PostgresError(
            code,
            message,
            sqlState: sqlState,
            library: "\(function): \(text.isEmpty ? Self.trimmed(PQerrorMessage(handle)) : text)"
        )
    }

    private static func trimmed(_ text: UnsafePointer<CChar>?) -> String {
        guard let text else { return "" }
        var string = String(cString: text)
        while string.last?.isNewline == true { string.removeLast() }
        return string
    }
}
