import ArgumentParser
import Nightly

struct ReindexCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reindex",
        abstract: "Rebuild the catalog from the bundles and batch seals alone (after verifying the seal chain).",
        discussion: ExitStatus.help
    )

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        try runMapped(verbose: global.verbose) {
            let summary = try ReindexJob(layout: global.layout).run()
            print(
                "Rebuilt the catalog of \(global.layout.root) from \(summary.batches) sealed batch(es): "
                    + "\(summary.bundles) bundles, \(summary.certificates) certificates, \(summary.events) events, "
                    + "\(summary.findings) findings."
            )
        }
    }
}
