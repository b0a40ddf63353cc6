/// A bundle that could not be assembled, written or signed.
package struct BundleError: Error, Sendable, CustomStringConvertible {
    package enum Code: Sendable, Equatable {
        case certificateNotFound, archiveWriteFailed, unreadable, historyRewritten
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
