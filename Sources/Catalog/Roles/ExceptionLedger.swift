import Lifecycle

/// The exception register's versions, in the order they were appended.
package protocol ExceptionLedger: AnyObject {
    /// Appends a version to the exception register.
    func append(_ version: ExceptionVersion, entrySHA256: String) throws
    /// Every version, in the order they were appended (the order of `exceptions/register.jsonl`).
    func exceptionVersions() throws -> [ExceptionVersion]
    /// True when an entry with this content was already imported from a drop.
    func hasImportedException(entrySHA256: String) throws -> Bool
}
