import Lifecycle

/// The files of a drop, sorted by kind then path, kept flat: a drop of a million certificate files
/// costs about 40 bytes a file here (its path's bytes, an offset and a kind), not three strings and
/// a byte array each. `DropEntry` is the view of one file, made when it is read.
package struct DropFileList: RandomAccessCollection, Sendable {
    /// The drop folder, absolute and standardized.
    package let root: String
    private var pathBytes: [UInt8] = []
    /// Where each path starts in `pathBytes`; it ends where the next starts.
    private var starts: [Int] = []
    private var kinds: [DropFileKind] = []
    /// The path as the kernel has it, relative to the root, for the few files whose name is not UTF-8
    /// (their `path` shows it escaped); by index.
    private var rawPaths: [Int: [UInt8]] = [:]

    package init(root: String) { self.root = root }

    package var startIndex: Int { 0 }
    package var endIndex: Int { starts.count }

    package subscript(index: Int) -> DropEntry {
        let path = path(at: index)
        var entry = DropEntry(path: path, absolutePath: root + "/" + path, kind: kinds[index])
        if let raw = rawPaths[index] {
            entry.rawAbsolutePath = Array(root.utf8) + [0x2F] + raw
            entry.nameIsUTF8 = false
        }
        return entry
    }

    /// The path of the file at `index`, relative to the root.
    package func path(at index: Int) -> String { String(decoding: pathBytes(at: index), as: UTF8.self) }

    package func kind(at index: Int) -> DropFileKind { kinds[index] }

    private func pathBytes(at index: Int) -> ArraySlice<UInt8> {
        pathBytes[starts[index]..<(index + 1 < starts.count ? starts[index + 1] : pathBytes.count)]
    }

    /// Adds a file; `rawPath` is its path as the kernel has it when that is not `path`'s UTF-8.
    mutating func append(path: String, kind: DropFileKind, rawPath: [UInt8]?) {
        if let rawPath { rawPaths[starts.count] = rawPath }
        starts.append(pathBytes.count)
        pathBytes += path.utf8
        kinds.append(kind)
    }

    /// Sorts the files by kind, then by path as UTF-8 bytes.
    mutating func sort() {
        let order = indices.sorted {
            kinds[$0] != kinds[$1]
                ? kinds[$0] < kinds[$1] : pathBytes(at: $0).lexicographicallyPrecedes(pathBytes(at: $1))
        }
        var sorted = DropFileList(root: root)
        sorted.pathBytes.reserveCapacity(pathBytes.count)
        sorted.starts.reserveCapacity(count)
        sorted.kinds.reserveCapacity(count)
        for index in order {
            if let raw = rawPaths[index] { sorted.rawPaths[sorted.starts.count] = raw }
            sorted.starts.append(sorted.pathBytes.count)
            sorted.pathBytes += pathBytes(at: index)
            sorted.kinds.append(kinds[index])
        }
        self = sorted
    }

    /// The indices of the files in path order alone (UTF-8 bytes), whatever their kind.
    package func indicesByPath() -> [Int] {
        indices.sorted { pathBytes(at: $0).lexicographicallyPrecedes(pathBytes(at: $1)) }
    }
}
