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
    package static func names(_ text: String) -> Bool { text.lowercased().hasPrefix("pkcs11:") }

    /// - Throws: `PKCS11Error` `.failed` naming what is wrong: not `pkcs11:`, a `pin-value`, an
    ///   attribute given twice, bad percent-encoding, a `type` other than `private`, no object named.
    package init(_ text: String) throws(PKCS11Error) {
        guard Self.names(text) else { throw Self.invalid(text, "it does not start with 'pkcs11:'") }
        self.text = text
        let body = text.dropFirst("pkcs11:".count)
        let parts = body.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        let path = parts[0].split(separator: ";", omittingEmptySubsequences: true)
        let query = parts.count > 1 ? parts[1].split(separator: "&", omittingEmptySubsequences: true) : []
        var seen: Set<String> = []
        for attribute in path + query {
            let pair = attribute.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = pair[0].lowercased()
            guard pair.count == 2 else { throw Self.invalid(text, "'\(name)' has no value") }
            guard seen.insert(name).inserted else { throw Self.invalid(text, "'\(name)' is given twice") }
            let bytes = try Self.percentDecoded(pair[1], uri: text)
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
                    throw Self.invalid(text, "type=\(value): name the private key (type=private, or no type)")
                }
            case "pin-value":
                throw Self.invalid(
                    text,
                    "it carries a pin-value, which archive.json would keep; give the PIN in QCARCHIVE_PKCS11_PIN or "
                        + "a pin-source file"
                )
            default:
                // RFC 7512 lets a consumer ignore what it does not know, but a misspelt selector would choose
                // another key than meant: refuse it.
                throw Self.invalid(text, "qcarchive does not know the attribute '\(name)'")
            }
        }
        guard object != nil || id != nil else {
            throw Self.invalid(text, "it names no key: give object=LABEL or id=%XX…")
        }
    }

    /// The path of the PIN file, without the `file:` scheme.
    package var pinFile: String? {
        guard let pinSource else { return nil }
        return pinSource.hasPrefix("file:") ? String(pinSource.dropFirst("file:".count)) : pinSource
    }

    /// The refusal, quoting the URI with any pin-value's value left out (a PIN is never printed).
    private static func invalid(_ text: String, _ reason: String) -> PKCS11Error {
        var quoted = ""
        var rest = Substring(text)
        while let range = rest.range(of: "pin-value=", options: .caseInsensitive) {
            quoted += rest[..<range.upperBound] + "…"
            rest = rest[range.upperBound...]
            rest = rest[(rest.firstIndex { $0 == ";" || $0 == "&" } ?? rest.endIndex)...]
        }
        return PKCS11Error(.failed, "The PKCS#11 URI '\(quoted + rest)' is not usable: \(reason).")
    }

    private static func percentDecoded(_ value: Substring, uri: String) throws(PKCS11Error) -> [UInt8] {
        var bytes: [UInt8] = []
        var iterator = Array(value.utf8).makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(Self.hexValue), let low = iterator.next().flatMap(Self.hexValue)
            else { throw invalid(uri, "a '%' is not followed by two hex digits") }
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
