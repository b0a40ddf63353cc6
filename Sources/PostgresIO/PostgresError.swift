/// A libpq call or a statement that failed. Statement arguments are never part of the message.
package struct PostgresError: Error, Sendable, CustomStringConvertible {
    package enum Code: Sendable, Equatable {
        /// No connection: refused, authentication failed, no such database.
        case openFailed
        /// Another session holds what was asked for, or the server is overloaded (retry later).
        case busy
        /// The server, the disk or the network failed, or the connection was lost.
        case ioFailed
        /// A unique, foreign-key, not-null or check constraint refused the change.
        case constraint
        /// The session's role lacks a privilege the statement needs.
        case permissionDenied
        /// Anything else: a statement the server refused, a value it cannot hold.
        case failed
    }

    package var code: Code
    package var message: String
    /// The five-character SQLSTATE, when the server sent one.
    package var sqlState: String?
    /// The libpq function and the server's or libpq's own message.
    package var library: String

    package var description: String { "\(message) (\(library))" }

    package init(_ code: Code, _ message: String, sqlState: String? = nil, library: String) {
        self.code = code
        self.message = message
        self.sqlState = sqlState
        self.library = library
    }

    /// A text with U+0000, refused before it is sent (the server would answer 22021).
    static let textWithNUL = PostgresError(
        .failed,
        "A text value holds U+0000, which PostgreSQL cannot store.",
        library: "PostgresIO"
    )

    /// The code a SQLSTATE means (PostgreSQL's appendix A); without one (libpq's own errors) `.failed`:
    /// a lost connection is found from the connection's state instead.
    static func code(sqlState: String?) -> Code {
        guard let sqlState else { return .failed }
        switch sqlState {
        case "55P03", "40001", "40P01", "57014": return .busy
        case "53100", "53200", "58030", "57P01", "57P02", "57P03": return .ioFailed
        case "3D000": return .openFailed
        case "42501": return .permissionDenied
        default:
            switch sqlState.prefix(2) {
            case "08": return .ioFailed
            case "28": return .openFailed
            case "23": return .constraint
            default: return .failed
            }
        }
    }
}
