import Catalog
import Foundation
import Storage

/// Guards every writing command against a missing or stale catalog: the archive is the truth, so a
/// batch sealed on disk that the catalog does not know means the catalog was deleted or restored
/// from an older copy. Writing then would start bundle versions and the seal chain over and
/// overwrite sealed evidence, so the command refuses until `reindex` has rebuilt the catalog.
package enum CatalogCheck {
    /// - Throws: `StaleCatalogError` naming the batches the catalog lacks.
    package static func requireCurrent(_ layout: ArchiveLayout, _ catalog: any ArchiveCatalog) throws {
        // A batch the catalog holds in any state is known: one imported but not yet recorded as sealed
        // (a run stopped after writing its seal) is sealed again, consistently, by the next run.
        let known = Set(try catalog.batches().map(\.id.rawValue))
        let onDisk = ((try? FileManager.default.contentsOfDirectory(atPath: layout.batches)) ?? [])
            .filter { FileIO.exists(layout.batch($0) + "/seal.json") }
        let unknown = onDisk.filter { !known.contains($0) }.sorted()
        guard unknown.isEmpty else { throw StaleCatalogError(batches: unknown) }
    }
}

/// The catalog does not know batches sealed in the archive.
package struct StaleCatalogError: Error, Sendable, CustomStringConvertible {
    package var batches: [String]
    package var description: String {
        "The catalog does not know the sealed batch(es) \(batches.prefix(5).joined(separator: ", ")) of this archive "
            + "(deleted or restored from an older copy); run 'qcarchive reindex' first, so that nothing sealed is "
            + "written over."
    }
}
