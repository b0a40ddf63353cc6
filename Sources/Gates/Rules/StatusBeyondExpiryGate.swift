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
        let laterCRLs = subject.crls.filter { ($0.firstPublishedAt ?? $0.thisUpdate) > expiry }
        let laterAnswers = subject.ocspAnswers.filter { (RFC3339.parse($0.answer.producedAt) ?? .distantPast) > expiry }
        guard !laterCRLs.isEmpty || !laterAnswers.isEmpty else { return [] }
        if laterCRLs.contains(where: \.listsSerial) || laterAnswers.contains(where: { $0.answer.status == "revoked" }) {
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
