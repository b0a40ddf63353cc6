import Foundation
import Lifecycle

/// REV-002: a revocation is visible within 24 h of the request's `received_at` (exactly 24 h is in
/// time), on CRL (the first `published_at` of a CRL listing the serial) and on OCSP (the first
/// `revoked` answer), each where the issuer uses that service. A deadline still running at the
/// batch cutoff is not yet a violation. A finding is observed at the deadline. "Not seen by the
/// deadline" (key `crl-unseen:` / `ocsp-unseen:`) is resolved once the status is seen: by a
/// publication in time, or by the finding that it came late (key `crl:` / `ocsp:`).
struct RevocationLatencyGate: GateRule {
    let id = RuleID.rev002
    static let maximum: TimeInterval = 24 * 3600

    func evaluate(_ subject: GateSubject) -> [Finding] {
        guard let revocation = subject.revocation else { return [] }
        let requests = subject.certificateEvents.filter {
            $0.type == .revocationRequest && $0.requestID != nil && $0.requestID == revocation.requestID
        }
        var findings: [Finding] = []
        for request in requests {
            guard let received = request.receivedAt.flatMap(RFC3339.parse) else { continue }
            let deadline = received.addingTimeInterval(Self.maximum)
            let requestID = request.requestID ?? ""
            if subject.issuerUsesCRL {
                let first = subject.crls.filter {
                    $0.listsSerial && $0.entryReason != "certificateHold" && subject.isSpokenOf(by: $0)
                }.compactMap {
                    crl in crl.firstPublishedAt.map { (crl, $0) }
                }.min { $0.1 < $1.1 }
                if let (crl, published) = first, published > deadline {
                    findings.append(
                        Finding(
                            id,
                            key: "crl:\(requestID)",
                            "Expected the revocation on a published CRL by \(RFC3339.format(deadline)) (24 h after the "
                                + "request was received at \(request.receivedAt ?? "")); the first CRL listing it "
                                + "(number \(crl.crlNumber ?? "?")) was published at \(RFC3339.format(published)), "
                                + "\(Self.late(published, deadline)) late.",
                            evidence: GateSubject.cite([request, revocation]) + ["crl:\(crl.sha256)"],
                            at: RFC3339.format(deadline)
                        )
                    )
                } else if first == nil, subject.asOf > deadline {
                    findings.append(
                        Finding(
                            id,
                            key: "crl-unseen:\(requestID)",
                            "Expected the revocation on a published CRL by \(RFC3339.format(deadline)); no CRL "
                                + "publication listing it was found as of \(RFC3339.format(subject.asOf)).",
                            evidence: GateSubject.cite([request, revocation]),
                            at: RFC3339.format(deadline)
                        )
                    )
                }
            }
            if subject.issuerUsesOCSP {
                // A revoked answer for an earlier suspension (certificateHold) does not show this revocation.
                let first = subject.ocspAnswers.filter {
                    $0.answer.status == "revoked" && $0.answer.revocationReason != "certificateHold"
                }.compactMap { answer in RFC3339.parse(answer.answer.producedAt).map { (answer, $0) } }.min {
                    $0.1 < $1.1
                }
                if let (answer, produced) = first, produced > deadline {
                    findings.append(
                        Finding(
                            id,
                            key: "ocsp:\(requestID)",
                            "Expected a revoked OCSP answer by \(RFC3339.format(deadline)) (24 h after "
                                + "\(request.receivedAt ?? "")); the first came at \(answer.answer.producedAt), "
                                + "\(Self.late(produced, deadline)) late.",
                            evidence: GateSubject.cite([request, revocation]) + [
                                "ocsp:\(answer.source.file):\(answer.source.line.map(String.init) ?? "-")"
                            ],
                            at: RFC3339.format(deadline)
                        )
                    )
                } else if first == nil, subject.asOf > deadline {
                    findings.append(
                        Finding(
                            id,
                            key: "ocsp-unseen:\(requestID)",
                            "Expected a revoked OCSP answer by \(RFC3339.format(deadline)); none was found as of "
                                + "\(RFC3339.format(subject.asOf)).",
                            evidence: GateSubject.cite([request, revocation]),
                            at: RFC3339.format(deadline)
                        )
                    )
                }
            }
        }
        return findings
    }

    static func late(_ actual: Date, _ deadline: Date) -> String {
        let seconds = Int(actual.timeIntervalSince(deadline).rounded())
        return seconds < 3600 ? "\(seconds) s" : String(format: "%d h %02d min", seconds / 3600, seconds / 60 % 60)
    }
}
