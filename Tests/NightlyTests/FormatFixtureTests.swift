import Catalog
import Foundation
import Lifecycle
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

    /// The drop a batch of an archive came from, rebuilt from the files the archive keeps as-is
    /// (`store/sha256/…`): the fixture's own nights, whatever the samples have become since.
    static func drop(of batch: String, archive: String, into folder: String) throws -> String {
        let catalog = try SQLiteCatalog(path: archive + "/catalog.sqlite", readOnly: true)
        for file in try catalog.dropFiles(of: BatchID(batch)) {
            let target = folder + "/" + file.path
            try FileManager.default.createDirectory(
                atPath: (target as NSString).deletingLastPathComponent,
                withIntermediateDirectories: true
            )
            let hash = file.sha256
            try FileManager.default.copyItem(
                atPath: archive + "/store/sha256/\(hash.prefix(2))/\(hash)",
                toPath: target
            )
        }
        return folder
    }

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
