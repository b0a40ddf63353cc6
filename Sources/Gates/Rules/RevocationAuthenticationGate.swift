import Lifecycle

/// REV-001: a revocation request is authenticated.
struct RevocationAuthenticationGate: GateRule {
    let id = RuleID.rev001

    func evaluate(_ subject: GateSubject) -> [Finding] {
        subject.certificateEvents.filter { $0.type == .revocationRequest && $0.authenticated != true }.map { request in
            Finding(
                id,
                key: request.requestID ?? request.eventID.rawValue,
                "Expected revocation request \(request.requestID ?? "") from \(request.requester ?? "?") to be "
                    + "authenticated; it was not (authenticated: false).",
                evidence: GateSubject.cite([request]),
                at: request.receivedAt ?? request.time
            )
        }
    }
}
