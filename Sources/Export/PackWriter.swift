import ArchiveIO
import CryptoIO
import Foundation
import Lifecycle
import Sealing
import Storage

/// Writes a BagIt bag (RFC 8493) into a tar as it goes: each payload file with its SHA-256 (for
/// `manifest-sha256.txt` and the `Payload-Oxum`), then the tag files, the tag manifest, and its CMS
/// signature and RFC 3161 timestamp. Only the manifest lines stay in memory.
struct PackWriter {
    let writer: TarStreamWriter
    let top: String
    let now: Date
    private(set) var manifest = HandoverManifest(entries: [])
    private(set) var payloadBytes = 0
    private(set) var files = 0
    private(set) var bytes = 0
    private var written: Set<String> = []

    init(writer: TarStreamWriter, top: String, now: Date) {
        self.writer = writer
        self.top = top
        self.now = now
    }

    /// Adds a payload file (`data/…`) from memory; a path already written is not written again.
    mutating func add(_ content: [UInt8], as path: String) throws {
        guard written.insert(path).inserted else { return }
        try writer.addFile(top + "/" + path, bytes: content, modificationTime: now)
        record(path, SHA256Digest.of(content), content.count)
    }

    /// Adds a payload file (`data/…`) streamed from `source`.
    /// - Parameter expected: the SHA-256 (hex) the file must have (a content-store object's name):
    ///   a file that changed on disk is refused, not signed.
    mutating func add(from source: String, as path: String, expected: String? = nil) throws {
        guard written.insert(path).inserted else { return }
        var status = stat()
        guard stat(source, &status) == 0 else { throw ExportError(.unreadable, "Could not read \(source).") }
        let size = Int(status.st_size)
        var hasher = SHA256Hasher()
        try writer.addFile(top + "/" + path, size: size, modificationTime: now, mode: 0o644) { write in
            try FileIO.forEachChunk(of: source, size: max(1, min(size, 1 << 20))) { chunk in
                hasher.update(chunk)
                try write(chunk)
            }
        }
        let digest = hasher.finalize()
        if let expected, digest.hex != expected {
            throw ExportError(
                .unreadable,
                "\(source) has SHA-256 \(digest.hex), not the \(expected) it is stored under; nothing was exported. "
                    + "Run 'qcarchive verify --archive … --all'."
            )
        }
        record(path, digest, size)
    }

    private mutating func record(_ path: String, _ digest: SHA256Digest, _ size: Int) {
        manifest.entries.append(.init(path, digest))
        payloadBytes += size
        files += 1
        bytes += size
    }

    /// Writes the tag files and the tag manifest with its proofs, and closes the tar.
    /// - Returns: the tag manifest's bytes.
    mutating func finish(
        bagInfo: [(String, String)],
        recipe: [UInt8],
        signer: any SealSigner,
        authority: any TimestampAuthority
    ) throws -> [UInt8] {
        let info =
            bagInfo + [
                ("Bagging-Date", RFC3339.formatDate(now)),
                ("Payload-Oxum", "\(payloadBytes).\(manifest.entries.count)"),
            ]
        let tags: [(String, [UInt8])] = [
            (SupervisionPack.bagit, Array("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n".utf8)),
            (SupervisionPack.bagInfo, Array(info.map { "\($0.0): \($0.1)\n" }.joined().utf8)),
            (SupervisionPack.manifest, manifest.bytes),
            (SupervisionPack.recipe, recipe),
        ]
        var tagManifest = HandoverManifest(entries: [])
        for (name, content) in tags {
            try writer.addFile(top + "/" + name, bytes: content, modificationTime: now)
            tagManifest.entries.append(.init(name, SHA256Digest.of(content)))
            files += 1
            bytes += content.count
        }
        let manifestBytes = tagManifest.bytes
        let signature = try signer.sign(manifestBytes)
        let response = try authority.timestamp(SHA256Digest.of(manifestBytes))
        for (name, content) in [
            (SupervisionPack.tagManifest, manifestBytes), (SupervisionPack.signature, signature),
            (SupervisionPack.timestamp, response.der),
        ] {
            try writer.addFile(top + "/" + name, bytes: content, modificationTime: now)
            files += 1
            bytes += content.count
        }
        try writer.finish()
        return manifestBytes
    }
}
