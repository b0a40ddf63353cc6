import Foundation
internal import COpenSSL

/// A message digest together with the algorithm that made it: what RFC 4998 hash trees and RFC 3161
/// imprints hold once more than SHA-256 is in play. `SHA256Digest` remains the type of the archive's
/// own SHA-256 digests (manifests, seals, the catalog).
package struct Digest: Hashable, Sendable, Comparable, CustomStringConvertible {
    package let algorithm: HashAlgorithm
    package let bytes: [UInt8]

    /// Wraps digest bytes of `algorithm`.
    /// - Precondition: `bytes` has the algorithm's length.
    package init(_ algorithm: HashAlgorithm, bytes: [UInt8]) {
        precondition(bytes.count == algorithm.length, "a \(algorithm.rawValue) digest has \(algorithm.length) bytes")
        self.algorithm = algorithm
        self.bytes = bytes
    }

    /// A SHA-256 digest.
    package init(_ digest: SHA256Digest) { self.init(.sha256, bytes: digest.bytes) }

    /// Parses hex digits of the algorithm's length, or returns nil.
    package init?(_ algorithm: HashAlgorithm, hex: String) {
        guard let bytes = Hex.decode(hex), bytes.count == algorithm.length else { return nil }
        self.init(algorithm, bytes: bytes)
    }

    /// The SHA-256 digest, when it is one.
    package var sha256: SHA256Digest? { algorithm == .sha256 ? SHA256Digest(bytes: bytes) : nil }

    package var hex: String { Hex.encode(bytes) }
    package var description: String { "\(algorithm.rawValue):\(hex)" }

    /// Unsigned byte order, as RFC 4998 hash trees and Bouncy Castle sort.
    package static func < (lhs: Digest, rhs: Digest) -> Bool { lhs.bytes.lexicographicallyPrecedes(rhs.bytes) }
}

/// Incremental hashing with any `HashAlgorithm` over EVP.
package struct DigestHasher: ~Copyable {
    private let algorithm: HashAlgorithm
    private let context: OpaquePointer

    /// Starts a new digest.
    package init(_ algorithm: HashAlgorithm) {
        self.algorithm = algorithm
        // EVP_MD_CTX_new and EVP_DigestInit_ex fail only when memory is exhausted.
        context = EVP_MD_CTX_new()!
        precondition(EVP_DigestInit_ex(context, algorithm.fetched, nil) == 1, "EVP_DigestInit_ex failed")
    }

    /// Adds bytes to the digest.
    package mutating func update(_ bytes: some ContiguousBytes) {
        bytes.withUnsafeBytes { buffer in
            precondition(EVP_DigestUpdate(context, buffer.baseAddress, buffer.count) == 1, "EVP_DigestUpdate failed")
        }
    }

    /// Ends the digest and returns it; the hasher is consumed.
    package consuming func finalize() -> Digest {
        var out = [UInt8](repeating: 0, count: algorithm.length)
        var length: UInt32 = 0
        precondition(
            EVP_DigestFinal_ex(context, &out, &length) == 1 && Int(length) == algorithm.length,
            "EVP_DigestFinal_ex failed"
        )
        return Digest(algorithm, bytes: out)
    }

    deinit { EVP_MD_CTX_free(context) }
}
