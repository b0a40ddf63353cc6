import Catalog
import Foundation
import Lifecycle
import TestSupport
import Testing

/// What the catalog's roles answer, the same on SQLite and on PostgreSQL (one statement text for both,
/// `SQLCatalog`, with `CatalogDialect` where they differ).
@Suite struct CatalogRoleTests {
    /// A new catalog of the kind, holding batches b1 and b2.
    static func makeCatalog(_ kind: TestCatalog, label: String = #function) throws -> any ArchiveCatalog {
        let catalog: any ArchiveCatalog =
            switch kind {
            case .sqlite: try SQLiteCatalog(path: try TestEnvironment.temporaryFolder(label) + "/catalog.sqlite")
            case .postgresql: try PostgreSQLCatalog(conninfo: try PostgresTestServer.newDatabase(label))
            }
        for id in ["b1", "b2"] {
            try catalog.save(
                BatchRecord(
                    id: BatchID(id),
                    source: nil,
                    cutoff: nil,
                    dropPath: "/drop",
                    dropDigest: id,
                    startedAt: Date(timeIntervalSince1970: 0),
                    state: .importing
                )
            )
        }
        return catalog
    }

    @Test(arguments: TestCatalog.allCases)
    func anExactDuplicateIsNotAConflictButChangedContentIs(catalog kind: TestCatalog) throws {
        let catalog = try Self.makeCatalog(kind)
        #expect(try catalog.insert(SQLiteCatalogTests.stored("e1")) == .inserted)
        #expect(try catalog.insert(SQLiteCatalogTests.stored("e1")) == .duplicate)
        #expect(
            try catalog.insert(SQLiteCatalogTests.stored("e1", reason: "changed"))
                == .conflict(firstBatch: BatchID("b1"), file: "events/a.jsonl", line: 1)
        )
        #expect(try catalog.eventCount() == 1)
    }

    @Test(arguments: TestCatalog.allCases)
    func findsEventsThroughTheCertificateItsApplicationAndAsPredecessor(catalog kind: TestCatalog) throws {
        let catalog = try Self.makeCatalog(kind)
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
}
