import Foundation
import Lifecycle
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Small, explicit POSIX file operations: whole-file reads, atomic durable writes (restic's
/// `Local.Save`: temp file in the target folder, fsync, rename, fsync the folder) and chunked reads.
package enum FileIO {
    /// Reads a whole file.
    /// - Throws: `StorageError` `.ioFailed` naming the file.
    package static func read(_ path: String) throws(StorageError) -> [UInt8] {
        // O_NOFOLLOW: nothing the archive reads is a symbolic link, and a drop file swapped for one
        // after the scan must not pull another file (a key) into the archive.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { throw systemError("Could not open \(path) for reading.", "open") }
        defer { close(fd) }
        // One buffer of the file's size, not zeroed first (most files here are a few KB, and a
        // zeroed 256 KiB chunk per file cost more than the read); a file that grew since is read on.
        var info = stat()
        let expected = fstat(fd, &info) == 0 ? max(Int(info.st_size), 0) : 0
        var failed = false
        var out = [UInt8](unsafeUninitializedCapacity: expected) { buffer, initialized in
            initialized = 0
            while initialized < buffer.count {
                let count = Glibc.read(fd, buffer.baseAddress! + initialized, buffer.count - initialized)
                if count < 0 && errno == EINTR { continue }
                if count < 0 { failed = true }
                if count <= 0 { break }
                initialized += count
            }
        }
        if failed { throw systemError("Could not read \(path).", "read") }
        guard out.count == expected else { return out }  // the end came early: the file shrank
        try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64 * 1024) { chunk throws(StorageError) in
            while true {
                let count = Glibc.read(fd, chunk.baseAddress, chunk.count)
                if count < 0 && errno == EINTR { continue }
                if count < 0 { throw systemError("Could not read \(path).", "read") }
                if count == 0 { return }
                out.append(contentsOf: chunk[0..<count])
            }
        }
        return out
    }

    /// Calls `body` with successive chunks of a file, so large files stream with bounded memory.
    /// - Throws: `StorageError` `.ioFailed`, or what `body` throws.
    package static func forEachChunk(of path: String, size: Int = 1 << 20, _ body: ([UInt8]) throws -> Void) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { throw systemError("Could not open \(path) for reading.", "open") }
        defer { close(fd) }
        try forEachChunk(fd: fd, name: path, size: size, body)
    }

    static func forEachChunk(fd: Int32, name: String, size: Int, _ body: ([UInt8]) throws -> Void) throws {
        var chunk = [UInt8](repeating: 0, count: size)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw systemError("Could not read \(name).", "read")
            }
            if count == 0 { return }
            try body(count == size ? chunk : Array(chunk[0..<count]))
        }
    }

    /// Writes `bytes` to `path` atomically and durably: a reader sees the old state or the whole new file.
    /// - Parameter mode: the file's permission bits (0o600 for key material).
    /// - Throws: `StorageError` `.ioFailed`; the temp file is removed on failure.
    package static func writeAtomically(_ bytes: [UInt8], to path: String, mode: mode_t = 0o644) throws(StorageError) {
        let parent = (path as NSString).deletingLastPathComponent
        let directory = parent.isEmpty ? "." : parent  // a bare file name is in the working folder
        try makeDirectory(directory)
        let temporary = directory + "/.tmp-" + UUID().uuidString
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw systemError("Could not create a file in \(directory).", "open") }
        do {
            try writeAll(fd, bytes, path)
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        guard fsync(fd) == 0 else {
            let error = systemError("Could not flush \(path) to disk.", "fsync")
            close(fd)
            unlink(temporary)
            throw error
        }
        close(fd)
        guard rename(temporary, path) == 0 else {
            let error = systemError("Could not move \(path) into place.", "rename")
            unlink(temporary)
            throw error
        }
        try syncDirectory(directory)
    }

    /// Creates a folder and its parents (mode 0o755, or as given).
    /// - Throws: `StorageError` `.ioFailed`.
    package static func makeDirectory(_ path: String, mode: Int = 0o755) throws(StorageError) {
        do {
            try FileManager.default.createDirectory(
                atPath: path,
                withIntermediateDirectories: true,
                attributes: [.posixPermissions: mode]
            )
        } catch {
            throw StorageError(.ioFailed, "Could not create the folder \(path).", library: "\(error)")
        }
    }

    /// fsyncs a folder so that a rename in it survives a crash.
    package static func syncDirectory(_ path: String) throws(StorageError) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw systemError("Could not open the folder \(path).", "open") }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw systemError("Could not flush the folder \(path).", "fsync") }
    }

    /// The names in a folder, sorted as strings; none when it is missing or cannot be listed.
    package static func names(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    /// Every regular file below `root` (symbolic links and special files are not followed or
    /// listed), relative to it, sorted as UTF-8 bytes: one `readdir` walk, no `stat` per file
    /// where the file system gives the type. Each folder is sorted on its own, a subfolder by its
    /// name and "/", which is the order of the whole paths.
    /// - Throws: `StorageError` `.ioFailed` naming a folder that cannot be read or an entry whose
    ///   type cannot be learnt: an export must not leave a file out unnoticed.
    /// - Parameter skipping: folders (relative to `root`) not to enter at all.
    package static func regularFiles(
        under root: String,
        skipping: (String) -> Bool = { _ in false }
    ) throws(StorageError) -> [String] {
        try entries(under: root, skipping: skipping, keepingOthers: false)
    }

    /// As `regularFiles`, with every other entry that is not a folder too (symbolic links, not
    /// followed, and special files): what an audit must name when nothing should be there.
    package static func nonFolderEntries(under root: String) throws(StorageError) -> [String] {
        try entries(under: root, skipping: { _ in false }, keepingOthers: true)
    }

    private static func entries(
        under root: String,
        skipping: (String) -> Bool,
        keepingOthers: Bool
    ) throws(StorageError) -> [String] {
        var out: [String] = []
        func walk(_ relative: String) throws(StorageError) {
            let folder = relative.isEmpty ? root : root + "/" + relative
            guard let directory = opendir(folder) else { throw systemError("Could not list \(folder).", "opendir") }
            defer { closedir(directory) }
            var entries: [(key: String, isFolder: Bool)] = []
            while true {
                errno = 0
                guard let entry = readdir(directory) else {
                    if errno != 0 { throw systemError("Could not list \(folder).", "readdir") }
                    break
                }
                let name = withUnsafeBytes(of: entry.pointee.d_name) {
                    String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name == "." || name == ".." { continue }
                var type = Int32(entry.pointee.d_type)
                if type == Int32(DT_UNKNOWN) {  // file systems that do not fill d_type
                    var info = stat()
                    guard lstat(folder + "/" + name, &info) == 0 else {
                        throw systemError("Could not read \(folder)/\(name).", "lstat")
                    }
                    let format = info.st_mode & S_IFMT
                    type = format == S_IFDIR ? Int32(DT_DIR) : format == S_IFREG ? Int32(DT_REG) : -1
                }
                switch type {
                case Int32(DT_REG): entries.append((name, false))
                case Int32(DT_DIR): entries.append((name + "/", true))
                default: if keepingOthers { entries.append((name, false)) }
                }
            }
            entries.sort { UTF8Order.precedes($0.key, $1.key) }
            for entry in entries {
                let name = entry.isFolder ? String(entry.key.dropLast()) : entry.key
                let path = relative.isEmpty ? name : relative + "/" + name
                if !entry.isFolder {
                    out.append(path)
                } else if !skipping(path) {
                    try walk(path)
                }
            }
        }
        try walk("")
        return out
    }

    /// True when a file or folder exists at `path` (without following a final symbolic link).
    package static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    static func systemError(_ message: String, _ call: String) -> StorageError {
        let code = errno
        return StorageError(.ioFailed, message, library: "\(call): \(String(cString: strerror(code))) (errno \(code))")
    }
}

extension FileIO {
    /// Creates `path` (mode 0o444 once complete) and lets `body` write chunks to it; the file is fsynced before it
    /// returns unless `flush` is false (the caller then flushes many files at once with `syncFileSystem`).
    /// - Throws: `StorageError` `.ioFailed`, or what `body` throws.
    package static func appendStreaming(
        to path: String,
        flush: Bool = true,
        _ body: (_ write: ([UInt8]) throws -> Void) throws -> Void
    ) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw systemError("Could not create \(path).", "open") }
        defer { close(fd) }
        try body { chunk in try writeAll(fd, chunk, path) }
        if flush { guard fsync(fd) == 0 else { throw systemError("Could not flush \(path) to disk.", "fsync") } }
        fchmod(fd, 0o444)
    }

    /// Makes every file and folder of the file system holding `path` durable (`syncfs`, which reports
    /// a failed write-back since Linux 5.8): one flush for thousands of files written without one.
    /// - Throws: `StorageError` `.ioFailed`.
    package static func syncFileSystem(containing path: String) throws(StorageError) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw systemError("Could not open \(path).", "open") }
        defer { close(fd) }
        guard systemSyncFS(fd) == 0 else { throw systemError("Could not flush the file system of \(path).", "syncfs") }
    }

    /// Renames a file and fsyncs the target folder, or leaves the folder to `pending` when many
    /// files go into few folders (each folder is then fsynced once, by `syncAll`).
    /// - Throws: `StorageError` `.ioFailed`.
    package static func move(
        _ source: String,
        to target: String,
        pending: PendingDirectorySyncs? = nil
    ) throws(StorageError) {
        guard rename(source, target) == 0 else { throw systemError("Could not move \(source) to \(target).", "rename") }
        let directory = (target as NSString).deletingLastPathComponent
        if let pending { pending.insert(directory) } else { try syncDirectory(directory) }
    }

    /// Removes a file, ignoring a missing one.
    package static func remove(_ path: String) { unlink(path) }
}

