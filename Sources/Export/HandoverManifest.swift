import CryptoIO

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

    package var entries: [String: SHA256Digest]

    package init(entries: [String: SHA256Digest]) { self.entries = entries }

    package var bytes: [UInt8] {
        let sorted = entries.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        return Array(sorted.map { "\(entries[$0]!.hex)  \($0)\n" }.joined().utf8)
    }

    /// Parses the lines; nil for a line that is not `<64 hex>  <path>` or a path listed twice.
    package init?(bytes: [UInt8]) {
        var entries: [String: SHA256Digest] = [:]
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .dropLast()
        {
            guard line.count > 66, let digest = SHA256Digest(hex: String(line.prefix(64))),
                line.dropFirst(64).hasPrefix("  ")
            else { return nil }
            let path = String(line.dropFirst(66))
            guard entries.updateValue(digest, forKey: path) == nil else { return nil }
        }
        guard bytes.last == UInt8(ascii: "\n") else { return nil }
        self.entries = entries
    }
}
