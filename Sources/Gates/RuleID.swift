/// The lifecycle gates of SPEC.md (rule IDs are part of the contract), with the requirement each
/// stands for and how grave a violation is.
package enum RuleID: String, CaseIterable, Sendable, Codable, Comparable {
    case pol001 = "POL-001"
    case pol002 = "POL-002"
    case reg001 = "REG-001"
    case reg002 = "REG-002"
    case app001 = "APP-001"
    case iss001 = "ISS-001"
    case iss002 = "ISS-002"
    case iss003 = "ISS-003"
    case iss004 = "ISS-004"
    case iss005 = "ISS-005"
    case iss006 = "ISS-006"
    case ren001 = "REN-001"
    case ren002 = "REN-002"
    case ren003 = "REN-003"
    case rky001 = "RKY-001"
    case mod001 = "MOD-001"
    case qsc001 = "QSC-001"
    case qsc002 = "QSC-002"
    case rev001 = "REV-001"
    case rev002 = "REV-002"
    case rev003 = "REV-003"
    case rev004 = "REV-004"
    case rec001 = "REC-001"

    /// The source SPEC.md names for the rule.
    package var source: String {
        switch self {
        case .pol001: "EN 319 411-2 policy gate"
        case .pol002: "EN 319 411-2 §5"
        case .reg001: "EN 319 411-2 identification"
        case .reg002, .app001: "EN 319 411-1 application"
        case .iss001: "EN 319 411-2 profile"
        case .iss002: "EN 319 412-5 / 411-2"
        case .iss003: "EN 319 411-2"
        case .iss004: "EN 319 412-5"
        case .iss005: "EN 319 411-2 disclosure"
        case .iss006: "EN 319 411-1 link"
        case .ren001: "EN 319 411-1 definitions"
        case .ren002, .ren003: "EN 319 411-1 renewal gate"
        case .rky001: "EN 319 411-1 re-key gate"
        case .mod001: "EN 319 411-1 modification gate"
        case .qsc001: "EN 319 411-2 QSCD"
        case .qsc002: "EN 319 411-2 QSCD monitoring"
        case .rev001: "EN 319 411-1 revocation"
        case .rev002: "EN 319 411-1 24-hour maximum"
        case .rev003: "EN 319 411-1 non-reinstatement"
        case .rev004: "EN 319 411-2 status beyond expiry"
        case .rec001: "EN 319 411-2 records"
        }
    }

    /// `critical`: the certificate's trustworthiness is in question (key compromise ignored,
    /// reinstatement, revocation late or unauthenticated); `major`: a required control or record is
    /// missing or wrong.
    package var severity: String {
        switch self {
        case .ren002, .rev001, .rev002, .rev003, .qsc002: "critical"
        default: "major"
        }
    }

    package static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One violation a rule found, before it is tied to its certificate and batch.
package struct Finding: Sendable, Equatable {
    package var rule: RuleID
    /// Tells findings of one rule about one subject apart (a request id, "crl", "ocsp", …); "" when there is one.
    package var key: String
    /// What was expected, what was found, and which record shows it.
    package var message: String
    package var evidence: [String]
    /// When the violating fact happened.
    package var observedAt: String

    package init(_ rule: RuleID, key: String = "", _ message: String, evidence: [String], at observedAt: String) {
        self.rule = rule
        self.key = key
        self.message = message
        self.evidence = evidence
        self.observedAt = observedAt
    }
}

/// A gate: one rule of the table, evaluated over the facts of one certificate or application.
package protocol GateRule: Sendable {
    var id: RuleID { get }
    /// The violations in `subject`; empty when the gate holds (or cannot be judged yet).
    func evaluate(_ subject: GateSubject) -> [Finding]
}
