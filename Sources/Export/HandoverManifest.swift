import CryptoIO
import Lifecycle

/// `handover/manifest-sha256.txt` of a termination handover (SPEC "Exports"): one line per file of
/// the handover, `<sha256 hex>  <path relative to the top folder>`, sorted by path as UTF-8 bytes,
/// as `sha256sum -c` reads it. Signed (CMS, detached, `.p7s`) and timestamped (RFC 3161 over its
/// SHA-256, `.tsr`) by the archive.
package struct HandoverManifest: Sendable, Equatable {
    package static let path = "handover/manifest-sha256.txt"
    package static let signaturePath = path + ".p7s"
    package static let timestampPath = path + ".tsr"
    /// The handover's own description and its recipe.
    package static let descriptionPath = "handover/handover.json"
    package static let recipePath = "handover/VERIFY.md"
    package static let headPath = "handover/head.note"

    /// One file and its SHA-256.
    package struct Entry: Sendable, Equatable {
        package var path: String
        package var digest: SHA256Digest

        package init(_ path: String, _ digest: SHA256Digest) {
            self.path = path
            self.digest = digest
        }
    }

    /// In the order added (a handover adds its files sorted, so sorting them again is one pass).
    package var entries: [Entry]

    package init(entries: [Entry]) { self.entries = entries }

    package var digests: [String: SHA256Digest] {
        Dictionary(entries.map { ($0.path, $0.digest) }, uniquingKeysWith: { first, _ in first })
    }

    package var bytes: [UInt8] {
        let sorted = entries.sorted { UTF8Order.precedes($0.path, $1.path) }
        return Array(sorted.map { "\($0.digest.hex)  \($0.path)\n" }.joined().utf8)
    }

    /// Parses the lines; nil for a line that is not `<64 hex>  <path>` or a path listed twice.
    package init?(bytes: [UInt8]) {
        var entries: [Entry] = []
        var seen: Set<String> = []
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .dropLast()
        {
            guard line.count > 66, let digest = SHA256Digest(hex: String(line.prefix(64))),
                line.dropFirst(64).hasPrefix("  ")
            else { return nil }
            let path = String(line.dropFirst(66))
            guard seen.insert(path).inserted else { return nil }
            entries.append(Entry(path, digest))
        }
        guard bytes.last == UInt8(ascii: "\n") else { return nil }
        self.entries = entries
    }
}
