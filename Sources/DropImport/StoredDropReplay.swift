import Catalog
import CryptoIO
import Foundation
import Lifecycle
import Storage

/// Parses drop files again from the content store, as `reindex` does for the records no bag
/// carries whole (QSCD records, whole CRLs and their publications, every OCSP answer, documents):
/// the store keeps every drop file as-is under its SHA-256, and the sealed batch record lists them.
package enum StoredDropReplay {
    /// The kinds `reindex` takes from the store rather than from the bags.
    package static let kinds: Set<DropFileKind> = [
        .caCertificate, .documentMetadata, .crl, .crlPublications, .ocspLog, .ocspResponse, .qscd,
    ]

    /// Re-imports the files of `kinds` of one batch from the store.
    /// - Throws: `StorageError` when a stored file is missing or altered, `CatalogError`.
    package static func replay(
        _ files: [DropFileRecord],
        kinds: Set<DropFileKind> = kinds,
        batch: BatchRecord,
        layout: ArchiveLayout,
        catalog: any ImportCatalog
    ) throws {
        let store = ContentStore(layout: layout)
        let digests = Dictionary(
            files.compactMap { file in SHA256Digest(hex: file.sha256).map { (file.path, $0) } },
            uniquingKeysWith: { first, _ in first }
        )
        var importer = RecordImporter(
            catalog: catalog,
            batchID: batch.id,
            store: store,
            digests: digests,
            report: ImportReport(batchID: batch.id, drop: batch.dropPath)
        )
        importer.now = batch.startedAt
        let selected = files.compactMap { file -> (DropFileRecord, DropFileKind)? in
            guard let kind = DropFileKind(rawValue: file.kind), kinds.contains(kind) else { return nil }
            return (file, kind)
        }.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0.path < $1.0.path }
        for (file, kind) in selected {
            guard let digest = digests[file.path] else { continue }
            _ = try store.get(digest)  // present and unaltered
            try importer.importFile(
                DropEntry(path: file.path, absolutePath: store.path(of: digest), kind: kind),
                digest: digest,
                size: file.size
            )
        }
    }
}
