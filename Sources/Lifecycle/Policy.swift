/// The seven certificate policies of ETSI EN 319 411-2 §5.3, by the names the drop uses.
package enum Policy: String, CaseIterable, Sendable, Codable {
    case qcpN = "QCP-n"
    case qcpL = "QCP-l"
    case qcpNQSCD = "QCP-n-qscd"
    case qcpLQSCD = "QCP-l-qscd"
    case qevcpW = "QEVCP-w"
    case qncpW = "QNCP-w"
    case qncpWGen = "QNCP-w-gen"

    /// The policy OID: itu-t(0) identified-organization(4) etsi(0) qualified-certificate-policies(194112)
    /// policy-identifiers(1) n (EN 319 411-2 §5.3).
    package var oid: String {
        switch self {
        case .qcpN: "0.4.0.194112.1.0"
        case .qcpL: "0.4.0.194112.1.1"
        case .qcpNQSCD: "0.4.0.194112.1.2"
        case .qcpLQSCD: "0.4.0.194112.1.3"
        case .qevcpW: "0.4.0.194112.1.4"
        case .qncpW: "0.4.0.194112.1.5"
        case .qncpWGen: "0.4.0.194112.1.6"
        }
    }

    /// The subject type the policy is for (EN 319 411-2 §5; gate POL-002).
    package var subjectType: SubjectType {
        switch self {
        case .qcpN, .qcpNQSCD: .naturalPerson
        case .qcpL, .qcpLQSCD: .legalPerson
        case .qevcpW, .qncpW, .qncpWGen: .website
        }
    }

    /// True for the two policies that require a QSCD (gates ISS-003, QSC-001).
    package var requiresQSCD: Bool { self == .qcpNQSCD || self == .qcpLQSCD }
}

/// Who or what a certificate is issued to.
package enum SubjectType: String, CaseIterable, Sendable, Codable {
    case naturalPerson = "natural_person"
    case legalPerson = "legal_person"
    case website
}

/// Where the subject's key pair was generated.
package enum KeyGeneration: String, CaseIterable, Sendable, Codable {
    case ca, subscriber, qscd
}
