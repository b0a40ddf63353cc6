import DropImport
import Foundation
import Lifecycle

/// A one-line progress display on standard error, drawn only when it is a terminal (a cron job
/// sees nothing but the summary) and at most ten times a second.
final class ProgressLine: @unchecked Sendable {
    // @unchecked: `lock` guards every mutable field; the import calls `update` from one task at a time.
    private let lock = NSLock()
    private var lastDraw = Date.distantPast
    private var drawn = false
    let enabled: Bool

    /// - Parameter wanted: false for `--quiet` and `--json`, which draw nothing.
    init(_ wanted: Bool = true) { enabled = wanted && isatty(STDERR_FILENO) == 1 }

    /// The callback to hand to an import, or nil when standard error is not a terminal.
    var callback: (@Sendable (ImportProgress) -> Void)? {
        guard enabled else { return nil }
        let line = self
        return { @Sendable progress in line.update(progress) }
    }

    private func update(_ progress: ImportProgress) {
        let records = progress.records > 0 ? ", \(progress.records) lines" : ""
        let file = progress.currentFile.count > 40 ? "…" + progress.currentFile.suffix(39) : progress.currentFile
        show("\(progress.phase.rawValue) \(progress.filesDone + 1)/\(progress.filesTotal) \(file)\(records)")
    }

    /// Draws `text` as the progress line (on a terminal, at most ten times a second).
    func show(_ text: String) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        drawn = true
        FileHandle.standardError.write(Data(("\r\u{1B}[2K" + TerminalText.escaped(text)).utf8))
    }

    /// Clears the line before the summary is printed.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
    }
}
