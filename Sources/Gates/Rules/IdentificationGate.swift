import Lifecycle

/// REG-001: a registration before issuance with the evidence the subject type needs: natural person
/// `identity`; legal person `legal_identity` + `authorized_representative`; website `identity` or
/// `legal_identity`, + `domain_control`.
struct IdentificationGate: GateRule {
    let id = RuleID.reg001

    func evaluate(_ subject: GateSubject) -> [Finding] {
        guard let type = subject.subjectType, let issuance = subject.issuance ?? subject.replacement else { return [] }
        let registrations = subject.beforeIssuance(.registration)
        let kinds = Set(registrations.flatMap { $0.evidence ?? [] }.map(\.kind))
        var missing: [String] = []
        switch type {
        case .naturalPerson:
            if !kinds.contains("identity") { missing.append("identity") }
        case .legalPerson:
            missing = ["legal_identity", "authorized_representative"].filter { !kinds.contains($0) }
        case .website:
            if !kinds.contains("identity") && !kinds.contains("legal_identity") {
                missing.append("identity or legal_identity")
            }
            if !kinds.contains("domain_control") { missing.append("domain_control") }
        }
        guard !missing.isEmpty else { return [] }
        let found =
            registrations.isEmpty
            ? "no registration before issuance" : "evidence of kinds \(kinds.sorted().joined(separator: ", "))"
        return [
            Finding(
                id,
                "Expected registration evidence \(missing.joined(separator: " and ")) for a \(type.rawValue) before "
                    + "issuance; found \(found).",
                evidence: GateSubject.cite(registrations + [issuance]),
                at: issuance.time
            )
        ]
    }
}
