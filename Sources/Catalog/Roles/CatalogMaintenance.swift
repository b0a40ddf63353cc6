/// The catalog as a whole: transactions, consistent copies, and connections for other threads.
package protocol CatalogMaintenance: AnyObject {
    /// Runs `body` in one write transaction: all of it is committed, or none.
    func write<T>(_ body: () throws -> T) throws -> T

    /// Writes a consistent copy of the catalog, as committed, to a new SQLite file at `path` (a
    /// handover's catalog snapshot).
    /// - Throws: `CatalogError` `.queryFailed`.
    func snapshot(into path: String) throws

    /// The one file that holds the whole catalog as committed, when there is one: for SQLite, the
    /// database after its write-ahead log is checkpointed into it, which holds while no other
    /// connection writes (the caller holds the archive's lock). Nil when it cannot be made so
    /// (a reader keeps the log); `snapshot(into:)` then.
    func committedFile() throws -> String?

    /// Opens further read-only connections to the same catalog, for workers on other threads; they
    /// see what is committed.
    func readerOpener() -> @Sendable () throws -> any ArchiveCatalog
}
