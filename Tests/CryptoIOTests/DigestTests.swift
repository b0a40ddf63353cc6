import CryptoIO
import Foundation
import TestSupport
import Testing

/// SHA-384 and SHA-512 beside SHA-256 (hash-tree renewal, RFC 4998 §5.3): FIPS 180-4 vectors,
/// hashlib agrees, and a timestamp over a SHA-512 digest verifies only as SHA-512.
@Suite struct DigestTests {
    @Test func theAlgorithmsGiveTheFIPSVectorsAndAgreeWithHashlib() throws {
        #expect(
            HashAlgorithm.sha512.digest(Array("abc".utf8)).hex
                == "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
                + "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"
        )
        #expect(
            HashAlgorithm.sha384.digest(Array("abc".utf8)).hex
                == "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed"
                + "8086072ba1e7cc2358baeca134c825a7"
        )
        #expect(HashAlgorithm.sha256.digest(Array("abc".utf8)).sha256 == SHA256Digest.of("abc"))
        let parts: [[UInt8]] = [Array("qc".utf8), [0, 1, 255], Array("archive".utf8)]
        for algorithm in HashAlgorithm.allCases {
            let name = algorithm.rawValue.filter { $0 != "-" }
            let python = try TestEnvironment.run(
                "python3",
                ["-c", "import hashlib,sys; print(hashlib.new('\(name)', b'qc\\x00\\x01\\xffarchive').hexdigest())"]
            )
            #expect(algorithm.digest(concatenating: parts).hex + "\n" == python.stdout, "\(algorithm)")
            #expect(HashAlgorithm(oidComponents: algorithm.oidComponents) == algorithm)
        }
        #expect(Digest(.sha512, hex: String(repeating: "ab", count: 32)) == nil, "32 bytes are no SHA-512")
    }

    @Test func aSHA512TimestampVerifiesAsSHA512Only() throws {
        let (tsa, anchor, _) = try TimeStampTests.authority()
        let digest = HashAlgorithm.sha512.digest(Array("renewal root".utf8))
        let request = try TimeStampProtocol.request(for: digest)
        let response = try TimeStampProtocol.verify(
            response: try tsa.respond(to: request.der),
            for: request,
            trustAnchors: [anchor]
        )
        #expect(try TimeStampProtocol.claimedImprint(of: response.token) == digest)
        #expect(
            try TimeStampProtocol.verify(token: response.token, over: digest, trustAnchors: [anchor]) > .distantPast
        )
        // The same 64 bytes claimed as SHA-384's first 48 or as another algorithm are refused.
        let truncated = Digest(.sha384, bytes: Array(digest.bytes.prefix(48)))
        #expect(throws: CryptoIOError.self) {
            _ = try TimeStampProtocol.verify(token: response.token, over: truncated, trustAnchors: [anchor])
        }
        var other = digest.bytes
        other[63] ^= 1
        #expect(throws: CryptoIOError.self) {
            _ = try TimeStampProtocol.verify(
                token: response.token,
                over: Digest(.sha512, bytes: other),
                trustAnchors: [anchor]
            )
        }
    }
}
