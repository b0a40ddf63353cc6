import ArgumentParser
import Export
import Foundation
import Lifecycle
import Nightly
import Storage

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export evidence that verifies on its own, offline, years later.",
        subcommands: [SupervisionExportCommand.self, HandoverExportCommand.self]
    )
}

struct HandoverExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handover",
        abstract: "Write the termination handover: everything a successor needs to go on proving the records.",
        discussion: "Every bundle version, batch seal and renewal, the content store, the exception register, the "
            + "trust anchors, archive.json, a catalog snapshot and the newest head, with a signed and timestamped "
            + "manifest of every file; no private key. 'qcarchive verify HANDOVER.tar' proves it; handover/VERIFY.md "
            + "inside says how without qcarchive. " + ExitStatus.help
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "The handover tar to write.")
    var out: String

    func run() async throws {
        try runMapped(verbose: global.verbose) {
            let archive = try global.open(.write)  // the lock: no night changes the folder meanwhile
            defer { withExtendedLifetime(archive) {} }
            guard let archiveID = archive.configuration.archiveID else {
                throw ValidationError("archive.json has no archive_id; run any writing command first.")
            }
            let started = Date()
            let (note, _) = try HeadJob.run(archive: archive)
            let progress = ProgressLine()
            let summary = try HandoverExport(layout: archive.layout, archiveID: archiveID, now: archive.now()).run(
                catalog: try archive.catalog,
                signer: try archive.signer(),
                authority: try archive.timestampAuthority(),
                head: Array(note.utf8),
                to: out
            ) { done, total in progress.show("handover \(done)/\(total) files") }
            progress.finish()
            let seconds = Date().timeIntervalSince(started)
            print(
                TerminalText.escaped(
                    "Wrote the handover of \(summary.batches) batch(es), \(summary.files) file(s), \(summary.bytes) "
                        + "bytes, to \(out) in " + String(format: "%.1f", seconds) + " s; manifest SHA-256 "
                        + "\(summary.manifestSHA256). Check it with 'qcarchive verify \(out)'."
                )
            )
        }
    }
}

struct SupervisionExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "supervision",
        abstract: "Write a supervision evidence pack: what an auditor or the supervisory body asked for.",
        discussion: "Selects the certificates of the given policies (all when none) with any lifecycle event in "
            + "[--from, --to), or those listed in --serials (lines 'issuer-DN<TAB>serial', or a serial alone where "
            + "it is unique). The pack is one BagIt bag: every bundle version with its complete evidence record, "
            + "the seals and the chain with the newest head, documents, CRLs and OCSP responses as archived, "
            + "exceptions in scope, findings.json/csv, report.html, index.json, the trust anchors and VERIFY.md; "
            + "its tag manifest is signed and timestamped. 'qcarchive verify PACK.tar' proves it. " + ExitStatus.help
    )

    @OptionGroup var global: GlobalOptions

    @Option(
        name: .long,
        help: "A policy (QCP-n, QCP-l, QCP-n-qscd, QCP-l-qscd, QEVCP-w, QNCP-w, QNCP-w-gen); repeat it."
    )
    var policy: [String] = []

    @Option(name: .long, help: "The period's start (RFC 3339 UTC time or date), included.")
    var from: String?

    @Option(name: .long, help: "The period's end (RFC 3339 UTC time or date), excluded.")
    var to: String?

    @Option(name: .long, help: "A file of certificates: 'issuer-DN<TAB>serial' or a serial alone, a line each.")
    var serials: String?

    @Option(name: .long, help: "The pack tar to write.")
    var out: String

    func validate() throws {
        if serials != nil && (!policy.isEmpty || from != nil || to != nil) {
            throw ValidationError("Give --serials FILE, or --policy/--from/--to, not both.")
        }
        if serials == nil { _ = try selection() }  // a serials file is read (and its lines named) in run
    }

    func selection() throws -> SupervisionSelection {
        if let serials {
            guard let bytes = try? FileIO.read(serials) else {
                throw ValidationError("Cannot read --serials \(serials).")
            }
            return try SupervisionSelection.listed(file: serials, bytes: bytes)
        }
        let policies = try policy.map { name in
            guard let known = Policy(rawValue: name) else {
                throw ValidationError(
                    "Unknown policy '\(name)'; expected one of "
                        + Policy.allCases.map(\.rawValue).joined(separator: ", ") + "."
                )
            }
            return known
        }
        func time(_ flag: String, _ value: String?) throws -> Date? {
            guard let value else { return nil }
            guard let date = RFC3339.parse(value) ?? RFC3339.parseDate(value) else {
                throw ValidationError(
                    "\(flag) '\(value)' is not an RFC 3339 UTC time (2026-11-20T00:00:00Z) or a date."
                )
            }
            return date
        }
        let (start, end) = (try time("--from", from), try time("--to", to))
        if let start, let end, start >= end { throw ValidationError("--from must come before --to.") }
        return .period(policies: policies, from: start, to: end)
    }

    func run() async throws {
        try runMapped(verbose: global.verbose) {
            let selection = try selection()
            let archive = try global.open(.write)  // the lock: no night changes the folder meanwhile
            defer { withExtendedLifetime(archive) {} }
            guard let archiveID = archive.configuration.archiveID else {
                throw ValidationError("archive.json has no archive_id; run any writing command first.")
            }
            let started = Date()
            let (note, _) = try HeadJob.run(archive: archive)
            let progress = ProgressLine()
            let summary = try SupervisionExport(layout: archive.layout, archiveID: archiveID, now: archive.now()).run(
                catalog: try archive.catalog,
                selection: selection,
                signer: try archive.signer(),
                authority: try archive.timestampAuthority(),
                head: Array(note.utf8),
                to: out
            ) { done, total in progress.show("supervision pack \(done)/\(total) certificates") }
            progress.finish()
            let seconds = Date().timeIntervalSince(started)
            print(
                TerminalText.escaped(
                    "Wrote the supervision pack of \(summary.certificates) certificate(s), \(summary.bundles) bundle "
                        + "version(s) from \(summary.batches) batch(es) in the chain, \(summary.findings) finding(s), "
                        + "\(summary.exceptions) exception entr(ies) in scope; \(summary.files) file(s), "
                        + "\(summary.bytes) "
                        + "bytes, to \(out) in " + String(format: "%.1f", seconds) + " s; tag manifest SHA-256 "
                        + "\(summary.tagManifestSHA256). Check it with 'qcarchive verify \(out)'."
                )
            )
        }
    }
}
