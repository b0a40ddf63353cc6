import CryptoIO
import Catalog
import Foundation
import Lifecycle

extension RecordImporter {
    mutating func importEvents(_ entry: DropEntry) throws {
        try forEachLine(entry) { importer, line, bytes in
            try importer.importEvent(bytes, file: entry.path, line: line)
        }
    }

    private mutating func importEvent(_ bytes: [UInt8], file: String, line: Int) throws {
        let event: LifecycleEvent
        do {
            event = try LifecycleEvent.decode(line: bytes, decoder: decoder)
        } catch {
            report.reject(.events, file: file, line: line, error)
            return
        }
        let (json, hash) = try normalized(event)
        let stored = StoredEvent(event: event, normalizedJSON: json, contentSHA256: hash, batchID: batchID, file: file, line: line)
        switch try catalog.insert(stored) {
        case .inserted:
            report.count(.events) { $0.accepted += 1 }
            if let certificate = event.certificate { try catalog.markTouched(certificate, by: batchID) }
            if let predecessor = event.predecessor { try catalog.markTouched(predecessor, by: batchID) }
        case .duplicate:
            report.count(.events) { $0.duplicates += 1 }
        case .conflict(let firstBatch, let firstFile, let firstLine):
            report.reject(.events, file: file, line: line, RejectReason(.conflictingEventID, "The event_id \"\(event.eventID)\" was already imported with different content (batch \(firstBatch), \(firstFile) line \(firstLine)); the first version stands."))
        }
    }
}
