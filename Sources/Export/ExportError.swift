/// An export that could not be written.
package struct ExportError: Error, Sendable, CustomStringConvertible {
    package enum Code: Sendable, Equatable {
        case writeFailed, unreadable
        /// A selection that names no certificate, or a serials file with a bad line (exit 64).
        case badSelection
        /// A serials file names a certificate the archive does not hold (exit 1, like every "not found").
        case notFound
    }

    package var code: Code
    package var message: String
    package var underlying: (any Error & Sendable)?

    package var description: String { message }

    package init(_ code: Code, _ message: String, underlying: (any Error & Sendable)? = nil) {
        self.code = code
        self.message = message
        self.underlying = underlying
    }
}
