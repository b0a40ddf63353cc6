import Foundation
import Lifecycle

/// ISS-005: the terms and PDS documents recorded at issuance are the versions in force at that time
/// (right kind, effective window `[effective_from, effective_to)` containing the issuance).
struct DisclosureGate: GateRule {
    let id = RuleID.iss005

    func evaluate(_ subject: GateSubject) -> [Finding] {
        guard let issuance = subject.issuance else { return [] }
        let at = issuance.instant
        var findings: [Finding] = []
        for (field, kind, documentID) in [
            ("terms_document", "terms", issuance.termsDocument), ("pds_document", "pds", issuance.pdsDocument),
        ] {
            guard let documentID else { continue }
            let cite = GateSubject.cite([issuance]) + ["document:\(documentID)"]
            guard let document = subject.documents[documentID] else {
                findings.append(
                    Finding(
                        id,
                        key: field,
                        "Expected \(field) \(documentID) to be an archived \(kind) version; found no such document.",
                        evidence: cite,
                        at: issuance.time
                    )
                )
                continue
            }
            let from = RFC3339.parse(document.effectiveFrom) ?? .distantFuture
            let to = document.effectiveTo.flatMap(RFC3339.parse) ?? .distantFuture
            if document.kind != kind {
                findings.append(
                    Finding(
                        id,
                        key: field,
                        "Expected \(field) to be a \(kind) document; \(documentID) is a \(document.kind) document.",
                        evidence: cite,
                        at: issuance.time
                    )
                )
            } else if !(from <= at && at < to) {
                findings.append(
                    Finding(
                        id,
                        key: field,
                        "Expected the \(kind) version in force at issuance (\(issuance.time)); \(documentID) version "
                            + "\(document.version) is in force from \(document.effectiveFrom) to "
                            + "\(document.effectiveTo ?? "open end").",
                        evidence: cite,
                        at: issuance.time
                    )
                )
            }
        }
        return findings
    }
}
