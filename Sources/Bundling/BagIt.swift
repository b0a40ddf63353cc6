import Foundation
import Lifecycle
import CryptoIO

/// The BagIt 1.0 (RFC 8493) tag files of a bag, built from its payload and bag-info fields.
package struct BagIt {
    /// One payload file, path relative to the bag root (`data/...`).
    package struct File: Sendable {
        package var path: String
        package var bytes: [UInt8]
        package init(path: String, bytes: [UInt8]) {
            self.path = path
            self.bytes = bytes
        }
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
        let octets = self.payload.reduce(0) { $0 + $1.bytes.count }
        var info = ""
        for (name, value) in fields { info += "\(name): \(value)\n" }
        info += "Payload-Oxum: \(octets).\(self.payload.count)\n"
        bagInfo = Array(info.utf8)
        manifest = Self.manifest(self.payload.map { ($0.path, $0.bytes) })
        tagManifest = Self.manifest([
            ("bagit.txt", Self.declaration), ("bag-info.txt", bagInfo), ("manifest-sha256.txt", manifest),
        ])
    }

    /// `<sha256>  <path>` lines, one per file, in the given order.
    static func manifest(_ files: [(String, [UInt8])]) -> [UInt8] {
        Array(files.map { "\(SHA256Digest.of($0.1).hex)  \(encodePath($0.0))\n" }.joined().utf8)
    }

    /// RFC 8493 §2.1.3: CR, LF and % in a manifest path are percent-encoded.
    static func encodePath(_ path: String) -> String {
        path.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Parses manifest lines into (path, hex digest); nil for a malformed line.
    package static func parseManifest(_ bytes: [UInt8]) -> [(path: String, digest: String)]? {
        var out: [(String, String)] = []
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true) {
            let text = line.hasSuffix("\r") ? line.dropLast() : line
            guard let space = text.firstIndex(where: { $0 == " " || $0 == "\t" }) else { return nil }
            let digest = String(text[..<space])
            let path = text[space...].drop { $0 == " " || $0 == "\t" }
            guard digest.count == 64, !path.isEmpty else { return nil }
            out.append(
                (
                    String(path).replacingOccurrences(of: "%0A", with: "\n").replacingOccurrences(of: "%0D", with: "\r")
                        .replacingOccurrences(of: "%25", with: "%"), digest.lowercased()
                )
            )
        }
        return out
    }

    /// Parses `bag-info.txt` into ordered (label, value) pairs, joining continuation lines.
    package static func parseBagInfo(_ bytes: [UInt8]) -> [(String, String)] {
        var out: [(String, String)] = []
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            if let first = line.first, first == " " || first == "\t", !out.isEmpty {
                out[out.count - 1].1 += " " + line.trimmingCharacters(in: .whitespaces)
            } else if let colon = line.firstIndex(of: ":") {
                out.append(
                    (
                        String(line[..<colon]),
                        String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
                    )
                )
            }
        }
        return out
    }
}
