import CryptoIO
import Lifecycle

/// ISS-004: the QcType fits the subject: esign for a natural person, eseal for a legal person, web for a website.
struct QcTypeGate: GateRule {
    let id = RuleID.iss004

    func evaluate(_ subject: GateSubject) -> [Finding] {
        guard let certificate = subject.certificate, let type = subject.subjectType else { return [] }
        let expected: QCStatements.QcType =
            switch type {
            case .naturalPerson: .esign
            case .legalPerson: .eseal
            case .website: .web
            }
        let found = subject.qcStatements?.types ?? []
        guard found != [expected] else { return [] }
        return [
            Finding(
                id,
                "Expected QcType \(expected.rawValue) for a \(type.rawValue); found "
                    + "\(found.isEmpty ? "none" : found.map(\.rawValue).joined(separator: ", ")).",
                evidence: ["certificate:\(certificate.sha256)"] + GateSubject.cite([subject.application]),
                at: subject.issuedAt.map(RFC3339.format) ?? ""
            )
        ]
    }
}
