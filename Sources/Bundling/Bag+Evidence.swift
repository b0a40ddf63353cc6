import Sealing
import Storage

extension Bag {
    /// The bag's complete evidence record in the archive at `layout` (`EvidenceAssembly`).
    /// - Throws: `BundleProblem` for a bag without a tag manifest, a sealed record or a batch.
    package func completeRecord(name: String, layout: ArchiveLayout) throws(BundleProblem) -> EvidenceAssembly.Assembled
    {
        guard let tagManifest = files["tagmanifest-sha256.txt"], let sealed = files["seal/evidence-record.ers"],
            let batch = bagInfo.batchID
        else {
            throw BundleProblem(
                .missing,
                file: name,
                expected: "a tag manifest, a sealed evidence record and a Batch-Id",
                found: "one of them missing"
            )
        }
        return try EvidenceAssembly.assemble(
            sealedRecord: sealed,
            tagManifest: tagManifest,
            batch: batch,
            name: name,
            layout: layout
        )
    }
}
