import Foundation
import Lifecycle

/// The optional `batch.json` of a drop: `{"batch_id", "source", "cutoff"}`.
package struct BatchInfo: Sendable, Codable, Equatable {
    package var batchID: String?
    package var source: String?
    package var cutoff: String?

    enum CodingKeys: String, CodingKey {
        case batchID = "batch_id"
        case source, cutoff
    }

    /// Decodes and checks `batch.json`.
    /// - Throws: `RejectReason`.
    static func decode(_ bytes: [UInt8]) throws(RejectReason) -> BatchInfo {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw RejectReason(.badUTF8, "batch.json is not valid UTF-8.")
        }
        let info: BatchInfo
        do {
            info = try JSONDecoder().decode(BatchInfo.self, from: Data(bytes))
        } catch {
            throw RejectReason(
                .badJSON,
                "batch.json is not a JSON object with string fields batch_id, source and cutoff."
            )
        }
        if let cutoff = info.cutoff, RFC3339.parse(cutoff) == nil {
            throw RejectReason(
                .nonUTCTime,
                "The cutoff \"\(cutoff)\" of batch.json is not an RFC 3339 UTC time ending in Z."
            )
        }
        if let id = info.batchID, !BatchIdentifier.isValid(id) {
            throw RejectReason(
                .invalidValue,
                "The batch_id \"\(id)\" of batch.json must be 1 to 64 letters, digits, '.', '_' or '-'."
            )
        }
        return info
    }
}

/// The rules for batch ids: they name a folder under `batches/`, so they are plain and short.
package enum BatchIdentifier {
    package static func isValid(_ id: String) -> Bool {
        (1...64).contains(id.utf8.count) && !id.hasPrefix(".") && !id.hasPrefix("-")
            && id.utf8.allSatisfy {
                $0 == 0x2D || $0 == 0x2E || $0 == 0x5F || (0x30...0x39).contains($0) || (0x41...0x5A).contains($0)
                    || (0x61...0x7A).contains($0)
            }
    }

    /// True for ids of the form `<id>-part-NNNNN`: they name the continuation batches a night
    /// beyond `bundles_per_batch` seals into, so no drop may take one (it would be overwritten).
    package static func isReservedForContinuation(_ id: String) -> Bool {
        let utf8 = Array(id.utf8)
        guard utf8.count > 11 else { return false }
        let tail = utf8.suffix(11)
        return Array(tail.prefix(6)) == Array("-part-".utf8) && tail.suffix(5).allSatisfy { (0x30...0x39).contains($0) }
    }
}
