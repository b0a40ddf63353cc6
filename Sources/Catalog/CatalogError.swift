/// A catalog operation that failed; the database's own error travels in `underlying`.
package struct CatalogError: Error, Sendable, CustomStringConvertible {
    /// `busy`: another program holds the catalog; `ioFailed`: the disk or the file system failed.
    package enum Code: Sendable, Equatable {
        case openFailed, migrationFailed, queryFailed, writeFailed, newerSchema, busy, ioFailed
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
