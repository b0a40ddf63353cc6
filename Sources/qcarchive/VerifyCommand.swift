import ArgumentParser
import Bundling
import Catalog
import CryptoIO
import Export
import Foundation
import Sealing
import Lifecycle
import Nightly
import Storage

struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Verify bundles: tar form, BagIt fixity and completeness, bag-info and the CMS seal.",
        discussion: "Lists every problem found, not just the first, and exits 1 on any. " + ExitStatus.help
    )

    @Option(
        name: .customLong("archive"),
        help: "The archive folder, whose trust/ holds the anchors (default: $QCARCHIVE_ARCHIVE)."
    )
    var archiveOption: String?

    var archive: String? { ArchiveFlag.resolve(archiveOption) }

    @Option(name: .long, help: "One bundle file to verify.")
    var bundle: String?

    @Option(
        name: .long,
        help: "With --bundle: prove it with this RFC 4998 evidence record (qcarchive evidence, or renewed elsewhere)."
    )
    var evidence: String?

    @Flag(name: .long, help: "Verify every bundle the catalog lists and the seal chain.")
    var all = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "With --all: read and verify only part n of t of the bags (n/t; every other check stays whole). "
                + "n = 1 … t over t runs verifies every bag once."
        )
    )
    var subset: String?

    @Flag(
        name: .long,
        help: ArgumentHelp(
            "With --all: check each certificate bag through its evidence record alone (it proves the tag manifest "
                + "its batch lists; payload, tag files and the bag's signature are not read) and the content store "
                + "for presence. The seals, the chain and the catalog are checked whole."
        )
    )
    var fast = false

    @Flag(
        name: .long,
        help:
            ArgumentHelp(
                "Verify the seal chain from the first batch to the last, and that every listed bundle is present "
                    + "with its listed tag manifest."
            )
    )
    var chain = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "With --chain: a published checkpoint ('qcarchive head'); the archive must still hold every batch "
                + "it covers."
        )
    )
    var head: String?

    @Flag(
        name: .customLong("catalog"),
        help: "Compare the catalog with the sealed archive (rebuilt into a scratch catalog) and name what differs."
    )
    var compareCatalog = false

    @Option(name: .customLong("seal-ca"), help: "Seal trust anchors (PEM) for a bundle verified without --archive.")
    var sealCA: String?

    @Option(name: .customLong("tsa-ca"), help: "TSA trust anchors (PEM) for a bundle verified without --archive.")
    var tsaCA: String?

    @Argument(help: "A bundle file (with --seal-ca or --archive).")
    var file: String?

    @Option(
        name: .customLong("at"),
        help: "Verify as of this time (RFC 3339 UTC or a date): the newest timestamps must be valid then."
    )
    var at: String?

    @Flag(name: .long, help: "Print the underlying library errors too.")
    var verbose = false

    @OptionGroup var output: OutputOptions

    /// What `verify` checked, for the `--json` summary.
    var target: String {
        if bundle != nil || file != nil { return "bundle" }
        return all ? "all" : chain ? "chain" : "catalog"
    }

    /// How long before a certificate's expiry `verify` warns (SPEC "Keys over time").
    static let warningPeriod: TimeInterval = 90 * 86_400
    /// How long before a batch's timestamp lapses `verify` says its renewal is due (SPEC: 180 days).
    static let renewalPeriod: TimeInterval = 180 * 86_400

    func validate() throws {
        if let at, RFC3339.parse(at) ?? RFC3339.parseDate(at) == nil {
            throw ValidationError(
                "--at '\(at)' is not an RFC 3339 UTC time (2030-01-01T00:00:00Z) or a date (2030-01-01)."
            )
        }
        let targets = [bundle != nil, all, chain, compareCatalog, file != nil].filter { $0 }.count
        guard targets == 1 else {
            throw ValidationError("Give exactly one of --bundle FILE, --all, --chain, --catalog, or a FILE argument.")
        }
        if (all || chain || compareCatalog) && archive == nil {
            throw ValidationError("--all, --chain and --catalog need --archive (or set \(ArchiveFlag.environment)).")
        }
        if head != nil && !chain { throw ValidationError("--head FILE goes with --chain.") }
        if let subset {
            guard all else { throw ValidationError("--subset n/t goes with --all.") }
            guard VerificationSubset(subset) != nil else {
                throw ValidationError("--subset takes n/t with 1 ≤ n ≤ t (3/30), not '\(subset)'.")
            }
        }
        if fast && !all { throw ValidationError("--fast goes with --all.") }
        if evidence != nil && bundle == nil && file == nil {
            throw ValidationError("--evidence FILE.ers goes with --bundle FILE.")
        }
        let export = file.map { HandoverVerifier.isHandover($0) || SupervisionVerifier.isPack($0) } ?? false
        if archive == nil && !export && (sealCA == nil || tsaCA == nil) {
            throw ValidationError("Give --archive DIR, or --seal-ca PEM and --tsa-ca PEM, for the trust anchors.")
        }
    }

    func run() async throws {
        let out = CommandOutput(output.mode)
        if let file, HandoverVerifier.isHandover(file) {
            try runMapped(verbose: verbose) { try verifyHandover(file, out) }
            return
        }
        if let file, SupervisionVerifier.isPack(file) {
            try runMapped(verbose: verbose) { try verifyPack(file, out) }
            return
        }
        try runMapped(verbose: verbose) {
            let session = try archive.map { try ArchiveSession.open(ArchiveLayout(root: $0), .verify) }
            var verifier =
                try session?.verifier()
                ?? BundleVerifier(sealCAPEM: try FileIO.read(sealCA ?? ""), tsaCAPEM: try FileIO.read(tsaCA ?? ""))
            let asOf = at.flatMap { RFC3339.parse($0) ?? RFC3339.parseDate($0) }
            verifier.verificationTime = asOf
            let fail = out.fail
            if let path = bundle ?? file {
                let report = try verifyBundle(path, verifier: verifier, layout: session?.layout)
                for problem in report.problems { fail(Self.line(report, problem)) }
                out.say("\(report.isValid ? 1 : 0) of 1 bundle(s) verified\(report.isValid ? "." : "; 1 failed.")")
            } else if let session, all {
                let progress = ProgressLine(out.mode == .text)
                let audit = ArchiveAudit(
                    layout: session.layout,
                    verifier: verifier,
                    subset: subset.flatMap(VerificationSubset.init),
                    fast: fast
                ).run(catalog: session.catalogIfOpen) {
                    done,
                    total in
                    progress.show("verifying \(done)/\(total) bags")
                }
                progress.finish()
                for report in audit.bundles { for problem in report.problems { fail(Self.line(report, problem)) } }
                for problem in audit.problems { fail(problem.description) }
                printChain(audit.chain, out)
                printProofs(audit.chain, asOf: asOf ?? Date(), layout: session.layout, out)
                out.say(
                    "Content store: \(audit.storeObjectsChecked) object(s) named by sealed drop lists "
                        + (fast ? "present (--fast: not hashed)." : "checked.")
                )
                if audit.quarantinedFiles > 0 {
                    out.say(
                        "Note: quarantine/ holds \(audit.quarantinedFiles) file(s) moved aside by recovery; no seal "
                            + "names them."
                    )
                }
                let total = audit.bundles.count
                out.say(
                    "\(total - audit.failedBundles) of \(total) bundle(s) verified"
                        + (subset.map { " (part \($0) of the archive's \(audit.bagsSealed))" } ?? "")
                        + (fast ? " by their evidence records (--fast)" : "")
                        + (audit.failedBundles == 0 ? "." : "; \(audit.failedBundles) failed.")
                )
            } else if let session, compareCatalog {
                let differences = try CatalogAudit.run(session)
                for difference in differences { fail("catalog: \(difference)") }
                if differences.isEmpty { out.say("Catalog: it holds exactly what the sealed archive proves.") }
            } else if let session {
                let chain = ChainVerification(layout: session.layout, verifier: verifier)
                    .verify(catalog: session.catalogIfOpen)
                printChain(chain, out)
                if let head {
                    let (checkpoint, problems) = try HeadJob.verify(head, archive: session)
                    for problem in problems { fail("head: \(problem)") }
                    if let checkpoint {
                        out.say(
                            "Head: the archive holds, unchanged and in order, the \(checkpoint.size) batch(es) "
                                + "the checkpoint covers" + (checkpoint.newestBatch.map { " (up to \($0))." } ?? ".")
                        )
                    }
                }
                printProofs(chain, asOf: asOf ?? Date(), layout: session.layout, out)
            }
            out.finish(command: "verify", ok: out.failures.isEmpty, fields: ["target": target])
            if !out.failures.isEmpty { throw ExitStatus.failed }
        }
    }

    /// A termination handover, with the anchors given (else those it carries, whose fingerprints are printed).
    private func verifyHandover(_ path: String, _ out: CommandOutput) throws {
        let verifier = HandoverVerifier(
            sealAnchors: try sealCA.map { try SigningCertificate.all(pem: try FileIO.read($0)) },
            tsaAnchors: try tsaCA.map { try SigningCertificate.all(pem: try FileIO.read($0)) }
        )
        let (volumes, missing) = TarVolumes.siblings(of: path) ?? ([path], [])
        let report = try verifier.verify(volumes)
        let say = out.say
        if volumes != [path] { say("Volumes read as one handover: \(volumes.joined(separator: ", ")).") }
        for volume in missing { out.fail("\(volume): expected this volume, found it missing") }
        for anchor in report.carriedAnchors {
            say("Anchor carried by the handover (compare with one received out of band): \(anchor)")
        }
        for problem in report.problems { out.fail("\(path): \(problem)") }
        say(
            "Handover \(report.topFolder): \(report.files) file(s), \(report.batches) batch(es) in one chain, "
                + "\(report.bags) sealed bag(s), \(report.storeObjects) stored drop file(s)"
                + (report.provenAt.map { "; manifest proven at \(RFC3339.format($0))" } ?? "")
                + (report.isValid ? "; complete and unchanged" : "; \(report.problems.count) problem(s)")
                + (report.carriedAnchors.isEmpty
                    ? "."
                    : ", under the anchors it carries: compare their fingerprints with ones received out of band.")
        )
        out.finish(command: "verify", ok: report.isValid && missing.isEmpty, fields: ["target": "handover"])
        if !report.isValid || !missing.isEmpty { throw ExitStatus.failed }
    }

    private func verifyPack(_ path: String, _ out: CommandOutput) throws {
        let verifier = SupervisionVerifier(
            sealAnchors: try sealCA.map { try SigningCertificate.all(pem: try FileIO.read($0)) },
            tsaAnchors: try tsaCA.map { try SigningCertificate.all(pem: try FileIO.read($0)) }
        )
        let report = try verifier.verify(path)
        let say = out.say
        for anchor in report.carriedAnchors {
            say("Anchor carried by the pack (compare with one received out of band): \(anchor)")
        }
        for problem in report.problems { out.fail("\(path): \(problem)") }
        say(
            "Supervision pack \(report.topFolder): \(report.files) file(s), \(report.bundles) bundle(s) with "
                + "\(report.records) evidence record(s), \(report.batches) batch(es) in one chain"
                + (report.headSize.map { " under a head of \($0)" } ?? "")
                + (report.provenAt.map { "; tag manifest proven at \(RFC3339.format($0))" } ?? "")
                + (report.isValid ? "; complete and unchanged" : "; \(report.problems.count) problem(s)")
                + (report.carriedAnchors.isEmpty
                    ? "."
                    : ", under the anchors it carries: compare their fingerprints with ones received out of band.")
        )
        out.finish(command: "verify", ok: report.isValid, fields: ["target": "supervision-pack"])
        if !report.isValid { throw ExitStatus.failed }
    }

    /// One bundle, proven by the record given with --evidence, else (in an archive) by its complete
    /// record with its batch's renewals, else by the record sealed in it.
    private func verifyBundle(
        _ path: String,
        verifier: BundleVerifier,
        layout: ArchiveLayout?
    ) throws -> BundleVerificationReport {
        var report = BundleVerificationReport(bundle: path)
        let bag: Bag
        do {
            bag = try Bag.read(try FileIO.read(path), name: path)
        } catch let problem as BundleProblem {
            report.problems.append(problem)
            return report
        }
        var source = BundleVerifier.RecordSource.sealed
        if let evidence {
            source = .given(try EvidenceRecord(der: try FileIO.read(evidence)), file: evidence)
        } else if let layout, let batch = bag.bagInfo.batchID,
            FileIO.exists(BatchRenewals.folder(layout, batch: batch))
        {
            do {
                source = .renewed(try BatchRenewals.load(layout, batch: batch))
            } catch {
                source = .unreadable(error)
            }
        }
        verifier.verify(bag, name: path, into: &report, record: source)
        return report
    }

    /// A problem of one bag: its member prefixed with the bag, or the bag's own problem as it is.
    static func line(_ report: BundleVerificationReport, _ problem: BundleProblem) -> String {
        problem.file == report.bundle ? problem.description : "\(report.bundle): \(problem)"
    }

    /// Prints, per batch, the time its proof holds from and until when its timestamp stays valid
    /// without renewal, and WARN lines (exit 0): a batch whose timestamp lapses within 180 days (its
    /// renewal is due), and the archive's current sealing and local TSA certificates within 90 days.
    private func printProofs(
        _ result: ChainVerification.Report,
        asOf: Date,
        layout: ArchiveLayout?,
        _ out: CommandOutput
    ) {
        let soon = asOf.addingTimeInterval(Self.warningPeriod)
        let say = out.say
        for proof in result.proofs.prefix(20) {
            let until = proof.tsaValidUntil.map { " until \(RFC3339.format($0)) (its TSA certificate)" } ?? ""
            let renewed =
                proof.renewals.last.map { ", renewed \(proof.renewals.count) time(s), last at \(RFC3339.format($0))" }
                ?? ""
            say(
                "Batch \(proof.batch): proven at \(RFC3339.format(proof.provenAt))\(renewed), checkable without "
                    + "renewal\(until)."
            )
            for line in proof.validation { say("  \(line)") }
        }
        if result.proofs.count > 20 { say("… and \(result.proofs.count - 20) more batch(es).") }
        let renewalDue = asOf.addingTimeInterval(Self.renewalPeriod)
        for proof in result.proofs {
            if let until = proof.tsaValidUntil, until > asOf, until < renewalDue {
                out.warn(
                    "WARN batch \(proof.batch): renewal due: the TSA certificate of its newest timestamp expires on "
                        + "\(RFC3339.format(until)); run 'qcarchive renew' before then."
                )
            }
        }
        guard let layout else { return }
        for (path, role, remedy) in [
            (layout.sealCertificate, "sealing certificate", "rotate the key (qcarchive keys rotate --seal-key …)"),
            (layout.tsaCertificate, "local TSA certificate", "rotate the TSA (qcarchive keys rotate --tsa …)"),
        ] {
            guard let pem = try? FileIO.read(path), let certificate = try? SigningCertificate.all(pem: pem).first,
                certificate.notAfter > asOf, certificate.notAfter < soon
            else { continue }
            out.warn(
                "WARN the \(role) \(certificate.subject) expires on \(RFC3339.format(certificate.notAfter)); "
                    + "\(remedy) before then."
            )
        }
    }

    /// Prints the chain's problems and one line for the chain, a long one by its ends.
    private func printChain(_ result: ChainVerification.Report, _ out: CommandOutput) {
        for problem in result.problems { out.fail("chain: \(problem)") }
        for leftover in result.leftovers {
            out.say(
                "Note: \(leftover) was left by an interrupted 'qcarchive renew'; it is no evidence, and the next "
                    + "writing command (e.g. 'qcarchive renew') moves it aside."
            )
        }
        let chain =
            result.chain.count > 6
            ? (result.chain.prefix(3) + ["… \(result.chain.count - 6) more …"] + result.chain.suffix(3))
                .joined(separator: " → ") + " (\(result.chain.count) batches)"
            : result.chain.joined(separator: " → ")
        let problems = result.problems.isEmpty ? "." : "; \(result.problems.count) problem(s)."
        out.say(
            "Seal chain: \(result.chain.isEmpty ? "no sealed batch" : chain); \(result.bundlesChecked) listed "
                + "bundle(s) checked" + problems
        )
    }
}
