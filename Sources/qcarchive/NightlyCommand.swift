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

    func run() async throws {
        try runMapped(verbose: global.verbose) {
            let archive = try global.open(.write)
            defer { withExtendedLifetime(archive) {} }  // the lock is held until the command is done
            let progress = ProgressLine()
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
                print("Batch \(pending.batch.id) imported, not sealed.")
                if let report = pending.report {
                    print(SummaryText.importReport(report, layout: global.layout), terminator: "")
                }
                throw pending
            }
            progress.finish()
            print(SummaryText.nightly(summary, layout: global.layout), terminator: "")
            if !summary.sealed.isEmpty { print(SummaryText.head(of: archive), terminator: "") }
            SummaryText.warnAboutValidation(summary.sealed)
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
