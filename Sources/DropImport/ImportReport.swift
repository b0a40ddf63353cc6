import Lifecycle

/// The outcome of importing one drop: SPEC's `batches/<batch-id>/report.json`.
package struct ImportReport: Sendable, Codable, Equatable {
    /// Accepted, duplicate and rejected records of one input kind.
    package struct Count: Sendable, Codable, Equatable {
        package init() {}
        package var accepted = 0
        package var duplicates = 0
        package var rejected = 0
    }

    /// One rejected record or file.
    package struct Reject: Sendable, Codable, Equatable {
        /// Relative to the drop.
        package var file: String
        /// 1-based, or nil for a whole file.
        package var line: Int?
        package var reasonClass: String
        package var reason: String

        enum CodingKeys: String, CodingKey {
            case file, line
            case reasonClass = "reason_class"
            case reason
        }

        package func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(file, forKey: .file)
            try container.encode(line, forKey: .line)  // null, not absent, for a whole file
            try container.encode(reasonClass, forKey: .reasonClass)
            try container.encode(reason, forKey: .reason)
        }
    }

    package var batchID: BatchID
    package var drop: String
    package var counts: [String: Count] = [:]
    package var rejects: [Reject] = []
    /// Certificates that get a new bundle version in this batch.
    package var touchedCertificates = 0
    /// Files archived into the content store (new ones; the rest were there already).
    package var filesArchived = 0
    package var filesAlreadyStored = 0
    /// What the seal could not collect (revocation status of the sealing or TSA certificate): set
    /// when the batch is sealed, absent when there is nothing to say.
    package var warnings: [String]?
    /// SPEC: every report states the conformance boundary (absent in reports of versions before 0.15).
    package var conformanceBoundary: String?

    enum CodingKeys: String, CodingKey {
        case batchID = "batch_id"
        case drop, counts, rejects
        case touchedCertificates = "touched_certificates"
        case filesArchived = "files_archived"
        case filesAlreadyStored = "files_already_stored"
        case warnings
        case conformanceBoundary = "conformance_boundary"
    }

    package init(batchID: BatchID, drop: String) {
        self.batchID = batchID
        self.drop = drop
        self.conformanceBoundary = ConformanceBoundary.sentence
    }

    /// True when any record or file was rejected (exit status 3).
    package var hasRejects: Bool { !rejects.isEmpty }

    /// True when the drop held no record of any kind (only `batch.json`): an upstream export that
    /// delivered nothing, which cron must notice (exit status 3, though the batch is sealed).
    package var holdsNoRecords: Bool {
        counts.filter { $0.key != DropFileKind.batchInfo.rawValue }.values.allSatisfy {
            $0.accepted + $0.duplicates + $0.rejected == 0
        }
    }

    mutating func count(_ kind: DropFileKind, _ update: (inout Count) -> Void) {
        update(&counts[kind.rawValue, default: Count()])
    }

    mutating func reject(_ kind: DropFileKind, file: String, line: Int?, _ reason: RejectReason) {
        count(kind) { $0.rejected += 1 }
        rejects.append(Reject(file: file, line: line, reasonClass: reason.reasonClass.rawValue, reason: reason.message))
    }
}
