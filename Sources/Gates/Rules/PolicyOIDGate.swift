import Lifecycle

/// ISS-001: the certificate carries the EN 319 411-2 policy OID of the application's policy.
struct PolicyOIDGate: GateRule {
    let id = RuleID.iss001

    func evaluate(_ subject: GateSubject) -> [Finding] {
        guard let certificate = subject.certificate, let policy = subject.policy else { return [] }
        guard !certificate.policyOIDs.contains(policy.oid) else { return [] }
        let found =
            certificate.policyOIDs.isEmpty ? "no certificatePolicies" : certificate.policyOIDs.joined(separator: ", ")
        return [
            Finding(
                id,
                "Expected policy OID \(policy.oid) (\(policy.rawValue)) in the certificate; found \(found).",
                evidence: ["certificate:\(certificate.sha256)"] + GateSubject.cite([subject.application]),
                at: subject.issuedAt.map(RFC3339.format) ?? ""
            )
        ]
    }
}
