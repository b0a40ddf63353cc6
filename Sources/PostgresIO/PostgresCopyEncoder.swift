/// Rows in `COPY … FROM STDIN`'s text format: columns separated by tabs, rows by newlines, NULL
/// as `\N`; in a value a backslash, tab, newline or carriage return is escaped with a backslash;
/// bytes as `\\x` and hex (the escaped form of a `bytea`'s hex input).
struct PostgresCopyEncoder {
    var bytes: [UInt8] = []

    /// - Throws: `PostgresError` `.failed` for a text holding U+0000, which PostgreSQL cannot store.
    mutating func append(_ row: [any PostgresBindable]) throws(PostgresError) {
        for (index, column) in row.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: "\t")) }
            switch column.postgresValue {
            case .null: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "N")]
            case .integer(let number): bytes += String(number).utf8
            case .real(let number): bytes += String(number).utf8
            case .text(let text): try appendEscaped(text)
            case .bytes(let raw):
                bytes += Array("\\\\x".utf8)
                let digits = Array("0123456789abcdef".utf8)
                for byte in raw { bytes += [digits[Int(byte >> 4)], digits[Int(byte & 0x0f)]] }
            }
        }
        bytes.append(UInt8(ascii: "\n"))
    }

    private mutating func appendEscaped(_ text: String) throws(PostgresError) {
        for byte in text.utf8 {
            switch byte {
            case 0:
                throw PostgresError.textWithNUL
            case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case UInt8(ascii: "\t"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case UInt8(ascii: "\n"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case UInt8(ascii: "\r"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            default: bytes.append(byte)
            }
        }
    }
}
