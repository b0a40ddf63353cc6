import Sealing
import Testing

/// `bundles.jsonl` read without a JSON decoder (#16: a hundred thousand lines a night, read by every
/// `verify --all`) accepts exactly what the decoding reader accepts, with the same result.
@Suite struct BundleListTests {
    static let digest = String(repeating: "ab", count: 32)

    static func list(_ paths: [String]) -> [UInt8] {
        BundleList.encode(paths.map { BatchSeal.Bundle(path: $0, tagmanifestSHA256: digest) })
    }

    @Test func theCanonicalReaderAgreesWithTheDecodingReader() throws {
        let written = Self.list(["bundles/a/1.tar.gz", "bundles/b/2.tar.gz", "bundles/b/3.tar.gz"])
        let line = Array("{\"path\":\"bundles/c.tar.gz\",\"tagmanifest_sha256\":\"\(Self.digest)\"}\n".utf8)
        let variants: [(String, [UInt8])] = [
            ("as written", written),
            ("empty", []),
            ("a path with a quote, a backslash and a non-ASCII letter", Self.list(["q\"b\\s/Liège"])),
            ("unsorted", line + written),
            ("no final newline", Array(written.dropLast())),
            (
                "a space after a colon",
                Array(
                    String(decoding: written, as: UTF8.self)
                        .replacingOccurrences(of: "\"path\":", with: "\"path\": ").utf8
                )
            ),
            ("an extra field", Array("{\"path\":\"a\",\"tagmanifest_sha256\":\"x\",\"more\":1}\n".utf8)),
            ("fields swapped", Array("{\"tagmanifest_sha256\":\"x\",\"path\":\"a\"}\n".utf8)),
            ("an escaped slash", Array("{\"path\":\"a\\/b\",\"tagmanifest_sha256\":\"x\"}\n".utf8)),
            ("an empty line", written + [0x0A]),
            ("a line of its own after the last", written + line),
        ]
        var fast = 0
        for (label, bytes) in variants {
            let canonical = BundleList.parseCanonical(bytes)
            let decoded = try? BundleList.parseDecoding(bytes, file: "bundles.jsonl")
            if let canonical {
                fast += 1
                #expect(canonical == decoded, "\(label): both readers give the same list")
            }
            #expect(
                (try? BundleList.parse(bytes, file: "bundles.jsonl")) == decoded,
                "\(label): parse accepts what the decoding reader accepts"
            )
        }
        #expect(fast == 3, "as written, empty, and the sorted list with a line appended are read without a decoder")
        #expect(
            try BundleList.parse(written, file: "x").map(\.path) == [
                "bundles/a/1.tar.gz", "bundles/b/2.tar.gz", "bundles/b/3.tar.gz",
            ]
        )
    }
}