extension FileIO {
    /// Writes `bytes` to a new staging file (replacing one left by an interrupted run), not yet durable.
    /// - Throws: `StorageError` `.ioFailed`.
    package static func writeStaging(_ bytes: [UInt8], to path: String) throws(StorageError) {
        try makeDirectory((path as NSString).deletingLastPathComponent)
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw systemError("Could not create \(path).", "open") }
        defer { close(fd) }
        try writeAll(fd, bytes, path)
    }

    /// `writeStaging` for content written in chunks by `body`.
    /// - Throws: `StorageError` `.ioFailed`, or what `body` throws.
    package static func writeStaging(to path: String, _ body: (_ write: ([UInt8]) throws -> Void) throws -> Void) throws
    {
        try makeDirectory((path as NSString).deletingLastPathComponent)
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw systemError("Could not create \(path).", "open") }
        defer { close(fd) }
        try body { chunk in try writeAll(fd, chunk, path) }
    }

    /// Appends `bytes` to a staging file and gives it its final `mode`, without a flush: a
    /// `StagedFiles` then makes it durable with many others and puts it in place.
    /// - Throws: `StorageError` `.ioFailed`.
    package static func append(_ bytes: [UInt8], toStaging staging: String, mode: mode_t = 0o444) throws(StorageError) {
        let fd = open(staging, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard fd >= 0 else { throw systemError("Could not reopen \(staging).", "open") }
        defer { close(fd) }
        try writeAll(fd, bytes, staging)
        fchmod(fd, mode)
    }

    /// Writes `bytes` to a new file at `path`, durably, failing if anything is there already: a
    /// sealed file is created once and never replaced (temp file, fsync, `link`, fsync the folder).
    /// - Throws: `StorageError` `.alreadyExists` naming the path, `.ioFailed` otherwise.
    package static func createExclusively(_ bytes: [UInt8], at path: String, mode: mode_t = 0o444) throws(StorageError)
    {
        let directory = (path as NSString).deletingLastPathComponent
        try makeDirectory(directory)
        let temporary = directory + "/.tmp-" + UUID().uuidString
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw systemError("Could not create a file in \(directory).", "open") }
        do throws(StorageError) {
            try writeAll(fd, bytes, path)
            guard fsync(fd) == 0 else { throw systemError("Could not flush \(path) to disk.", "fsync") }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        close(fd)
        try placeExclusively(temporary, at: path, pending: nil)
    }

    /// Gives `source` the name `target` unless `target` exists, then removes the name `source`.
    /// - Throws: `StorageError` `.alreadyExists` naming `target` (`source` is removed), `.ioFailed`.
    package static func placeExclusively(
        _ source: String,
        at target: String,
        pending: PendingDirectorySyncs? = nil
    ) throws(StorageError) {
        var linked = link(source, target) == 0
        if !linked && errno == ENOENT {
            try makeDirectory((target as NSString).deletingLastPathComponent)
            linked = link(source, target) == 0
        }
        guard linked else {
            let code = errno
            unlink(source)
            if code == EEXIST {
                throw StorageError(
                    .alreadyExists,
                    "\(target) exists already; qcarchive never overwrites a file it has placed."
                )
            }
            errno = code
            throw systemError("Could not put \(target) in place.", "link")
        }
        unlink(source)
        let directory = (target as NSString).deletingLastPathComponent
        if let pending { pending.insert(directory) } else { try syncDirectory(directory) }
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8], _ path: String) throws(StorageError) {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + written, $0.count - written) }
            if count < 0 {
                if errno == EINTR { continue }
                throw systemError("Could not write \(path).", "write")
            }
            written += count
        }
    }
}

/// Folders whose renames still need an fsync: a batch that moves thousands of files into place
/// fsyncs each folder once, before it records them as done.
package final class PendingDirectorySyncs: Sendable {
    private let folders = Mutex<Set<String>>([])

    package init() {}

    func insert(_ folder: String) { _ = folders.withLock { $0.insert(folder) } }

    /// fsyncs every pending folder.
    /// - Throws: `StorageError` `.ioFailed`.
    package func syncAll() throws(StorageError) {
        let pending = folders.withLock { folders in
            defer { folders.removeAll() }
            return folders.sorted()
        }
        for folder in pending { try FileIO.syncDirectory(folder) }
    }
}

/// glibc's `syncfs(2)`, which the Glibc module leaves out (it is declared under `_GNU_SOURCE`).
@_silgen_name("syncfs")
private func systemSyncFS(_ fd: Int32) -> Int32
