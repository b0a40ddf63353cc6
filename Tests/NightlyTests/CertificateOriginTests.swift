import Foundation
import TestSupport
import Testing

/// Each certificate's policy is kept with it in the catalog (schema 2), and so are its counts of
/// events and bundles (schema 6, what `coverage` sums): they must follow the events, whichever night
/// brings them, and an older catalog must say how to upgrade.
@Suite(.serialized) struct CertificateOriginTests {
    /// Each certificate's kept `eventCount` and `bundleCount` beside a recount of the raw rows in
    /// Python: "serial kept-events kept-bundles events bundles ok|stale", one line per certificate.
    static func counters(_ archive: String) throws -> [String] {
        let recount = """
            import collections, sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            own, application = collections.Counter(), collections.Counter()
            for issuer, serial, app in db.execute("SELECT certIssuer, certSerial, applicationId FROM event"):
                if issuer is None: application[app] += 1
                else: own[(issuer, serial)] += 1
            bundles = collections.Counter(db.execute("SELECT issuer, serial FROM bundle").fetchall())
            for issuer, serial, app, events, kept in db.execute(
                    "SELECT issuer, serial, applicationId, eventCount, bundleCount FROM auditCertificate"):
                expected = (own[(issuer, serial)] + (application[app] if app else 0), bundles[(issuer, serial)])
                print(serial, events, kept, *expected, "ok" if (events, kept) == expected else "stale")
            """
        let run = try TestEnvironment.run("python3", ["-c", recount, archive + "/catalog.sqlite"])
        #expect(run.status == 0, "\(run)")
        return run.stdout.split(separator: "\n").map(String.init)
    }

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

    /// A new archive and a drop of two certificates whose events of `type` are held back for a
    /// later night: returned, with the folder they live in.
    static func dropHoldingBack(
        _ type: String,
        label: String = #function
    ) throws -> (folder: String, archive: String, drop: FixtureDrop, held: [Substring]) {
        let folder = try TestEnvironment.temporaryFolder(label)
        let archive = folder + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        let drop = try FixtureDrop(at: folder + "/day1", certificates: 2)
        let lines = try String(decoding: TestEnvironment.read(drop.root + "/events/ra.jsonl"), as: UTF8.self).split(
            separator: "\n"
        )
        let marker = "\"type\":\"\(type)\""
        try TestEnvironment.write(
            lines.filter { !$0.contains(marker) }.joined(separator: "\n") + "\n",
            to: drop.root + "/events/ra.jsonl"
        )
        return (folder, archive, drop, lines.filter { $0.contains(marker) })
    }

    @Test func aPolicyThatArrivesAFewNightsLateReachesItsCertificates() throws {
        // Night 1 carries everything but the applications, which name the policy.
        let (folder, archive, drop, applications) = try Self.dropHoldingBack("application")
        #expect(try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", drop.root).status == 0)
        // Registration, approval and issuance; one bundle each.
        #expect(
            try Self.counters(archive).map { $0.split(separator: " ").dropFirst().joined(separator: " ") } == [
                "3 1 3 1 ok", "3 1 3 1 ok",
            ]
        )
        #expect(try Self.policies(archive) == [nil, nil])

