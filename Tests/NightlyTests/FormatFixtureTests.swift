import Foundation
import TestSupport
import Testing

/// Archives written by every earlier version keep verifying and reindexing (SPEC "Format 1"): a
/// format-1 archive (inline bundle lists, `-part-NNNNN` continuation batches) committed as a fixture,
/// verified and reindexed as it is, with the answers it gave when it was made.
@Suite struct FormatFixtureTests {
    static let fixture = TestEnvironment.packageRoot + "/Tests/Fixtures/archive-format-1"
    static let queries: [(String, [String])] = [
        ("findings", []), ("coverage", []), ("certificates", ["--to", "2026-11-22"]),
        ("revocation-latency", ["--to", "2026-11-22"]), ("qscd-exposure", []),
        ("status-beyond-expiry", ["--to", "2026-11-22"]), ("exceptions", ["--to", "2026-11-22"]),
    ]

    @Test func theFormat1ArchiveVerifiesAndReindexesWithItsOriginalAnswers() throws {
        let archive = try TestEnvironment.temporaryFolder() + "/archive"
        let copy = try TestEnvironment.run("cp", ["-a", Self.fixture, archive])
        #expect(copy.status == 0, "\(copy)")
        let verify = try TestEnvironment.qcarchive("verify", "--archive", archive, "--all")
        #expect(verify.status == 0, "\(verify)")
        #expect(verify.stdout.contains("2026-11-20-part-00002"), "continuation batches in the chain: \(verify)")
        let reindex = try TestEnvironment.qcarchive("reindex", "--archive", archive)
        #expect(reindex.status == 0, "\(reindex)")
        for (name, arguments) in Self.queries {
            let run = try TestEnvironment.run(
                TestEnvironment.binary,
                ["query", "--archive", archive, name] + arguments + ["--format", "json"]
            )
            let expected = try TestEnvironment.read(
                TestEnvironment.packageRoot + "/Tests/Fixtures/archive-format-1-expected/\(name).json"
            )
            #expect(run.status == 0 && Array(run.stdout.utf8) == expected, "\(name): \(run)")
        }
        #expect(try TestEnvironment.qcarchive("verify", "--archive", archive, "--catalog").status == 0)
    }

    @Test func aReportAddedToAContinuationBatchIsReported() throws {
        let archive = try TestEnvironment.temporaryFolder() + "/archive"
        #expect(try TestEnvironment.run("cp", ["-a", Self.fixture, archive]).status == 0)
        try TestEnvironment.write("{}", to: archive + "/batches/2026-11-20-part-00002/report.json")
        let verify = try TestEnvironment.qcarchive("verify", "--archive", archive, "--all")
        #expect(verify.status == 1, "\(verify)")
        #expect(
            verify.stdout.contains("FAIL batches/2026-11-20-part-00002/report.json: expected no report.json"),
            "\(verify)"
        )
    }

    @Test func aBundleListPlantedInAFormat1BatchIsReported() throws {
        let archive = try TestEnvironment.temporaryFolder() + "/archive"
        #expect(try TestEnvironment.run("cp", ["-a", Self.fixture, archive]).status == 0)
        try TestEnvironment.write("{}\n", to: archive + "/batches/2026-11-20-part-00002/bundles.jsonl")
        let verify = try TestEnvironment.qcarchive("verify", "--archive", archive, "--all")
        #expect(verify.status == 1, "\(verify)")
        #expect(verify.stdout.contains("FAIL batches/2026-11-20-part-00002/bundles.jsonl"), "\(verify)")
    }
}
