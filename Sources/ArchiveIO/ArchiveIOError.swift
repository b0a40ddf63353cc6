internal import CArchive

/// A libarchive operation that failed.
package struct ArchiveIOError: Error, Sendable, CustomStringConvertible {
    package enum Code: Sendable, Equatable { case openFailed, writeFailed, readFailed, unsupportedEntry }

    package var code: Code
    package var message: String
    /// The libarchive function, status and `archive_error_string`.
    package var library: String

    package var description: String { library.isEmpty ? message : "\(message) (\(library))" }

    package init(_ code: Code, _ message: String, library: String = "") {
        self.code = code
        self.message = message
        self.library = library
    }
}

/// The one return-code check of this wrapper.
@inline(__always)
func check(
    _ status: Int32,
    _ archive: OpaquePointer,
    _ code: ArchiveIOError.Code,
    _ message: @autoclosure () -> String,
    function: String
) throws(ArchiveIOError) {
    guard status < ARCHIVE_WARN else { return }  // ARCHIVE_OK and ARCHIVE_WARN go on; FAILED and FATAL stop
    let text = archive_error_string(archive).map { String(cString: $0) } ?? "no message"
    throw ArchiveIOError(
        code,
        message(),
        library: "\(function) returned \(status), errno \(archive_errno(archive)): \(text)"
    )
}
