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
