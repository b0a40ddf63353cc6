import Lifecycle

/// REN-003: a renewed key is still sufficient: RSA at least 2048 bits, EC at least 256 bits.
struct RenewalKeyStrengthGate: GateRule {
    let id = RuleID.ren003

    static func sufficient(algorithm: String, bits: Int) -> Bool {
        switch algorithm {
        case "RSA": bits >= 2048
        case "EC": bits >= 256
        case "Ed25519", "Ed448": true
        default: false
        }
    }

    func evaluate(_ subject: GateSubject) -> [Finding] {
        guard let renewal = subject.replacement, renewal.type == .renewal, let certificate = subject.certificate,
            !Self.sufficient(algorithm: certificate.keyAlgorithm, bits: certificate.keyBits)
        else { return [] }
        return [
            Finding(
                id,
                "Expected a renewed key of at least RSA 2048 or EC 256 bits; found \(certificate.keyAlgorithm) "
                    + "\(certificate.keyBits) bits.",
                evidence: GateSubject.cite([renewal]) + ["certificate:\(certificate.sha256)"],
                at: renewal.time
            )
        ]
    }
}
