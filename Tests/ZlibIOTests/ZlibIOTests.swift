import Foundation
import TestSupport
import Testing
import ZlibIO

@Suite struct GzipTests {
    static func inflateAll(_ bytes: [UInt8], chunk: Int) throws -> [UInt8] {
        var inflater = try GzipInflater()
        var out: [UInt8] = []
        for start in stride(from: 0, to: bytes.count, by: chunk) {
            out += try inflater.inflate(Array(bytes[start..<min(start + chunk, bytes.count)]))
        }
        try inflater.finish()
        return out
    }

    @Test func inflatesWhatPythonGzipWrote() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let made = try TestEnvironment.run(
            "python3",
            [
                "-c",
                "import gzip,sys; open(sys.argv[1],'wb').write(gzip.compress(b''.join(b'{\"line\": %d}\\n' % i for i "
                    + "in range(50000))))",
                folder + "/log.gz",
            ]
        )
        #expect(made.status == 0, "\(made)")
        let inflated = try Self.inflateAll(try TestEnvironment.read(folder + "/log.gz"), chunk: 7_777)
        let text = String(decoding: inflated, as: UTF8.self)
        #expect(text.hasPrefix("{\"line\": 0}\n"))
        #expect(text.hasSuffix("{\"line\": 49999}\n"))
        #expect(text.split(separator: "\n").count == 50_000)
    }

    @Test func aStreamedMemberIsTheOneShotMemberWhateverTheChunks() throws {
        // Text that compresses and bytes that do not, across zlib's 64 KiB output buffer.
        var original = Array((0..<40_000).map { "{\"path\" : \"certificates/\($0).pem\"}\n" }.joined().utf8)
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<300_000 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            original.append(UInt8(truncatingIfNeeded: seed >> 56))
        }
        let folder = try TestEnvironment.temporaryFolder()
        for level: Int32 in [3, 9] {
            let whole = try Gzip.compress(original, level: level)
            for chunk in [1 << 20, 65_536, 10_007, 511] {
                let deflater = try GzipDeflater(level: level)
                var streamed: [UInt8] = []
                for start in stride(from: 0, to: original.count, by: chunk) {
                    streamed += try deflater.compress(Array(original[start..<min(start + chunk, original.count)]))
                }
                streamed += try deflater.finish()
                #expect(streamed == whole, "level \(level), chunks of \(chunk)")
            }
            // and Python's gzip reads it back
            try TestEnvironment.write(whole, to: folder + "/member-\(level).gz")
            try TestEnvironment.write(original, to: folder + "/original")
            let read = try TestEnvironment.run(
                "python3",
                [
                    "-c", "import gzip,sys; print(gzip.open(sys.argv[1]).read() == open(sys.argv[2], 'rb').read())",
                    folder + "/member-\(level).gz", folder + "/original",
                ]
            )
            #expect(read.stdout == "True\n", "\(read)")
        }
        let empty = try GzipDeflater(level: 3)
        #expect(try empty.compress([]) + empty.finish() == Gzip.compress([], level: 3))
    }

    @Test func roundTripsItsOwnCompression() throws {
        let original = Array(String(repeating: "qualified certificate ", count: 10_000).utf8)
        let compressed = try Gzip.compress(original)
        #expect(compressed.count < original.count / 20)
        #expect(try Self.inflateAll(compressed, chunk: 1024) == original)
    }

    @Test func namesWhereEachMemberStarts() throws {
        let first = try Gzip.compress(Array(repeating: 0x61, count: 200_000), level: 3)
        let second = try Gzip.compress(Array("second".utf8), level: 9)
        let third = try Gzip.compress(Array(repeating: 0x62, count: 70_000), level: 1)
        let (output, starts) = try Gzip.decompressMembers(first + second + third, limit: 1 << 20)
        #expect(output.count == 270_006)
        #expect(starts == [0, first.count, first.count + second.count])
    }

    @Test func reportsCorruptAndTruncatedStreams() throws {
        let compressed = try Gzip.compress(Array(String(repeating: "x", count: 100_000).utf8))
        var corrupt = compressed
        corrupt[20] ^= 0xff
        corrupt[21] ^= 0xff
        let error = #expect(throws: ZlibError.self) { try Self.inflateAll(corrupt, chunk: 4096) }
        #expect(error?.code == .corrupt)
        let truncated = #expect(throws: ZlibError.self) {
            try Self.inflateAll(Array(compressed.prefix(compressed.count / 2)), chunk: 4096)
        }
        #expect(truncated?.code == .truncated)
    }
}
