import Foundation
import Lifecycle

/// QSC-001: for a -qscd policy, a qscd_verification before issuance, the certification `certified`
/// at issuance, and the key generated in the QSCD.
struct QSCDIssuanceGate: GateRule {
    let id = RuleID.qsc001

    func evaluate(_ subject: GateSubject) -> [Finding] {
        guard let policy = subject.policy, policy.requiresQSCD, let issuedAt = subject.issuedAt,
            let issuance = subject.issuance ?? subject.replacement
        else { return [] }
        guard let verification = subject.beforeIssuance(.qscdVerification).last else {
            return [
                Finding(
                    id,
                    "Expected a qscd_verification before issuance for policy \(policy.rawValue); found none.",
                    evidence: GateSubject.cite([subject.application, issuance]),
                    at: issuance.time
                )
            ]
        }
        var problems: [String] = []
        if verification.keyGeneratedInQSCD != true { problems.append("key_generated_in_qscd is false") }
        if let id = verification.certificationID {
            let status = QSCDStatus.at(issuedAt, records: subject.qscdRecords[id] ?? [])
            if status?.status != "certified" {
                problems.append("certification \(id) is \(status?.status ?? "unknown to the archive") at issuance")
            }
        }
        guard !problems.isEmpty else { return [] }
        return [
            Finding(
                id,
                "Expected a certified QSCD that generated the key; found \(problems.joined(separator: ", ")).",
                evidence: GateSubject.cite([verification, issuance])
                    + (verification.certificationID.map { ["qscd:\($0)"] } ?? []),
                at: issuance.time
            )
        ]
    }
}

/// The status of a QSCD certification at an instant: among the records whose `[from, to)` covers
/// it, the one with the latest `from`.
enum QSCDStatus {
    static func at(_ instant: Date, records: [QSCDRecord]) -> QSCDRecord? {
        records.filter { record in
            guard let from = RFC3339.parse(record.from), from <= instant else { return false }
            return record.to.flatMap(RFC3339.parse).map { instant < $0 } ?? true
        }.max { (RFC3339.parse($0.from) ?? .distantPast) < (RFC3339.parse($1.from) ?? .distantPast) }
    }
}
