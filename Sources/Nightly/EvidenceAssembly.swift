import Bundling
import CryptoIO
import Foundation
import Sealing
import Storage

/// A bundle's complete RFC 4998 evidence record (SPEC "Evidence over time"): the one sealed in it
/// followed by every renewal of the batch that sealed it. The one place that assembles it, for
/// `qcarchive evidence`, packs and handovers.
package enum EvidenceAssembly {
    /// A complete record and what it is made of.
    package struct Assembled: Sendable {
        package var record: EvidenceRecord
        package var batch: String
        package var renewals: Int
        /// The bag's tag manifest, the data object the record proves.
        package var tagManifest: [UInt8]
    }

    /// - Parameter bytes: the bundle file's bytes; `name` is its path, for problems.
    /// - Throws: `BundleProblem` for a bag without a record or a batch, or renewals that do not hold it.
    package static func assemble(_ bytes: [UInt8], name: String, layout: ArchiveLayout) throws -> Assembled {
        let bag = try Bag.read(bytes, name: name)
        guard let tagManifest = bag.files["tagmanifest-sha256.txt"],
            let ers = bag.files["seal/evidence-record.ers"]
        else {
            throw BundleProblem(
                .missing,
                file: name,
                expected: "a tag manifest and a sealed evidence record",
                found: "none"
            )
        }
        guard let batch = bag.bagInfo.batchID, FileIO.exists(layout.batch(batch) + "/seal.json") else {
            throw BundleProblem(
                .bagInfo,
                file: name,
                expected: "the Batch-Id of a batch sealed in this archive",
                found: bag.bagInfo.batchID ?? "none"
            )
        }
        let sealed = try EvidenceRecord(der: ers)
        let renewals = try BatchRenewals.load(layout, batch: batch)
        return Assembled(
            record: try renewals.complete(sealed, dataObject: tagManifest),
            batch: batch,
            renewals: renewals.renewals.count,
            tagManifest: tagManifest
        )
    }
}
