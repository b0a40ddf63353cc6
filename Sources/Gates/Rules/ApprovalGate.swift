import Lifecycle

/// APP-001: an `approved` approval before issuance.
struct ApprovalGate: GateRule {
    let id = RuleID.app001

    func evaluate(_ subject: GateSubject) -> [Finding] {
        guard let issuance = subject.issuance ?? subject.replacement else { return [] }
        guard !subject.beforeIssuance(.approval).contains(where: { $0.decision == "approved" }) else { return [] }
        let approvals = subject.applicationEvents.filter { $0.type == .approval }
        let found =
            approvals.isEmpty
            ? "no approval" : approvals.map { "\($0.decision ?? "?") at \($0.time)" }.joined(separator: ", ")
        return [
            Finding(
                id,
                "Expected an approved approval before issuance at \(issuance.time); found \(found).",
                evidence: GateSubject.cite(approvals + [issuance]),
                at: issuance.time
            )
        ]
    }
}
