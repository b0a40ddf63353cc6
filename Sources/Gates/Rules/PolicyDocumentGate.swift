import Lifecycle

/// POL-001: the application's `cp_cps_document` is a CP/CPS version (kind cp, cps or cp_cps) whose
/// `policies` include the application's policy.
struct PolicyDocumentGate: GateRule {
    let id = RuleID.pol001

    func evaluate(_ subject: GateSubject) -> [Finding] {
        guard let application = subject.application, let policy = application.policy,
            let documentID = application.cpCpsDocument
        else { return [] }
        let cite = GateSubject.cite([application]) + ["document:\(documentID)"]
        guard let document = subject.documents[documentID] else {
            return [
                Finding(
                    id,
                    "Expected the CP/CPS \(documentID) named by application "
                        + "\(application.applicationID?.rawValue ?? "") to be an archived CP/CPS version; found no "
                        + "such document.",
                    evidence: cite,
                    at: application.time
                )
            ]
        }
        guard document.isPolicyDocument else {
            return [
                Finding(
                    id,
                    "Expected \(documentID) to be a CP or CPS version; found a \(document.kind) document (version "
                        + "\(document.version)).",
                    evidence: cite,
                    at: application.time
                )
            ]
        }
        guard document.policies.contains(policy) else {
            return [
                Finding(
                    id,
                    "Expected \(documentID) (version \(document.version)) to cover policy \(policy); it covers "
                        + "\(document.policies.joined(separator: ", ")).",
                    evidence: cite,
                    at: application.time
                )
            ]
        }
        return []
    }
}
