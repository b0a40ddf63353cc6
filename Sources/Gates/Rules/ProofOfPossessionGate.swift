import Lifecycle

/// REG-002: `proof_of_possession` evidence when the subscriber generated the key.
struct ProofOfPossessionGate: GateRule {
    let id = RuleID.reg002

    func evaluate(_ subject: GateSubject) -> [Finding] {
        guard let application = subject.application, application.keyGeneration == KeyGeneration.subscriber.rawValue,
            let issuance = subject.issuance ?? subject.replacement
        else { return [] }
        let registrations = subject.beforeIssuance(.registration)
        guard !registrations.contains(where: { ($0.evidence ?? []).contains { $0.kind == "proof_of_possession" } })
        else { return [] }
        return [
            Finding(
                id,
                "Expected proof_of_possession evidence before issuance, as the subscriber generated the key; found "
                    + "none.",
                evidence: GateSubject.cite([application] + registrations + [issuance]),
                at: issuance.time
            )
        ]
    }
}
