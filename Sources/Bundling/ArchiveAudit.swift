import Catalog
import CryptoIO
import Foundation
import Sealing
import Lifecycle
import Storage

/// `verify --all`: the archive as it is on disk, not as the catalog lists it. Every bag a seal on
/// disk names is read and verified whole, and bound to its place; every file under `bundles/` and
/// `batches/` that no seal names is reported; every content-store object a sealed drop list names
/// is present with its SHA-256; each batch's `report.json` is the copy sealed in its record; then
/// the chain of seals, and the catalog against it when there is one.
package struct ArchiveAudit {
    package var layout: ArchiveLayout
    package var verifier: BundleVerifier
    /// Only these bags are read and verified; the chain, the seals' lists, unnamed files and the
    /// catalog are checked whole every time. Nil: every bag.
    package var subset: VerificationSubset?
    /// `--fast`: a certificate bag is checked through its last gzip member alone (its evidence
    /// record proves the tag manifest its batch lists), its payload not inflated; a batch's content
    /// store objects are checked to be there, not hashed. Batch records, and the bags of batches
    /// with renewals (a hash-tree renewal hashes the tag manifest itself), are still read whole.
    package var fast: Bool

    package init(
        layout: ArchiveLayout,
        verifier: BundleVerifier,
        subset: VerificationSubset? = nil,
        fast: Bool = false
    ) {
        self.layout = layout
        self.verifier = verifier
        self.subset = subset
        self.fast = fast
    }

    /// What the audit found.
    package struct Report: Sendable {
        /// One per bag the seals name, in seal order.
        package var bundles: [BundleVerificationReport] = []
        package var chain = ChainVerification.Report()
        /// Files no seal names, store objects, report.json copies.
        package var problems: [BundleProblem] = []
        package var storeObjectsChecked = 0
        /// Files recovery moved aside (not part of the archive's evidence; shown so none goes unnoticed).
        package var quarantinedFiles = 0
        /// The bags the seals name, all parts together (`bundles` holds those of the subset read).
        package var bagsSealed = 0

        package var failedBundles: Int { bundles.filter { !$0.isValid }.count }
        package var isValid: Bool { failedBundles == 0 && chain.problems.isEmpty && problems.isEmpty }
    }

    /// A bag a seal names.
    struct Listed: Sendable {
        var batch: String
        var path: String
        var tagManifestSHA256: String

        /// The problem when the bag is not there.
        var missing: BundleProblem {
            BundleProblem(.missing, file: path, expected: "the bag sealed in batch \(batch)", found: "it missing")
        }
    }

    /// The files a batch folder may hold; `batch-record.tar.gz` only when its seal names it.
    static let batchFolderFiles: Set<String> = [
        "seal.json", "seal.json.p7s", "timestamp.tsr", "report.json", "exception-register.jsonl", "batch-record.tar.gz",
        "bundles.jsonl",
    ]

    /// - Parameters:
    ///   - catalog: when given, the chain must also hold every batch the catalog lists as sealed.
    ///   - progress: called with (bags done, bags in all).
    package func run(
        catalog: (any BatchLedger)?,
        progress: ((Int, Int) -> Void)? = nil
    ) -> Report {
        var report = Report()
        var listed: [Listed] = []
        let batchNames = FileIO.names(in: layout.batches)
        var format1: Set<String> = []
        var seals: [String: BatchSeal] = [:]
        for name in batchNames {
            // The chain check names a missing or unreadable seal or list.
            guard let sealed = try? SealedBatch.load(layout, name: name) else { continue }
            if sealed.seal.isFormat1 { format1.insert(name) }
            seals[name] = sealed.seal
            listed += sealed.bundles.map {
                Listed(batch: name, path: $0.path, tagManifestSHA256: $0.tagmanifestSHA256)
            }
        }

        // Every bag of a batch carries its batch's token: one the seal did not get would prove another tree.
        var tokens: [String: BundleVerifier.BatchToken] = [:]
        for name in Set(listed.map(\.batch)) { tokens[name] = BundleVerifier.BatchToken.of(name, layout: layout) }
        let batchTokens = tokens
        // Each batch's renewals, read once: every bag is proven by its complete record.
        var renewals: [String: BundleVerifier.RecordSource] = [:]
        for name in batchNames where FileIO.exists(BatchRenewals.folder(layout, batch: name)) {
            do {
                renewals[name] = .renewed(try BatchRenewals.load(layout, batch: name))
            } catch {
                renewals[name] = .unreadable(error)  // not the sealed record alone: it would lapse
            }
        }
        let batchRenewals = renewals
        var work = OrderedWork<(BundleVerificationReport, [BundleProblem], Int)>(limit: 64)
        func keep(_ results: [Result<(BundleVerificationReport, [BundleProblem], Int), any Error>]) {
            for case .success(let (bag, problems, store)) in results {
                report.bundles.append(bag)
                report.problems += problems
                report.storeObjectsChecked += store
                progress?(report.bundles.count, listed.count)
            }
        }
        let audit = self
        let sealedPaths = Set(listed.map(\.path))
        if let subset {
            // The bags of other parts are only checked to be there; their part reads them whole.
            for item in listed where !subset.contains(item.path) && !FileIO.exists(layout.absolute(item.path)) {
                report.problems.append(item.missing)
            }
            listed = listed.filter { subset.contains($0.path) }
        }
        report.bagsSealed = sealedPaths.count
        let batchSeals = seals
        for item in listed {
            keep(
                work.submit {
                    if audit.fast, batchRenewals[item.batch] == nil, item.path.hasPrefix("bundles/"),
                        let seal = batchSeals[item.batch]
                    {
                        return audit.checkFast(item, seal: seal, batchToken: batchTokens[item.batch])
                    }
                    return audit.check(item, batchToken: batchTokens[item.batch], renewals: batchRenewals[item.batch])
                }
            )
        }
        keep(work.finish())

        let imported = Set(((try? catalog?.batches()) ?? []).filter { $0.state != .sealed }.map(\.id.rawValue))
        report.problems += unnamedFiles(
            named: sealedPaths,
            batches: batchNames,
            imported: imported,
            format1: format1
        )
        report.chain = ChainVerification(layout: layout, verifier: verifier).verify(catalog: catalog, readsBags: false)
        report.quarantinedFiles = Quarantine.fileCount(layout)
        return report
    }

    /// Verifies one bag a seal names: whole, at its place, with the sealed tag manifest; for a
    /// batch record also its drop's store objects and its report.json.
    private func check(
        _ item: Listed,
        batchToken: BundleVerifier.BatchToken?,
        renewals: BundleVerifier.RecordSource?
    ) -> (BundleVerificationReport, [BundleProblem], Int) {
        var report = BundleVerificationReport(bundle: item.path)
        guard let bytes = try? FileIO.read(layout.absolute(item.path)) else {
            report.problems.append(item.missing)
            return (report, [], 0)
        }
        let bag: Bag
        do {
            bag = try Bag.read(bytes, name: item.path)
        } catch {
            report.problems.append(error)
            return (report, [], 0)
        }
        verifier.verify(
            bag,
            name: item.path,
            into: &report,
            record: renewals ?? .sealed,
            batchToken: batchToken
        )
        report.expectTagManifest(item.tagManifestSHA256, listedIn: item.batch)
        if let (ref, version) = bag.bagInfo.certificate {
            let place = BundleName(ref: ref, version: version).relativePath
            if place != item.path {
                report.problems.append(
                    BundleProblem(
                        .bagInfo,
                        file: item.path,
                        expected: "this bag at \(place) (bag-info.txt)",
                        found: item.path
                    )
                )
            }
            if version > 1 { report.problems += history(of: bag, ref: ref, version: version) }
        }
        guard bag.bagInfo.isBatchRecord else { return (report, [], 0) }
        var problems: [BundleProblem] = []
        let folder = "batches/\(item.batch)"
        if bag.files["data/report.json"] == nil, FileIO.exists(layout.absolute(folder + "/report.json")) {
            // A format-1 continuation's record has no report (its drop's is its first batch's).
            problems.append(
                BundleProblem(
                    .unsealed,
                    file: folder + "/report.json",
                    expected: "no report.json (the batch record seals none)",
                    found: "one, which no seal covers"
                )
            )
        }
        if let sealed = bag.files["data/report.json"] {
            let current = try? FileIO.read(layout.absolute(folder + "/report.json"))
            if current != sealed {
                problems.append(
                    BundleProblem(
                        current == nil ? .missing : .digest,
                        file: folder + "/report.json",
                        expected: "the import report sealed in \(folder)/batch-record.tar.gz (SHA-256 "
                            + "\(SHA256Digest.of(sealed).hex))",
                        found: current.map { "SHA-256 \(SHA256Digest.of($0).hex)" } ?? "it missing"
                    )
                )
            }
        }
        let drop = (try? SealedBagReader.read(bag, name: item.path).dropFiles) ?? []
        let store = ContentStore(layout: layout)
        for file in drop {
            guard let digest = SHA256Digest(hex: file.sha256) else { continue }
            let path = layout.relative(store.path(of: digest))
            let present = FileIO.exists(store.path(of: digest))
            if fast, present { continue }
            guard present else {
                problems.append(
                    BundleProblem(
                        .store,
                        file: path,
                        expected: "the drop file \(file.path) of batch \(item.batch)",
                        found: "it missing"
                    )
                )
                continue
            }
            var hasher = SHA256Hasher()
            let read: Void? = try? FileIO.forEachChunk(of: store.path(of: digest)) { hasher.update($0) }
            let found = read == nil ? "it unreadable" : "SHA-256 \(hasher.finalize().hex)"
            if found != "SHA-256 \(digest.hex)" {
                problems.append(
                    BundleProblem(
                        .store,
                        file: path,
                        expected: "the drop file \(file.path) of batch \(item.batch) with its SHA-256",
                        found: found
                    )
                )
            }
        }
        return (report, problems, drop.count)
    }

    /// Version N against version N−1 of the same certificate: the declared previous tag manifest is
    /// the previous version's, and every record of it is kept unchanged (`BundleHistory`).
    private func history(of bag: Bag, ref: CertificateRef, version: Int) -> [BundleProblem] {
        let path = BundleName(ref: ref, version: version - 1).relativePath
        guard let bytes = try? FileIO.read(layout.absolute(path)), let previous = try? Bag.read(bytes, name: path)
        else {
            return [
                BundleProblem(
                    .history,
                    file: path,
                    expected: "version \(version - 1) of this certificate",
                    found: "it missing"
                )
            ]
        }
        var problems: [BundleProblem] = []
        let digest = previous.files["tagmanifest-sha256.txt"].map { SHA256Digest.of($0).hex } ?? "none"
        if let declared = bag.bagInfo["Previous-Version-Tagmanifest-SHA256"], declared != digest {
            problems.append(
                BundleProblem(
                    .history,
                    file: "bag-info.txt",
                    expected: "Previous-Version-Tagmanifest-SHA256 \(digest) (\(path))",
                    found: declared
                )
            )
        }
        return problems + BundleHistory.problems(previous: previous.files, next: bag.files)
    }

    /// Files under `bundles/` and in batch folders that no seal names. A folder without a seal may
    /// hold only the `report.json` of a batch the catalog holds as imported (sealed by the next run).
    private func unnamedFiles(
        named: Set<String>,
        batches: [String],
        imported: Set<String>,
        format1: Set<String>
    ) -> [BundleProblem] {
        var problems: [BundleProblem] = []
        func unsealed(_ path: String) {
            problems.append(
                BundleProblem(
                    .unsealed,
                    file: path,
                    expected: "only files a batch seal names",
                    found: "this file, which no seal names"
                )
            )
        }
        for path in Self.files(under: layout.bundles) where !named.contains("bundles/" + path) {
            unsealed("bundles/" + path)
        }
        for name in batches {
            let folder = "batches/\(name)"
            let sealed = FileIO.exists(layout.batch(name) + "/seal.json")
            for file in Self.files(under: layout.batch(name)) {
                let path = folder + "/" + file
                let allowed =
                    !sealed
                    ? file == "report.json" && imported.contains(name)
                    : file.hasPrefix("renewals/")
                        ? true  // checked by BatchRenewals.load
                        : file == "batch-record.tar.gz"
                            ? named.contains(path)
                            : file == "bundles.jsonl"
                                ? !format1.contains(name)  // format 1 lists its bags inline
                                : Self.batchFolderFiles.contains(file)
                if !allowed { unsealed(path) }
            }
        }
        return problems
    }

    /// Every file below a folder (links and special files included), relative and sorted.
    static func files(under root: String) -> [String] {
        (try? FileIO.nonFolderEntries(under: root)) ?? []
    }
}
