/// The identity of an audited certificate: its issuer DN in RFC 4514 form and its serial as
/// lowercase hex without leading zeros (SPEC "A certificate is identified by").
package struct CertificateRef: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    package var issuer: String
    package var serial: String

    package init(issuer: String, serial: String) {
        self.issuer = issuer
        self.serial = serial
    }

    package var description: String { "\(issuer) serial \(serial)" }

    private enum CodingKeys: String, CodingKey { case issuer, serial }

    /// A reference read from a record names its issuer in any DN spelling SPEC accepts; it is kept
    /// in the one form certificates are compared in (`DistinguishedName`). The serial is kept as
    /// given, since records must already spell it canonically (checked where they are validated).
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        issuer = DistinguishedName.canonical(try container.decode(String.self, forKey: .issuer))
        serial = try container.decode(String.self, forKey: .serial)
    }

    package static func < (lhs: CertificateRef, rhs: CertificateRef) -> Bool {
        (lhs.issuer, lhs.serial) < (rhs.issuer, rhs.serial)
    }

    /// True when `serial` is lowercase hex without leading zeros, as the contract requires.
    package var hasCanonicalSerial: Bool {
        guard !serial.isEmpty, serial == "0" || !serial.hasPrefix("0") else { return false }
        return serial.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }
}

/// Declares a string identifier type with its own name, so that ids of different kinds never mix.
package protocol StringIdentifier: RawRepresentable, Hashable, Sendable, Codable, Comparable, CustomStringConvertible
where RawValue == String {
    init(rawValue: String)
}

extension StringIdentifier {
    package init(_ value: String) { self.init(rawValue: value) }
    package var description: String { rawValue }
    package static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    package init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// An `event_id` of the drop.
package struct EventID: StringIdentifier {
    package var rawValue: String
    package init(rawValue: String) { self.rawValue = rawValue }
}
/// An `application_id` that ties pre-issuance events together.
package struct ApplicationID: StringIdentifier {
    package var rawValue: String
    package init(rawValue: String) { self.rawValue = rawValue }
}
/// A `document_id` of a CP, CPS, terms or PDS version.
package struct DocumentID: StringIdentifier {
    package var rawValue: String
    package init(rawValue: String) { self.rawValue = rawValue }
}
/// A QSCD `certification_id`.
package struct CertificationID: StringIdentifier {
    package var rawValue: String
    package init(rawValue: String) { self.rawValue = rawValue }
}
/// The id of one nightly batch.
package struct BatchID: StringIdentifier {
    package var rawValue: String
    package init(rawValue: String) { self.rawValue = rawValue }
}
