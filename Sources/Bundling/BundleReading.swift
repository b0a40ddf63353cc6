import ArchiveIO

/// Reads members of a bundle by their path inside the bag.
package enum BundleReading {
    /// The content of `path` (relative to the bag root), or nil when absent.
    /// - Throws: `ArchiveIOError` when the bytes are not a readable tar.
    package static func member(_ path: String, of bytes: [UInt8]) throws -> [UInt8]? {
        try TarReader.members(of: bytes).members.first { member in
            member.kind == .file && member.path.split(separator: "/", maxSplits: 1).last.map(String.init) == path
        }?.bytes
    }
}
