import Foundation
internal import CArchive

/// One member of a tar archive as read, with its content for regular files.
package struct TarMember: Sendable {
    package enum Kind: Sendable, Equatable { case file, directory, symbolicLink, hardLink, other }

    /// Without a trailing slash, also for folders.
    package var path: String
    package var kind: Kind
    package var mode: UInt32
    package var bytes: [UInt8]

    package init(path: String, kind: Kind, mode: UInt32, bytes: [UInt8]) {
        self.path = path
        self.kind = kind
        self.mode = mode
        self.bytes = bytes
    }
}

/// Reads tar archives (any compression libarchive detects) from memory.
package enum TarReader {
    /// The largest member read into memory (256 MiB): bundle members are documents of a few KB to a few MB.
    package static let maximumMemberSize = 256 << 20

    /// The archive's members in stored order and the name of the tar format libarchive saw last
    /// (e.g. "POSIX pax interchange format", "GNU tar format").
    /// - Throws: `ArchiveIOError` `.readFailed` for data that is not a readable archive.
    package static func members(of bytes: [UInt8]) throws -> (members: [TarMember], formats: Set<String>) {
        let archive = try ArchiveHandles.tarReader()
        defer { archive_read_free(archive) }
        return try bytes.withUnsafeBytes { (buffer) throws -> ([TarMember], Set<String>) in
            try check(
                archive_read_open_memory(archive, buffer.baseAddress, buffer.count),
                archive,
                .readFailed,
                "The data is not a readable tar archive.",
                function: "archive_read_open_memory"
            )
            var members: [TarMember] = []
            var formats: Set<String> = []
            var entry: OpaquePointer? = nil
            while true {
                let status = archive_read_next_header(archive, &entry)
                if status == ARCHIVE_EOF { break }
                try check(
                    status,
                    archive,
                    .readFailed,
                    "A tar header is unreadable.",
                    function: "archive_read_next_header"
                )
                guard let entry else { break }
                if let name = archive_format_name(archive) { formats.insert(String(cString: name)) }
                var path =
                    archive_entry_pathname_utf8(entry).map { String(cString: $0) }
                    ?? archive_entry_pathname(entry).map { String(cString: $0) } ?? ""
                while path.count > 1 && path.hasSuffix("/") { path.removeLast() }  // folders: "bag/" → "bag"
                let kind = Self.kind(archive_entry_filetype(entry), hardLink: archive_entry_hardlink(entry) != nil)
                var content: [UInt8] = []
                if kind == .file {
                    let size = Int(archive_entry_size(entry))
                    // A member declares its own size: a hostile one must not make the reader allocate it.
                    guard size >= 0, size <= Self.maximumMemberSize else {
                        throw ArchiveIOError(
                            .readFailed,
                            "The member \(path) declares \(size) bytes, more than a bundle member may hold "
                                + "(\(Self.maximumMemberSize))."
                        )
                    }
                    content = [UInt8](repeating: 0, count: size)
                    let read = content.withUnsafeMutableBytes { archive_read_data(archive, $0.baseAddress, size) }
                    guard read == size else {
                        throw ArchiveIOError(
                            .readFailed,
                            "The content of \(path) is truncated.",
                            library: "archive_read_data returned \(read) of \(size)"
                        )
                    }
                }
                members.append(
                    TarMember(path: path, kind: kind, mode: UInt32(archive_entry_perm(entry)), bytes: content)
                )
            }
            return (members, formats)
        }
    }

    static func kind(_ type: UInt32, hardLink: Bool) -> TarMember.Kind {
        if hardLink { return .hardLink }
        switch type {
        case qc_ae_ifreg(): return .file
        case qc_ae_ifdir(): return .directory
        case 0o120000: return .symbolicLink  // AE_IFLNK
        default: return .other
        }
    }
}
