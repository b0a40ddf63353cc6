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

extension ExportCommand {
    /// The archive opened for writing (its lock: no night changes the folder while it is exported),
    /// its id, and a new signed head of its chain.
    static func open(_ global: GlobalOptions) throws -> (Archive, String, [UInt8]) {
        let archive = try global.open(.write)
        guard let archiveID = archive.configuration.archiveID else {
            throw ValidationError("archive.json has no archive_id; run any writing command first.")
        }
        let (note, _) = try HeadJob.run(archive: archive)
        return (archive, archiveID, Array(note.utf8))
    }
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

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Split into numbered tars (OUT.part-001.tar, …) of at most SIZE bytes each (K, M, G: powers of "
                + "1024); 'qcarchive verify' on any one of them reads them all."
        )
    )
    var volumeSize: String?

    func validate() throws { _ = try volumeBytes() }

    /// `--volume-size` in bytes: a number with an optional K, M or G (1024-based); at least 64K.
    func volumeBytes() throws -> Int? {
        guard let volumeSize else { return nil }
        let units: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
        let text = volumeSize.uppercased().replacingOccurrences(of: "B", with: "").replacingOccurrences(
            of: "I",
            with: ""
        )
        let unit = text.last.flatMap { units[$0] }
        guard let number = Int(unit == nil ? text : String(text.dropLast())), number > 0,
            number.multipliedReportingOverflow(by: unit ?? 1).overflow == false, number * (unit ?? 1) >= 64 << 10
        else {
            throw ValidationError("--volume-size '\(volumeSize)' is not a size of at least 64K (e.g. 650M, 4G).")
        }
        return number * (unit ?? 1)
    }

    func run() async throws {
        try runMapped(verbose: global.verbose) {
            let (archive, archiveID, note) = try ExportCommand.open(global)
            defer { withExtendedLifetime(archive) {} }
            let started = Date()
            let progress = ProgressLine()
            var export = HandoverExport(
                layout: archive.layout,
                archiveID: archiveID,
                now: archive.now(),
                volumeSize: try volumeBytes()
            )
            if archive.configuration.catalog != nil {
                var configuration = archive.configuration
                configuration.catalog = nil
                export.configuration = try DocumentJSON.encode(configuration)
            }
            let summary = try export.run(
                catalog: try archive.catalog,
                signer: try archive.signer(),
                authority: try archive.timestampAuthority(),
                head: note,
                to: out
            ) { done, total in progress.show("handover \(done)/\(total) files") }
            progress.finish()
            let seconds = Date().timeIntervalSince(started)
            print(
                TerminalText.escaped(
                    "Wrote the handover of \(summary.batches) batch(es), \(summary.files) file(s), \(summary.bytes) "
                        + "bytes, to " + (summary.volumes.count > 1 ? "\(summary.volumes.count) volumes " : "")
                        + "\(summary.volumes.first ?? out) in " + String(format: "%.1f", seconds)
                        + " s; manifest SHA-256 "
                        + "\(summary.manifestSHA256). Check it with 'qcarchive verify \(summary.volumes.first ?? out)'."
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
        let policies = try policy.map(FlagValues.policy)
        let (start, end) = (try FlagValues.time("--from", from), try FlagValues.time("--to", to))
        if let start, let end, start >= end { throw ValidationError("--from must come before --to.") }
        return .period(policies: policies, from: start, to: end)
    }

    func run() async throws {
        try runMapped(verbose: global.verbose) {
            let selection = try selection()
            let (archive, archiveID, note) = try ExportCommand.open(global)
            defer { withExtendedLifetime(archive) {} }
            let started = Date()
            let progress = ProgressLine()
            let summary = try SupervisionExport(layout: archive.layout, archiveID: archiveID, now: archive.now()).run(
                catalog: try archive.catalog,
                selection: selection,
                signer: try archive.signer(),
                authority: try archive.timestampAuthority(),
                head: note,
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
