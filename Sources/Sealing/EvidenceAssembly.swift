import CryptoIO
import Foundation
import Storage

/// A bundle's complete RFC 4998 evidence record (SPEC "Evidence over time"): the one sealed in it
/// followed by every renewal of the batch that sealed it. The one place that assembles it, for
/// `qcarchive evidence`, packs and handovers (below the feature layers, so that each can use it).
package enum EvidenceAssembly {
    /// A complete record and what it is made of.
    package struct Assembled: Sendable {
        package var record: EvidenceRecord
        package var batch: String
        package var renewals: Int
    }

    /// - Parameters:
    ///   - sealedRecord: the bag's `seal/evidence-record.ers`.
    ///   - tagManifest: the bag's `tagmanifest-sha256.txt`, the data object the record proves.
    ///   - batch: the batch that sealed the bag (its bag-info `Batch-Id`).
    ///   - name: the bag's path, for problems.
    /// - Throws: `BundleProblem` for a batch this archive did not seal, a record that cannot be read,
    ///   or renewals that do not hold the bag.
    package static func assemble(
        sealedRecord: [UInt8],
        tagManifest: [UInt8],
        batch: String,
        name: String,
        layout: ArchiveLayout
    ) throws(BundleProblem) -> Assembled {
        guard FileIO.exists(layout.batch(batch) + "/seal.json") else {
            throw BundleProblem(
                .bagInfo,
                file: name,
                expected: "the Batch-Id of a batch sealed in this archive",
                found: batch
            )
        }
        let sealed: EvidenceRecord
        do {
            sealed = try EvidenceRecord(der: sealedRecord)
        } catch {
            throw BundleProblem(.evidence, file: name, expected: "an RFC 4998 evidence record", found: error.message)
        }
        let renewals = try BatchRenewals.load(layout, batch: batch)
        return Assembled(
            record: try renewals.complete(sealed, dataObject: tagManifest),
            batch: batch,
            renewals: renewals.renewals.count
        )
    }
}
