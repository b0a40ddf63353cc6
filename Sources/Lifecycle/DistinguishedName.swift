import Synchronization

/// The one spelling DNs are compared in (SPEC "A certificate is identified by"): RFC 4514, most
/// specific RDN first, `,` between RDNs and `+` inside one, no spaces around `=`, RFC 4514 escaping,
/// non-ASCII characters as UTF-8, attribute types by OpenSSL's short names. That is what OpenSSL
/// prints with `XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB`, so a certificate's DN is already in it.
///
/// Also read, and brought to that form:
/// * RFC 4514 with `\XX` escapes of UTF-8 bytes (`O=\C3\84rzte`, OpenSSL's `-nameopt RFC2253`);
/// * Python's `rfc4514_string` (`2.5.4.97=VATBE-…` for organizationIdentifier);
/// * `openssl x509 -issuer`'s default one-line form (`issuer=C = BE, O = "A, B", CN = X`, least
///   specific first) and the old slash form (`/C=BE/O=A/CN=X`).
///
/// Text that is none of these, or holds a raw control character, comes back unchanged (it names no
/// certificate, and `IdentifierText` rejects the control character).
package enum DistinguishedName {
    /// - Parameter text: a DN in any of the spellings above.
    package static func canonical(_ text: String) -> String {
        // A drop names a handful of issuers a million times: each spelling is read once.
        if let known = cache.withLock({ $0[text] }) { return known }
        let result = reading(text)
        cache.withLock { entries in
            if entries.count >= 4096 { entries.removeAll() }
            entries[text] = result
        }
        return result
    }

    private static let cache = Mutex<[String: String]>([:])

    private static func reading(_ text: String) -> String {
        // A raw control character is refused where records are validated; it is not escaped away here.
        guard !text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return text }
        var body = Substring(text.trimmingSpaces)
        for prefix in ["issuer=", "subject="] where body.lowercased().hasPrefix(prefix) {
            body = Substring(body.dropFirst(prefix.count).trimmingSpaces)
        }
        guard !body.isEmpty else { return text.trimmingSpaces }
        let reversed: Bool
        let rdns: [[Attribute]]?
        if body.hasPrefix("/") {
            reversed = true
            rdns = parse(body.dropFirst(), rdnSeparators: ["/"], attributeSeparators: ["+"])
        } else {
            // One-line form: a space before the first `=` (`C = BE`).
            reversed =
                body.firstIndex(of: "=").map { $0 > body.startIndex && body[body.index(before: $0)] == " " }
                ?? false
            rdns = parse(body, rdnSeparators: [",", ";"], attributeSeparators: ["+"])
        }
        guard let rdns, !rdns.isEmpty else { return text.trimmingSpaces }
        return (reversed ? rdns.reversed() : rdns).map { rdn in
            rdn.map { "\(shortName($0.type))=\($0.isHexForm ? $0.value : escaped($0.value))" }.joined(separator: "+")
        }.joined(separator: ",")
    }

    struct Attribute {
        var type: String
        var value: String
        /// `#` and the hex of the value's BER (RFC 4514 §2.4; OpenSSL's dump of a type it does not know): kept as is.
        var isHexForm = false
    }

    /// Splits a DN into RDNs of attributes, undoing quotes and backslash escapes; nil when an
    /// attribute has no `=`, an empty type, an unfinished quote or escape, or bytes that are not UTF-8.
    static func parse(
        _ text: Substring,
        rdnSeparators: Set<Character>,
        attributeSeparators: Set<Character>
    ) -> [[Attribute]]? {
        var rdns: [[Attribute]] = []
        var rdn: [Attribute] = []
        var type: String?
        var bytes: [UInt8] = []
        var kept = 0  // bytes of the value that end in an escaped or quoted character (not trimmed)
        var quoted = false
        var hexForm = false
        var characters = text.makeIterator()
        func finishAttribute() -> Bool {
            while bytes.count > kept, bytes.last == 0x20 { bytes.removeLast() }
            guard let name = type?.trimmingSpaces, !name.isEmpty, let value = String(validating: bytes, as: UTF8.self)
            else { return false }
            rdn.append(Attribute(type: name, value: value, isHexForm: hexForm))
            type = nil
            bytes = []
            kept = 0
            hexForm = false
            return true
        }
        while let character = characters.next() {
            if type == nil {
                if character == "=" {
                    type = String(decoding: bytes, as: UTF8.self)
                    bytes = []
                } else if rdnSeparators.contains(character) || attributeSeparators.contains(character) {
                    return nil
                } else {
                    bytes += Array(String(character).utf8)
                }
                continue
            }
            if quoted {
                switch character {
                case "\"":
                    quoted = false
                    kept = bytes.count
                case "\\":
                    guard let escape = unescape(&characters) else { return nil }
                    bytes += escape
                default: bytes += Array(String(character).utf8)
                }
                continue
            }
            switch character {
            case "\\":
                guard let escape = unescape(&characters) else { return nil }
                bytes += escape
                kept = bytes.count
            case "\"" where bytes.allSatisfy({ $0 == 0x20 }):
                bytes = []
                quoted = true
            case " " where bytes.isEmpty:
                continue  // space after `=` or a separator
            case "#" where bytes.isEmpty:
                hexForm = true
                bytes.append(0x23)
            case _ where attributeSeparators.contains(character):
                guard finishAttribute() else { return nil }
            case _ where rdnSeparators.contains(character):
                guard finishAttribute() else { return nil }
                rdns.append(rdn)
                rdn = []
            default:
                bytes += Array(String(character).utf8)
            }
        }
        guard !quoted, type != nil, finishAttribute() else { return nil }
        rdns.append(rdn)
        return rdns
    }

    /// The bytes after a backslash: two hex digits are one byte, any other character stands for itself.
    private static func unescape(_ characters: inout Substring.Iterator) -> [UInt8]? {
        guard let first = characters.next() else { return nil }
        guard first.isHexDigit else { return Array(String(first).utf8) }
        guard let second = characters.next(), second.isHexDigit, let byte = UInt8("\(first)\(second)", radix: 16)
        else { return nil }
        return [byte]
    }

    /// RFC 4514 §2.4 escaping, as OpenSSL and Python's `cryptography` both write it.
    static func escaped(_ value: String) -> String {
        var out = ""
        let scalars = Array(value.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "\\", "\"", "+", ",", ";", "<", ">": out += "\\\(scalar)"
            case "#" where index == 0: out += "\\#"
            case " " where index == 0 || index == scalars.count - 1: out += "\\ "
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                out += "\\" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 2)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// OpenSSL's short name for an attribute type given by name (any case) or dotted OID; other types as given.
    static func shortName(_ type: String) -> String {
        shortNames[type.lowercased()] ?? type
    }

    private static let shortNames: [String: String] = {
        let known: [(oid: String, short: String, aliases: [String])] = [
            ("2.5.4.3", "CN", ["commonname"]),
            ("2.5.4.4", "SN", ["surname"]),
            ("2.5.4.5", "serialNumber", []),
            ("2.5.4.6", "C", ["countryname"]),
            ("2.5.4.7", "L", ["localityname"]),
            ("2.5.4.8", "ST", ["stateorprovincename", "s"]),
            ("2.5.4.9", "street", ["streetaddress"]),
            ("2.5.4.10", "O", ["organizationname"]),
            ("2.5.4.11", "OU", ["organizationalunitname"]),
            ("2.5.4.12", "title", []),
            ("2.5.4.13", "description", []),
            ("2.5.4.15", "businessCategory", []),
            ("2.5.4.17", "postalCode", []),
            ("2.5.4.41", "name", []),
            ("2.5.4.42", "GN", ["givenname"]),
            ("2.5.4.43", "initials", []),
            ("2.5.4.44", "generationQualifier", []),
            ("2.5.4.46", "dnQualifier", []),
            ("2.5.4.65", "pseudonym", []),
            ("2.5.4.97", "organizationIdentifier", []),
            ("0.9.2342.19200300.100.1.1", "UID", ["userid"]),
            ("0.9.2342.19200300.100.1.25", "DC", ["domaincomponent"]),
            ("1.2.840.113549.1.9.1", "emailAddress", ["email"]),
            ("1.3.6.1.4.1.311.60.2.1.1", "jurisdictionL", []),
            ("1.3.6.1.4.1.311.60.2.1.2", "jurisdictionST", []),
            ("1.3.6.1.4.1.311.60.2.1.3", "jurisdictionC", []),
        ]
        var names: [String: String] = [:]
        for entry in known {
            for alias in [entry.oid, entry.short.lowercased()] + entry.aliases { names[alias] = entry.short }
        }
        return names
    }()
}

extension String {
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}

extension Substring {
    fileprivate var trimmingSpaces: Substring {
        Substring(String(self).trimmingSpaces)
    }
}
