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
            _ = try ArchiveConfiguration.load(layout)
            let lock = try ArchiveLock(layout: layout)
            defer { withExtendedLifetime(lock) {} }
            let catalog = try SQLiteCatalog(path: layout.catalog)
            try CatalogCheck.requireCurrent(layout, catalog)
            let summaries = try SealJob(layout: layout).run(catalog: catalog)
            if summaries.isEmpty { print("No batch awaits sealing.") }
            for summary in summaries { print(SummaryText.sealed(summary), terminator: "") }
        }
    }
}
