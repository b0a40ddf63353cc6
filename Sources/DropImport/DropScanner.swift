import Foundation
import Lifecycle
import Storage

/// One file found in the drop.
package struct DropEntry: Sendable, Equatable {
    /// Relative to the drop root, `/`-separated.
    package var path: String
    /// Where the bytes are read: the drop file when archiving, then the archived copy in the store.
    package var absolutePath: String
    package var kind: DropFileKind
    /// The drop file's path as the kernel has it (its name need not be UTF-8).
    package var rawAbsolutePath: [UInt8]
    /// False when a name on the path is not valid UTF-8: `path` then shows it with `\xHH` escapes,
    /// and the file is archived as-is but not read.
    package var nameIsUTF8 = true

    package init(path: String, absolutePath: String, kind: DropFileKind) {
        self.path = path
        self.absolutePath = absolutePath
        self.kind = kind
        self.rawAbsolutePath = Array(absolutePath.utf8)
    }
}

/// Walks a drop folder in a fixed order, refusing symbolic links and anything that is not a plain
/// file or folder (SPEC "Bad input": "a path that leaves the drop, a symlink").
package enum DropScanner {
    /// The drop's files sorted by kind then path, and the refused entries as rejects.
    /// - Throws: `ImportError` `.dropUnreadable` when the drop folder itself cannot be read.
    package static func scan(
        _ root: String
    ) throws -> (entries: DropFileList, refused: [(path: String, reason: RejectReason)]) {
        var info = stat()
        guard lstat(root, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
            throw ImportError(.dropUnreadable, "The drop \(root) is not a readable folder.")
        }
        var entries = DropFileList(root: root)
        var refused: [(String, RejectReason)] = []
        try walk(root, relative: "", rawRelative: [], into: &entries, refused: &refused)
        entries.sort()
        refused.sort { $0.0 < $1.0 }
        return (entries, refused)
    }

    private static func walk(
        _ root: String,
        relative: String,
        rawRelative: [UInt8],
        escaped: Bool = false,
        into entries: inout DropFileList,
        refused: inout [(String, RejectReason)]
    ) throws {
        let folder = relative.isEmpty ? root : root + "/" + relative
        let rawFolder = Array(root.utf8) + (rawRelative.isEmpty ? [] : [0x2F] + rawRelative)
        let names: [[UInt8]]
        do {
            names = try RawPath.names(in: rawFolder)
        } catch {
            throw ImportError(.dropUnreadable, "The drop folder \(folder) cannot be listed.", underlying: error)
        }
        for rawName in names.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            // A name that is not UTF-8, or holds a backslash, is shown escaped (losslessly, one name
            // one text) and its file archived as-is, not read.
            let validName = String(validating: rawName, as: UTF8.self).flatMap { $0.contains("\\") ? nil : $0 }
            let name = validName ?? RawPath.escaped(rawName)
            let path = relative.isEmpty ? name : relative + "/" + name
            let absolute = root + "/" + path
            let rawPath = rawRelative.isEmpty ? rawName : rawRelative + [0x2F] + rawName
            let rawAbsolute = rawFolder + [0x2F] + rawName
            if name == ".." || name == "." {
                refused.append(
                    (
                        path,
                        RejectReason(
                            .pathOutsideDrop,
                            "The name \"\(name)\" could leave the drop; the file was not read."
                        )
                    )
                )
                continue
            }
            let utf8 = validName != nil && !escaped
            switch RawPath.fileType(rawAbsolute) {
            case nil:
                refused.append((path, RejectReason(.unexpectedFile, "The file cannot be examined.")))
            case S_IFDIR:
                try walk(
                    root,
                    relative: path,
                    rawRelative: rawPath,
                    escaped: !utf8,
                    into: &entries,
                    refused: &refused
                )
            case S_IFREG:
                entries.append(
                    path: path,
                    kind: utf8 ? DropFileKind(relativePath: path) : .unrecognized,
                    rawPath: utf8 ? nil : rawPath
                )
            case S_IFLNK:
                let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: absolute)) ?? "?"
                refused.append(
                    (
                        path,
                        RejectReason(
                            .symbolicLink,
                            "The entry is a symbolic link (to \(target)); links are refused because they can leave the "
                                + "drop, the target was not read."
                        )
                    )
                )
            default:
                refused.append((path, RejectReason(.unexpectedFile, "The entry is not a regular file or folder.")))
            }
        }
    }
}
