import Foundation
internal import COpenSSL

// Fetched once, like SHA-256 in SHA256Digest.swift (OpenSSL 3 fetched algorithms are shareable).
nonisolated(unsafe) private let fetchedSHA384: OpaquePointer = EVP_MD_fetch(nil, "SHA384", nil)!
nonisolated(unsafe) private let fetchedSHA512: OpaquePointer = EVP_MD_fetch(nil, "SHA512", nil)!

/// A hash algorithm of the SHA-2 family (FIPS 180-4) that evidence records and timestamps use:
/// SHA-256 when sealed, SHA-384 or SHA-512 after RFC 4998 hash-tree renewal.
package enum HashAlgorithm: String, Sendable, CaseIterable, Hashable {
    case sha256 = "sha-256"
    case sha384 = "sha-384"
    case sha512 = "sha-512"

    /// The digest length in bytes.
    package var length: Int {
        switch self {
        case .sha256: 32
        case .sha384: 48
        case .sha512: 64
        }
    }

    /// The OID arcs of the algorithm (RFC 5754 §2: id-sha256, id-sha384, id-sha512).
    package var oidComponents: [UInt] {
        switch self {
        case .sha256: [2, 16, 840, 1, 101, 3, 4, 2, 1]
        case .sha384: [2, 16, 840, 1, 101, 3, 4, 2, 2]
        case .sha512: [2, 16, 840, 1, 101, 3, 4, 2, 3]
        }
    }

    /// The algorithm with these OID arcs, or nil.
    package init?(oidComponents: [UInt]) {
        guard let found = Self.allCases.first(where: { $0.oidComponents == oidComponents }) else { return nil }
        self = found
    }

    var nid: Int32 {
        switch self {
        case .sha256: NID_sha256
        case .sha384: NID_sha384
        case .sha512: NID_sha512
        }
    }

    var fetched: OpaquePointer {
        switch self {
        case .sha256: fetchedSHA256
        case .sha384: fetchedSHA384
        case .sha512: fetchedSHA512
        }
    }

    /// The digest of `bytes` in one call.
    package func digest(_ bytes: some ContiguousBytes) -> Digest {
        var hasher = DigestHasher(self)
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// The digest of several byte strings concatenated.
    package func digest(concatenating parts: [[UInt8]]) -> Digest {
        var hasher = DigestHasher(self)
        for part in parts { hasher.update(part) }
        return hasher.finalize()
    }
}
