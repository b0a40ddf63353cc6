import CryptoIO
import Foundation
import Storage

/// One batch's seal as it is on disk, with its bundle list: inline in a format-1 seal, in
/// `bundles.jsonl` for format 2 (whose SHA-256 and count must be the ones the seal names).
package struct SealedBatch: Sendable {
    package var name: String
    package var seal: BatchSeal
    /// The bytes of seal.json (the next seal names their SHA-256).
    package var bytes: [UInt8]
    package var bundles: [BatchSeal.Bundle]

    /// Where a batch's seal and list live.
    package static func sealPath(_ name: String) -> String { "batches/\(name)/seal.json" }
    package static func listPath(_ name: String) -> String { "batches/\(name)/bundles.jsonl" }

    /// Reads `batches/<name>/seal.json` and its list.
    /// - Returns: nil when the batch has no seal.json.
    /// - Throws: `BundleProblem` when the seal or its list cannot be read or do not agree.
    package static func load(_ layout: ArchiveLayout, name: String) throws(BundleProblem) -> SealedBatch? {
        let file = sealPath(name)
        guard FileIO.exists(layout.absolute(file)) else { return nil }
        guard let bytes = try? FileIO.read(layout.absolute(file)) else {
            throw BundleProblem(.unreadable, file: file, expected: "a readable seal", found: "it unreadable")
        }
        guard let seal = try? JSONDecoder().decode(BatchSeal.self, from: Data(bytes)),
            seal.format == BatchSeal.format1 || seal.format == BatchSeal.format2
        else {
            throw BundleProblem(
                .unreadable,
                file: file,
                expected: "a qcarchive-batch-seal/1 or /2 document",
                found: "unreadable JSON or another format"
            )
        }
        var bundles: [BatchSeal.Bundle]
        if seal.isFormat1 {
            bundles = seal.inlineBundles ?? []
        } else {
            let list = listPath(name)
            guard let listBytes = try? FileIO.read(layout.absolute(list)) else {
                throw BundleProblem(
                    .missing,
                    file: list,
                    expected: "the bundle list of batch \(name)",
                    found: "it missing"
                )
            }
            let digest = SHA256Digest.of(listBytes).hex
            guard digest == seal.bundleListSHA256 else {
                throw BundleProblem(
                    .digest,
                    file: list,
                    expected: "SHA-256 \(seal.bundleListSHA256 ?? "none") (bundle_list_sha256 in seal.json)",
                    found: digest
                )
            }
            bundles = try BundleList.parse(listBytes, file: list)
        }
        guard bundles.count == seal.bundleCount else {
            throw BundleProblem(
                .seal,
                file: file,
                expected: "bundle_count \(bundles.count)",
                found: "\(seal.bundleCount)"
            )
        }
        return SealedBatch(name: name, seal: seal, bytes: bytes, bundles: bundles)
    }
}
