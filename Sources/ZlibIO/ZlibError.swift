/// A zlib stream that could not be inflated or deflated.
package struct ZlibError: Error, Sendable, CustomStringConvertible {
    package enum Code: Sendable, Equatable { case corrupt, truncated, failed }

    package var code: Code
    package var message: String
    /// The zlib function, status and `msg`.
    package var library: String

    package var description: String { "\(message) (\(library))" }
}
