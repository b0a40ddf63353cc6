import ArgumentParser
import Lifecycle
import DropImport
import Nightly

struct NightlyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nightly",
        abstract: "Import a drop, write one evidence bundle per touched certificate, seal and index the batch.",
        discussion: ExitStatus.help
    )

    @OptionGroup var global: GlobalOptions

    @OptionGroup var dropOptions: DropOptions

    @OptionGroup var output: OutputOptions

    func run() async throws {
        try runMapped(verbose: global.verbose) {
            let archive = try global.open(.write)
            defer { withExtendedLifetime(archive) {} }  // the lock is held until the command is done
            let out = CommandOutput(output.mode)
            let progress = ProgressLine(out.mode == .text)
            defer { progress.finish() }
            let summary: NightlyJob.Summary
            do {
                summary = try NightlyJob(
                    layout: global.layout,
                    dropPath: dropOptions.drop,
                    batchID: dropOptions.batchID.map(BatchID.init),
                    progress: progress.callback
                ).run(archive: archive)
            } catch let pending as SealPendingError {
                // The import stands: say what it did before saying what to run next.
                progress.finish()
                out.say("Batch \(pending.batch.id) imported, not sealed.")
                if let report = pending.report { out.sayBlock(SummaryText.importReport(report, layout: global.layout)) }
                out.finish(
                    command: "nightly",
                    ok: false,
                    fields: ["batch_id": pending.batch.id.rawValue, "batch_state": "imported", "exit_status": 1]
                )
                throw pending
            }
            progress.finish()
            out.sayBlock(SummaryText.nightly(summary, layout: global.layout))
            let head = summary.sealed.isEmpty ? nil : try? HeadJob.checkpoint(archive: archive)
            if !summary.sealed.isEmpty { out.sayBlock(SummaryText.head(of: archive)) }
            SummaryText.warnAboutValidation(summary.sealed)
            let status = summary.report?.holdsNoRecords == true || summary.hasRejects ? 3 : 0
            out.finish(
                command: "nightly",
                ok: true,
                fields: SummaryJSON.nightly(summary, head: head).merging(["exit_status": status]) { $1 }
            )
            if summary.report?.holdsNoRecords == true {
                SummaryText.warnEmpty(dropOptions.drop)
                throw ExitStatus.rejected
            }
            if let earlier = summary.earlierRejects, earlier > 0 {
                SummaryText.warn(
                    "this drop was sealed before with \(earlier) rejected record(s); see "
                        + "batches/\(summary.batch.id)/report.json."
                )
            }
            if summary.hasRejects { throw ExitStatus.rejected }
        }
    }
}
