import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// File names as the kernel keeps them: bytes, not necessarily UTF-8. A drop file whose name is not
/// valid UTF-8 (or holds a backslash) must still be archived as-is (nothing is lost), and shown to
/// people in a form that loses nothing and names one file only: valid UTF-8 unchanged but the
/// backslash, which becomes `\x5C`, and every byte outside valid UTF-8 as `\xHH`.
package enum RawPath {
    /// The names in a folder (without `.` and `..`), as bytes.
    /// - Throws: `StorageError` `.ioFailed` when the folder cannot be listed.
    package static func names(in folder: [UInt8]) throws(StorageError) -> [[UInt8]] {
        guard let directory = opendir(cString(folder)) else {
            throw FileIO.systemError("Could not list the folder \(escaped(folder)).", "opendir")
        }
        defer { closedir(directory) }
        var names: [[UInt8]] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { buffer in
                Array(buffer.prefix { $0 != 0 })
            }
            if name != [0x2E] && name != [0x2E, 0x2E] { names.append(name) }
        }
        return names
    }

    /// `lstat` of a path given as bytes; nil when it cannot be examined.
    package static func fileType(_ path: [UInt8]) -> mode_t? {
        var info = stat()
        guard lstat(cString(path), &info) == 0 else { return nil }
        return info.st_mode & S_IFMT
    }

    /// The bytes as text that loses nothing: valid UTF-8 as it is, but `\` as `\x5C` and each byte
    /// outside valid UTF-8 as `\xHH`, so that every `\` of the text starts an escape.
    package static func escaped(_ bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) {
            return text.contains("\\") ? text.replacingOccurrences(of: "\\", with: "\\x5C") : text
        }
        var out = ""
        var index = 0
        while index < bytes.count {
            // The longest valid UTF-8 sequence at `index` (1 to 4 bytes), else one escaped byte.
            var matched = 0
            for length in (1...min(4, bytes.count - index)).reversed() {
                if let scalar = String(validating: bytes[index..<index + length], as: UTF8.self),
                    scalar.unicodeScalars.count == 1, scalar != "\\"
                {
                    out += scalar
                    matched = length
                    break
                }
            }
            if matched == 0 {
                let hex = String(bytes[index], radix: 16, uppercase: true)
                out += "\\x" + (hex.count == 1 ? "0" : "") + hex
                matched = 1
            }
            index += matched
        }
        return out
    }

    /// The NUL-terminated form the C calls take (Swift passes an array as a pointer to its storage).
    static func cString(_ path: [UInt8]) -> [CChar] { path.map { CChar(bitPattern: $0) } + [0] }
}

extension FileIO {
    /// Calls `body` with successive chunks of a file named by bytes (see `forEachChunk(of:)`).
    /// - Throws: `StorageError` `.ioFailed`, or what `body` throws.
    package static func forEachChunk(
        ofRawPath path: [UInt8],
        size: Int = 1 << 20,
        _ body: ([UInt8]) throws -> Void
    )
        throws
    {
        let fd = open(RawPath.cString(path), O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { throw systemError("Could not open \(RawPath.escaped(path)) for reading.", "open") }
        defer { close(fd) }
        try forEachChunk(fd: fd, name: RawPath.escaped(path), size: size, body)
    }
}
