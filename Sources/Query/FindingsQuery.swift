import Catalog
import Foundation
import Lifecycle

/// `findings`: every gate finding, filtered by rule, policy and the time of the violating fact.
struct FindingsQuery: NamedQuery {
    let name = "findings"
    let flags: Set<QueryFlag> = [.rule, .policy, .from, .to, .certificate, .batch]
    let summary =
        "Gate findings (POL-001 … REC-001) by rule, policy and period (--rule, --policy, --from, --to, --batch)."

    func run(_ parameters: QueryParameters, catalog: any ArchiveCatalog) throws -> QueryResult {
        let findings = try catalog.findings(
            FindingFilter(
                rule: parameters.rule,
                policy: parameters.policy?.rawValue,
                from: parameters.from,
                to: parameters.to,
                certificate: parameters.certificate,
                batchID: parameters.batch
            )
        )
        return QueryResult(
            columns: [
                "rule", "issuer", "serial", "application_id", "severity", "message", "evidence", "observed_at",
                "policy", "batch_id",
            ],
            rows: findings.map { finding in
                [
                    .text(finding.rule), finding.certificate.map { .text($0.issuer) } ?? .null,
                    finding.certificate.map { .text($0.serial) } ?? .null,
                    finding.applicationID.map { .text($0.rawValue) } ?? .null, .text(finding.severity),
                    .text(finding.message),
                    .list(finding.evidence), .text(finding.observedAt), finding.policy.map { .text($0) } ?? .null,
                    .text(finding.batchID.rawValue),
                ]
            },
            tableColumns: ["rule", "serial", "severity", "message"]
        )
    }
}
