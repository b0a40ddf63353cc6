import Foundation
import TestSupport
import Testing

/// The operations kit (#15 item 12) keeps working as the commands evolve: every qcarchive command
/// line in contrib/ parses (a missing archive answers 74, never a usage error 64), and the systemd
/// units verify.
@Suite struct OperationsKitTests {
    static let contrib = TestEnvironment.packageRoot + "/contrib"

    /// The qcarchive invocations of the cron file (shell text, `\%` unescaped as cron does) and the
    /// service's ExecStart.
    static func commandLines() throws -> [String] {
        let cron = String(decoding: try TestEnvironment.read(contrib + "/cron/qcarchive"), as: UTF8.self)
        let service = String(
            decoding: try TestEnvironment.read(contrib + "/systemd/qcarchive-nightly.service"),
            as: UTF8.self
        )
        var lines: [String] = []
        for line in cron.split(separator: "\n") where !line.hasPrefix("#") && line.contains(" qcarchive  qcarchive ") {
            let command = "qcarchive " + line.components(separatedBy: " qcarchive  qcarchive ")[1]
            // The command itself: up to the first redirection, list or pipe of the line.
            lines.append(
                command.replacingOccurrences(of: "\\%", with: "%")
                    .components(separatedBy: CharacterSet(charactersIn: ";|>")).first ?? ""
            )
        }
        for line in service.split(separator: "\n") where line.hasPrefix("ExecStart=") {
            lines.append(
                line.dropFirst("ExecStart=/usr/local/bin/".count).replacingOccurrences(of: "${", with: "$")
                    .replacingOccurrences(of: "}", with: "")
            )
        }
        return lines
    }

    @Test func everyCommandLineOfContribParses() throws {
        let lines = try Self.commandLines()
        #expect(lines.count == 5, "four cron lines and the service: \(lines)")
        let missing = try TestEnvironment.temporaryFolder() + "/no-archive"
        let folder = (TestEnvironment.binary as NSString).deletingLastPathComponent
        for command in lines {
            // As cron and systemd run them: through a shell, with the environment of contrib/.
            let run = try TestEnvironment.run(
                "env",
                [
                    "PATH=\(folder):/usr/bin:/bin", "QCARCHIVE_ARCHIVE=\(missing)", "ARCHIVE=\(missing)",
                    "DROP=\(TestEnvironment.samples)/day1", "sh", "-c", command,
                ]
            )
            #expect(run.status == 74, "\(command): \(run)")
        }
    }

    @Test func theSystemdUnitsVerify() throws {
        try #require(
            FileManager.default.isExecutableFile(atPath: "/usr/bin/systemd-analyze"),
            "systemd-analyze (Debian's systemd) checks the units"
        )
        for unit in ["qcarchive-nightly.service", "qcarchive-nightly.timer"] {
            let run = try TestEnvironment.run("systemd-analyze", ["verify", Self.contrib + "/systemd/" + unit])
            let unexpected = (run.stdout + run.stderr).split(separator: "\n").filter {
                !$0.contains("is not executable") && !$0.contains("man qcarchive")
                    && !$0.contains("qcarchive-nightly.service: Failed")
            }
            #expect(unexpected.isEmpty, "\(unit): \(unexpected)")
        }
    }
}
