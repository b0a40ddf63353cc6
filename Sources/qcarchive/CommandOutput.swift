import ArgumentParser
import Foundation
import Lifecycle

/// `--json` and `--quiet` (#15 item 11): what a command prints on standard output.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print one JSON summary on standard output instead of text (schema in Schemas/).")
    var json = false

    @Flag(
        name: .long,
        help: "Print nothing on success; problems and warnings still go to standard error or FAIL lines."
    )
    var quiet = false

    func validate() throws {
        if json && quiet { throw ValidationError("--json and --quiet do not go together.") }
    }

    var mode: CommandOutput.Mode { json ? .json : quiet ? .quiet : .text }
}

/// Where a command's lines go: printed as they come (text), only the failures (quiet), or gathered
/// into one JSON object printed at the end (json). Progress on a terminal is the caller's business.
final class CommandOutput {
    enum Mode { case text, quiet, json }

    let mode: Mode
    private(set) var failures: [String] = []
    private(set) var lines: [String] = []
    private(set) var warnings: [String] = []

    init(_ mode: Mode) { self.mode = mode }

    /// A line of the summary for a person.
    func say(_ text: String) {
        lines.append(text)
        if mode == .text { print(TerminalText.escaped(text, keepNewlines: true)) }
    }

    /// Text already escaped and ending in newlines (the nightly and seal summaries).
    func sayBlock(_ text: String) {
        lines += text.split(separator: "\n").map(String.init)
        if mode == .text { print(text, terminator: "") }
    }

    /// A warning (`WARN …`, exit status unchanged): printed in text and quiet modes, kept in JSON.
    func warn(_ text: String) {
        warnings.append(text)
        if mode != .json { print(TerminalText.escaped(text)) }
    }

    /// A problem: a `FAIL` line in text and quiet modes, an element of `failures` in JSON.
    func fail(_ text: String) {
        failures.append(text)
        if mode != .json { print("FAIL " + TerminalText.escaped(text)) }
    }

    /// Prints the JSON summary: `command`, `version`, `ok`, `failures`, `warnings`, `lines`, then `fields`.
    func finish(command: String, ok: Bool, fields: [String: Any] = [:]) {
        guard mode == .json else { return }
        var object = fields
        object["command"] = command
        object["version"] = SoftwareVersion.current
        object["ok"] = ok
        object["failures"] = failures
        object["lines"] = lines
        object["warnings"] = warnings
        let data =
            (try? JSONSerialization.data(
                withJSONObject: object,
                options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            )) ?? Data("{}".utf8)
        print(String(decoding: data, as: UTF8.self))
    }
}
