import ArgumentParser
import Catalog
import Nightly

struct ReindexCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reindex",
        abstract: "Rebuild the catalog from the bundles and batch seals alone (after verifying the seal chain).",
        discussion: ExitStatus.help
    )

    @OptionGroup var global: GlobalOptions

    @OptionGroup var output: OutputOptions

    @Option(
        name: .customLong("catalog"),
        help: ArgumentHelp(
            "Rebuild into this catalog and use it from now on: a postgresql:// URI (no password), or 'sqlite' for "
                + "catalog.sqlite in the folder."
        )
    )
    var catalog: String?

    func validate() throws {
        guard let catalog, catalog != "sqlite" else { return }
        do {
            _ = try CatalogLocation.postgreSQL(parsing: catalog)
        } catch let error as CatalogError {
            throw ValidationError(error.message)
        }
    }

    func run() async throws {
        try runMapped(verbose: global.verbose) {
            let out = CommandOutput(output.mode)
            let target = try catalog.map {
                $0 == "sqlite" ? .sqlite(path: global.layout.catalog) : try CatalogLocation.postgreSQL(parsing: $0)
            }
            let summary = try ReindexJob(layout: global.layout, catalog: target).run()
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
