import Foundation
import Synchronization

/// Files written without a flush, each waiting for its name (an import's drop files, a seal's bags).
/// `place` makes them all durable with one `syncfs`, then gives each its name without ever replacing
/// a file, then makes the names durable with another `syncfs`: no name ever points at content a
/// crash could still lose, and thousands of files cost two flushes instead of one each.
package final class StagedFiles: Sendable {
    private let root: String
    private let moves = Mutex<[(staging: String, target: String)]>([])

    /// - Parameter root: a folder on the file system the files are written to.
    package init(root: String) { self.root = root }

    package func add(staging: String, target: String) { moves.withLock { $0.append((staging, target)) } }

    /// - Parameter keepingExisting: when a target exists already, keep it and drop the staged copy
    ///   (content-addressed files, where an existing name has the same content); otherwise fail.
    /// - Throws: `StorageError` `.alreadyExists` naming the target, `.ioFailed`.
    package func place(keepingExisting: Bool) throws(StorageError) {
        let pending = moves.withLock { moves in
            defer { moves.removeAll() }
            return moves
        }
        guard !pending.isEmpty else { return }
        try FileIO.syncFileSystem(containing: root)
        let folders = PendingDirectorySyncs()  // made durable by the second syncfs
        for move in pending {
            if keepingExisting && FileIO.exists(move.target) {
                FileIO.remove(move.staging)
                continue
            }
            try FileIO.placeExclusively(move.staging, at: move.target, pending: folders)
        }
        try FileIO.syncFileSystem(containing: root)
    }
}
