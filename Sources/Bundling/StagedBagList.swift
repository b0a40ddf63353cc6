import CryptoIO
import Foundation
import Lifecycle
import Storage

/// The bags a batch staged, one record each in a staging file, in the order of the batch's bundle
/// list (by path): what the seal step reads twice (leaves and list, then evidence records) and the
/// catalog records, without a batch of a million bags held in memory. A private staging format,
/// removed once the batch is recorded (or by recovery after a crash, with every staging file).
package struct StagedBagList: Sendable {
    /// One staged bag.
    package struct Entry: Sendable, Equatable {
        /// The certificate version; nil for the batch's own record.
        package var name: BundleName?
        package var tagManifestSHA256: SHA256Digest
        /// The bytes of the bag's first gzip member.
        package var bytes: Int

        package init(name: BundleName?, tagManifestSHA256: SHA256Digest, bytes: Int) {
            self.name = name
            self.tagManifestSHA256 = tagManifestSHA256
            self.bytes = bytes
        }
    }

    package let path: String

    package init(path: String) { self.path = path }

    /// Reads every entry, in the order they were written.
    /// - Throws: `StorageError`, or what `body` throws; `BundleError` `.archiveWriteFailed` for a cut file.
    package func forEach(_ body: (Entry) throws -> Void) throws {
        var pending: [UInt8] = []
        try FileIO.forEachChunk(of: path) { chunk in
            pending += chunk
            var offset = 0
            while let (entry, next) = Self.decode(pending, at: offset) {
                try body(entry)
                offset = next
            }
            pending.removeFirst(offset)
        }
        guard pending.isEmpty else {
            throw BundleError(.archiveWriteFailed, "The staged bag list \(path) ends in a cut record.")
        }
    }

    /// The record of `entry`: kind, tag manifest digest, bytes, version, issuer, serial.
    package static func encode(_ entry: Entry) -> [UInt8] {
        var out: [UInt8] = [entry.name == nil ? 0 : 1] + entry.tagManifestSHA256.bytes
        appendInteger(UInt64(entry.bytes), to: &out)
        appendInteger(UInt64(entry.name?.version ?? 0), to: &out)
        for text in [entry.name?.ref.issuer ?? "", entry.name?.ref.serial ?? ""] {
            let utf8 = Array(text.utf8)
            appendInteger(UInt64(utf8.count), to: &out)
            out += utf8
        }
        return out
    }

    /// The entry at `offset` and the offset after it, or nil when `bytes` ends before it does.
    private static func decode(_ bytes: [UInt8], at offset: Int) -> (Entry, Int)? {
        var cursor = offset
        func take(_ count: Int) -> ArraySlice<UInt8>? {
            guard cursor + count <= bytes.count else { return nil }
            defer { cursor += count }
            return bytes[cursor..<(cursor + count)]
        }
        func integer() -> Int? { take(8).map { Int($0.reversed().reduce(0) { $0 << 8 | UInt64($1) }) } }
        func text() -> String? { integer().flatMap(take).map { String(decoding: $0, as: UTF8.self) } }
        guard let kind = take(1)?.first, let digest = take(32), let size = integer(), let version = integer(),
            let issuer = text(), let serial = text()
        else { return nil }
        let name = kind == 0 ? nil : BundleName(ref: CertificateRef(issuer: issuer, serial: serial), version: version)
        return (Entry(name: name, tagManifestSHA256: SHA256Digest(bytes: Array(digest)), bytes: size), cursor)
    }

    private static func appendInteger(_ value: UInt64, to out: inout [UInt8]) {
        for shift in stride(from: 0, to: 64, by: 8) { out.append(UInt8(truncatingIfNeeded: value >> shift)) }
    }
}
