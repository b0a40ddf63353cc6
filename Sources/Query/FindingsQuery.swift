import Catalog
import Foundation
import Lifecycle

/// `findings`: the gate findings, open ones unless `--state` says otherwise, filtered by rule, policy,
/// the time of the violating fact, a certificate, or a batch that raised or resolved them.
struct FindingsQuery: NamedQuery {
    let name = "findings"
    let flags: Set<QueryFlag> = [.rule, .policy, .from, .to, .certificate, .batch, .state]
    let summary =
        "Gate findings (POL-001 … REC-001), open unless --state resolved|all, by rule, policy, period or batch."

    func run(_ parameters: QueryParameters, catalog: any AnswerSource) throws -> QueryResult {
        let findings = try catalog.findings(
            FindingFilter(
                rule: parameters.rule,
                policy: parameters.policy?.rawValue,
                from: parameters.from,
                to: parameters.to,
                certificate: parameters.certificate,
                batchID: parameters.batch,
                states: parameters.states ?? [.open]
            )
        )
        return QueryResult(
            columns: [
                "rule", "issuer", "serial", "application_id", "severity", "message", "evidence", "observed_at",
                "policy", "batch_id", "state", "resolved_by_batch",
            ],
            rows: findings.map { finding in
                [
                    .text(finding.rule), finding.certificate.map { .text($0.issuer) } ?? .null,
                    finding.certificate.map { .text($0.serial) } ?? .null,
                    finding.applicationID.map { .text($0.rawValue) } ?? .null, .text(finding.severity),
                    .text(finding.message),
                    .list(finding.evidence), .text(finding.observedAt), finding.policy.map { .text($0) } ?? .null,
                    .text(finding.batchID.rawValue), .text(finding.state.rawValue),
                    finding.resolvedBy.map { .text($0.rawValue) } ?? .null,
                ]
            },
            tableColumns: parameters.states?.contains(.resolved) == true
                ? ["rule", "serial", "severity", "state", "resolved_by_batch", "message"]
                : ["rule", "serial", "severity", "message"]
        )
    }
}
