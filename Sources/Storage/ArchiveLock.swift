import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// An exclusive advisory lock on the archive (`flock` on `.lock`), held while a run writes.
/// Released when the value is dropped, or by the kernel when the process dies.
package final class ArchiveLock {
    private let fd: Int32

    /// Takes the lock without waiting.
    /// - Throws: `StorageError` `.locked` when another run holds it (exit 75), `.ioFailed` otherwise.
    package init(layout: ArchiveLayout) throws(StorageError) {
        let fd = open(layout.lock, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw FileIO.systemError("Could not open the lock file of \(layout.root).", "open") }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw StorageError(
                .locked,
                "The archive \(layout.root) is locked by another qcarchive run; wait for it to finish."
            )
        }
        self.fd = fd
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
