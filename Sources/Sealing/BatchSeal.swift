import CryptoIO
import Foundation
import Lifecycle

/// `batches/<batch-id>/seal.json` (SPEC "Batch seal"; keys exactly these). Format 2 (written from
/// now on) is a few hundred bytes whatever the batch's size: the bundle list is in
/// `bundles.jsonl`, named by its SHA-256 and count. Format 1 (written by earlier versions) holds the
/// list inline, and is read and verified forever.
package struct BatchSeal: Codable, Sendable, Equatable {
    package struct Bundle: Codable, Sendable, Equatable {
        /// Relative to the archive root.
        package var path: String
        package var tagmanifestSHA256: String

        package init(path: String, tagmanifestSHA256: String) {
            self.path = path
            self.tagmanifestSHA256 = tagmanifestSHA256
        }

        enum CodingKeys: String, CodingKey {
            case path
            case tagmanifestSHA256 = "tagmanifest_sha256"
        }
    }

    package static let format1 = "qcarchive-batch-seal/1"
    package static let format2 = "qcarchive-batch-seal/2"

    package var format = BatchSeal.format2
    package var batchID: String
    package var sealedAt: String
    package var hashAlgorithm = "sha-256"
    package var root: String
    package var bundleCount: Int
    /// Format 1 only: the bundle list, inline.
    package var inlineBundles: [Bundle]?
    /// Format 2 only: SHA-256 of `bundles.jsonl`.
    package var bundleListSHA256: String?
    /// SHA-256 of the previous batch's seal.json bytes; null for the first batch of the archive.
    package var previousSealSHA256: String?
    package var exceptionRegisterSHA256: String?

    /// A format-2 seal.
    package init(
        batchID: String,
        sealedAt: String,
        root: String,
        bundleCount: Int,
        bundleListSHA256: String,
        previousSealSHA256: String?,
        exceptionRegisterSHA256: String?
    ) {
        self.batchID = batchID
        self.sealedAt = sealedAt
        self.root = root
        self.bundleCount = bundleCount
        self.bundleListSHA256 = bundleListSHA256
        self.previousSealSHA256 = previousSealSHA256
        self.exceptionRegisterSHA256 = exceptionRegisterSHA256
    }

    package var isFormat1: Bool { format == Self.format1 }

    enum CodingKeys: String, CodingKey {
        case format
        case batchID = "batch_id"
        case sealedAt = "sealed_at"
        case hashAlgorithm = "hash_algorithm"
        case root
        case bundleCount = "bundle_count"
        case inlineBundles = "bundles"
        case bundleListSHA256 = "bundle_list_sha256"
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
        if isFormat1 {
            try container.encode(inlineBundles ?? [], forKey: .inlineBundles)
        } else {
            try container.encode(bundleListSHA256, forKey: .bundleListSHA256)
        }
        try container.encode(previousSealSHA256, forKey: .previousSealSHA256)  // null, not absent
        try container.encode(exceptionRegisterSHA256, forKey: .exceptionRegisterSHA256)
    }

    /// The leaves of the batch's hash tree: every listed bundle's tag manifest digest and, after the
    /// first batch, the previous seal's digest. A batch with neither (a first night with no bundle)
    /// has the single leaf SHA-256("qcarchive-empty-batch:" + batch id), so that it is still timestamped.
    package func leaves(_ bundles: [Bundle]) -> [SHA256Digest] {
        let leaves = leaves(
            tagManifests: bundles.compactMap { SHA256Digest(hex: $0.tagmanifestSHA256)?.bytes }.flatMap { $0 }
        )
        return stride(from: 0, to: leaves.count, by: 32).map { SHA256Digest(bytes: Array(leaves[$0..<($0 + 32)])) }
    }

    /// `leaves(_:)` for tag manifest digests given back to back, 32 bytes each: a batch being sealed.
    package func leaves(tagManifests: consuming [UInt8]) -> [UInt8] {
        var leaves = tagManifests
        if let previous = previousSealSHA256.flatMap(SHA256Digest.init(hex:)) { leaves += previous.bytes }
        return leaves.isEmpty ? SHA256Digest.of("qcarchive-empty-batch:" + batchID).bytes : leaves
    }
}
