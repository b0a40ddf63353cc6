import Foundation
internal import CArchive

/// Writes an uncompressed POSIX tar (pax restricted, as `TarWriter`) to a file, each member's
/// content streamed in chunks: memory does not grow with the archive (exports, SPEC "Exports").
package final class TarStreamWriter {
    private let archive: OpaquePointer
    private let path: String
    private var finished = false

    /// Creates (or truncates) the file at `path`.
    /// - Throws: `ArchiveIOError` `.openFailed`.
    package init(path: String) throws(ArchiveIOError) {
        guard let archive = archive_write_new() else {
            throw ArchiveIOError(.openFailed, "Could not allocate a tar writer.")
        }
        self.archive = archive
        self.path = path
        try check(
            archive_write_set_format_pax_restricted(archive),
            archive,
            .openFailed,
            "Could not select pax format.",
            function: "archive_write_set_format_pax_restricted"
        )
        // Large writes (1 MiB blocks, not libarchive's 10 KiB) and no padding of the last block.
        try check(
            archive_write_set_bytes_per_block(archive, 1 << 20),
            archive,
            .openFailed,
            "Could not set the block size.",
            function: "archive_write_set_bytes_per_block"
        )
        try check(
            archive_write_set_bytes_in_last_block(archive, 1),
            archive,
            .openFailed,
            "Could not disable padding.",
            function: "archive_write_set_bytes_in_last_block"
        )
        try check(
            archive_write_open_filename(archive, path),
            archive,
            .openFailed,
            "Could not create \(path).",
            function: "archive_write_open_filename"
        )
    }

    deinit { archive_write_free(archive) }

    /// Adds a regular file of `size` bytes whose content `content` hands to the writer it is given,
    /// in chunks of any size.
    /// - Throws: `ArchiveIOError` `.writeFailed` (also when the chunks do not add up to `size`), or
    ///   whatever `content` throws.
    package func addFile(
        _ member: String,
        size: Int,
        modificationTime: Date,
        mode: UInt32 = 0o644,
        content: ((_ chunk: [UInt8]) throws -> Void) throws -> Void
    ) throws {
        try ArchiveHandles.writeHeader(
            archive,
            path: member,
            type: qc_ae_ifreg(),
            mode: mode,
            size: size,
            modificationTime: modificationTime,
            name: "\(member) in \(path)"
        )
        var written = 0
        try content { chunk in
            guard written + chunk.count <= size else {
                throw ArchiveIOError(.writeFailed, "\(member) grew while it was written to \(path).")
            }
            let count = chunk.withUnsafeBytes { archive_write_data(archive, $0.baseAddress, $0.count) }
            guard count == chunk.count else {
                throw ArchiveIOError(
                    .writeFailed,
                    "Could not write \(member) to \(path).",
                    library: "archive_write_data returned \(count)"
                )
            }
            written += chunk.count
        }
        guard written == size else {
            throw ArchiveIOError(.writeFailed, "\(member) changed size while it was written to \(path).")
        }
    }

    /// Adds a directory entry (`member` without trailing slash).
    /// - Throws: `ArchiveIOError` `.writeFailed`.
    package func addDirectory(_ member: String, modificationTime: Date, mode: UInt32 = 0o755) throws(ArchiveIOError) {
        try ArchiveHandles.writeHeader(
            archive,
            path: member,
            type: qc_ae_ifdir(),
            mode: mode,
            size: 0,
            modificationTime: modificationTime,
            name: "\(member) in \(path)"
        )
    }

    /// Adds a regular file with the given content.
    package func addFile(_ member: String, bytes: [UInt8], modificationTime: Date, mode: UInt32 = 0o644) throws {
        try addFile(member, size: bytes.count, modificationTime: modificationTime, mode: mode) { write in
            try write(bytes)
        }
    }

    /// Writes the end of the archive and closes the file.
    /// - Throws: `ArchiveIOError` `.writeFailed`.
    package func finish() throws(ArchiveIOError) {
        guard !finished else { return }
        finished = true
        try check(
            archive_write_close(archive),
            archive,
            .writeFailed,
            "Could not finish \(path).",
            function: "archive_write_close"
        )
    }
}
