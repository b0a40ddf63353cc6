/// A seal that could not be made: the signer or the time-stamp authority failed. Nothing is sealed
/// when it is thrown; the batch stays imported and the next run seals it.
package struct SealingError: Error, Sendable, CustomStringConvertible {
    package enum Code: Sendable, Equatable {
        /// The sealing key cannot sign (unreadable, not matching its certificate, expired).
        case signingFailed
        /// The time-stamp authority did not answer with a token over the request.
        case timestampFailed
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
