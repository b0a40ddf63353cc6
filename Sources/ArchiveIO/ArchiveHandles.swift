import Foundation
internal import CArchive

/// What every reader and writer of this wrapper does the same way with libarchive.
enum ArchiveHandles {
    /// A reader of tar in any compression libarchive detects; the caller frees it
    /// (`archive_read_free`).
    /// - Throws: `ArchiveIOError` `.readFailed`.
    static func tarReader() throws(ArchiveIOError) -> OpaquePointer {
        guard let archive = archive_read_new() else {
            throw ArchiveIOError(.readFailed, "Could not allocate a tar reader.")
        }
        do {
            try check(
                archive_read_support_filter_all(archive),
                archive,
                .readFailed,
                "Could not enable filters.",
                function: "archive_read_support_filter_all"
            )
            try check(
                archive_read_support_format_tar(archive),
                archive,
                .readFailed,
                "Could not enable tar.",
                function: "archive_read_support_format_tar"
            )
        } catch {
            archive_read_free(archive)
            throw error
        }
        return archive
    }

    /// Writes the header of one member as every tar here has it: owner 0:0, the given type, mode,
    /// size and modification time.
    /// - Parameter name: how problems name the member.
    /// - Throws: `ArchiveIOError` `.writeFailed`.
    static func writeHeader(
        _ archive: OpaquePointer,
        path: String,
        type: UInt32,
        mode: UInt32,
        size: Int,
        modificationTime: Date,
        name: String
    ) throws(ArchiveIOError) {
        guard let entry = archive_entry_new() else {
            throw ArchiveIOError(.writeFailed, "Could not allocate a tar entry.")
        }
        defer { archive_entry_free(entry) }
        archive_entry_set_pathname_utf8(entry, path)
        archive_entry_set_filetype(entry, type)
        archive_entry_set_perm(entry, mode_t(mode))
        archive_entry_set_size(entry, la_int64_t(size))
        archive_entry_set_mtime(entry, time_t(modificationTime.timeIntervalSince1970), 0)
        archive_entry_set_uid(entry, 0)
        archive_entry_set_gid(entry, 0)
        try check(
            archive_write_header(archive, entry),
            archive,
            .writeFailed,
            "Could not write the header of \(name).",
            function: "archive_write_header"
        )
    }
}
