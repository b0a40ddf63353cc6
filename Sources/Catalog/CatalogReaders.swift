import Foundation

/// Read-only catalog connections for workers: a worker borrows one, reads, and gives it back, so
/// that there are never more connections than workers running at once, and no connection is used
/// by two threads at a time.
package final class CatalogReaders: @unchecked Sendable {
    // @unchecked: `idle` is only touched under `lock`, and a connection only by the worker that
    // borrowed it, between the take and the give-back.
    private let open: @Sendable () throws -> any ArchiveCatalog
    private let lock = NSLock()
    private var idle: [any ArchiveCatalog] = []

    package init(_ catalog: any CatalogMaintenance) { open = catalog.readerOpener() }

    /// Runs `body` with a connection no other thread uses meanwhile.
    /// - Throws: `CatalogError` when no connection can be opened; what `body` throws.
    package func withReader<T>(_ body: (any ArchiveCatalog) throws -> T) throws -> T {
        let reader = try lock.withLock { idle.popLast() } ?? open()
        defer { lock.withLock { idle.append(reader) } }
        return try body(reader)
    }
}
