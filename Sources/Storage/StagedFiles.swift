import Foundation
import Synchronization

/// Files written without a flush, each waiting for its name (an import's drop files, a seal's bags).
/// A chunk of them is made durable with one `syncfs`, then each gets its name without ever replacing
/// a file, then the names are made durable with another `syncfs`: no name ever points at content a
/// crash could still lose, thousands of files cost two flushes instead of one each, and what waits
/// is at most one chunk, whatever the size of the night.
package final class StagedFiles: Sendable {
    private let root: String
    private let keepingExisting: Bool
    private let chunk: Int
    private let moves = Mutex<[(staging: String, target: String)]>([])

    /// - Parameters:
    ///   - root: a folder on the file system the files are written to.
    ///   - keepingExisting: when a target exists already, keep it and drop the staged copy
    ///     (content-addressed files, where an existing name has the same content); otherwise fail.
    ///   - chunk: how many files wait at most; the one that fills a chunk places it.
    package init(root: String, keepingExisting: Bool, chunk: Int = 4_096) {
        self.root = root
        self.keepingExisting = keepingExisting
        self.chunk = max(1, chunk)
    }

    /// Adds a file; when it fills a chunk, places the chunk.
    /// - Throws: as `place()`.
    package func add(staging: String, target: String) throws(StorageError) {
        let full = moves.withLock { moves -> [(staging: String, target: String)]? in
            moves.append((staging, target))
            guard moves.count >= chunk else { return nil }
            defer { moves.removeAll(keepingCapacity: true) }
            return moves
        }
        if let full { try place(full) }
    }

    /// Places every file still waiting.
    /// - Throws: `StorageError` `.alreadyExists` naming the target, `.ioFailed`.
    package func place() throws(StorageError) {
        try place(
            moves.withLock { moves in
                defer { moves.removeAll() }
                return moves
            }
        )
    }

    private func place(_ pending: [(staging: String, target: String)]) throws(StorageError) {
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
