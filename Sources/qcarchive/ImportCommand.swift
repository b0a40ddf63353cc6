import ArgumentParser
import Catalog
import DropImport
import Lifecycle
import Nightly
import Storage

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a drop into the catalog without sealing (the first half of nightly).",
        discussion: ExitStatus.help
    )

    @OptionGroup var global: GlobalOptions

    @OptionGroup var dropOptions: DropOptions

    func run() async throws {
        try runMapped(verbose: global.verbose) {
            let layout = global.layout
            let archive = try global.open(.write)
            defer { withExtendedLifetime(archive) {} }  // the lock is held until the command is done
            let catalog = try archive.catalog
            let progress = ProgressLine()
            let outcome = try ImportJob(
                layout: layout,
                dropPath: dropOptions.drop,
                requestedBatchID: dropOptions.batchID.map(BatchID.init),
                progress: progress.callback
            ).run(catalog: catalog)
            progress.finish()
            switch outcome {
            case .alreadySealed(let batch):
                print("This drop was already archived and sealed as batch \(batch.id); nothing changed.")
            case .imported(let batch, let report):
                print(
                    "Batch \(batch.id) imported; run 'qcarchive seal --archive \(global.archive)' to bundle and seal "
                        + "it."
                )
                print(SummaryText.importReport(report, layout: layout), terminator: "")
                if report.holdsNoRecords { SummaryText.warnEmpty(dropOptions.drop) }
                if report.hasRejects || report.holdsNoRecords { throw ExitStatus.rejected }
            }
        }
    }
}
