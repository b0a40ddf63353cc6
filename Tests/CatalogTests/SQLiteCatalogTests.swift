import Catalog
import Foundation
import Lifecycle
import TestSupport
import Testing

@Suite struct SQLiteCatalogTests {
    static func makeCatalog() throws -> SQLiteCatalog {
        let catalog = try SQLiteCatalog(path: try TestEnvironment.temporaryFolder() + "/catalog.sqlite")
        try catalog.save(
            BatchRecord(
                id: BatchID("b1"),
                source: nil,
                cutoff: nil,
                dropPath: "/drop",
                dropDigest: "d1",
                startedAt: Date(timeIntervalSince1970: 0),
                state: .importing
            )
        )
        return catalog
    }

    static func stored(
        _ id: String,
        type: EventType = .suspension,
        serial: String = "1a",
        reason: String? = nil
    ) -> StoredEvent {
        var event = try! LifecycleEvent.decode(
            line: Array(
                ("{\"event_id\":\"\(id)\",\"type\":\"\(type.rawValue)\",\"time\":\"2026-11-20T10:00:00Z\","
                    + "\"certificate\":{\"issuer\":\"CN=CA\",\"serial\":\"\(serial)\"}}").utf8
            )
        )
        event.reason = reason
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let body = String(decoding: try! encoder.encode(event), as: UTF8.self)
        return StoredEvent(
            event: event,
            normalizedJSON: body,
            contentSHA256: "\(body.hashValue)",
            batchID: BatchID("b1"),
            file: "events/a.jsonl",
            line: 1
        )
    }

    @Test func schemaMatchesTheCheckedInCatalogSQL() throws {
        let expected = String(
            decoding: try TestEnvironment.read(TestEnvironment.packageRoot + "/Schemas/catalog.sql"),
            as: UTF8.self
        )
        let actual = try Self.makeCatalog().dumpSchema()
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try TestEnvironment.write(actual, to: TestEnvironment.packageRoot + "/Schemas/catalog.sql")
        }
        #expect(
            actual == expected,
            "run UPDATE_GOLDEN=1 swift test --filter schemaMatches to regenerate Schemas/catalog.sql"
        )
    }

    @Test func anExactDuplicateIsNotAConflictButChangedContentIs() throws {
        let catalog = try Self.makeCatalog()
        #expect(try catalog.insert(Self.stored("e1")) == .inserted)
        #expect(try catalog.insert(Self.stored("e1")) == .duplicate)
        #expect(
            try catalog.insert(Self.stored("e1", reason: "changed"))
                == .conflict(firstBatch: BatchID("b1"), file: "events/a.jsonl", line: 1)
        )
        #expect(try catalog.eventCount() == 1)
    }

    @Test func findsEventsThroughTheCertificateItsApplicationAndAsPredecessor() throws {
        let catalog = try Self.makeCatalog()
        let lines = [
            "{\"event_id\":\"a1\",\"type\":\"approval\",\"time\":\"2026-11-20T09:00:00Z\",\"application_id\":\"app\","
                + "\"decision\":\"approved\",\"approved_by\":\"x\"}",
            "{\"event_id\":\"a2\",\"type\":\"issuance\",\"time\":\"2026-11-20T10:00:00Z\",\"application_id\":\"app\","
                + "\"certificate\":{\"issuer\":\"CN=CA\",\"serial\":\"1a\"},\"terms_document\":\"t\","
                + "\"pds_document\":\"p\"}",
            "{\"event_id\":\"a3\",\"type\":\"renewal\",\"time\":\"2026-11-21T10:00:00Z\",\"application_id\":\"app2\","
                + "\"certificate\":{\"issuer\":\"CN=CA\",\"serial\":\"2b\"},\"predecessor\":{\"issuer\":\"CN=CA\","
                + "\"serial\":\"1a\"}}",
            "{\"event_id\":\"a4\",\"type\":\"suspension\",\"time\":\"2026-11-20T11:00:00Z\","
                + "\"certificate\":{\"issuer\":\"CN=CA\",\"serial\":\"ff\"}}",
        ]
        for (index, line) in lines.enumerated() {
            let event = try LifecycleEvent.decode(line: Array(line.utf8))
            _ = try catalog.insert(
                StoredEvent(
                    event: event,
                    normalizedJSON: line,
                    contentSHA256: "h\(index)",
                    batchID: BatchID("b1"),
                    file: "e.jsonl",
                    line: index + 1
                )
            )
        }
        let ids = try catalog.events(about: CertificateRef(issuer: "CN=CA", serial: "1a")).map(\.event.eventID.rawValue)
        #expect(ids == ["a1", "a2", "a3"])
        try catalog.touchCertificatesOfApplications(in: BatchID("b1"))
        #expect(
            try catalog.touchedCertificates(in: BatchID("b1")).map(\.serial).sorted() == ["1a", "2b"],
            "only certificates reached through an application_id"
        )
    }

    @Test func refusesACatalogFromANewerQcarchive() throws {
        let path = try TestEnvironment.temporaryFolder() + "/catalog.sqlite"
        _ = try SQLiteCatalog(path: path)
        let run = try TestEnvironment.run(
            "python3",
            [
                "-c",
                "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('PRAGMA user_version=999'); c.commit()",
                path,
            ]
        )
        #expect(run.status == 0)
        let error = #expect(throws: CatalogError.self) { try SQLiteCatalog(path: path) }
        #expect(error?.code == .newerSchema)
    }
}
