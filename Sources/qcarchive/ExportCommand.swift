import ArgumentParser
import Export
import Foundation
import Lifecycle
import Nightly

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export evidence that verifies on its own, offline, years later.",
        subcommands: [HandoverExportCommand.self]
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
