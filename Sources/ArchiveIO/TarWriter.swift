import Foundation
internal import CArchive

/// Writes reproducible POSIX tar archives (pax restricted: ustar headers, pax records only where
/// needed, never GNU extensions), optionally gzip-compressed, into memory.
///
/// Reproducible (NATIVE-NOTES): the caller adds entries in a fixed order and gives mtime and mode;
/// uid/gid are 0 with empty names, the gzip header carries no timestamp and there is no block padding.
package final class TarWriter {
    package enum Compression: Sendable { case none, gzip }

    private let archive: OpaquePointer
    private let sink: Sink

    private final class Sink { var bytes: [UInt8] = [] }

    private init(compression: Compression) throws(ArchiveIOError) {
        guard let archive = archive_write_new() else {
            throw ArchiveIOError(.openFailed, "Could not allocate a tar writer.")
        }
        self.archive = archive
        self.sink = Sink()
        try check(
            archive_write_set_format_pax_restricted(archive),
            archive,
            .openFailed,
            "Could not select pax format.",
            function: "archive_write_set_format_pax_restricted"
        )
        if compression == .gzip {
            try check(
                archive_write_add_filter_gzip(archive),
                archive,
                .openFailed,
                "Could not add gzip.",
                function: "archive_write_add_filter_gzip"
            )
            try check(
                archive_write_set_filter_option(archive, "gzip", "timestamp", nil),
                archive,
                .openFailed,
                "Could not drop the gzip timestamp.",
                function: "archive_write_set_filter_option"
            )
        }
        try check(
            archive_write_set_bytes_in_last_block(archive, 1),
            archive,
            .openFailed,
            "Could not disable padding.",
            function: "archive_write_set_bytes_in_last_block"
        )
        let context = Unmanaged.passUnretained(sink).toOpaque()
        try check(
            archive_write_open2(
                archive,
                context,
                nil,
                { _, context, buffer, count in
                    guard let context, let buffer else { return -1 }
                    let sink = Unmanaged<Sink>.fromOpaque(context).takeUnretainedValue()
                    sink.bytes.append(contentsOf: UnsafeRawBufferPointer(start: buffer, count: count))
                    return count
                },
                nil,
                nil
            ),
            archive,
            .openFailed,
            "Could not open the tar stream.",
            function: "archive_write_open2"
        )
    }

    deinit { archive_write_free(archive) }

    /// Builds one archive: `body` adds the entries, and the finished bytes are returned.
    /// - Parameter endOfArchive: false leaves out the two zero blocks that end a tar (uncompressed
    ///   only), so that another stream of entries can follow: a bundle is written as two gzip
    ///   members, the bag and then its seal (RFC 1952 §2.2 allows several members in one file).
    /// - Throws: `ArchiveIOError` from libarchive, or whatever `body` throws.
    package static func archive(
        compression: Compression,
        endOfArchive: Bool = true,
        _ body: (TarWriter) throws -> Void
    ) throws -> [UInt8] {
        precondition(endOfArchive || compression == .none, "only an uncompressed stream can be left open")
        let writer = try TarWriter(compression: compression)
        try body(writer)
        try check(
            archive_write_close(writer.archive),
            writer.archive,
            .writeFailed,
            "Could not finish the tar stream.",
            function: "archive_write_close"
        )
        guard !endOfArchive else { return writer.sink.bytes }
        let end = writer.sink.bytes.count - 1024
        guard end >= 0, writer.sink.bytes[end...].allSatisfy({ $0 == 0 }) else {
            throw ArchiveIOError(.writeFailed, "The tar stream does not end in two zero blocks.")
        }
        return Array(writer.sink.bytes[..<end])
    }

    /// Adds a directory entry (`path` without trailing slash).
    package func addDirectory(_ path: String, modificationTime: Date, mode: UInt32 = 0o755) throws(ArchiveIOError) {
        try addEntry(path: path, type: qc_ae_ifdir(), mode: mode, modificationTime: modificationTime, bytes: [])
    }

    /// Adds a regular file with the given content.
    package func addFile(
        _ path: String,
        bytes: [UInt8],
        modificationTime: Date,
        mode: UInt32 = 0o644
    ) throws(ArchiveIOError) {
        try addEntry(path: path, type: qc_ae_ifreg(), mode: mode, modificationTime: modificationTime, bytes: bytes)
    }

    private func addEntry(
        path: String,
        type: UInt32,
        mode: UInt32,
        modificationTime: Date,
        bytes: [UInt8]
    ) throws(ArchiveIOError) {
        try ArchiveHandles.writeHeader(
            archive,
            path: path,
            type: type,
            mode: mode,
            size: bytes.count,
            modificationTime: modificationTime,
            name: path
        )
        if !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { archive_write_data(archive, $0.baseAddress, $0.count) }
            guard written == bytes.count else {
                throw ArchiveIOError(
                    .writeFailed,
                    "Could not write the content of \(path).",
                    library: "archive_write_data returned \(written)"
                )
            }
        }
    }
}
