import DropImport
import Catalog
import Sealing

/// A night whose import is done and kept, but whose seal waits because the time-stamp authority did
/// not answer (#15 item 11): the operator at 2 a.m. needs the import summary and the next step.
package struct SealPendingError: Error, Sendable, CustomStringConvertible {
    package var batch: BatchRecord
    /// The import of this run (nil when the drop was imported by an earlier run).
    package var report: ImportReport?
    package var archiveRoot: String
    package var underlying: SealingError

    package var description: String {
        underlying.message + "\nThe import is kept: batch \(batch.id) waits for its seal. When the time-stamp "
            + "authority answers, run: qcarchive seal --archive \(archiveRoot)"
    }
}
