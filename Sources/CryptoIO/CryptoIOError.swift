import Foundation
internal import COpenSSL

/// An OpenSSL operation that failed, with the library's own error queue kept for `--verbose`.
package struct CryptoIOError: Error, Sendable, CustomStringConvertible {
    package enum Code: Sendable, Equatable {
        case digestFailed, parseFailed, keyFailed, certificateFailed, signFailed, verifyFailed, timestampFailed
        /// A certificate outside its validity at the time it was checked at (named with its dates).
        case certificateExpired
    }

    package var code: Code
    /// One sentence for the person at the terminal.
    package var message: String
    /// The OpenSSL function that failed and the drained error queue, never key material.
    package var library: String

    package var description: String { library.isEmpty ? message : "\(message) (\(library))" }

    package init(_ code: Code, _ message: String, library: String = "") {
        self.code = code
        self.message = message
        self.library = library
    }
}

/// Drains OpenSSL's thread-local error queue into one line.
func drainOpenSSLErrors() -> String {
    var parts: [String] = []
    while true {
        let code = ERR_get_error()
        if code == 0 { break }
        var buffer = [CChar](repeating: 0, count: 256)
        ERR_error_string_n(code, &buffer, buffer.count)
        parts.append(String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }
    return parts.joined(separator: "; ")
}

/// The one return-code check of this wrapper: anything but success becomes a `CryptoIOError`
/// that names the function and carries the drained error queue.
@inline(__always)
func check(
    _ ok: Bool,
    _ code: CryptoIOError.Code,
    _ message: @autoclosure () -> String,
    function: String
) throws(CryptoIOError) {
    if !ok { throw CryptoIOError(code, message(), library: "\(function): \(drainOpenSSLErrors())") }
}

/// Unwraps a pointer returned by OpenSSL, or throws with the drained error queue.
@inline(__always)
func checked<T>(
    _ value: T?,
    _ code: CryptoIOError.Code,
    _ message: @autoclosure () -> String,
    function: String
) throws(CryptoIOError) -> T {
    guard let value else { throw CryptoIOError(code, message(), library: "\(function): \(drainOpenSSLErrors())") }
    return value
}

/// RFC 3339 UTC text of a date, for messages (`2036-12-03T07:38:25Z`).
func utcText(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.string(from: date)
}
