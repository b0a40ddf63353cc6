import Foundation
import TestSupport
import Testing

/// `qcarchive batches` (SPEC "Commands"; issue #15 item 8) and `qcarchive --version` (item 11): the
/// chain one row per batch, its numbers from the sealed files and the samples' expected rejects.
@Suite struct BatchesTests {
    @Test func theChainIsListedOneRowPerBatchWithWhatEachBrought() throws {
        let archive = try SampleArchive.make()
        let listed = try TestEnvironment.qcarchive("batches", "--archive", archive, "--format", "json")
        #expect(listed.status == 0, "\(listed)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        #expect(rows.compactMap { $0["batch"] as? String } == ["2026-11-20", "2026-11-21"], "in seal order")
        let rejects = try #require(
            try JSONSerialization.jsonObject(
                with: Data(try TestEnvironment.read(TestEnvironment.samples + "/expected/rejects.json"))
            ) as? [[String: Any]]
        )
        for (row, day) in zip(rows, ["day1", "day2"]) {
            let batch = try #require(row["batch"] as? String)
            // Bundles: the lines of the sealed bundle list, less the batch record.
            let list = String(
                decoding: try TestEnvironment.read("\(archive)/batches/\(batch)/bundles.jsonl"),
                as: UTF8.self
            )
            #expect(row["bundles"] as? Int == list.split(separator: "\n").count - 1, "\(batch)")
            #expect(row["rejects"] as? Int == rejects.filter { $0["day"] as? String == day }.count, "\(batch)")
            let files = TestEnvironment.files(under: TestEnvironment.samples + "/" + day)
            #expect(row["drop_files"] as? Int == files.count, "\(batch)")
            #expect(row["state"] as? String == "sealed" && row["seal_format"] as? String == "2")
            #expect((row["findings"] as? Int ?? 0) > 0 && row["sealed_at"] is String)
        }
        // query findings --batch --state all: exactly the findings the batch raised or resolved.
        for row in rows {
            let batch = try #require(row["batch"] as? String)
            let findings = try TestEnvironment.qcarchive(
                "query",
                "--archive",
                archive,
                "findings",
                "--batch",
                batch,
                "--state",
                "all",
                "--format",
                "json"
            )
            let listed = try #require(
                try JSONSerialization.jsonObject(with: Data(findings.stdout.utf8)) as? [[String: Any]]
            )
            let raised = listed.filter { $0["batch_id"] as? String == batch }
            let resolved = listed.filter { $0["resolved_by_batch"] as? String == batch }
            #expect(raised.count == row["findings"] as? Int, "\(batch)")
            #expect(resolved.count == row["resolved_findings"] as? Int, "\(batch)")
            #expect(raised.count + resolved.count == listed.count, "\(batch)")
        }
        // Day 2 resolved day 1's REV-002 of n-rev002-resolved (Samples/README.md).
        #expect(rows.map { $0["resolved_findings"] as? Int } == [0, 1])
        // The TSA of each batch's timestamp, as the seals say (the archive's demo TSA here).
        #expect(rows.allSatisfy { ($0["tsa"] as? String)?.contains("CN=") == true }, "\(rows)")
        let table = try TestEnvironment.qcarchive("batches", "--archive", archive)
        #expect(
            table.status == 0 && table.stdout.contains("2026-11-21") && table.stdout.contains("(2 rows)"),
            "\(table)"
        )
        let csv = try TestEnvironment.qcarchive("batches", "--archive", archive, "--format", "csv")
        #expect(csv.stdout.hasPrefix("batch,state,sealed_at,drop,drop_files,"), "\(csv)")
        let refused = try TestEnvironment.qcarchive("batches", "--archive", archive, "--format", "xml")
        #expect(refused.status == 64 && refused.stderr.contains("table, json or csv"), "\(refused)")
    }

    /// `--version`, and the same version in the `Bag-Software-Agent` of every bag (#15 item 11).
    @Test func theVersionIsPrintedAndEveryBagSaysWhichVersionWroteIt() throws {
        let run = try TestEnvironment.qcarchive("--version")
        #expect(
            run.status == 0 && run.stdout.range(of: #"^[0-9]+\.[0-9]+\.[0-9]+\n$"#, options: .regularExpression) != nil
        )
        let version = run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let folder = try TestEnvironment.temporaryFolder()
        #expect(try TestEnvironment.qcarchive("init", "--archive", folder + "/archive").status == 0)
        let drop = try FixtureDrop(at: folder + "/drop", certificates: 1)
        #expect(
            try TestEnvironment.qcarchive("nightly", "--archive", folder + "/archive", "--drop", drop.root).status == 0
        )
        let bags = TestEnvironment.files(under: folder + "/archive").filter { $0.hasSuffix(".tar.gz") }
        #expect(bags.count == 2, "a bundle and the batch record: \(bags)")
        for bag in bags {
            let agent = try TestEnvironment.run(
                "python3",
                [
                    "-c",
                    "import sys,tarfile\nt=tarfile.open(sys.argv[1])\n"
                        + "m=[x for x in t.getnames() if x.endswith('/bag-info.txt')][0]\n"
                        + "print([l for l in t.extractfile(m).read().decode().splitlines() "
                        + "if l.startswith('Bag-Software-Agent:')][0])",
                    folder + "/archive/" + bag,
                ]
            )
            #expect(agent.stdout == "Bag-Software-Agent: qcarchive \(version)\n", "\(bag): \(agent)")
        }
    }

    /// Issue #15 item 11: `QCARCHIVE_ARCHIVE` stands for `--archive` (cron, scripts); the flag wins.
    @Test func theArchiveCanComeFromTheEnvironment() throws {
        let archive = try TestEnvironment.temporaryFolder() + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        func qcarchive(_ environment: [String], _ arguments: [String]) throws -> TestEnvironment.Run {
            try TestEnvironment.run(
                "env",
                ["-u", "QCARCHIVE_ARCHIVE"] + environment + [TestEnvironment.binary] + arguments
            )
        }
        for command in [["batches"], ["query", "coverage"], ["verify", "--chain"], ["head"]] {
            let found = try qcarchive(["QCARCHIVE_ARCHIVE=" + archive], command)
            #expect(found.status == 0, "\(command): \(found)")
            let missing = try qcarchive([], command)
            #expect(missing.status == 64 && missing.stderr.contains("QCARCHIVE_ARCHIVE"), "\(command): \(missing)")
        }
        let flagWins = try qcarchive(["QCARCHIVE_ARCHIVE=/nonexistent"], ["batches", "--archive", archive])
        #expect(flagWins.status == 0, "\(flagWins)")
        let wrong = try qcarchive(["QCARCHIVE_ARCHIVE=/nonexistent"], ["batches"])
        #expect(wrong.status != 0 && wrong.stderr.contains("/nonexistent"), "\(wrong)")
    }
}
