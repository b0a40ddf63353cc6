import Lifecycle

/// RKY-001: a re-key has a new public key and a recorded subscriber agreement (the event's
/// `subscriber_agreement: true`, or a subscriber_agreement event for the new certificate or its application).
struct RekeyGate: GateRule {
    let id = RuleID.rky001

    func evaluate(_ subject: GateSubject) -> [Finding] {
        guard let rekey = subject.replacement, rekey.type == .rekey, let certificate = subject.certificate else {
            return []
        }
        var findings: [Finding] = []
        if let old = subject.predecessor?.certificate, old.spkiSHA256 == certificate.spkiSHA256 {
            findings.append(
                Finding(
                    id,
                    key: "key",
                    "Expected a new public key at re-key; found the key of \(old.ref.serial) again (SPKI SHA-256 "
                        + "\(old.spkiSHA256)).",
                    evidence: GateSubject.cite([rekey]),
                    at: rekey.time
                )
            )
        }
        let agreement =
            rekey.subscriberAgreement == true
            || (subject.certificateEvents + subject.applicationEvents).contains { $0.type == .subscriberAgreement }
        if !agreement {
            findings.append(
                Finding(
                    id,
                    key: "agreement",
                    "Expected a subscriber agreement recorded for the re-key; found none (no subscriber_agreement "
                        + "event, and the re-key event does not say subscriber_agreement: true).",
                    evidence: GateSubject.cite([rekey]),
                    at: rekey.time
                )
            )
        }
        return findings
    }
}
