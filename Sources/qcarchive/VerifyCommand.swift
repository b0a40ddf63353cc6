import ArgumentParser
import Bundling
import Catalog
import Foundation
import Nightly
import Storage

struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Verify bundles: tar form, BagIt fixity and completeness, bag-info and the CMS seal.",
        discussion: "Lists every problem found, not just the first, and exits 1 on any. " + ExitStatus.help
    )

    @Option(name: .long, help: "The archive folder (its trust/seal-ca.pem is the trust anchor).")
    var archive: String?

    @Option(name: .long, help: "One bundle file to verify.")
    var bundle: String?

    @Flag(name: .long, help: "Verify every bundle the catalog lists and the seal chain.")
    var all = false

    @Flag(
        name: .long,
        help:
            ArgumentHelp(
                "Verify the seal chain from the first batch to the last, and that every listed bundle is present "
                    + "with its listed tag manifest."
            )
    )
    var chain = false

    @Option(name: .customLong("seal-ca"), help: "Seal trust anchors (PEM) for a bundle verified without --archive.")
    var sealCA: String?

    @Option(name: .customLong("tsa-ca"), help: "TSA trust anchors (PEM) for a bundle verified without --archive.")
    var tsaCA: String?

    @Argument(help: "A bundle file (with --seal-ca or --archive).")
    var file: String?

    @Flag(name: .long, help: "Print the underlying library errors too.")
    var verbose = false

    func validate() throws {
        let targets = [bundle != nil, all, chain, file != nil].filter { $0 }.count
        guard targets == 1 else {
            throw ValidationError("Give exactly one of --bundle FILE, --all, --chain, or a FILE argument.")
        }
        if (all || chain) && archive == nil { throw ValidationError("--all and --chain need --archive.") }
        if archive == nil && (sealCA == nil || tsaCA == nil) {
            throw ValidationError("Give --archive DIR, or --seal-ca PEM and --tsa-ca PEM, for the trust anchors.")
        }
    }

    func run() async throws {
        try runMapped(verbose: verbose) {
            let session = try archive.map { try ArchiveSession.open(ArchiveLayout(root: $0), .verify) }
            let layout = session?.layout
            let verifier =
                try session?.verifier()
                ?? BundleVerifier(sealCAPEM: try FileIO.read(sealCA ?? ""), tsaCAPEM: try FileIO.read(tsaCA ?? ""))
            var reports: [BundleVerificationReport] = []
            var chainProblems = 0
            if let path = bundle ?? file {
                reports.append(verifier.verify(bytes: try FileIO.read(path), name: path))
            } else if let layout {
                let catalog = session?.catalogIfOpen
                if all && catalog == nil {
                    reports = ArchiveVerification(layout: layout, verifier: verifier).verifyListed()
                } else if all, let catalog {
                    let progress = ProgressLine()
                    reports = try ArchiveVerification(layout: layout, verifier: verifier).verifyAll(catalog: catalog) {
                        done,
                        total in
                        progress.show("verifying \(done)/\(total) bundles")
                    }
                    progress.finish()
                }
                let known = Dictionary(
                    reports.compactMap { report in report.tagManifestSHA256.map { (report.bundle, $0) } },
                    uniquingKeysWith: { first, _ in first }
                )
                let result = ChainVerification(layout: layout, verifier: verifier).verify(
                    catalog: catalog,
                    knownTagManifests: known
                )
                for problem in result.problems { print("FAIL chain: \(problem)") }
                chainProblems = result.problems.count
                // A long chain (a large night continues in many batches) is shown by its ends.
                let chain =
                    result.chain.count > 6
                    ? (result.chain.prefix(3) + ["… \(result.chain.count - 6) more …"] + result.chain.suffix(3)).joined(
                        separator: " → "
                    ) + " (\(result.chain.count) batches)"
                    : result.chain.joined(separator: " → ")
                print(
                    "Seal chain: \(result.chain.isEmpty ? "no sealed batch" : chain); \(result.bundlesChecked) listed "
                        + "bundle(s) checked\(chainProblems == 0 ? "." : "; \(chainProblems) problem(s).")"
                )
            }
            var failed = 0
            for report in reports where !report.isValid {
                failed += 1
                for problem in report.problems { print("FAIL \(report.bundle): \(problem)") }
            }
            if bundle != nil || file != nil || all {
                print(
                    "\(reports.count - failed) of \(reports.count) bundle(s) "
                        + "verified\(failed == 0 ? "." : "; \(failed) failed.")"
                )
            }
            if failed > 0 || chainProblems > 0 { throw ExitStatus.failed }
        }
    }
}
