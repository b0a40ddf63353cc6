/// The catalog's statements number their parameters as SQLite does (`?`, `?N`); PostgreSQL wants
/// `$N`. A bare `?` is one more than the largest number so far (SQLite's rule); a `?` inside a
/// string literal, a quoted identifier or a comment (`--` to the line's end, `/* */`, nested as
/// PostgreSQL nests them) is text, not a parameter.
package enum PostgresPlaceholders {
    /// The statement with `$N` parameters.
    package static func rewrite(_ sql: String) -> String {
        let bytes = Array(sql.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 8)
        var largest = 0
        var index = 0
        func copy(through end: Int) {
            out += bytes[index..<end]
            index = end
        }
        func pair(_ first: Character, _ second: Character, at position: Int) -> Bool {
            position + 1 < bytes.count && bytes[position] == first.asciiValue
                && bytes[position + 1] == second.asciiValue
        }
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                // To the closing quote; a doubled quote closes and reopens, which copies the same bytes.
                let close = bytes[(index + 1)...].firstIndex(of: byte).map { $0 + 1 } ?? bytes.count
                copy(through: close)
            case UInt8(ascii: "-") where pair("-", "-", at: index):
                copy(through: bytes[index...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count)
            case UInt8(ascii: "/") where pair("/", "*", at: index):
                var depth = 0
                var end = index
                repeat {
                    if pair("/", "*", at: end) {
                        depth += 1
                        end += 2
                    } else if pair("*", "/", at: end) {
                        depth -= 1
                        end += 2
                    } else {
                        end += 1
                    }
                } while depth > 0 && end < bytes.count
                copy(through: end)
            case UInt8(ascii: "?"):
                index += 1
                var number = 0
                var digits = 0
                while index < bytes.count, (48...57).contains(bytes[index]) {
                    number = number * 10 + Int(bytes[index] - 48)
                    index += 1
                    digits += 1
                }
                if digits == 0 { number = largest + 1 }
                largest = max(largest, number)
                out += "$\(number)".utf8
            default:
                out.append(byte)
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
