import Foundation
import TestSupport
import Testing

/// Each certificate's policy is kept with it in the catalog (schema 2): it must follow the events,
/// whichever night brings them, and an older catalog must say how to upgrade.
@Suite(.serialized) struct CertificateOriginTests {
    static func policies(_ archive: String) throws -> [String?] {
        let run = try TestEnvironment.qcarchive(
            "query",
            "--archive",
            archive,
            "certificates",
            "--to",
            "2030-01-01",
            "--format",
            "json"
        )
        let rows = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]] ?? []
        return rows.map { $0["policy"] as? String }
    }

    @Test func aPolicyThatArrivesAFewNightsLateReachesItsCertificates() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = folder + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        let drop = try FixtureDrop(at: folder + "/day1", certificates: 2)
        // Night 1 carries everything but the applications, which name the policy.
        let lines = try String(decoding: TestEnvironment.read(drop.root + "/events/ra.jsonl"), as: UTF8.self).split(
            separator: "\n"
        )
        let applications = lines.filter { $0.contains("\"type\":\"application\"") }
        try TestEnvironment.write(
            lines.filter { !$0.contains("\"type\":\"application\"") }.joined(separator: "\n") + "\n",
            to: drop.root + "/events/ra.jsonl"
        )
        #expect(try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", drop.root).status == 0)
        #expect(try Self.policies(archive) == [nil, nil])

        let late = folder + "/day2"
        try TestEnvironment.write("{\"batch_id\":\"day-2\"}\n", to: late + "/batch.json")
        try TestEnvironment.write(applications.joined(separator: "\n") + "\n", to: late + "/events/ra.jsonl")
        #expect(try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", late).status == 0)
        #expect(try Self.policies(archive) == ["QCP-n", "QCP-n"])

        // And the same after a reindex, which rebuilds the kept policy from the sealed files.
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: archive + "/catalog.sqlite" + suffix)
        }
        #expect(try TestEnvironment.qcarchive("reindex", "--archive", archive).status == 0)
        #expect(try Self.policies(archive) == ["QCP-n", "QCP-n"])
    }

    @Test func aQueryOnAnOlderCatalogSaysHowToUpgradeItAndChangesNothing() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = folder + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        let marked = try TestEnvironment.run(
            "python3",
            [
                "-c",
                "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('PRAGMA user_version = 1'); c.commit()",
                archive + "/catalog.sqlite",
            ]
        )
        #expect(marked.status == 0, "\(marked)")
        let before = try TestEnvironment.read(archive + "/catalog.sqlite")
        let run = try TestEnvironment.qcarchive("query", "--archive", archive, "coverage")
        #expect(run.status != 0)
        #expect(run.stderr.contains("schema version 1") && run.stderr.contains("qcarchive seal"), "\(run.stderr)")
        #expect(try TestEnvironment.read(archive + "/catalog.sqlite") == before)
    }
}
