import ArgumentParser
import Nightly

struct ReindexCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reindex",
        abstract: "Rebuild the catalog from the bundles and batch seals alone (after verifying the seal chain).",
        discussion: ExitStatus.help
    )

    @OptionGroup var global: GlobalOptions

    @OptionGroup var output: OutputOptions

    func run() async throws {
        try runMapped(verbose: global.verbose) {
            let out = CommandOutput(output.mode)
            let summary = try ReindexJob(layout: global.layout).run()
            out.say(
                "Rebuilt the catalog of \(global.layout.root) from \(summary.batches) sealed batch(es): "
                    + "\(summary.bundles) bundles, \(summary.certificates) certificates, \(summary.events) events, "
                    + "\(summary.findings) findings."
            )
            out.finish(
                command: "reindex",
                ok: true,
                fields: [
                    "batches": summary.batches, "bundles": summary.bundles, "certificates": summary.certificates,
                    "events": summary.events, "findings": summary.findings,
                ]
            )
        }
    }
}
