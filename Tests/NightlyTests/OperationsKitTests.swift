import Foundation
import TestSupport
import Testing

/// The operations kit (#15 item 12) keeps working as the commands evolve: every qcarchive command
/// line in contrib/ parses (a missing archive answers 74, never a usage error 64), and the systemd
/// units verify.
@Suite struct OperationsKitTests {
    static let contrib = TestEnvironment.packageRoot + "/contrib"

    /// The qcarchive invocations of the cron file and the service's ExecStart, as argument lists.
    static func commandLines() throws -> [[String]] {
        let cron = String(decoding: try TestEnvironment.read(contrib + "/cron/qcarchive"), as: UTF8.self)
        let service = String(
            decoding: try TestEnvironment.read(contrib + "/systemd/qcarchive-nightly.service"),
            as: UTF8.self
        )
        var lines: [[String]] = []
        for line in cron.split(separator: "\n") where !line.hasPrefix("#") && line.contains(" qcarchive  qcarchive ") {
            let command =
                line.components(separatedBy: " qcarchive  qcarchive ")[1]
                .components(separatedBy: CharacterSet(charactersIn: ";|>")).first ?? ""
            lines.append(command.split(separator: " ").map(String.init))
        }
        for line in service.split(separator: "\n") where line.hasPrefix("ExecStart=") {
            lines.append(Array(line.split(separator: " ").dropFirst().map(String.init)))
        }
        return lines
    }

    @Test func everyCommandLineOfContribParses() throws {
        let lines = try Self.commandLines()
        #expect(lines.count == 4, "three cron lines and the service: \(lines)")
        let missing = try TestEnvironment.temporaryFolder() + "/no-archive"
        for arguments in lines {
            let concrete = arguments.map {
                $0 == "${ARCHIVE}" ? missing : $0 == "${DROP}" ? TestEnvironment.samples + "/day1" : $0
            }
            let run = try TestEnvironment.run(
                "env",
                ["QCARCHIVE_ARCHIVE=\(missing)", TestEnvironment.binary] + concrete
            )
            #expect(run.status == 74, "\(concrete): \(run)")
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
