import Lifecycle

/// REN-001: a renewal keeps the predecessor's public key.
struct RenewalKeyGate: GateRule {
    let id = RuleID.ren001

    func evaluate(_ subject: GateSubject) -> [Finding] {
        guard let renewal = subject.replacement, renewal.type == .renewal, let certificate = subject.certificate,
            let old = subject.predecessor?.certificate, old.spkiSHA256 != certificate.spkiSHA256
        else { return [] }
        return [
            Finding(
                id,
                "Expected the renewal to keep the key of \(old.ref.serial) (SPKI SHA-256 \(old.spkiSHA256)); found a "
                    + "new key \(certificate.spkiSHA256).",
                evidence: GateSubject.cite([renewal]) + [
                    "certificate:\(old.sha256)", "certificate:\(certificate.sha256)",
                ],
                at: renewal.time
            )
        ]
    }
}
