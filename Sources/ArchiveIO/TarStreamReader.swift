import Foundation
internal import CArchive

/// One member of a tar read from a file, its content streamed on demand (`TarStreamReader`).
package struct TarStreamMember {
    package var path: String
    package var kind: TarMember.Kind
    package var size: Int
    fileprivate let archive: OpaquePointer

    /// Hands the member's content to `body` in chunks of at most 1 MiB; call it at most once, before
    /// the next member (libarchive skips what was not read).
    /// - Throws: `ArchiveIOError` `.readFailed` for truncated content, or whatever `body` throws.
    package func readContent(_ body: ([UInt8]) throws -> Void) throws {
        // A buffer of the member's size up to 1 MiB, not zeroed first: most members are a few KB.
        var total = 0
        try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: min(max(size, 1) + 1, 1 << 20)) { buffer in
            while true {
                let count = archive_read_data(archive, buffer.baseAddress, buffer.count)
                guard count >= 0 else {
                    throw ArchiveIOError(.readFailed, "The content of \(path) is unreadable.", library: "\(count)")
                }
                if count == 0 { break }
                total += count
                try body(Array(buffer[0..<count]))
            }
        }
        guard total == size else {
            throw ArchiveIOError(.readFailed, "The content of \(path) is truncated (\(total) of \(size) bytes).")
        }
    }
}

/// Reads a tar (any compression libarchive detects) from a file member by member: memory does not
/// grow with the archive (`verify` of an export).
package enum TarStreamReader {
    /// Calls `body` with each member in stored order.
    /// - Throws: `ArchiveIOError` `.readFailed` for a file that is not a readable tar, or whatever `body` throws.
    package static func forEachMember(ofFile path: String, _ body: (TarStreamMember) throws -> Void) throws {
        let archive = try ArchiveHandles.tarReader()
        defer { archive_read_free(archive) }
        try check(
            archive_read_open_filename(archive, path, 1 << 20),
            archive,
            .readFailed,
            "\(path) is not a readable tar archive.",
            function: "archive_read_open_filename"
        )
        var entry: OpaquePointer? = nil
        while true {
            let status = archive_read_next_header(archive, &entry)
            if status == ARCHIVE_EOF { break }
            try check(
                status,
                archive,
                .readFailed,
                "A tar header of \(path) is unreadable.",
                function: "archive_read_next_header"
            )
            guard let entry else { break }
            var name =
                archive_entry_pathname_utf8(entry).map { String(cString: $0) }
                ?? archive_entry_pathname(entry).map { String(cString: $0) } ?? ""
            while name.count > 1 && name.hasSuffix("/") { name.removeLast() }
            let kind = TarReader.kind(archive_entry_filetype(entry), hardLink: archive_entry_hardlink(entry) != nil)
            try body(
                TarStreamMember(
                    path: name,
                    kind: kind,
                    size: kind == .file ? Int(archive_entry_size(entry)) : 0,
                    archive: archive
                )
            )
        }
    }
}
