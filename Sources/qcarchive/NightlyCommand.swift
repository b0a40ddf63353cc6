import ArgumentParser
import Lifecycle
import DropImport
import Nightly

struct NightlyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nightly",
        abstract: "Import a drop, write one evidence bundle per touched certificate, seal and index the batch.",
        discussion: ExitStatus.help)

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "The drop folder of the night.")
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
            let progress = ProgressLine()
            defer { progress.finish() }
            let summary = try NightlyJob(layout: global.layout, dropPath: drop, batchID: batchID.map(BatchID.init), progress: progress.callback).run()
            progress.finish()
            print(SummaryText.nightly(summary, layout: global.layout), terminator: "")
            if summary.hasRejects { throw ExitStatus.rejected }
        }
    }
}
