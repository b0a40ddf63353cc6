import Catalog
import Foundation
import Storage

/// `verify --catalog`: the catalog against the sealed archive. A catalog is rebuilt from the sealed
/// files alone into a scratch file (as `reindex` would, without touching the archive) and compared
/// with the catalog in use, table by table, so that an edit made after sealing (an event's time, a
/// deleted row) is named instead of being served by queries or sealed into a new bundle version.
package enum CatalogAudit {
    /// - Returns: the tables that differ; none when the catalog holds exactly what the archive proves.
    /// - Throws: `ReindexError` when the archive itself does not verify; `CatalogError`, `StorageError`.
    package static func run(_ archive: Archive) throws -> [CatalogDifference] {
        guard let catalog = archive.catalogIfOpen else {
            throw CatalogError(.openFailed, "The archive \(archive.layout.root) has no catalog to compare.")
        }
        let scratch = NSTemporaryDirectory() + "qcarchive-catalog-\(UUID().uuidString).sqlite"
        defer { for suffix in ["", "-wal", "-shm"] { FileIO.remove(scratch + suffix) } }
        _ = try ReindexJob(layout: archive.layout).build(into: scratch, verifier: try archive.verifier())
        return try catalog.differences(from: scratch)
    }
}
