import CryptoIO
import Catalog
import Foundation
import Lifecycle

extension RecordImporter {
    /// An event line as a worker leaves it: decoded and normalized, or the reason it is rejected.
    typealias DecodedEvent = Result<(event: LifecycleEvent, json: String, sha256: String), RejectReason>

    mutating func importEvents(_ entry: DropEntry) throws {
        try forEachLine(entry, decode: Self.decodeEvent) { importer, line, decoded in
            try importer.importEvent(decoded, file: entry.path, line: line)
        }
    }

    @Sendable static func decodeEvent(_ bytes: [UInt8], decoder: JSONDecoder) -> DecodedEvent {
        do {
            let event = try LifecycleEvent.decode(line: bytes, decoder: decoder)
            let json = event.normalizedJSON
            return .success((event, json, SHA256Digest.of(json).hex))
        } catch {
            return .failure(error)
        }
    }

    private mutating func importEvent(_ decoded: DecodedEvent, file: String, line: Int) throws {
        let event: LifecycleEvent
        let json: String
        let hash: String
        switch decoded {
        case .success(let value): (event, json, hash) = value
        case .failure(let reason):
            try reject(.events, file: file, line: line, reason)
            return
        }
        pendingEvents.append(
            StoredEvent(
                event: event,
                normalizedJSON: json,
                contentSHA256: hash,
                batchID: batchID,
                file: file,
                line: line
            )
        )
        if pendingEvents.count >= Self.bulkSize { try flushPending() }
    }
}
