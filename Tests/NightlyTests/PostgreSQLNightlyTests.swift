import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Issue #17: an archive whose catalog is on PostgreSQL, run as several nodes would run it (the golden
/// answers on both catalogs are `QueryAnswerGoldenTests`).
@Suite(.serialized) struct PostgreSQLNightlyTests {
    /// `qcarchive` started in the background, its output collected in files (a pipe could fill).
    final class Background {
        let process = Process()
        let stderrPath: String

        init(_ arguments: [String], folder: String) throws {
            stderrPath = folder + "/stderr-\(UUID().uuidString.prefix(8))"
            _ = FileManager.default.createFile(atPath: stderrPath, contents: nil)
            process.executableURL = URL(fileURLWithPath: TestEnvironment.binary)
            process.arguments = arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: stderrPath))
            try process.run()
        }

        var pid: Int32 { process.processIdentifier }

        /// Waits for the end; the exit status and what was written to stderr.
        func finish() throws -> (status: Int32, stderr: String) {
            process.waitUntilExit()
            return (process.terminationStatus, try String(contentsOfFile: stderrPath, encoding: .utf8))
        }
    }

    /// Waits until the process `pid` holds the archive lock in the database at `uri` (its session names
    /// it), then stops it with SIGSTOP: it holds the lock and its connections, and runs no further.
    static func stopOnceLocked(_ run: Background, uri: String) throws {
        for _ in 0..<600 {
            let held = try TestEnvironment.run(
                "psql",
                [
                    uri, "-qAt", "-c",
                    "SELECT count(*) FROM pg_locks AS l JOIN pg_stat_activity AS a ON a.pid = l.pid "
                        + "WHERE l.locktype = 'advisory' AND l.granted AND a.application_name LIKE "
                        + "'qcarchive pid=\(run.pid) %'",
                ]
            )
            if held.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "1" {
                kill(run.pid, SIGSTOP)
                return
            }
            guard run.process.isRunning else { throw FixtureError("the run ended before it took the lock") }
            Thread.sleep(forTimeInterval: 0.01)
        }
        throw FixtureError("the run never took the archive lock in the database")
    }

    /// An archive on PostgreSQL with the first sample night sealed; its folder and catalog URI.
    static func archiveAfterDay1(_ label: String = #function) throws -> (folder: String, uri: String) {
        let folder = try SampleArchive.make(["day1"], catalog: .postgresql, label: label)
        let configuration = try String(contentsOfFile: folder + "/archive.json", encoding: .utf8)
        let uri = try #require(configuration.firstMatch(of: #/"catalog" : "([^"]+)"/#)).1
        return (folder, String(uri))
    }

    @Test func aSecondNodeIsRefusedNamingTheFirstWhileItRuns() throws {
        let (archive, uri) = try Self.archiveAfterDay1()
        // Another machine: its own view of the folder (so its folder lock sees nothing), the same database.
        let node2 = archive + "-node2"
        #expect(try TestEnvironment.run("cp", ["-a", archive, node2]).status == 0)
        let day2 = TestEnvironment.samples + "/day2"
        let first = try Background(["nightly", "--archive", archive, "--drop", day2], folder: archive + "/..")
        try Self.stopOnceLocked(first, uri: uri)
        let second = try TestEnvironment.qcarchive("nightly", "--archive", node2, "--drop", day2)
        kill(first.pid, SIGCONT)
        #expect(second.status == 75, "\(second)")
        #expect(
            second.stderr.contains("locked by another qcarchive run (qcarchive pid=\(first.pid) host="),
            "\(second)"
        )
        #expect(!FileManager.default.fileExists(atPath: node2 + "/batches/2026-11-21"))
        let ended = try first.finish()
        #expect(ended.status == 3, "\(ended.stderr)")
        // Once the first is done, the lock is free again.
        let after = try TestEnvironment.qcarchive("batches", "--archive", node2, "--format", "json")
        #expect(after.status == 0 && after.stdout.contains("\"2026-11-21\""), "\(after)")
    }

    @Test func fourReadersAnswerWhileTheNightWritesAndSeeOnlyCommittedBatches() throws {
        let (archive, uri) = try Self.archiveAfterDay1()
        let night = try Background(
            ["nightly", "--archive", archive, "--drop", TestEnvironment.samples + "/day2"],
            folder: archive + "/.."
        )
        try Self.stopOnceLocked(night, uri: uri)
        // The writer holds the lock and stands still: readers do not wait for it.
        let readers = (0..<4).map { _ in
            try? Background(["batches", "--archive", archive, "--format", "json"], folder: archive + "/..")
        }
        var answers: [(status: Int32, stderr: String)] = []
        for reader in readers.compactMap({ $0 }) { answers.append(try reader.finish()) }
        #expect(answers.count == 4 && answers.allSatisfy { $0.status == 0 }, "\(answers)")
        kill(night.pid, SIGCONT)
        // While it runs on, every answer is a committed state: the sealed first night, the second at most
        // in a state of its own, never half of a batch record.
        var seen = Set<String>()
        while night.process.isRunning {
            let runs = try (0..<4).map { _ in
                try Background(["batches", "--archive", archive, "--format", "json"], folder: archive + "/..")
            }
            for run in runs {
                let (status, stderr) = try run.finish()
                #expect(status == 0, "\(stderr)")
            }
            let answer = try TestEnvironment.qcarchive("batches", "--archive", archive, "--format", "json")
            #expect(answer.status == 0, "\(answer)")
            let batches = try #require(
                try JSONSerialization.jsonObject(with: Data(answer.stdout.utf8)) as? [[String: Any]]
            )
            #expect(
                batches.first?["batch"] as? String == "2026-11-20" && batches.first?["state"] as? String == "sealed"
            )
            #expect(batches.count <= 2)
            seen.formUnion(batches.compactMap { "\($0["batch"] ?? "")/\($0["state"] ?? "")" })
        }
        let ended = try night.finish()
        #expect(ended.status == 3, "\(ended.stderr)")
        let final = try TestEnvironment.qcarchive("batches", "--archive", archive, "--format", "json")
        #expect(final.stdout.contains("\"batch\": \"2026-11-21\", \"state\": \"sealed\""), "\(final)")
        #expect(
            seen.isSubset(of: [
                "2026-11-20/sealed", "2026-11-21/importing", "2026-11-21/imported",
                "2026-11-21/sealed",
            ]),
            "\(seen)"
        )
    }

    @Test func aDatabaseThatGoesAwayMidNightExits74SealsNothingAndResumes() throws {
        // A server of its own, which this test stops.
        // Outside the test's private folder: the server runs as the postgres user, which must enter it.
        let cluster = NSTemporaryDirectory() + "qcarchive-postgres-\(UUID().uuidString.prefix(8))"
        let script = TestEnvironment.packageRoot + "/Tests/Fixtures/postgres/cluster.sh"
        let started = try TestEnvironment.run("bash", [script, "start", cluster])
        #expect(started.status == 0, "\(started)")
        defer { _ = try? TestEnvironment.run("bash", [script, "stop", cluster]) }
        let server = started.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try TestEnvironment.run("psql", [server, "-qc", "CREATE DATABASE archive"]).status == 0)
        let port = try #require(server.firstMatch(of: #/port=(\d+)/#)).1
        let uri = "postgresql://postgres@127.0.0.1:\(port)/archive"
        let archive = try TestEnvironment.temporaryFolder() + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive, "--catalog", uri).status == 0)
        let day1 = try TestEnvironment.qcarchive(
            "nightly",
            "--archive",
            archive,
            "--drop",
            TestEnvironment.samples + "/day1"
        )
        #expect(day1.status == 3, "\(day1)")

        let day2 = TestEnvironment.samples + "/day2"
        let night = try Background(["nightly", "--archive", archive, "--drop", day2], folder: archive + "/..")
        try Self.stopOnceLocked(night, uri: uri)
        #expect(try TestEnvironment.run("bash", [script, "halt", cluster]).status == 0)
        kill(night.pid, SIGCONT)
        let failed = try night.finish()
        #expect(failed.status == 74, "\(failed.stderr)")
        #expect(failed.stderr.contains("catalog"), "\(failed.stderr)")
        #expect(!FileManager.default.fileExists(atPath: archive + "/batches/2026-11-21/seal.json"))

        #expect(try TestEnvironment.run("bash", [script, "resume", cluster]).status == 0)
        let resumed = try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", day2)
        #expect(resumed.status == 3, "\(resumed)")
        // The resumed night ends where an uninterrupted one does: the committed answers.
        let golden = TestEnvironment.packageRoot + "/Tests/Fixtures/query-answers"
        for (name, arguments) in [
            ("coverage", ["coverage"]), ("findings-all", ["findings", "--state", "all"]),
            ("certificates", ["certificates", "--to", "2026-11-22"]),
        ] {
            let answer = try TestEnvironment.run(
                TestEnvironment.binary,
                ["query", "--archive", archive] + arguments + ["--format", "json"]
            )
            let expected = try String(decoding: TestEnvironment.read("\(golden)/\(name).json"), as: UTF8.self)
            #expect(answer.stdout == expected, "\(name) after the resumed night")
        }
        for check in ["--all", "--catalog"] {
            let verified = try TestEnvironment.qcarchive("verify", "--archive", archive, check)
            #expect(verified.status == 0, "\(verified)")
        }
    }

    @Test func reindexMovesAnArchiveToPostgreSQLFromItsFolderAloneAndBack() throws {
        let archive = try SampleArchive.make()
        let uri = try PostgresTestServer.newDatabaseURI()
        let moved = try TestEnvironment.qcarchive("reindex", "--archive", archive, "--catalog", uri)
        #expect(moved.status == 0, "\(moved)")
        let configuration = try String(contentsOfFile: archive + "/archive.json", encoding: .utf8)
        #expect(configuration.contains("\"catalog\" : \"\(uri)\""), "\(configuration)")
        #expect(!FileManager.default.fileExists(atPath: archive + "/catalog.sqlite"))
        let golden = TestEnvironment.packageRoot + "/Tests/Fixtures/query-answers"
        func expectGolden(_ when: String) throws {
            for (name, arguments) in [
                ("coverage", ["coverage"]), ("revocation-latency", ["revocation-latency", "--to", "2026-11-22"]),
            ] {
                let answer = try TestEnvironment.run(
                    TestEnvironment.binary,
                    ["query", "--archive", archive] + arguments + ["--format", "json"]
                )
                let expected = try String(decoding: TestEnvironment.read("\(golden)/\(name).json"), as: UTF8.self)
                #expect(answer.stdout == expected, "\(name) \(when)")
            }
        }
        try expectGolden("on PostgreSQL")
        let back = try TestEnvironment.qcarchive("reindex", "--archive", archive, "--catalog", "sqlite")
        #expect(back.status == 0, "\(back)")
        #expect(!(try String(contentsOfFile: archive + "/archive.json", encoding: .utf8)).contains("\"catalog\""))
        try expectGolden("back on SQLite")
    }

    @Test(arguments: TestCatalog.allCases)
    func anEventWithNULInAFreeTextIsRejectedAndTheRestAnswersAsBefore(catalog: TestCatalog) throws {
        let folder = try TestEnvironment.temporaryFolder()
        #expect(try TestEnvironment.run("cp", ["-a", TestEnvironment.samples + "/day1", folder + "/drop"]).status == 0)
        let events = folder + "/drop/events/ca.jsonl"
        var text = try String(contentsOfFile: events, encoding: .utf8)
        let line = text.split(separator: "\n").count + 1
        text +=
            #"{"event_id":"evt-nul","type":"suspension","time":"2026-11-20T12:00:00Z","certificate":{"issuer":"#
            + #""CN=Example Qualified CA,O=Example Trust Services SA,C=BE","serial":"5cc09645461cece6f222a373"},"#
            + #""reason":"certificateHold\u0000","requested_by":"x"}"# + "\n"
        try text.write(toFile: events, atomically: true, encoding: .utf8)
        let archive = folder + "/archive"
        let created = try TestEnvironment.run(
            TestEnvironment.binary,
            ["init", "--archive", archive] + (try catalog.initArguments())
        )
        #expect(created.status == 0, "\(created)")
        let night = try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", folder + "/drop")
        #expect(night.status == 3, "\(night)")
        #expect(night.stdout.contains("events/ca.jsonl:\(line)  The record holds the character U+0000"), "\(night)")
        let timeline = try TestEnvironment.qcarchive(
            "query",
            "--archive",
            archive,
            "timeline",
            "--issuer",
            "CN=Example Qualified CA,O=Example Trust Services SA,C=BE",
            "--serial",
            "5cc09645461cece6f222a373",
            "--format",
            "json"
        )
        #expect(timeline.status == 0 && timeline.stdout.contains("evt-000183"), "\(timeline)")
        #expect(!timeline.stdout.contains("evt-nul"))
        let coverage = try TestEnvironment.qcarchive("query", "--archive", archive, "coverage", "--format", "json")
        #expect(coverage.status == 0, "\(coverage)")
    }

    @Test func aHandoverCarriesTheCatalogAsSQLiteAndNoURIOfTheGiversDatabase() throws {
        let archive = try SampleArchive.make(catalog: .postgresql)
        let folder = archive + "/.."
        let handover = folder + "/handover.tar"
        let exported = try TestEnvironment.qcarchive("export", "handover", "--archive", archive, "--out", handover)
        #expect(exported.status == 0, "\(exported)")
        let verified = try TestEnvironment.qcarchive("verify", handover)
        #expect(verified.status == 0, "\(verified)")
        #expect(try TestEnvironment.run("tar", ["-xf", handover, "-C", folder]).status == 0)
        let received = try #require(
            try FileManager.default.contentsOfDirectory(atPath: folder).first { $0.hasPrefix("qch-") }
        )
        let successor = folder + "/" + received
        let configuration = try String(contentsOfFile: successor + "/archive.json", encoding: .utf8)
        #expect(!configuration.contains("catalog") && configuration.contains("archive_id"), "\(configuration)")
        // The successor's archive answers from the catalog it received, and again once rebuilt from its folder.
        let golden = TestEnvironment.packageRoot + "/Tests/Fixtures/query-answers/coverage.json"
        let expected = try String(decoding: TestEnvironment.read(golden), as: UTF8.self)
        for step in ["received", "reindexed"] {
            if step == "reindexed" {
                let rebuilt = try TestEnvironment.qcarchive("reindex", "--archive", successor)
                #expect(rebuilt.status == 0, "\(rebuilt)")
            }
            let answer = try TestEnvironment.qcarchive("query", "--archive", successor, "coverage", "--format", "json")
            #expect(answer.stdout == expected, "coverage of the \(step) handover")
        }
    }

    @Test func initRefusesAPasswordInTheURIAndADatabaseOfAnotherArchive() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let withPassword = try TestEnvironment.qcarchive(
            "init",
            "--archive",
            folder + "/a",
            "--catalog",
            "postgresql://qc:secret@127.0.0.1/qc"
        )
        #expect(withPassword.status == 64, "\(withPassword)")
        #expect(withPassword.stderr.contains("must not carry a password"), "\(withPassword)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/a"))

        let (_, uri) = try Self.archiveAfterDay1()
        let second = try TestEnvironment.qcarchive("init", "--archive", folder + "/b", "--catalog", uri)
        #expect(second.status == 1, "\(second)")
        #expect(second.stderr.contains("already holds 1 batch(es) of an archive"), "\(second)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/b/archive.json"))
    }
}
