import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// An exclusive advisory lock on the archive (`flock` on `.lock`), held while a run writes.
/// Released when the value is dropped, or by the kernel when the process dies. The lock file names
/// its holder, so that a second run says who holds the archive.
package final class ArchiveLock {
    private let fd: Int32

    /// Who holds the lock: written into the lock file once it is taken.
    package struct Holder: Sendable, Equatable, CustomStringConvertible {
        package var pid: Int32
        package var host: String
        package var startedAt: Date

        package var description: String {
            "process \(pid) on \(host), started \(ISO8601DateFormatter().string(from: startedAt))"
        }

        package var line: String { "pid=\(pid) host=\(host) started=\(Int(startedAt.timeIntervalSince1970))\n" }

        init?(line: String) {
            var fields: [Substring: Substring] = [:]
            for field in line.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                guard let equals = field.firstIndex(of: "=") else { continue }
                fields[field[..<equals]] = field[field.index(after: equals)...]
            }
            guard let pid = fields["pid"].flatMap({ Int32($0) }), let host = fields["host"],
                let started = fields["started"].flatMap({ Double($0) })
            else { return nil }
            self.init(pid: pid, host: String(host), startedAt: Date(timeIntervalSince1970: started))
        }

        init(pid: Int32, host: String, startedAt: Date) {
            self.pid = pid
            self.host = host
            self.startedAt = startedAt
        }

        package static var current: Holder {
            Holder(pid: getpid(), host: ProcessInfo.processInfo.hostName, startedAt: Date())
        }
    }

    /// Takes the lock without waiting.
    /// - Throws: `StorageError` `.locked` naming the holder when another run holds it (exit 75),
    ///   `.ioFailed` otherwise.
    package init(layout: ArchiveLayout) throws(StorageError) {
        let fd = open(layout.lock, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw FileIO.systemError("Could not open the lock file of \(layout.root).", "open") }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let holder = (try? FileIO.read(layout.lock)).flatMap { Holder(line: String(decoding: $0, as: UTF8.self)) }
            close(fd)
            throw StorageError(
                .locked,
                "The archive \(layout.root) is locked by another qcarchive run"
                    + (holder.map { " (\($0))" } ?? "") + "; wait for it to finish."
            )
        }
        self.fd = fd
        // The holder's name is a courtesy to the next run: failing to write it does not stop this one.
        let line = Array(Holder.current.line.utf8)
        if ftruncate(fd, 0) == 0 { try? FileIO.writeAll(fd, line, layout.lock) }
    }

    deinit {
        ftruncate(fd, 0)
        flock(fd, LOCK_UN)
        close(fd)
    }
}
