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
    /// Numbered tars of at most this many bytes each (`--volume-size`); nil: one tar.
    package var volumeSize: Int?
    /// The `archive.json` the receiver gets instead of the archive's own, when they differ: an
    /// archive whose catalog is on PostgreSQL names that database, while the handover carries the
    /// catalog as `catalog.sqlite` (a receiver's `reindex` must never reach the giver's database).
    package var configuration: [UInt8]?

    package init(layout: ArchiveLayout, archiveID: String, now: Date, volumeSize: Int? = nil) {
        self.layout = layout
        self.archiveID = archiveID
        self.now = now
        self.volumeSize = volumeSize
    }

    /// What was written.
    package struct Summary: Sendable {
        package var files = 0
        package var bytes = 0
        package var batches = 0
        package var manifestSHA256 = ""
        /// The tars written: `out`, or its volumes in order.
        package var volumes: [String] = []
    }

    package var topFolder: String { "qch-\(archiveID)" }

    /// Folders never entered: private keys and what is no evidence.
    static let skippedFolders: Set = ["keys", "staging", "quarantine", "handover"]

    /// Archive-relative paths never exported: private keys and what is no evidence.
    static func isExported(_ relative: String) -> Bool {
        let excluded = ["keys/", "staging/", "quarantine/", "handover/", ".lock", "catalog.sqlite"]
        let name = relative.utf8.lastIndex(of: UInt8(ascii: "/")).map { relative.utf8[$0...].dropFirst() }
        return !excluded.contains(where: relative.hasPrefix)
            && !(name ?? relative.utf8[...]).starts(with: ".tmp-".utf8)
    }

    /// Writes the handover to `out`, or to its volumes `OUT.part-NNN.tar` (each through
    /// `….partial`, renamed when the whole handover is complete).
    /// - Parameters:
    ///   - head: the newest signed checkpoint (`qcarchive head`), carried as `handover/head.note`.
    ///   - progress: called with (files done, files in all).
    /// - Throws: `ExportError`, `CatalogError`, `SealingError`, `StorageError`, `ArchiveIOError`.
    package func run(
        catalog: any CatalogMaintenance,
        signer: any SealSigner,
        authority: any TimestampAuthority,
        head: [UInt8]?,
        to out: String,
        progress: ((Int, Int) -> Void)? = nil
    ) throws -> Summary {
        let snapshotCopy = out + ".catalog-snapshot"
        FileIO.remove(snapshotCopy)
        defer {
            TarVolumes.removePartials(out)
            FileIO.remove(snapshotCopy)
        }
        // The catalog file itself once its log is checkpointed (nothing writes: the caller holds
        // the lock), else a copy: either is the catalog as committed.
        let snapshot: String
        if let committed = try catalog.committedFile() {
            snapshot = committed
        } else {
            try catalog.snapshot(into: snapshotCopy)
            snapshot = snapshotCopy
        }
        let files = try FileIO.regularFiles(under: layout.root) { Self.skippedFolders.contains($0) }
            .filter { Self.isExported($0) && !(configuration != nil && $0 == "archive.json") }
        var summary = Summary()
        summary.batches = layout.sealedBatchNames().count
        var manifest = HandoverManifest(entries: [])
        let writer = try TarVolumes(out: out, volumeSize: volumeSize)
        /// A file hashed on a worker, streamed into the tar here.
        func copy(_ relative: String, from source: String, digest: SHA256Digest, mode: UInt32) throws {
            let size = try Self.size(of: source)
            try writer.addFile(topFolder + "/" + relative, size: size, modificationTime: now, mode: mode) { write in
                try FileIO.forEachChunk(of: source, size: max(1, min(size, 1 << 20)), write)
            }
            manifest.entries.append(.init(relative, digest))
            summary.files += 1
            summary.bytes += size
        }
        func add(_ relative: String, bytes: [UInt8]) throws {
            try writer.addFile(topFolder + "/" + relative, bytes: bytes, modificationTime: now, mode: 0o644)
            manifest.entries.append(.init(relative, SHA256Digest.of(bytes)))
            summary.files += 1
            summary.bytes += bytes.count
        }
        // This thread writes the tar; workers read and hash. Files up to 1 MiB (nearly all: bags of a
        // few KB) come back whole, at most 16 × 32 at once; larger ones come back as a digest and are
        // streamed here (the lock is held: nothing changes them in between, and a file that did
        // would fail the manifest). The catalog, the largest, is hashed from the start.
        let layout = self.layout
        var catalogDigest = OrderedWork<SHA256Digest>(limit: 1)
        _ = catalogDigest.submit { try ReadFile(relative: "catalog.sqlite", source: snapshot).digest }
        var work = OrderedWork<[ReadFile]>(limit: 16)
        var done = 0
        func write(_ results: [Result<[ReadFile], any Error>]) throws {
            for file in try results.flatMap({ try $0.get() }) {
                if let bytes = file.bytes {
                    try writer.addFile(
                        topFolder + "/" + file.relative,
                        bytes: bytes,
                        modificationTime: now,
                        mode: 0o444
                    )
                    manifest.entries.append(.init(file.relative, file.digest))
                    summary.files += 1
                    summary.bytes += bytes.count
                } else {
                    try copy(file.relative, from: layout.absolute(file.relative), digest: file.digest, mode: 0o444)
                }
                done += 1
                progress?(done, files.count)
            }
        }
        for start in stride(from: 0, to: files.count, by: 32) {  // 32 files an item: fewer hand-overs
            let group = files[start..<min(start + 32, files.count)]
            try write(work.submit { try group.map { try ReadFile(relative: $0, source: layout.absolute($0)) } })
        }
        try write(work.finish())
        let digest = try catalogDigest.finish().first?.get() ?? ReadFile(relative: "", source: snapshot).digest
        try copy("catalog.sqlite", from: snapshot, digest: digest, mode: 0o644)
        if let configuration { try add("archive.json", bytes: configuration) }
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
        summary.volumes = try writer.finish()
        summary.manifestSHA256 = SHA256Digest.of(manifestBytes).hex
        return summary
    }

    /// A file read and hashed on a worker: whole when it is up to 1 MiB, else hashed as it streams
    /// (`bytes` nil).
    struct ReadFile: Sendable {
        var relative: String
        var bytes: [UInt8]?
        var digest: SHA256Digest

        init(relative: String, source: String) throws {
            self.relative = relative
            if try HandoverExport.size(of: source) <= 1 << 20 {
                let bytes = try FileIO.read(source)
                self.bytes = bytes
                digest = SHA256Digest.of(bytes)
            } else {
                var hasher = SHA256Hasher()
                try FileIO.forEachChunk(of: source) { hasher.update($0) }
                digest = hasher.finalize()
            }
        }
    }

    static func size(of path: String) throws -> Int {
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw ExportError(.unreadable, "Could not read \(path).")
        }
        return Int(status.st_size)
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
