import Foundation
import Lifecycle
import CryptoIO

/// The BagIt 1.0 (RFC 8493) tag files of a bag, built from its payload and bag-info fields.
package struct BagIt {
    /// One payload file, path relative to the bag root (`data/...`).
    package struct File: Sendable {
        package var path: String
        /// The content; empty for a spooled file.
        package var bytes: [UInt8]
        /// A file too large to hold, written to disk beforehand: where, its size and its digest.
        package var spool: Spool?

        package struct Spool: Sendable {
            package var path: String
            package var size: Int
            package var sha256: SHA256Digest

            package init(path: String, size: Int, sha256: SHA256Digest) {
                self.path = path
                self.size = size
                self.sha256 = sha256
            }
        }

        package init(path: String, bytes: [UInt8]) {
            self.path = path
            self.bytes = bytes
        }

        /// A payload file whose content stays on disk until the bag is written.
        package init(path: String, spool: Spool) {
            self.path = path
            self.bytes = []
            self.spool = spool
        }

        package var size: Int { spool?.size ?? bytes.count }
        package var sha256: SHA256Digest { spool?.sha256 ?? SHA256Digest.of(bytes) }
    }

    package static let declaration = Array("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n".utf8)

    package let payload: [File]
    package let bagInfo: [UInt8]
    package let manifest: [UInt8]
    /// Lists exactly `bagit.txt`, `bag-info.txt` and `manifest-sha256.txt` (SPEC "Bundle").
    package let tagManifest: [UInt8]

    /// Builds the tag files; `bagInfo` fields are written in the given order after `Payload-Oxum`.
    package init(payload: [File], bagInfo fields: [(String, String)]) {
        self.payload = payload.sorted { UTF8Order.precedes($0.path, $1.path) }
        let octets = self.payload.reduce(0) { $0 + $1.size }
        var info = ""
        for (name, value) in fields { info += "\(name): \(value)\n" }
        info += "Payload-Oxum: \(octets).\(self.payload.count)\n"
        bagInfo = Array(info.utf8)
        manifest = Self.manifest(self.payload.map { ($0.path, $0.sha256) })
        tagManifest = Self.manifest(
            [("bagit.txt", Self.declaration), ("bag-info.txt", bagInfo), ("manifest-sha256.txt", manifest)].map {
                ($0.0, SHA256Digest.of($0.1))
            }
        )
    }

    /// `<sha256>  <path>` lines, one per file, in the given order.
    static func manifest(_ files: [(String, SHA256Digest)]) -> [UInt8] {
        Array(files.map { "\($0.1.hex)  \(encodePath($0.0))\n" }.joined().utf8)
    }

    /// RFC 8493 §2.1.3: CR, LF and % in a manifest path are percent-encoded.
    static func encodePath(_ path: String) -> String {
        path.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Parses manifest lines into (path, hex digest); nil for a malformed line. Lines end in LF, a
    /// CR before it dropped; read as bytes (a bag's manifests are read a hundred thousand times a night).
    package static func parseManifest(_ bytes: [UInt8]) -> [(path: String, digest: String)]? {
        var out: [(String, String)] = []
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: true) {
            let text = line.last == 0x0D ? line.dropLast() : line
            guard let space = text.firstIndex(where: isBlank) else { return nil }
            let digest = String(decoding: text[..<space], as: UTF8.self)
            let path = String(decoding: text[space...].drop(while: isBlank), as: UTF8.self)
            guard digest.count == 64, !path.isEmpty else { return nil }
            out.append((decodePath(path), digest.lowercased()))
        }
        return out
    }

    /// The inverse of `encodePath`.
    static func decodePath(_ path: String) -> String {
        guard path.utf8.contains(UInt8(ascii: "%")) else { return path }
        return path.replacingOccurrences(of: "%0A", with: "\n").replacingOccurrences(of: "%0D", with: "\r")
            .replacingOccurrences(of: "%25", with: "%")
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    /// Parses `bag-info.txt` into ordered (label, value) pairs, joining continuation lines; lines end
    /// in LF (a CR before it dropped), values trimmed of blanks (on a line that is not ASCII, of any
    /// Unicode space).
    package static func parseBagInfo(_ bytes: [UInt8]) -> [(String, String)] {
        var out: [(String, String)] = []
        func trimmed(_ bytes: ArraySlice<UInt8>) -> String {
            if bytes.allSatisfy({ $0 < 0x80 }) {
                let start = bytes.firstIndex { !isBlank($0) } ?? bytes.endIndex
                let end = bytes.lastIndex { !isBlank($0) }.map { $0 + 1 } ?? start
                return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
            }
            return String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        }
        for raw in bytes.split(separator: 0x0A) {
            let line = raw.last == 0x0D ? raw.dropLast() : raw
            if let first = line.first, isBlank(first), !out.isEmpty {
                out[out.count - 1].1 += " " + trimmed(line)
            } else if let colon = line.firstIndex(of: UInt8(ascii: ":")) {
                out.append((String(decoding: line[..<colon], as: UTF8.self), trimmed(line[(colon + 1)...])))
            }
        }
        return out
    }
}
