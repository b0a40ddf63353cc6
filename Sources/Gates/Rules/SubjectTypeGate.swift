import Lifecycle

/// POL-002: the policy fits the subject type: QCP-n* natural persons, QCP-l* legal persons, Q*-w* websites.
struct SubjectTypeGate: GateRule {
    let id = RuleID.pol002

    func evaluate(_ subject: GateSubject) -> [Finding] {
        guard let application = subject.application, let policy = subject.policy, let type = subject.subjectType else {
            return []
        }
        guard policy.subjectType != type else { return [] }
        return [
            Finding(
                id,
                "Expected a \(policy.subjectType.rawValue) subject for policy \(policy.rawValue); application "
                    + "\(application.applicationID?.rawValue ?? "") is for a \(type.rawValue).",
                evidence: GateSubject.cite([application]),
                at: application.time
            )
        ]
    }
}
