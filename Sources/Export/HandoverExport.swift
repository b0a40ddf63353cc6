import ArchiveIO
import Catalog
import CryptoIO
import Foundation
import Lifecycle
import Sealing
import Storage

/// `qcarchive export handover` (SPEC "Exports"): everything a successor or the supervisory body
/// needs to go on proving the records, as one tar streamed to a file: every file of the archive
/// folder but the private keys (`keys/`) and what is no evidence (the lock, staging, quarantine,
/// temp files), a consistent snapshot of the catalog, the newest head, and a signed, timestamped
/// manifest of every file with its SHA-256. Everything sits under one top folder
/// `qch-<archive_id>/`; extracted, that folder is an archive folder.
package struct HandoverExport {
    package var layout: ArchiveLayout
    package var archiveID: String
    package var now: Date

    package init(layout: ArchiveLayout, archiveID: String, now: Date) {
        self.layout = layout
        self.archiveID = archiveID
        self.now = now
    }

    /// What was written.
    package struct Summary: Sendable {
        package var files = 0
        package var bytes = 0
        package var batches = 0
        package var manifestSHA256 = ""
    }

    package var topFolder: String { "qch-\(archiveID)" }

    /// Archive-relative paths never exported: private keys and what is no evidence.
    static func isExported(_ relative: String) -> Bool {
        let first = relative.split(separator: "/").first.map(String.init) ?? relative
        let name = relative.split(separator: "/").last.map(String.init) ?? relative
        return !["keys", "staging", "quarantine", "handover", ".lock"].contains(first)
            && !relative.hasPrefix("catalog.sqlite") && !name.hasPrefix(".tmp-")
    }

    /// Writes the handover to `out` (through `out.partial`, renamed when complete).
    /// - Parameters:
    ///   - head: the newest signed checkpoint (`qcarchive head`), carried as `handover/head.note`.
    ///   - progress: called with (files done, files in all).
    /// - Throws: `ExportError`, `CatalogError`, `SealingError`, `StorageError`, `ArchiveIOError`.
    package func run(
        catalog: any ArchiveCatalog,
        signer: any SealSigner,
        authority: any TimestampAuthority,
        head: [UInt8]?,
        to out: String,
        progress: ((Int, Int) -> Void)? = nil
    ) throws -> Summary {
        let partial = out + ".partial"
        let snapshot = out + ".catalog-snapshot"
        FileIO.remove(partial)
        FileIO.remove(snapshot)
        defer {
            FileIO.remove(partial)
            FileIO.remove(snapshot)
        }
        try catalog.snapshot(into: snapshot)
        let files = Self.files(under: layout.root).filter(Self.isExported)
        var summary = Summary()
        summary.batches = layout.sealedBatchNames().count
        var manifest = HandoverManifest(entries: [:])
        let writer = try TarStreamWriter(path: partial)
        func add(_ relative: String, from source: String, mode: UInt32) throws {
            let size = try Self.size(of: source)
            var hasher = SHA256Hasher()
            try writer.addFile(topFolder + "/" + relative, size: size, modificationTime: now, mode: mode) { write in
                try FileIO.forEachChunk(of: source) { chunk in
                    hasher.update(chunk)
                    try write(chunk)
                }
            }
            manifest.entries[relative] = hasher.finalize()
            summary.files += 1
            summary.bytes += size
        }
        func add(_ relative: String, bytes: [UInt8]) throws {
            try writer.addFile(topFolder + "/" + relative, bytes: bytes, modificationTime: now)
            manifest.entries[relative] = SHA256Digest.of(bytes)
            summary.files += 1
            summary.bytes += bytes.count
        }
        for (index, relative) in files.enumerated() {
            try add(relative, from: layout.absolute(relative), mode: 0o444)
            progress?(index + 1, files.count)
        }
        try add("catalog.sqlite", from: snapshot, mode: 0o644)
        if let head { try add(HandoverManifest.headPath, bytes: head) }
        let description = HandoverDescription(
            archiveID: archiveID,
            createdAt: RFC3339.format(now),
            batches: summary.batches,
            files: summary.files + 2
        )
        try add(HandoverManifest.descriptionPath, bytes: try DocumentJSON.encode(description))
        try add(HandoverManifest.recipePath, bytes: Array(HandoverRecipe.text(topFolder: topFolder).utf8))
        let manifestBytes = manifest.bytes
        let signature = try signer.sign(manifestBytes)
        let response = try authority.timestamp(SHA256Digest.of(manifestBytes))
        try writer.addFile(topFolder + "/" + HandoverManifest.path, bytes: manifestBytes, modificationTime: now)
        try writer.addFile(topFolder + "/" + HandoverManifest.signaturePath, bytes: signature, modificationTime: now)
        try writer.addFile(topFolder + "/" + HandoverManifest.timestampPath, bytes: response.der, modificationTime: now)
        try writer.finish()
        guard rename(partial, out) == 0 else {
            throw ExportError(.writeFailed, "Could not move the finished handover to \(out).")
        }
        summary.manifestSHA256 = SHA256Digest.of(manifestBytes).hex
        return summary
    }

    static func size(of path: String) throws -> Int {
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw ExportError(.unreadable, "Could not read \(path).")
        }
        return Int(status.st_size)
    }

    /// Every regular file below `root`, archive-relative, sorted as UTF-8 bytes.
    static func files(under root: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        var out: [String] = []
        while let name = walker.nextObject() as? String {
            if let type = walker.fileAttributes?[.type] as? FileAttributeType, type == .typeRegular { out.append(name) }
        }
        return out.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }
}

/// `handover/handover.json`.
package struct HandoverDescription: Codable, Sendable, Equatable {
    package var format = "qcarchive-handover/1"
    package var archiveID: String
    package var createdAt: String
    package var batches: Int
    package var files: Int
    package var privateKeys = "none: keys/ is never exported (SPEC \"Archive folder\")"

    enum CodingKeys: String, CodingKey {
        case format
        case archiveID = "archive_id"
        case createdAt = "created_at"
        case batches, files
        case privateKeys = "private_keys"
    }
}
