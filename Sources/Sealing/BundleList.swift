import CryptoIO
import Foundation
import Lifecycle

/// `batches/<batch-id>/bundles.jsonl` (SPEC "Batch seal", format 2): one line per bag the batch
/// sealed, `{"path","tagmanifest_sha256"}`, sorted by path as UTF-8 bytes, each ending in `\n`.
/// Its SHA-256 and line count are in seal.json; its tag manifests (and the previous seal) are the
/// leaves of the timestamped tree, so anyone can recompute the root from this file and seal.json.
package enum BundleList {
    /// The file's bytes for `bundles` (sorted here).
    package static func encode(_ bundles: [BatchSeal.Bundle]) -> [UInt8] {
        bundles.sorted { UTF8Order.precedes($0.path, $1.path) }.flatMap(line)
    }

    /// One line of the file, its newline included; a file is its lines sorted by path.
    package static func line(_ bundle: BatchSeal.Bundle) -> [UInt8] {
        Array("{\"path\":".utf8) + jsonString(bundle.path) + Array(",\"tagmanifest_sha256\":\"".utf8)
            + Array(bundle.tagmanifestSHA256.utf8) + Array("\"}\n".utf8)
    }

    /// Reads the file back, checking that it is exactly what `encode` writes for its lines (sorted,
    /// one object per line, nothing else), so that one list has one byte form.
    /// - Throws: `BundleProblem` `.unreadable` naming the first line that is not.
    package static func parse(_ bytes: [UInt8], file: String) throws(BundleProblem) -> [BatchSeal.Bundle] {
        if let bundles = parseCanonical(bytes) { return bundles }
        return try parseDecoding(bytes, file: file)
    }

    /// `parse` through a JSON decoder, line by line, and the list encoded again to compare.
    package static func parseDecoding(_ bytes: [UInt8], file: String) throws(BundleProblem) -> [BatchSeal.Bundle] {
        var bundles: [BatchSeal.Bundle] = []
        for (index, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().enumerated() {
            guard let bundle = try? JSONDecoder().decode(BatchSeal.Bundle.self, from: Data(line)) else {
                throw BundleProblem(
                    .unreadable,
                    file: file,
                    expected: "a {\"path\",\"tagmanifest_sha256\"} object on line \(index + 1)",
                    found: "other content"
                )
            }
            bundles.append(bundle)
        }
        guard bytes.isEmpty || bytes.last == 0x0A, encode(bundles) == bytes else {
            throw BundleProblem(
                .unreadable,
                file: file,
                expected: "one object a line, sorted by path, each line ending in a newline",
                found: "another layout"
            )
        }
        return bundles
    }

    /// The list read without a JSON decoder when every line is `encode`'s form with an ASCII path
    /// that needs no escape, in order: what qcarchive writes, a hundred thousand lines a night. Nil
    /// for anything else, which `parse` then reads line by line and names.
    package static func parseCanonical(_ bytes: [UInt8]) -> [BatchSeal.Bundle]? {
        let opening = Array("{\"path\":\"".utf8)
        let middle = Array("\",\"tagmanifest_sha256\":\"".utf8)
        let closing = Array("\"}".utf8)
        func plain(_ byte: UInt8) -> Bool {
            byte >= 0x20 && byte < 0x80 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\")
        }
        guard bytes.isEmpty || bytes.last == 0x0A else { return nil }
        var bundles: [BatchSeal.Bundle] = []
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast() {
            guard line.starts(with: opening), line.reversed().starts(with: closing.reversed()) else { return nil }
            let body = line.dropFirst(opening.count).dropLast(closing.count)
            guard let quote = body.firstIndex(of: UInt8(ascii: "\"")),
                body[quote...].starts(with: middle)
            else { return nil }
            let path = body[..<quote]
            let digest = body[(quote + middle.count)...]
            guard path.allSatisfy(plain), digest.allSatisfy(plain) else { return nil }
            let bundle = BatchSeal.Bundle(
                path: String(decoding: path, as: UTF8.self),
                tagmanifestSHA256: String(decoding: digest, as: UTF8.self)
            )
            if let previous = bundles.last, UTF8Order.precedes(bundle.path, previous.path) { return nil }
            bundles.append(bundle)
        }
        return bundles
    }

    /// A JSON string literal (RFC 8259 §7) of `text`, as UTF-8 bytes.
    static func jsonString(_ text: String) -> [UInt8] {
        var out: [UInt8] = [0x22]
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += [0x5C, 0x22]
            case "\\": out += [0x5C, 0x5C]
            case _ where scalar.value < 0x20:
                out += Array(String(format: "\\u%04x", scalar.value).utf8)
            default: out += Array(String(scalar).utf8)
            }
        }
        return out + [0x22]
    }
}
