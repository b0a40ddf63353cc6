import ArgumentParser
import Foundation
import Nightly
import DropImport
import Storage

/// Options every archive command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("archive"), help: "The archive folder (default: $QCARCHIVE_ARCHIVE).")
    var archiveOption: String?

    @Flag(name: .long, help: "Print the underlying library errors too.")
    var verbose = false

    /// `--archive`, else the environment's `QCARCHIVE_ARCHIVE` (for cron and scripts).
    var archive: String { ArchiveFlag.resolve(archiveOption) ?? "" }

    var layout: ArchiveLayout { ArchiveLayout(root: archive) }

    func validate() throws { try ArchiveFlag.require(archiveOption) }

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

/// `--archive DIR`, or `QCARCHIVE_ARCHIVE` when the flag is not given (issue #15 item 11).
enum ArchiveFlag {
    static let environment = "QCARCHIVE_ARCHIVE"

    static func resolve(_ given: String?) -> String? {
        given ?? ProcessInfo.processInfo.environment[environment].flatMap { $0.isEmpty ? nil : $0 }
    }

    static func require(_ given: String?) throws {
        guard resolve(given) != nil else {
            throw ValidationError("--archive is required (or set \(environment)).")
        }
    }
}
