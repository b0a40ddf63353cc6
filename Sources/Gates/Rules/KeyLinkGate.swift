import Lifecycle

/// ISS-006: the certificate's public key equals the application's `spki_sha256` when given.
struct KeyLinkGate: GateRule {
    let id = RuleID.iss006

    func evaluate(_ subject: GateSubject) -> [Finding] {
        guard let certificate = subject.certificate, let application = subject.application,
            let requested = application.spkiSHA256?.lowercased(),
            requested != certificate.spkiSHA256
        else { return [] }
        return [
            Finding(
                id,
                "Expected the certificate's SubjectPublicKeyInfo SHA-256 \(requested) requested in the application; "
                    + "found \(certificate.spkiSHA256).",
                evidence: GateSubject.cite([application]) + ["certificate:\(certificate.sha256)"],
                at: subject.issuedAt.map(RFC3339.format) ?? application.time
            )
        ]
    }
}
