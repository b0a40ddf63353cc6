import Foundation
import Lifecycle

/// REV-003: never reinstated: after `revoked_at`, no `good` OCSP answer and no later CRL (issued
/// after the revocation, before expiry) without the serial. A lifted suspension (certificateHold)
/// is not a reinstatement: only revocations are judged. Only a complete CRL that speaks of the
/// certificate says anything by leaving it out (RFC 5280 §5.2.4, §5.2.5): a delta lists changes, a
/// partition for other distribution points or reasons is about other certificates; a delta that
/// lists it as `removeFromCRL` does reinstate it.
struct NonReinstatementGate: GateRule {
    let id = RuleID.rev003

    func evaluate(_ subject: GateSubject) -> [Finding] {
        guard let revocation = subject.revocation, let revokedAt = subject.revokedAt,
            let certificate = subject.certificate
        else { return [] }
        var findings: [Finding] = []
        for answer in subject.ocspAnswers where answer.answer.status == "good" {
            // "While not expired" (SPEC): after notAfter a responder may answer anything about it; REV-004 judges that.
            guard let produced = RFC3339.parse(answer.answer.producedAt), produced > revokedAt,
                produced <= certificate.notAfter
            else { continue }
            let where_ = "\(answer.source.file):\(answer.source.line.map(String.init) ?? "-")"
            findings.append(
                Finding(
                    id,
                    key: "ocsp:\(answer.answer.producedAt):\(answer.answer.responder)",
                    "Expected no good OCSP answer after the revocation at \(RFC3339.format(revokedAt)); responder "
                        + "\(answer.answer.responder) answered good at \(answer.answer.producedAt) (\(where_)).",
                    evidence: GateSubject.cite([revocation]) + ["ocsp:\(where_)"],
                    at: answer.answer.producedAt
                )
            )
        }
        for crl in subject.crls
        where crl.listsSerial && crl.entryReason == "removeFromCRL" && crl.thisUpdate > revokedAt
            && crl.thisUpdate <= certificate.notAfter
        {
            findings.append(
                Finding(
                    id,
                    key: "crl:\(crl.sha256)",
                    "Expected the revocation at \(RFC3339.format(revokedAt)) to stay; delta CRL number "
                        + "\(crl.crlNumber ?? "?") of \(RFC3339.format(crl.thisUpdate)) lists the serial as "
                        + "removeFromCRL.",
                    evidence: GateSubject.cite([revocation]) + ["crl:\(crl.sha256)"],
                    at: RFC3339.format(crl.thisUpdate)
                )
            )
        }
        for crl in subject.crls
        where !crl.listsSerial && crl.thisUpdate > revokedAt && crl.thisUpdate <= certificate.notAfter
            && subject.isWhollyStatedBy(crl)
        {
            findings.append(
                Finding(
                    id,
                    key: "crl:\(crl.sha256)",
                    "Expected every CRL issued after the revocation at \(RFC3339.format(revokedAt)) and before expiry "
                        + "to list the serial; CRL number \(crl.crlNumber ?? "?") of \(RFC3339.format(crl.thisUpdate)) "
                        + "does not.",
                    evidence: GateSubject.cite([revocation]) + ["crl:\(crl.sha256)"],
                    at: RFC3339.format(crl.thisUpdate)
                )
            )
        }
        return findings
    }
}
