import Foundation
import Lifecycle

/// REV-004: a revoked certificate's status is still published after its expiry: a CRL published
/// after notAfter lists it, or an OCSP answer produced after notAfter says revoked. Judged once the
/// issuer has published status after the expiry (before that, nothing can be concluded yet).
struct StatusBeyondExpiryGate: GateRule {
    let id = RuleID.rev004

    func evaluate(_ subject: GateSubject) -> [Finding] {
        guard let revocation = subject.revocation, let certificate = subject.certificate,
            certificate.notAfter < subject.asOf
        else { return [] }
        let expiry = certificate.notAfter
        // A CRL that speaks of it may show the status (a delta by listing it); only a complete one
        // judges it by leaving it out (RFC 5280 §5.2.4, §5.2.5).
        let speaking = subject.crls.filter {
            ($0.firstPublishedAt ?? $0.thisUpdate) > expiry && subject.isSpokenOf(by: $0)
        }
        let laterCRLs = speaking.filter(subject.isWhollyStatedBy)
        let laterAnswers = subject.ocspAnswers.filter { (RFC3339.parse($0.answer.producedAt) ?? .distantPast) > expiry }
        guard !laterCRLs.isEmpty || !laterAnswers.isEmpty else { return [] }
        if speaking.contains(where: \.listsSerial) || laterAnswers.contains(where: { $0.answer.status == "revoked" }) {
            return []
        }
        let crlText = laterCRLs.isEmpty ? "no CRL after expiry" : "\(laterCRLs.count) CRL(s) after expiry without it"
        let ocspText =
            laterAnswers.isEmpty
            ? "no OCSP answer after expiry"
            : "OCSP answers after expiry say \(Set(laterAnswers.map(\.answer.status)).sorted().joined(separator: ", "))"
        return [
            Finding(
                id,
                "Expected the revocation to stay published after expiry at \(RFC3339.format(expiry)); found \(crlText) "
                    + "and \(ocspText).",
                evidence: GateSubject.cite([revocation]) + laterCRLs.map { "crl:\($0.sha256)" },
                at: RFC3339.format(expiry)
            )
        ]
    }
}
