import SQLiteIO

/// The catalog's SQLite connection: the same calls as `SQLiteConnection`, with SQLite's errors
/// turned into `CatalogError` here, so that nothing above the catalog sees the database's own
/// error type. Errors a caller's closure throws pass through as they are.
final class CatalogConnection {
    private let sqlite: SQLiteConnection

    /// - Throws: `CatalogError`.
    init(path: String, readOnly: Bool) throws {
        do {
            sqlite = try SQLiteConnection(path: path, readOnly: readOnly)
        } catch {
            throw CatalogError(error)
        }
    }

    func execute(script sql: String) throws {
        try translated { try sqlite.execute(script: sql) }
    }

    @discardableResult
    func execute(_ sql: String, _ arguments: [any SQLiteBindable] = []) throws -> Int {
        try translated { try sqlite.execute(sql, arguments) }
    }

    func forEachRow(
        _ sql: String,
        _ arguments: [any SQLiteBindable] = [],
        _ body: (borrowing SQLiteRow) throws -> Void
    ) throws {
        try translated { try sqlite.forEachRow(sql, arguments, body) }
    }

    func rows<T>(
        _ sql: String,
        _ arguments: [any SQLiteBindable] = [],
        _ map: (borrowing SQLiteRow) throws -> T
    ) throws -> [T] {
        try translated { try sqlite.rows(sql, arguments, map) }
    }

    func firstRow<T>(
        _ sql: String,
        _ arguments: [any SQLiteBindable] = [],
        _ map: (borrowing SQLiteRow) throws -> T
    ) throws -> T? {
        try translated { try sqlite.firstRow(sql, arguments, map) }
    }

    /// Runs `body` in one `BEGIN IMMEDIATE` transaction: committed when it returns, rolled back when it throws.
    func transaction<T>(_ body: () throws -> T) throws -> T {
        try translated { try sqlite.transaction(body) }
    }

    private func translated<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as SQLiteError {
            throw CatalogError(error)
        }
    }
}

extension CatalogError {
    /// SQLite's error as the catalog's: busy (another program holds the catalog), the disk's or
    /// the file system's, or a failed statement.
    init(_ error: SQLiteError) {
        switch error.code {
        case .busy:
            self.init(
                .busy,
                "The catalog is busy: another program holds it; try again when it is done.",
                underlying: error
            )
        case .diskFull, .ioFailed, .openFailed:
            self.init(.ioFailed, "The catalog cannot be written or read (disk full or I/O error).", underlying: error)
        default:
            self.init(.queryFailed, "A catalog operation failed.", underlying: error)
        }
    }
}
