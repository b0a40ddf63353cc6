/// Text made safe for a terminal: control characters (C0, DEL, C1) and the Unicode bidirectional
/// overrides, which could hide or reorder what an auditor reads, are shown as escapes (`\x00`,
/// `\u{202E}`) instead of being sent raw. Everything else passes unchanged.
package enum TerminalText {
    /// - Parameter keepNewlines: true for multi-line text the program itself wrote.
    package static func escaped(_ text: String, keepNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0, keepNewlines: keepNewlines) }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if !needsEscape(scalar, keepNewlines: keepNewlines) {
                out.unicodeScalars.append(scalar)
            } else if scalar.value < 0x100 {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\x" + (hex.count == 1 ? "0" + hex : hex)
            } else {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
        }
        return out
    }

    /// True for the scalars a terminal would act on rather than show.
    package static func needsEscape(_ scalar: Unicode.Scalar, keepNewlines: Bool = false) -> Bool {
        switch scalar.value {
        case 0x0A: return !keepNewlines
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
