import Bundling
import Catalog
import CryptoIO
import Foundation
import Sealing
import Lifecycle
import Storage

/// Brings the archive folder and the catalog back in line after whatever stopped the last run
/// (a kill, a crash, a full disk), before a writing command does anything else:
///
/// - staging files (bags not yet sealed, temp files of atomic writes) are removed;
/// - a batch the catalog holds as imported whose `seal.json` is on disk (the run stopped after the
///   seal, before the catalog recorded it) is verified and adopted as sealed, or, if its seal does
///   not verify or does not continue the chain, its sealing files are moved to `quarantine/` and
///   the batch is sealed again;
/// - the sealing files of a batch whose seal was never written, and a batch folder the catalog never
///   committed, are moved to `quarantine/` (nothing there was sealed; nothing is deleted);
/// - a sealed batch on disk that the catalog does not know at all means the catalog was deleted or
///   restored from an older copy: `StaleCatalogError` asks for `reindex`.
///
/// Sealing what is imported but not sealed (the rest of a night, its continuation batches) is then
/// `SealJob`'s work, which `nightly` and `seal` always run.
package struct ArchiveRecovery {
    /// What recovery found and did.
    package struct Report: Sendable {
        package var stagingFilesRemoved = 0
        /// Batches whose seal, written by an interrupted run, verified and was recorded.
        package var adopted: [BatchID] = []
        /// What was moved aside, relative to the archive root, each with the reason.
        package var quarantined: [(path: String, reason: String)] = []

        package var isEmpty: Bool { stagingFilesRemoved == 0 && adopted.isEmpty && quarantined.isEmpty }
    }

    let archive: Archive
    let catalog: any ArchiveCatalog

    /// The files a batch folder holds once sealed, besides `report.json` (written at import).
    static let sealingFiles = [
        "batch-record.tar.gz", "exception-register.jsonl", "bundles.jsonl", "timestamp.tsr", "seal.json.p7s",
    ]

    /// - Throws: `StaleCatalogError`, `StorageError`, `CatalogError`.
    func run() throws -> Report {
        let layout = archive.layout
        var report = Report()
        let quarantine = Quarantine(layout: layout, now: archive.now())
        report.stagingFilesRemoved += Self.removeFiles(in: layout.staging) { _ in true }
        ContentStore(layout: layout).removeInterruptedStaging()
        report.stagingFilesRemoved += Self.removeFiles(in: layout.root + "/exceptions") { $0.hasPrefix(".tmp-") }

        let known = Dictionary(try catalog.batches().map { ($0.id.rawValue, $0) }, uniquingKeysWith: { a, _ in a })
        let names = FileIO.names(in: layout.batches)
        // A catalog that lacks sealed batches is stale: nothing is moved before `reindex` has rebuilt it.
        let stale = names.filter { known[$0] == nil && FileIO.exists(layout.batch($0) + "/seal.json") }
        guard stale.isEmpty else { throw StaleCatalogError(batches: stale) }
        for name in names where known[name]?.state == .sealed {
            try recoverRenewals(of: name, quarantine: quarantine, into: &report)
        }
        for name in names {
            let folder = layout.batch(name)
            if known[name]?.state == .sealed { continue }  // a sealed folder is never written again
            report.stagingFilesRemoved += Self.removeFiles(in: folder) { $0.hasPrefix(".tmp-") }
            let hasSeal = FileIO.exists(folder + "/seal.json")
            guard let batch = known[name] else {
                // An import whose transaction never committed: its report.json is all there is.
                report.quarantined.append(
                    (try quarantine.moveAside(folder), "a batch folder the catalog never recorded")
                )
                continue
            }
            if hasSeal {
                let problems = try adopt(batch)
                if problems.isEmpty {
                    report.adopted.append(batch.id)
                    continue
                }
                let reason = "its seal did not verify: " + problems.prefix(3).map(\.description).joined(separator: "; ")
                for file in ["seal.json"] + Self.sealingFiles where FileIO.exists(folder + "/" + file) {
                    report.quarantined.append((try quarantine.moveAside(folder + "/" + file), reason))
                }
            } else {
                for file in Self.sealingFiles where FileIO.exists(folder + "/" + file) {
                    report.quarantined.append(
                        (try quarantine.moveAside(folder + "/" + file), "written by a run stopped before the seal")
                    )
                }
            }
        }
        return report
    }

    /// A renewal cut short (`qcarchive renew` stopped): its temp files are removed and a hash-tree
    /// renewal's `.leaves` without its `.ats` is moved aside; a renewal on disk is then complete.
    private func recoverRenewals(
        of batch: String,
        quarantine: Quarantine,
        into report: inout Report
    ) throws {
        let folder = BatchRenewals.folder(archive.layout, batch: batch)
        guard FileIO.exists(folder) else { return }
        report.stagingFilesRemoved += Self.removeFiles(in: folder) { $0.hasPrefix(".tmp-") }
        let names = Set(FileIO.names(in: folder))
        for name in names.sorted() where name.hasSuffix(".leaves") {
            guard !names.contains(String(name.dropLast(".leaves".count)) + ".ats") else { continue }
            report.quarantined.append(
                (try quarantine.moveAside(folder + "/" + name), "a hash-tree renewal stopped before its timestamp")
            )
        }
    }

    /// Verifies the seal an interrupted run wrote for `batch` and records the batch as sealed.
    /// - Returns: the problems that keep it from being adopted; none when it was adopted.
    private func adopt(_ batch: BatchRecord) throws -> [BundleProblem] {
        let layout = archive.layout
        let file = SealedBatch.sealPath(batch.id.rawValue)
        let sealed: SealedBatch
        do {
            guard let read = try SealedBatch.load(layout, name: batch.id.rawValue) else {
                return [
                    BundleProblem(.missing, file: file, expected: "the seal of batch \(batch.id)", found: "it missing")
                ]
            }
            sealed = read
        } catch {
            return [error]
        }
        let seal = sealed.seal
        var problems = ChainVerification(layout: layout, verifier: try archive.verifier()).verifySeal(of: sealed)
        let last = try SealRecording.lastSealed(catalog)
        let previous = try last.map {
            SHA256Digest.of(try FileIO.read(layout.batch($0.id.rawValue) + "/seal.json")).hex
        }
        if seal.previousSealSHA256 != previous {
            problems.append(
                BundleProblem(
                    .chain,
                    file: file,
                    expected: "previous_seal_sha256 \(previous ?? "null") (the newest sealed batch)",
                    found: seal.previousSealSHA256 ?? "null"
                )
            )
        }
        // What the batch was to seal, by path: the next version of every certificate it touched.
        var expected: [String: BundleRecord] = [:]
        for ref in try catalog.touchedCertificates(in: batch.id) where try catalog.certificate(ref) != nil {
            let name = BundleName(ref: ref, version: (try catalog.latestBundle(of: ref)?.version ?? 0) + 1)
            expected[name.relativePath] = BundleRecord(
                ref: ref,
                version: name.version,
                path: name.relativePath,
                tagmanifestSHA256: "",
                batchID: batch.id
            )
        }
        let recordPath = "batches/\(batch.id)/batch-record.tar.gz"
        var bundles: [BundleRecord] = []
        for listed in sealed.bundles where listed.path != recordPath {
            guard var record = expected.removeValue(forKey: listed.path) else {
                problems.append(
                    BundleProblem(.seal, file: listed.path, expected: "only bundles of this batch", found: "this one")
                )
                continue
            }
            record.tagmanifestSHA256 = listed.tagmanifestSHA256
            bundles.append(record)
        }
        for path in expected.keys.sorted() {
            problems.append(BundleProblem(.seal, file: path, expected: "the seal to list this bundle", found: "it not"))
        }
        guard problems.isEmpty else { return problems }
        _ = try SealRecording.record(
            batch,
            bundles: bundles,
            sealedAt: RFC3339.parse(seal.sealedAt) ?? archive.now(),
            order: (last?.sealOrder ?? 0) + 1,
            catalog: catalog
        )
        return []
    }

    /// Removes the files directly in `folder` whose names pass `filter`.
    /// - Returns: how many were removed.
    private static func removeFiles(in folder: String, where filter: (String) -> Bool) -> Int {
        var removed = 0
        for name in FileIO.names(in: folder) where filter(name) {
            FileIO.remove(folder + "/" + name)
            removed += 1
        }
        return removed
    }
}
