/// The rule for identifiers, DNs, serials and ids in records: no control characters. A NUL or other
/// control character truncates keys in C libraries and terminals (`C=BE\u0000,CN=Evil` would name
/// the real certificate where a key stops at the NUL) and hides what an auditor reads, so a record
/// carrying one is rejected with its file and line rather than stored.
package enum IdentifierText {
    /// - Parameter fields: (JSON field name, value) pairs; nil values are skipped.
    /// - Throws: `RejectReason` `.invalidValue` naming the first field that holds a control character.
    package static func validate(_ fields: [(String, String?)]) throws(RejectReason) {
        for case let (name, value?) in fields {
            guard let bad = value.unicodeScalars.first(where: { TerminalText.needsEscape($0) }) else { continue }
            throw RejectReason(
                .invalidValue,
                "The field \"\(name)\" holds the control character U+"
                    + String(bad.value, radix: 16, uppercase: true).leftPadded(to: 4)
                    + "; identifiers, DNs and serials must not contain control characters."
            )
        }
    }
}

extension String {
    /// Zeros before the text up to `width` characters (hex in messages and DN escapes).
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
