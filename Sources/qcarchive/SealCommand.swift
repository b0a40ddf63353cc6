import ArgumentParser
import Catalog
import Nightly
import Storage

struct SealCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seal",
        abstract: "Write the bundles of every imported batch and seal it (the second half of nightly).",
        discussion: ExitStatus.help
    )

    @OptionGroup var global: GlobalOptions

    @OptionGroup var output: OutputOptions

    func run() async throws {
        try runMapped(verbose: global.verbose) {
            let out = CommandOutput(output.mode)
            let layout = global.layout
            let archive = try global.open(.write)
            defer { withExtendedLifetime(archive) {} }  // the lock is held until the command is done
            let summaries = try SealJob(layout: layout).run(archive: archive)
            if summaries.isEmpty { out.say("No batch awaits sealing.") }
            for summary in summaries { out.sayBlock(SummaryText.sealed(summary)) }
            let head = summaries.isEmpty ? nil : try? HeadJob.checkpoint(archive: archive)
            if !summaries.isEmpty { out.sayBlock(SummaryText.head(of: archive)) }
            SummaryText.warnAboutValidation(summaries)
            out.finish(
                command: "seal",
                ok: true,
                fields: ["sealed": summaries.map(SummaryJSON.sealed), "head": SummaryJSON.head(head)]
            )
        }
    }
}
