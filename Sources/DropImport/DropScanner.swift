import Foundation
import Lifecycle

/// One file found in the drop.
package struct DropEntry: Sendable, Equatable {
    /// Relative to the drop root, `/`-separated.
    package var path: String
    /// Where the bytes are read: the drop file when archiving, then the archived copy in the store.
    package var absolutePath: String
    package var kind: DropFileKind
}

/// Walks a drop folder in a fixed order, refusing symbolic links and anything that is not a plain
/// file or folder (SPEC "Bad input": "a path that leaves the drop, a symlink").
package enum DropScanner {
    /// The drop's files sorted by kind then path, and the refused entries as rejects.
    /// - Throws: `ImportError` `.dropUnreadable` when the drop folder itself cannot be read.
    package static func scan(
        _ root: String
    ) throws -> (entries: [DropEntry], refused: [(path: String, reason: RejectReason)]) {
        var info = stat()
        guard lstat(root, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
            throw ImportError(.dropUnreadable, "The drop \(root) is not a readable folder.")
        }
        var entries: [DropEntry] = []
        var refused: [(String, RejectReason)] = []
        try walk(root, relative: "", into: &entries, refused: &refused)
        entries.sort {
            $0.kind != $1.kind ? $0.kind < $1.kind : Array($0.path.utf8).lexicographicallyPrecedes(Array($1.path.utf8))
        }
        refused.sort { $0.0 < $1.0 }
        return (entries, refused)
    }

    private static func walk(
        _ root: String,
        relative: String,
        into entries: inout [DropEntry],
        refused: inout [(String, RejectReason)]
    ) throws {
        let folder = relative.isEmpty ? root : root + "/" + relative
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw ImportError(.dropUnreadable, "The drop folder \(folder) cannot be listed.", underlying: error)
        }
        for name in names.sorted() {
            let path = relative.isEmpty ? name : relative + "/" + name
            let absolute = root + "/" + path
            if name == ".." || name == "." || name.contains("\\") {
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
            var info = stat()
            guard lstat(absolute, &info) == 0 else {
                refused.append((path, RejectReason(.unexpectedFile, "The file cannot be examined.")))
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                try walk(root, relative: path, into: &entries, refused: &refused)
            case S_IFREG:
                entries.append(DropEntry(path: path, absolutePath: absolute, kind: DropFileKind(relativePath: path)))
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
