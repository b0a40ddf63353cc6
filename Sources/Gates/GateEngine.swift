/// Every gate of the contract, evaluated over one subject.
package enum GateEngine {
    /// One instance per rule of SPEC.md's table, in table order.
    package static let rules: [any GateRule] = [
        PolicyDocumentGate(), SubjectTypeGate(), IdentificationGate(), ProofOfPossessionGate(), ApprovalGate(),
        PolicyOIDGate(), QcComplianceGate(), QcSSCDGate(), QcTypeGate(), DisclosureGate(), KeyLinkGate(),
        RenewalKeyGate(), CompromisedPredecessorGate(), RenewalKeyStrengthGate(), RekeyGate(), ModificationGate(),
        QSCDIssuanceGate(), QSCDMonitoringGate(),
        RevocationAuthenticationGate(), RevocationLatencyGate(), NonReinstatementGate(), StatusBeyondExpiryGate(),
        RecordCompletenessGate(),
    ]

    /// The findings of every rule about `subject`, in rule order.
    package static func evaluate(_ subject: GateSubject) -> [Finding] {
        rules.flatMap { $0.evaluate(subject) }
    }
}
