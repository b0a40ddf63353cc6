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
        discussion: ExitStatus.help)

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "The drop folder.")
    var drop: String

    @Option(name: .customLong("batch-id"), help: "The batch id (default: batch.json's batch_id, else the date and the drop's digest).")
    var batchID: String?

    func validate() throws {
        if let batchID, !BatchIdentifier.isValid(batchID) {
            throw ValidationError("--batch-id must be 1 to 64 letters, digits, '.', '_' or '-'.")
        }
    }

    func run() async throws {
        try runMapped(verbose: global.verbose) {
            let layout = global.layout
            _ = try ArchiveConfiguration.load(layout)
            let lock = try ArchiveLock(layout: layout)
            defer { withExtendedLifetime(lock) {} }
            let catalog = try SQLiteCatalog(path: layout.catalog)
            let progress = ProgressLine()
            let outcome = try ImportJob(layout: layout, dropPath: drop, requestedBatchID: batchID.map(BatchID.init), progress: progress.callback).run(catalog: catalog)
            progress.finish()
            switch outcome {
            case .alreadySealed(let batch):
                print("This drop was already archived and sealed as batch \(batch.id); nothing changed.")
            case .imported(let batch, let report):
                print("Batch \(batch.id) imported; run 'qcarchive seal --archive \(global.archive)' to bundle and seal it.")
                print(SummaryText.importReport(report, layout: layout), terminator: "")
                if report.hasRejects { throw ExitStatus.rejected }
            }
        }
    }
}
