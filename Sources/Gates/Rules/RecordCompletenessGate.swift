import Lifecycle

/// REC-001: an issued certificate's record is complete: application, registration, approval and issuance present.
struct RecordCompletenessGate: GateRule {
    let id = RuleID.rec001

    func evaluate(_ subject: GateSubject) -> [Finding] {
        guard let certificate = subject.certificate else { return [] }
        let types = Set(subject.applicationEvents.map(\.type) + subject.certificateEvents.map(\.type))
        let missing = [EventType.application, .registration, .approval, .issuance].filter { !types.contains($0) }
        guard !missing.isEmpty else { return [] }
        return [
            Finding(
                id,
                "Expected application, registration, approval and issuance in the record of \(certificate.ref.serial); "
                    + "found no \(missing.map(\.rawValue).joined(separator: ", ")).",
                evidence: ["certificate:\(certificate.sha256)"]
                    + GateSubject.cite([subject.issuance ?? subject.replacement]),
                at: subject.issuedAt.map(RFC3339.format) ?? RFC3339.format(certificate.notBefore)
            )
        ]
    }
}
