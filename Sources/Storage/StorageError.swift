/// A file-system operation of the archive that failed (exit status 74, or 75 for a held lock).
package struct StorageError: Error, Sendable, CustomStringConvertible {
    package enum Code: Sendable, Equatable { case ioFailed, locked, notAnArchive, alreadyExists }

    package var code: Code
    package var message: String
    /// The system call and errno text.
    package var library: String

    package var description: String { library.isEmpty ? message : "\(message) (\(library))" }

    package init(_ code: Code, _ message: String, library: String = "") {
        self.code = code
        self.message = message
        self.library = library
    }
}
