import CryptoIO
import Foundation

/// The archive's content-addressed store: every drop file is kept as-is at
/// `store/sha256/<first 2 hex>/<64 hex>` before anything parses it, so no input is ever lost.
package struct ContentStore: Sendable {
    package let root: String

    package init(layout: ArchiveLayout) { root = layout.store }

    /// The path of a stored blob.
    package func path(of digest: SHA256Digest) -> String {
        let hex = digest.hex
        return "\(root)/\(hex.prefix(2))/\(hex)"
    }

    /// Reads a stored blob and checks it still has its digest.
    /// - Throws: `StorageError` `.ioFailed` when missing or altered.
    package func get(_ digest: SHA256Digest) throws(StorageError) -> [UInt8] {
        let bytes = try FileIO.read(path(of: digest))
        guard SHA256Digest.of(bytes) == digest else {
            throw StorageError(
                .ioFailed,
                "The stored file \(digest.hex) no longer has its SHA-256; the store was altered."
            )
        }
        return bytes
    }
}

extension ContentStore {
    /// Removes the staging files of an interrupted run (`.incoming-*`); call under the archive lock.
    package func removeInterruptedStaging() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: root) else { return }
        for name in names where name.hasPrefix(".incoming-") { FileIO.remove(root + "/" + name) }
    }

    /// Stores a file of any size by streaming it: hashed and copied in chunks, then renamed into place.
    /// - Returns: the digest, the size and whether the blob is new.
    /// - Throws: `StorageError` `.ioFailed`.
    /// - Parameter pending: where to leave the folder fsync when many files are stored at once.
    package func putFile(
        at source: String,
        pending: PendingDirectorySyncs? = nil
    ) throws -> (digest: SHA256Digest, size: Int64, isNew: Bool) {
        try putFile(rawPath: Array(source.utf8), pending: pending)
    }

    /// Stores a file named by bytes (its name need not be UTF-8); see `putFile(at:)`.
    package func putFile(
        rawPath source: [UInt8],
        pending: PendingDirectorySyncs? = nil
    ) throws -> (digest: SHA256Digest, size: Int64, isNew: Bool) {
        let (staging, digest, size) = try stage(rawPath: source, flush: true)
        guard let target = newTarget(of: digest, dropping: staging) else { return (digest, size, false) }
        try FileIO.makeDirectory((target as NSString).deletingLastPathComponent)
        try FileIO.move(staging, to: target, pending: pending)
        return (digest, size, true)
    }

    /// Stores a file as one of many (an import's drop files): it is written to a staging file
    /// without a flush, and takes its name in the store after a flush of its whole chunk
    /// (`StagedFiles`), at the latest in `commit(_:)`.
    /// - Returns: the digest, the size and whether the blob is new (not in the store when staged).
    package func putFile(
        rawPath source: [UInt8],
        staged: StagedFiles
    ) throws -> (digest: SHA256Digest, size: Int64, isNew: Bool) {
        let (staging, digest, size) = try stage(rawPath: source, flush: false)
        guard let target = newTarget(of: digest, dropping: staging) else { return (digest, size, false) }
        try staged.add(staging: staging, target: target)
        return (digest, size, true)
    }

    /// Makes the staged files still waiting durable and names them (`StagedFiles.place`); a blob
    /// stored meanwhile, or staged twice, keeps the first copy. `staged` must keep existing files.
    /// The staging files of a run that stops before this are removed by `removeInterruptedStaging`.
    /// - Throws: `StorageError` `.ioFailed`.
    package func commit(_ staged: StagedFiles) throws(StorageError) {
        try staged.place()
    }

    /// The blob's path when the store does not hold it yet; otherwise nil, and the staging copy is removed.
    private func newTarget(of digest: SHA256Digest, dropping staging: String) -> String? {
        let target = path(of: digest)
        guard FileIO.exists(target) else { return target }
        FileIO.remove(staging)
        return nil
    }

    /// Streams a file into a new staging file, hashing it on the way.
    private func stage(rawPath source: [UInt8], flush: Bool) throws -> (String, SHA256Digest, Int64) {
        try FileIO.makeDirectory(root)
        let staging = root + "/.incoming-" + UUID().uuidString
        var hasher = SHA256Hasher()
        var size: Int64 = 0
        do {
            try FileIO.appendStreaming(to: staging, flush: flush) { write in
                try FileIO.forEachChunk(ofRawPath: source) { chunk in
                    hasher.update(chunk)
                    size += Int64(chunk.count)
                    try write(chunk)
                }
            }
        } catch {
            FileIO.remove(staging)
            throw error
        }
        return (staging, hasher.finalize(), size)
    }
}
