/// A certificate serial as people type it or tools print it (`openssl x509 -serial` prints
/// `0ABC`, browsers `0A:BC`, some `0x0abc`), brought to the contract's form: lowercase hex
/// without `0x`, colons or leading zeros (SPEC "A certificate is identified by").
package enum SerialText {
    /// - Returns: nil for text that is not a hexadecimal number in one of those spellings.
    package static func canonical(_ text: String) -> String? {
        var hex = Substring(text.lowercased())
        while hex.first == " " { hex.removeFirst() }
        while hex.last == " " { hex.removeLast() }
        if hex.hasPrefix("serial=") { hex.removeFirst(7) }
        if hex.hasPrefix("0x") { hex.removeFirst(2) }
        let digits = hex.filter { $0 != ":" }
        guard !digits.isEmpty, !hex.hasPrefix(":"), !hex.hasSuffix(":"), !hex.contains("::"),
            digits.allSatisfy({ $0.isASCII && $0.isHexDigit })
        else { return nil }
        let trimmed = digits.drop { $0 == "0" }
        return trimmed.isEmpty ? "0" : String(trimmed)
    }
}

extension CertificateRef {
    /// A certificate named on a command line or in a list: the DN in any spelling
    /// `DistinguishedName` reads, the serial in any `SerialText` reads; nil when the serial is not hex.
    package init?(issuerText: String, serialText: String) {
        guard let serial = SerialText.canonical(serialText) else { return nil }
        self.init(issuer: DistinguishedName.canonical(issuerText), serial: serial)
    }
}
