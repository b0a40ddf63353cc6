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
