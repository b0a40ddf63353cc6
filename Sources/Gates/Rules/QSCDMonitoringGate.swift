import Foundation
import Lifecycle

/// QSC-002: the QSCD certification a certificate depends on was withdrawn or expired while the
/// certificate was still valid (within its validity period and not revoked).
struct QSCDMonitoringGate: GateRule {
    let id = RuleID.qsc002

    func evaluate(_ subject: GateSubject) -> [Finding] {
        guard subject.certificate != nil,
            let verification = subject.applicationEvents.last(where: { $0.type == .qscdVerification }),
            let certification = verification.certificationID
        else { return [] }
        return (subject.qscdRecords[certification] ?? []).compactMap { record in
            guard record.status != "certified", let from = RFC3339.parse(record.from), from <= subject.asOf,
                subject.isValid(at: from)
            else { return nil }
            return Finding(
                id,
                key: "\(certification)@\(record.from)",
                "Expected the QSCD certification \(certification) (\(record.model)) to stay certified while the "
                    + "certificate is valid; it is \(record.status) from \(record.from) and the certificate is valid "
                    + "until \(subject.certificate.map { RFC3339.format($0.notAfter) } ?? "?").",
                evidence: ["qscd:\(certification)"] + GateSubject.cite([verification]),
                at: record.from
            )
        }
    }
}
