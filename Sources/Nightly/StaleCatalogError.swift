import Foundation

/// The catalog does not know batches sealed in the archive.
package struct StaleCatalogError: Error, Sendable, CustomStringConvertible {
    package var batches: [String]
    package var description: String {
        "The catalog does not know the sealed batch(es) \(batches.prefix(5).joined(separator: ", ")) of this archive "
            + "(deleted or restored from an older copy); run 'qcarchive reindex' first, so that nothing sealed is "
            + "written over."
    }
}
