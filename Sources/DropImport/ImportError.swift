/// An import that could not run at all (a bad record is a reject, not an error).
package struct ImportError: Error, Sendable, CustomStringConvertible {
    package enum Code: Sendable, Equatable { case dropUnreadable, batchConflict, storeFailed, catalogFailed }

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
