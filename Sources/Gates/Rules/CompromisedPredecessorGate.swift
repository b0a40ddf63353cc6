import Foundation
import Lifecycle

/// REN-002: no renewal, re-key or modification of a certificate revoked for keyCompromise, or of
/// one whose key compromise was known (`key_compromise_known`).
struct CompromisedPredecessorGate: GateRule {
    let id = RuleID.ren002

    func evaluate(_ subject: GateSubject) -> [Finding] {
        guard let replacement = subject.replacement, let predecessor = subject.predecessor else { return [] }
        if replacement.keyCompromiseKnown == true {
            return [
                Finding(
                    id,
                    "Expected no \(replacement.type.rawValue) of a certificate whose key is compromised; the "
                        + "\(replacement.type.rawValue) event says key_compromise_known.",
                    evidence: GateSubject.cite([replacement]),
                    at: replacement.time
                )
            ]
        }
        let compromised = predecessor.events.first {
            $0.type == .revocation && $0.reason == "keyCompromise"
                && ($0.revokedAt.flatMap(RFC3339.parse) ?? $0.instant) <= replacement.instant
        }
        let listed = predecessor.crls.first {
            $0.listsSerial && $0.entryReason == "keyCompromise" && $0.thisUpdate <= replacement.instant
        }
        guard compromised != nil || listed != nil else { return [] }
        var evidence = GateSubject.cite([replacement, compromised])
        if let listed { evidence.append("crl:\(listed.sha256)") }
        return [
            Finding(
                id,
                "Expected no \(replacement.type.rawValue) of \(replacement.predecessor?.serial ?? "the predecessor"), "
                    + "revoked for keyCompromise\(compromised.map { " at \($0.revokedAt ?? $0.time)" } ?? " (CRL)"); "
                    + "found a \(replacement.type.rawValue) at \(replacement.time).",
                evidence: evidence,
                at: replacement.time
            )
        ]
    }
}
