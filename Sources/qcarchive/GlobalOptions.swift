import ArgumentParser
import Nightly
import DropImport
import Storage

/// Options every archive command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "The archive folder.")
    var archive: String

    @Flag(name: .long, help: "Print the underlying library errors too.")
    var verbose = false

    var layout: ArchiveLayout { ArchiveLayout(root: archive) }

    /// Opens the archive for a command (the one way in) and tells the person what it found.
    func open(_ access: Archive.Access) throws -> Archive { try ArchiveSession.open(layout, access) }
}

/// The drop and batch id options of `nightly` and `import`.
struct DropOptions: ParsableArguments {
    @Option(name: .long, help: "The drop folder of the night.")
    var drop: String

    @Option(
        name: .customLong("batch-id"),
        help: "The batch id (default: batch.json's batch_id, else the date and the drop's digest)."
    )
    var batchID: String?

    func validate() throws {
        if let batchID, !BatchIdentifier.isValid(batchID) {
            throw ValidationError(
                "--batch-id must be 1 to 64 letters, digits, '.', '_' or '-', not starting with '.' or '-'."
            )
        }
        if let batchID, BatchIdentifier.isReservedForContinuation(batchID) {
            throw ValidationError(
                "--batch-id \(batchID) ends in -part-NNNNN, which names the continuation batches of a large night; "
                    + "choose another id."
            )
        }
    }
}
