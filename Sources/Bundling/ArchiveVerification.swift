import Catalog
import CryptoIO
import Foundation
import Storage

/// Verifies every bundle the catalog lists: present at its path, intact, and still carrying the
/// tag manifest digest recorded when it was sealed.
package struct ArchiveVerification {
    package var layout: ArchiveLayout
    package var verifier: BundleVerifier

    package init(layout: ArchiveLayout, verifier: BundleVerifier) {
        self.layout = layout
        self.verifier = verifier
    }

    /// One report per bundle and batch record the seals list, for an archive without a catalog.
    package func verifyListed() -> [BundleVerificationReport] {
        var reports: [BundleVerificationReport] = []
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: layout.batches)) ?? []).sorted()
        for name in names {
            guard let bytes = try? FileIO.read(layout.batch(name) + "/seal.json"),
                let seal = try? JSONDecoder().decode(BatchSeal.self, from: Data(bytes))
            else { continue }
            for bundle in seal.bundles {
                guard let file = try? FileIO.read(layout.absolute(bundle.path)) else {
                    reports.append(
                        BundleVerificationReport(
                            bundle: bundle.path,
                            problems: [
                                BundleProblem(
                                    file: bundle.path,
                                    message: "expected the bundle sealed in batch \(name), found it missing"
                                )
                            ]
                        )
                    )
                    continue
                }
                reports.append(verifier.verify(bytes: file, name: bundle.path))
            }
        }
        return reports
    }

    /// One report per catalogued bundle and batch record, in catalog order; bundles are read and
    /// checked on every core.
    /// - Throws: `CatalogError` when the catalog cannot be read.
    package func verifyAll(
        catalog: any ArchiveCatalog,
        progress: ((Int, Int) -> Void)? = nil
    ) throws -> [BundleVerificationReport] {
        var reports: [BundleVerificationReport] = []
        var work = OrderedWork<BundleVerificationReport>(limit: 64)
        func keep(_ results: [Result<BundleVerificationReport, any Error>]) {
            for result in results {
                if case .success(let report) = result { reports.append(report) }  // the work below does not throw
                progress?(reports.count, total)
            }
        }
        let total = try catalog.bundleCount()
        let (layout, verifier) = (self.layout, self.verifier)
        for batch in try catalog.batches() {
            for record in try catalog.bundles(in: batch.id) {
                keep(
                    work.submit {
                        guard let bytes = try? FileIO.read(layout.absolute(record.path)) else {
                            return BundleVerificationReport(
                                bundle: record.path,
                                problems: [
                                    BundleProblem(
                                        file: record.path,
                                        message: "expected the bundle sealed in batch \(batch.id), found it missing"
                                    )
                                ]
                            )
                        }
                        var report = verifier.verify(bytes: bytes, name: record.path)
                        if let tagManifest = report.tagManifestSHA256, tagManifest != record.tagmanifestSHA256 {
                            report.problems.append(
                                BundleProblem(
                                    file: "tagmanifest-sha256.txt",
                                    message:
                                        "expected SHA-256 \(record.tagmanifestSHA256) as sealed in batch \(batch.id), "
                                        + "found \(tagManifest)"
                                )
                            )
                        }
                        return report
                    }
                )
            }
            // The batch's own record, sealed with it like a bundle.
            let record = "batches/\(batch.id.rawValue)/batch-record.tar.gz"
            if batch.state == .sealed {
                keep(
                    work.submit {
                        guard let bytes = try? FileIO.read(layout.absolute(record)) else {
                            return BundleVerificationReport(
                                bundle: record,
                                problems: [
                                    BundleProblem(
                                        file: record,
                                        message: "expected the record of batch \(batch.id), found it missing"
                                    )
                                ]
                            )
                        }
                        return verifier.verify(bytes: bytes, name: record)
                    }
                )
            }
        }
        keep(work.finish())
        return reports
    }
}
