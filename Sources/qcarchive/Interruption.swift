import Foundation

/// Ctrl-C (SIGINT) and SIGTERM: say how to resume, exit 130 or 143. Stopping at any instant is safe:
/// every command enters the archive through one session that first brings it back in line
/// (`ArchiveRecovery`), and the catalog commits whole transactions or nothing.
enum Interruption {
    /// Installs the handlers; the message is written with `write(2)` and the process ends with
    /// `_exit`, both safe inside a signal handler.
    static func install() {
        _ = message.count  // initialized here, not first inside a handler
        signal(SIGINT) { _ in Interruption.stop(130) }
        signal(SIGTERM) { _ in Interruption.stop(143) }
    }

    private static let message = Array("\ninterrupted; run the same command again to resume\n".utf8)

    private static func stop(_ status: Int32) -> Never {
        _ = message.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
        _exit(status)
    }
}
