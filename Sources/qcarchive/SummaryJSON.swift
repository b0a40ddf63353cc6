import DropImport
import Foundation
import Lifecycle
import Nightly
import Sealing

/// The fields of the `--json` summaries of `nightly` and `seal` (Schemas/nightly-summary.schema.json,
/// seal-summary.schema.json): machine values, the same facts the text summary states.
enum SummaryJSON {
    static func nightly(_ summary: NightlyJob.Summary, head: Checkpoint?) -> [String: Any] {
        var fields: [String: Any] = [
            "batch_id": summary.batch.id.rawValue,
            "batch_state": summary.batch.state.rawValue,
            "already_sealed": summary.report == nil,
            "sealed": summary.sealed.map(sealed),
            "head": Self.head(head),
            "archive": [
                "certificates": summary.certificatesInCatalog, "events": summary.eventsInCatalog,
                "bundles": summary.bundlesInArchive,
            ],
        ]
        if let report = summary.report {
            fields["drop"] = report.drop
            fields["counts"] = report.counts.mapValues { count in
                ["accepted": count.accepted, "duplicates": count.duplicates, "rejected": count.rejected]
            }
            fields["rejects"] = report.rejects.map { reject in
                [
                    "file": reject.file, "line": reject.line.map { $0 as Any } ?? NSNull(),
                    "reason_class": reject.reasonClass,
                ]
                    as [String: Any]
            }
            fields["holds_no_records"] = report.holdsNoRecords
        } else {
            fields["earlier_rejects"] = summary.earlierRejects ?? 0
        }
        return fields
    }

    static func sealed(_ summary: SealJob.Summary) -> [String: Any] {
        [
            "batch_id": summary.batch.id.rawValue, "bundles": summary.bundleCount,
            "bytes_written": summary.bytesWritten, "certificates_evaluated": summary.gates.certificatesEvaluated,
            "new_findings": summary.gates.newFindings, "resolved_findings": summary.gates.resolvedFindings,
            "awaiting_certificate": summary.awaitingCertificate.count, "warnings": summary.warnings,
        ]
    }

    /// The chain's new head, or null.
    static func head(_ checkpoint: Checkpoint?) -> Any {
        guard let checkpoint else { return NSNull() }
        return [
            "origin": checkpoint.origin, "size": checkpoint.size,
            "root": Data(checkpoint.root.bytes).base64EncodedString(),
        ] as [String: Any]
    }
}
