import Foundation
import Lifecycle
import Nightly
import Storage

/// Opens archives for the commands and prints, on standard error, what the person should know
/// about the archive's state: what recovery did after an interrupted run, and batches imported
/// but not sealed (their records are in the catalog but not yet proven).
enum ArchiveSession {
    static func open(_ layout: ArchiveLayout, _ access: Archive.Access) throws -> Archive {
        let archive = try Archive.open(layout, access)
        var notes = ""
        let recovery = archive.recovery
        if recovery.stagingFilesRemoved > 0 {
            notes +=
                "Recovered: removed \(recovery.stagingFilesRemoved) unsealed staging file(s) of an interrupted run.\n"
        }
        for batch in recovery.adopted {
            notes +=
                "Recovered: batch \(batch) had been sealed by an interrupted run; its seal verified and is recorded.\n"
        }
        for (path, reason) in recovery.quarantined {
            notes +=
                "Recovered: moved " + TerminalText.escaped(path) + " aside ("
                + TerminalText.escaped(reason) + ").\n"
        }
        if access == .read || access == .verify {
            for batch in try archive.unsealedBatches() {
                notes +=
                    "WARN batch \(batch.id) is imported but not sealed: its records are not yet proven; run "
                    + "'qcarchive seal --archive \(layout.root)'.\n"
            }
        }
        if !notes.isEmpty { FileHandle.standardError.write(Data(notes.utf8)) }
        return archive
    }
}
