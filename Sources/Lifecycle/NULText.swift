/// The character U+0000 in a record: no field of the contract needs it, C libraries and terminals
/// cut text at it, and a catalog on PostgreSQL can hold it neither in text nor in JSON (`->>` fails on
/// a body that escapes it anywhere). A record holding it is rejected, on either catalog alike.
package enum NULText {
    /// True when the JSON text holds U+0000: the escape `\u0000` (not an escaped backslash followed
    /// by "u0000"), or the byte itself.
    package static func isIn(json bytes: [UInt8]) -> Bool {
        guard bytes.count >= 6 else { return bytes.contains(0) }
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case 0: return true
            case UInt8(ascii: "\\"):
                // An escape: `\u0000`, or any other, which is skipped whole (so `\\u0000` is no NUL).
                let next = index + 1 < bytes.count ? bytes[index + 1] : 0
                if next == UInt8(ascii: "u"), index + 5 < bytes.count,
                    bytes[(index + 2)...(index + 5)].allSatisfy({ $0 == UInt8(ascii: "0") })
                {
                    return true
                }
                index += 2
            default: index += 1
            }
        }
        return false
    }

    /// The reason a record with U+0000 is rejected.
    package static let rejected = RejectReason(
        .invalidValue,
        "The record holds the character U+0000 (\\u0000) in a text, which no field may hold."
    )
}
