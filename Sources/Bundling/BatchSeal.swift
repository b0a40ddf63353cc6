import CryptoIO
import Foundation
import Lifecycle

/// `batches/<batch-id>/seal.json` (SPEC "Batch seal"; keys exactly these).
package struct BatchSeal: Codable, Sendable, Equatable {
    package struct Bundle: Codable, Sendable, Equatable {
        /// Relative to the archive root.
        package var path: String
        package var tagmanifestSHA256: String
        enum CodingKeys: String, CodingKey {
            case path
            case tagmanifestSHA256 = "tagmanifest_sha256"
        }
    }

    package var format = "qcarchive-batch-seal/1"
    package var batchID: String
    package var sealedAt: String
    package var hashAlgorithm = "sha-256"
    package var root: String
    package var bundleCount: Int
    package var bundles: [Bundle]
    /// SHA-256 of the previous batch's seal.json bytes; null for the first batch of the archive.
    package var previousSealSHA256: String?
    package var exceptionRegisterSHA256: String?

    enum CodingKeys: String, CodingKey {
        case format
        case batchID = "batch_id"
        case sealedAt = "sealed_at"
        case hashAlgorithm = "hash_algorithm"
        case root
        case bundleCount = "bundle_count"
        case bundles
        case previousSealSHA256 = "previous_seal_sha256"
        case exceptionRegisterSHA256 = "exception_register_sha256"
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(format, forKey: .format)
        try container.encode(batchID, forKey: .batchID)
        try container.encode(sealedAt, forKey: .sealedAt)
        try container.encode(hashAlgorithm, forKey: .hashAlgorithm)
        try container.encode(root, forKey: .root)
        try container.encode(bundleCount, forKey: .bundleCount)
        try container.encode(bundles, forKey: .bundles)
        try container.encode(previousSealSHA256, forKey: .previousSealSHA256)  // null, not absent
        try container.encode(exceptionRegisterSHA256, forKey: .exceptionRegisterSHA256)
    }

    /// The leaves of the batch's hash tree: every bundle's tag manifest digest and, after the first
    /// batch, the previous seal's digest. A batch with neither (a first night with no bundle) has
    /// the single leaf SHA-256("qcarchive-empty-batch:" + batch id), so that it is still timestamped.
    package var leaves: [SHA256Digest] {
        var leaves = bundles.compactMap { SHA256Digest(hex: $0.tagmanifestSHA256) }
        if let previous = previousSealSHA256.flatMap(SHA256Digest.init(hex:)) { leaves.append(previous) }
        return leaves.isEmpty ? [SHA256Digest.of("qcarchive-empty-batch:" + batchID)] : leaves
    }
}
