import Bundling
import Foundation
import TestSupport
import Testing

/// The catalog cannot rewrite history (issue #8, finding 5): a new bundle version must extend the
/// sealed one before it, and `verify --catalog` names what an edit changed.
@Suite(.serialized) struct CatalogHistoryTests {
    @Test func anEditedEventIsRefusedAtTheNextSealAndNamedByVerifyCatalog() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = folder + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        let drop = try FixtureDrop(at: folder + "/day1", certificates: 2)
        let serial = drop.serials[0]
        try TestEnvironment.write(
            FixtureDrop.revocation(issuer: drop.issuer, serial: serial, id: "rev-1") + "\n",
            to: drop.root + "/events/revocations.jsonl"
        )
        #expect(try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", drop.root).status == 0)
        #expect(try TestEnvironment.qcarchive("verify", "--archive", archive, "--catalog").status == 0)

        // Someone moves the revocation a day later in the catalog.
        let edited = try TestEnvironment.editDatabase(
            archive + "/catalog.sqlite",
            "UPDATE event SET body=json_set(body,'$.revoked_at','2026-11-22T09:00:00Z') WHERE id='rev-1';"
        )
        #expect(edited == 1)
        let compared = try TestEnvironment.qcarchive("verify", "--archive", archive, "--catalog")
        #expect(compared.status == 1, "\(compared)")
        #expect(compared.stdout.contains("FAIL catalog: event: 1 row(s)"), "\(compared)")
        #expect(compared.stdout.contains("2026-11-22T09:00:00Z"), "\(compared)")

        // The next night touches that certificate: its version 2 would contradict version 1.
        let night2 = folder + "/day2"
        try TestEnvironment.write("{\"batch_id\":\"day-2\"}\n", to: night2 + "/batch.json")
        try TestEnvironment.write(
            "{\"event_id\":\"s-1\",\"type\":\"suspension\",\"time\":\"2026-11-21T10:00:00Z\",\"certificate\":"
                + "{\"issuer\":\"\(drop.issuer)\",\"serial\":\"\(serial)\"}}\n",
            to: night2 + "/events/ra.jsonl"
        )
        let refused = try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", night2)
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.stderr.contains("would not extend version 1"), "\(refused)")
        #expect(refused.stderr.contains("data/lifecycle.json"), "\(refused)")
        #expect(!FileManager.default.fileExists(atPath: archive + "/batches/day-2/seal.json"), "nothing sealed")
        #expect(
            try TestEnvironment.qcarchive("verify", "--archive", archive, "--all").status == 0,
            "the archive is intact"
        )

        // reindex brings the catalog back to what the archive proves; the night then seals.
        #expect(try TestEnvironment.qcarchive("reindex", "--archive", archive).status == 0)
        #expect(try TestEnvironment.qcarchive("verify", "--archive", archive, "--catalog").status == 0)
        let resumed = try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", night2)
        #expect(resumed.status == 0, "\(resumed)")
        #expect(try TestEnvironment.qcarchive("verify", "--archive", archive, "--all").status == 0)
    }

    @Test func aVersionKeepsEveryRecordOfTheOneBefore() {
        let before: [String: [UInt8]] = [
            "data/lifecycle.json": Array(#"{"events":[{"event_id":"a","time":"1"},{"event_id":"b","time":"2"}]}"#.utf8),
            "data/findings.json": Array(#"[{"rule":"REV-002"}]"#.utf8),
        ]
        let extended: [String: [UInt8]] = [
            "data/lifecycle.json": Array(
                #"{"events":[{"time":"1","event_id":"a"},{"event_id":"b","time":"2"},{"event_id":"c","time":"3"}]}"#
                    .utf8
            ),
            "data/findings.json": Array(#"[{"rule":"REV-002"},{"rule":"REC-001"}]"#.utf8),
        ]
        #expect(BundleHistory.problems(previous: before, next: extended) == [])
        var edited = extended
        edited["data/lifecycle.json"] = Array(
            #"{"events":[{"event_id":"a","time":"9"},{"event_id":"b","time":"2"}]}"#.utf8
        )
        edited["data/findings.json"] = Array("[]".utf8)
        #expect(
            BundleHistory.problems(previous: before, next: edited).map { "\($0.code) \($0.file)" } == [
                "history data/lifecycle.json", "history data/findings.json",
            ]
        )
    }

    @Test func anExceptionRegisterEditedInTheCatalogIsNotSealed() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = folder + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        #expect(
            try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", TestEnvironment.samples + "/day1")
                .status == 3
        )
        let edited = try TestEnvironment.editDatabase(
            archive + "/catalog.sqlite",
            "UPDATE exceptionVersion SET body=replace(body,'Retain','Delete');"
        )
        #expect(edited > 0)
        let night = try TestEnvironment.qcarchive(
            "nightly",
            "--archive",
            archive,
            "--drop",
            TestEnvironment.samples + "/day2"
        )
        #expect(night.status == 1, "\(night)")
        #expect(
            night.stderr.contains("exception register no longer starts with the register sealed in batch 2026-11-20"),
            "\(night)"
        )
        #expect(try TestEnvironment.qcarchive("verify", "--archive", archive, "--all").status == 0, "nothing sealed")
    }
}
