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

    func run() async throws {
        try runMapped(verbose: global.verbose) {
            let layout = global.layout
            let archive = try global.open(.write)
            defer { withExtendedLifetime(archive) {} }  // the lock is held until the command is done
            let summaries = try SealJob(layout: layout).run(archive: archive)
            if summaries.isEmpty { print("No batch awaits sealing.") }
            for summary in summaries { print(SummaryText.sealed(summary), terminator: "") }
            if !summaries.isEmpty { print(SummaryText.head(of: archive), terminator: "") }
            SummaryText.warnAboutValidation(summaries)
        }
    }
}
