import Foundation
import TestSupport
import Testing

/// The scripting contract of exit statuses (#15 item 11): what cron must notice is never exit 0.
@Suite struct ExitStatusTests {
    @Test func anEmptyDropIsSealedOnRecordAndExits3() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = folder + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        try TestEnvironment.write(
            "{\"batch_id\":\"empty-1\",\"source\":\"upstream\",\"cutoff\":\"2026-11-20T23:59:59Z\"}\n",
            to: folder + "/drop/batch.json"
        )
        let run = try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", folder + "/drop")
        #expect(run.status == 3, "\(run)")
        #expect(run.stderr.contains("warning: the drop holds no records (\(folder)/drop)"), "\(run)")
        #expect(FileManager.default.fileExists(atPath: archive + "/batches/empty-1/seal.json"), "on record")
        let again = try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", folder + "/drop")
        #expect(again.status == 0, "the empty batch is sealed; running it again changes nothing: \(again)")
    }

    @Test func aDropWhoseFirstRunHadRejectsStillExits3WhenRunAgain() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = folder + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        let day1 = TestEnvironment.samples + "/day1"
        #expect(try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", day1).status == 3)
        let again = try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", day1)
        #expect(again.status == 3, "\(again)")
        #expect(
            again.stderr.contains(
                "warning: this drop was sealed before with 6 rejected record(s); see batches/2026-11-20/report.json."
            ),
            "\(again)"
        )

        let clean = try FixtureDrop(at: folder + "/clean")
        let first = try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", clean.root)
        #expect(first.status == 0, "\(first)")
        let rerun = try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", clean.root)
        #expect(rerun.status == 0 && rerun.stderr.isEmpty, "\(rerun)")
    }
}

/// Not found is 1 everywhere; a missing archive is 74 everywhere (#15 item 11).
@Suite struct NotFoundExitStatusTests {
    @Test func aMissingArchiveIs74ForEveryCommand() throws {
        let missing = try TestEnvironment.temporaryFolder() + "/no-archive"
        let commands: [[String]] = [
            ["nightly", "--archive", missing, "--drop", TestEnvironment.samples + "/day1"],
            ["seal", "--archive", missing], ["verify", "--archive", missing, "--all"],
            ["query", "--archive", missing, "findings"], ["batches", "--archive", missing],
            ["show", "--archive", missing, "--issuer", "CN=CA", "--serial", "1"],
            ["exceptions", "list", "--archive", missing], ["reindex", "--archive", missing],
            ["head", "--archive", missing], ["keys", "list", "--archive", missing],
        ]
        for arguments in commands {
            let run = try TestEnvironment.run(TestEnvironment.binary, arguments)
            #expect(run.status == 74, "\(arguments[0]): \(run)")
            #expect(run.stderr.contains(missing), "the message names the folder: \(run)")
        }
    }

    @Test func somethingTheArchiveDoesNotHoldIs1() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = folder + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        let unknown = ["--issuer", "CN=Nobody,C=BE", "--serial", "abc"]
        let show = try TestEnvironment.run(TestEnvironment.binary, ["show", "--archive", archive] + unknown)
        #expect(show.status == 1 && show.stderr.contains("The archive has no certificate abc of CN=Nobody,C=BE"))
        let timeline = try TestEnvironment.run(
            TestEnvironment.binary,
            ["query", "--archive", archive, "timeline"] + unknown
        )
        #expect(timeline.status == 1, "\(timeline)")
        let entry = try TestEnvironment.qcarchive("exceptions", "show", "--archive", archive, "--id", "EXC-0042")
        #expect(entry.status == 1 && entry.stderr.contains("has no entry EXC-0042"), "\(entry)")
        try TestEnvironment.write("CN=Nobody,C=BE\tabc\n", to: folder + "/serials.txt")
        let pack = try TestEnvironment.qcarchive(
            "export",
            "supervision",
            "--archive",
            archive,
            "--serials",
            folder + "/serials.txt",
            "--out",
            folder + "/pack.tar"
        )
        #expect(pack.status == 1 && pack.stderr.contains("serials.txt:1: the archive holds no certificate"), "\(pack)")
        // A question that is ill-formed stays a usage error.
        let usage = try TestEnvironment.qcarchive("query", "--archive", archive, "timeline")
        #expect(usage.status == 64, "\(usage)")
    }
}
