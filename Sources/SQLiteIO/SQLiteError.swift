internal import CSQLite

/// A SQLite call that failed. Statement arguments are never part of the message.
package struct SQLiteError: Error, Sendable, CustomStringConvertible {
    package enum Code: Sendable, Equatable { case openFailed, busy, constraint, readOnly, diskFull, ioFailed, failed }

    package var code: Code
    package var message: String
    /// The SQLite function, result code and `sqlite3_errmsg`.
    package var library: String

    package var description: String { "\(message) (\(library))" }

    init(status: Int32, connection: OpaquePointer?, message: String, function: String) {
        let text =
            connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            ?? String(cString: sqlite3_errstr(status))
        switch status & 0xff {
        case SQLITE_BUSY, SQLITE_LOCKED: code = .busy
        case SQLITE_CONSTRAINT: code = .constraint
        case SQLITE_READONLY: code = .readOnly
        case SQLITE_CANTOPEN: code = .openFailed
        case SQLITE_FULL: code = .diskFull
        case SQLITE_IOERR: code = .ioFailed
        default: code = .failed
        }
        self.message = message
        library = "\(function) returned \(status): \(text)"
    }
}
