import Foundation

/// An RFC 7512 `pkcs11:` URI naming a key in a token: `pkcs11:token=qc-seal;object=seal;type=private`.
///
/// Token attributes (`token`, `manufacturer`, `model`, `serial`) choose the token; object attributes
/// (`object` = CKA_LABEL, `id` = CKA_ID, percent-encoded bytes) choose the key; `pin-source` (in the
/// path or the query) names a file that holds the PIN. A `pin-value` is refused: the URI is kept in
/// `archive.json`, and a PIN must never be.
package struct PKCS11URI: Sendable, Equatable, CustomStringConvertible {
    /// The URI as given (it holds no PIN).
    package let text: String
    package private(set) var token: String?
    package private(set) var manufacturer: String?
    package private(set) var model: String?
    package private(set) var serial: String?
    package private(set) var object: String?
    package private(set) var id: [UInt8]?
    /// `file:/path` or `/path`: the file whose first line is the PIN.
    package private(set) var pinSource: String?

    package var description: String { text }

    /// True when `text` is meant as a PKCS#11 URI (rather than a key file's path).
    package static func names(_ text: String) -> Bool {
        text.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("pkcs11:")
    }

    /// - Throws: `PKCS11Error` `.failed` naming what is wrong: not `pkcs11:`, a `pin-value`, an
    ///   attribute given twice, bad percent-encoding, a `type` other than `private`, no object named.
    package init(_ given: String) throws(PKCS11Error) {
        let text = given.trimmingCharacters(in: .whitespaces)
        guard Self.names(text) else { throw Self.invalid("it does not start with 'pkcs11:'") }
        self.text = text
        let body = text.dropFirst("pkcs11:".count)
        let parts = body.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        let path = parts[0].split(separator: ";", omittingEmptySubsequences: true)
        let query = parts.count > 1 ? parts[1].split(separator: "&", omittingEmptySubsequences: true) : []
        var seen: Set<String> = []
        for attribute in path + query {
            let pair = attribute.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = pair[0].lowercased()
            // An attribute is named in a refusal only when it is one of RFC 7512's: anything else may be a PIN.
            let quoted = Self.standardAttributes.contains(name) ? "'\(name)'" : "an attribute"
            guard pair.count == 2 else { throw Self.invalid("\(quoted) has no value") }
            guard seen.insert(name).inserted else { throw Self.invalid("\(quoted) is given twice") }
            let bytes = try Self.percentDecoded(pair[1])
            let value = String(decoding: bytes, as: UTF8.self)
            switch name {
            case "token": token = value
            case "manufacturer": manufacturer = value
            case "model": model = value
            case "serial": serial = value
            case "object": object = value
            case "id": id = bytes
            case "pin-source": pinSource = value
            case "type":
                guard value == "private" else {
                    let named = ["public", "cert", "secret-key", "data"].contains(value) ? "type=" + value : "its type"
                    throw Self.invalid("\(named) is not the private key's (type=private, or no type)")
                }
            case "pin-value":
                throw Self.invalid(
                    "it carries a pin-value, which archive.json would keep; give the PIN in QCARCHIVE_PKCS11_PIN or "
                        + "a pin-source file"
                )
            default:
                // RFC 7512 lets a consumer ignore what it does not know, but a misspelt selector would choose
                // another key than meant: refuse it.
                throw Self.invalid(
                    "qcarchive does not know "
                        + (quoted == "an attribute" ? "one of its attributes" : "the attribute " + quoted)
                        + " (it reads token, manufacturer, model, serial, object, id, type and pin-source)"
                )
            }
        }
        guard object != nil || id != nil else {
            throw Self.invalid("it names no key: give object=LABEL or id=%XX…")
        }
        // Every later run starts in another folder (systemd's is /): a relative PIN file would not be found.
        if let file = pinFile, !file.hasPrefix("/") {
            throw Self.invalid("its pin-source must be an absolute path (pin-source=file:/…)")
        }
    }

    /// The path of the PIN file, without the `file:` scheme.
    package var pinFile: String? {
        guard let pinSource else { return nil }
        return pinSource.hasPrefix("file:") ? String(pinSource.dropFirst("file:".count)) : pinSource
    }

    /// RFC 7512's attribute names (section 2.3).
    private static let standardAttributes: Set<String> = [
        "token", "manufacturer", "serial", "model", "library-manufacturer", "library-description",
        "library-version", "object", "type", "id", "slot-description", "slot-manufacturer", "slot-id",
        "pin-source", "pin-value", "module-name", "module-path",
    ]

    /// The refusal. The URI is not quoted: a malformed one may hold a PIN in a form not recognised as one.
    private static func invalid(_ reason: String) -> PKCS11Error {
        PKCS11Error(.failed, "A PKCS#11 URI is not usable: \(reason).")
    }

    private static func percentDecoded(_ value: Substring) throws(PKCS11Error) -> [UInt8] {
        var bytes: [UInt8] = []
        var iterator = Array(value.utf8).makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(Self.hexValue), let low = iterator.next().flatMap(Self.hexValue)
            else { throw invalid("a '%' is not followed by two hex digits") }
            bytes.append(high << 4 | low)
        }
        return bytes
    }

    private static func hexValue(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
