import Lifecycle

/// MOD-001: a modification keeps the key and records the changed attributes and who verified them.
struct ModificationGate: GateRule {
    let id = RuleID.mod001

    func evaluate(_ subject: GateSubject) -> [Finding] {
        guard let modification = subject.replacement, modification.type == .modification,
            let certificate = subject.certificate
        else { return [] }
        var problems: [String] = []
        if let old = subject.predecessor?.certificate, old.spkiSHA256 != certificate.spkiSHA256 {
            problems.append("a new key (the predecessor's key must be kept)")
        }
        if (modification.changedAttributes ?? []).isEmpty { problems.append("no changed_attributes") }
        if (modification.attributesVerifiedBy ?? "").isEmpty { problems.append("no attributes_verified_by") }
        guard !problems.isEmpty else { return [] }
        return [
            Finding(
                id,
                "Expected a modification to keep the key and record the changed attributes and who verified them; "
                    + "found \(problems.joined(separator: ", ")).",
                evidence: GateSubject.cite([modification]),
                at: modification.time
            )
        ]
    }
}