        let late = folder + "/day2"
        try TestEnvironment.write("{\"batch_id\":\"day-2\"}\n", to: late + "/batch.json")
        try TestEnvironment.write(applications.joined(separator: "\n") + "\n", to: late + "/events/ra.jsonl")
        #expect(try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", late).status == 0)
        #expect(try Self.policies(archive) == ["QCP-n", "QCP-n"])
        // The applications name no certificate: each certificate counts its own, and a second bundle.
        #expect(
            try Self.counters(archive).map { $0.split(separator: " ").dropFirst().joined(separator: " ") } == [
                "4 2 4 2 ok", "4 2 4 2 ok",
            ]
        )

        // And the same after a reindex, which rebuilds the kept policy from the sealed files.
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: archive + "/catalog.sqlite" + suffix)
        }
        #expect(try TestEnvironment.qcarchive("reindex", "--archive", archive).status == 0)
        #expect(try Self.policies(archive) == ["QCP-n", "QCP-n"])
        #expect(try Self.counters(archive).allSatisfy { $0.hasSuffix("4 2 4 2 ok") })
    }

    /// The certificates `certificates-under-document` attributes the uses of `document` to, in order
    /// ("-" for none yet).
    static func attributed(_ archive: String, document: String) throws -> [String] {
        let run = try TestEnvironment.qcarchive(
            "query",
            "--archive",
            archive,
            "certificates-under-document",
            "--document",
            document,
            "--format",
            "json"
        )
        #expect(run.status == 0, "\(run)")
        let rows = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]] ?? []
        return rows.map { "\($0["event_id"] ?? "") \($0["serial"] as? String ?? "-")" }
    }

    @Test func anApplicationsDocumentsReachItsCertificateWhenItIsIssuedAfterwards() throws {
        let (folder, archive, drop, issued) = try Self.dropHoldingBack("issuance")
        _ = try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", drop.root)
        #expect(try Self.attributed(archive, document: "cps-3.2") == ["app-1-1 -", "app-2-1 -"])

        let late = folder + "/day2"
        try TestEnvironment.write("{\"batch_id\":\"day-2\"}\n", to: late + "/batch.json")
        try TestEnvironment.write(issued.joined(separator: "\n") + "\n", to: late + "/events/ra.jsonl")
        #expect(try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", late).status == 0)
        let expected = ["app-1-1 \(drop.serials[0])", "app-2-1 \(drop.serials[1])"]
        #expect(try Self.attributed(archive, document: "cps-3.2") == expected)
        #expect(
            try Self.attributed(archive, document: "terms-6").map { $0.split(separator: " ")[1] } == [
                Substring(drop.serials[0]), Substring(drop.serials[1]),
            ]
        )
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: archive + "/catalog.sqlite" + suffix)
        }
        #expect(try TestEnvironment.qcarchive("reindex", "--archive", archive).status == 0)
        #expect(try Self.attributed(archive, document: "cps-3.2") == expected)
    }

    @Test func aCatalogOfSchema5GetsItsCountersAndDocumentUsesAtTheNextWrite() throws {
        let archive = try SampleArchive.make()
        let counted = try Self.counters(archive)
        #expect(counted.count == 50 && counted.allSatisfy { $0.hasSuffix(" ok") }, "\(counted)")
        func answers() throws -> [String] {
            try [["coverage"], ["certificates-under-document", "--document", "terms-v5"]].map { query in
                let run = try TestEnvironment.run(
                    TestEnvironment.binary,
                    ["query", "--archive", archive] + query + ["--format", "json"]
                )
                #expect(run.status == 0, "\(run)")
                return run.stdout
            }
        }
        let before = try answers()
        #expect(before[1].components(separatedBy: "\"event_id\"").count > 10)
        let downgrade = """
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            db.executescript("DROP INDEX auditCertificate_coverage;"
                             "ALTER TABLE auditCertificate DROP COLUMN eventCount;"
                             "ALTER TABLE auditCertificate DROP COLUMN bundleCount; DROP TABLE documentUse;")
            for field, name in (("cp_cps_document", "CpCps"), ("terms_document", "Terms"), ("pds_document", "Pds")):
                db.execute(f"CREATE INDEX event_{name[0].lower() + name[1:]}Document ON event(json_extract(body, "
                           f"'$.{field}')) WHERE json_extract(body, '$.{field}') IS NOT NULL")
            db.execute("PRAGMA user_version = 5")
            db.commit()
            """
        let downgraded = try TestEnvironment.run("python3", ["-c", downgrade, archive + "/catalog.sqlite"])
        #expect(downgraded.status == 0, "\(downgraded)")
        let sealed = try TestEnvironment.qcarchive("seal", "--archive", archive)
        #expect(sealed.status == 0, "\(sealed)")
        #expect(try Self.counters(archive) == counted)
        #expect(try answers() == before)
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
