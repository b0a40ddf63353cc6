import Lifecycle

/// ISS-002: the QcCompliance statement (0.4.0.1862.1.1) is present.
struct QcComplianceGate: GateRule {
    let id = RuleID.iss002

    func evaluate(_ subject: GateSubject) -> [Finding] {
        guard let certificate = subject.certificate, subject.qcStatements?.qcCompliance != true else { return [] }
        let found = subject.qcStatements == nil ? "no (readable) qcStatements extension" : "qcStatements without it"
        return [
            Finding(
                id,
                "Expected the QcCompliance statement (0.4.0.1862.1.1); found \(found).",
                evidence: ["certificate:\(certificate.sha256)"],
                at: subject.issuedAt.map(RFC3339.format) ?? ""
            )
        ]
    }
}
