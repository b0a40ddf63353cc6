import Lifecycle

/// The rule a generated certificate is made to break, so that the gates and `findings` are timed
/// on real work: one certificate in a thousand for each rule the generator can break within one
/// night's drop (two for QSC-001, which only the -qscd policies can break). Renewal, re-key and
/// modification rules, QSC-002 and REV-004 need earlier certificates, withdrawn certifications or
/// expiry, and are not planted.
enum PlantedViolation: String, CaseIterable {
    case pol001 = "POL-001"  // the CP/CPS named is a terms document
    case pol002 = "POL-002"  // a subject type that does not fit the policy
    case reg001 = "REG-001"  // no identification evidence
    case reg002 = "REG-002"  // subscriber-generated key without proof of possession
    case app001 = "APP-001"  // the approval is a rejection
    case iss001 = "ISS-001"  // the certificate carries another policy's OID
    case iss002 = "ISS-002"  // no QcCompliance
    case iss003 = "ISS-003"  // QcSSCD where the policy says otherwise
    case iss004 = "ISS-004"  // a QcType that does not fit the subject type
    case iss005 = "ISS-005"  // terms recorded at issuance that are not yet in force
    case iss006 = "ISS-006"  // the application's spki_sha256 is another key's
    case qsc001 = "QSC-001"  // a -qscd policy without a QSCD verification
    case rev001 = "REV-001"  // an unauthenticated revocation request
    case rev002 = "REV-002"  // the revocation reaches OCSP 25 hours after the request
    case rev003 = "REV-003"  // a good OCSP answer after the revocation
    case rec001 = "REC-001"  // no approval recorded at all

    /// The violation certificate `number` carries, if any. The revocation rules use slots that are
    /// multiples of 20, the certificates the generator revokes.
    static func of(_ number: Int, policy: Policy) -> PlantedViolation? {
        switch number % 1_000 {
        case 1: .pol001
        case 2: .pol002
        case 3: .reg001
        case 4: .reg002
        case 5: .app001
        case 6: .iss001
        case 7: .iss002
        case 8: .iss003
        case 9: .iss004
        case 10: .iss005
        case 11: .iss006
        case 12..<19 where policy.requiresQSCD: .qsc001
        case 20: .rev001
        case 40: .rev002
        case 60: .rev003
        case 80: .rec001
        default: nil
        }
    }
}
