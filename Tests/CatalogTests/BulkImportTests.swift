import Catalog
import Foundation
import Lifecycle
import TestSupport
import Testing

/// The import writes a thousand events or OCSP answers at a time (`ImportSink.insert([…])`): on both
/// catalogs each outcome is what one-by-one inserts would give, also for repeats inside one call.
@Suite struct BulkImportTests {
    static func event(_ id: String, reason: String, batch: String, line: Int) -> StoredEvent {
        var stored = SQLiteCatalogTests.stored(id, reason: reason)
        stored.contentSHA256 = "\(id)/\(reason)"
        stored.batchID = BatchID(batch)
        stored.line = line
        return stored
    }

    @Test(arguments: TestCatalog.allCases)
    func eventsInBulkHaveTheOutcomesOfOneByOne(catalog kind: TestCatalog) throws {
        let catalog = try CatalogRoleTests.makeCatalog(kind)
        let first = try catalog.write {
            try catalog.insert([
                Self.event("e1", reason: "a", batch: "b1", line: 1),
                Self.event("e2", reason: "a", batch: "b1", line: 2),
                Self.event("e1", reason: "a", batch: "b1", line: 3),
                Self.event("e2", reason: "changed", batch: "b1", line: 4),
            ])
        }
        #expect(
            first == [
                .inserted, .inserted, .duplicate, .conflict(firstBatch: BatchID("b1"), file: "events/a.jsonl", line: 2),
            ]
        )
        let second = try catalog.write {
            try catalog.insert([
                Self.event("e3", reason: "a", batch: "b2", line: 1),
                Self.event("e1", reason: "changed", batch: "b2", line: 2),
                Self.event("e2", reason: "a", batch: "b2", line: 3),
            ])
        }
        #expect(
            second == [.inserted, .conflict(firstBatch: BatchID("b1"), file: "events/a.jsonl", line: 1), .duplicate]
        )
        let kept = try catalog.events(about: CertificateRef(issuer: "CN=CA", serial: "1a"))
        #expect(
            kept.map { "\($0.event.eventID)/\($0.event.reason ?? "")/\($0.batchID)/\($0.line)" }
                == ["e1/a/b1/1", "e2/a/b1/2", "e3/a/b2/1"]
        )
        #expect(try catalog.eventCount() == 3)
    }

    @Test(arguments: TestCatalog.allCases)
    func answersInBulkKeepTheFirstOfEqualOnesAndTouchInOneStatement(catalog kind: TestCatalog) throws {
        let catalog = try CatalogRoleTests.makeCatalog(kind)
        func answer(_ serial: String, _ status: String) -> OCSPLogEntry {
            OCSPLogEntry(
                producedAt: "2026-11-20T10:00:00Z",
                issuer: "CN=CA",
                serial: serial,
                status: status,
                revocationTime: nil,
                revocationReason: nil,
                responder: "ocsp-1"
            )
        }
        func source(_ batch: String, _ line: Int) -> RecordSource {
            RecordSource(batchID: BatchID(batch), file: "status/ocsp/log.jsonl", line: line)
        }
        let first = try catalog.write {
            try catalog.insert([
                (answer("1a", "good"), source("b1", 1)), (answer("2b", "revoked"), source("b1", 2)),
                (answer("1a", "good"), source("b1", 3)), (answer("1a", "revoked"), source("b1", 4)),
            ])
        }
        #expect(first == [true, true, false, true])
        let second = try catalog.write {
            try catalog.insert([(answer("2b", "revoked"), source("b2", 1)), (answer("3c", "good"), source("b2", 2))])
        }
        #expect(second == [false, true])
        let kept = try catalog.ocspAnswers(about: CertificateRef(issuer: "CN=CA", serial: "1a"))
        #expect(kept.map { "\($0.answer.status)/\($0.source.line ?? 0)" } == ["good/1", "revoked/4"])

        let refs = ["1a", "2b", "1a"].map { CertificateRef(issuer: "CN=CA", serial: $0) }
        try catalog.write {
            try catalog.markTouched(refs, by: BatchID("b2"))
            try catalog.markTouched([], by: BatchID("b2"))
        }
        #expect(try catalog.touchedCertificates(in: BatchID("b2")).map(\.serial) == ["1a", "2b"])
    }
}
