import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Moves aside what a run must neither keep in place nor delete: the leftovers of an interrupted
/// run and seals that do not verify. An archivist can still see them (`quarantine/<time>/<path>`),
/// `verify` reports how many there are, and nothing sealed ever names them.
package struct Quarantine: Sendable {
    package let layout: ArchiveLayout
    /// The folder of this run's quarantine, `quarantine/<UTC time>-<pid>`.
    private let folder: String

    package init(layout: ArchiveLayout, now: Date = Date()) {
        self.layout = layout
        let stamp = ISO8601DateFormatter().string(from: now).replacingOccurrences(of: ":", with: "")
        folder = layout.quarantine + "/" + stamp + "-\(getpid())"
    }

    /// Moves `path` (a file or a folder inside the archive) to the quarantine, keeping its relative path.
    /// - Returns: the quarantined path, relative to the archive root.
    /// - Throws: `StorageError` `.ioFailed`.
    @discardableResult
    package func moveAside(_ path: String) throws(StorageError) -> String {
        let target = folder + "/" + layout.relative(path)
        try FileIO.makeDirectory((target as NSString).deletingLastPathComponent)
        guard rename(path, target) == 0 else {
            throw FileIO.systemError("Could not move \(path) to \(target).", "rename")
        }
        try FileIO.syncDirectory((target as NSString).deletingLastPathComponent)
        try FileIO.syncDirectory((path as NSString).deletingLastPathComponent)
        return layout.relative(target)
    }

    /// How many files the archive's quarantine holds (from every run).
    package static func fileCount(_ layout: ArchiveLayout) -> Int {
        guard let walker = FileManager.default.enumerator(atPath: layout.quarantine) else { return 0 }
        var count = 0
        while let name = walker.nextObject() as? String {
            var info = stat()
            if lstat(layout.quarantine + "/" + name, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG { count += 1 }
        }
        return count
    }
}
