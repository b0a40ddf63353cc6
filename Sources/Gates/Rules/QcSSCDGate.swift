import Lifecycle

/// ISS-003: QcSSCD (0.4.0.1862.1.4) present exactly on QCP-n-qscd and QCP-l-qscd.
struct QcSSCDGate: GateRule {
    let id = RuleID.iss003

    func evaluate(_ subject: GateSubject) -> [Finding] {
        guard let certificate = subject.certificate, let policy = subject.policy else { return [] }
        let present = subject.qcStatements?.qcSSCD == true
        guard present != policy.requiresQSCD else { return [] }
        let message =
            policy.requiresQSCD
            ? "Expected the QcSSCD statement on a \(policy.rawValue) certificate; found none."
            : "Expected no QcSSCD statement on a \(policy.rawValue) certificate; found one."
        return [
            Finding(
                id,
                message,
                evidence: ["certificate:\(certificate.sha256)"] + GateSubject.cite([subject.application]),
                at: subject.issuedAt.map(RFC3339.format) ?? ""
            )
        ]
    }
}
