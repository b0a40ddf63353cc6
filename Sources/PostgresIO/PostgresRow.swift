internal import CLibPQ

/// One row of a result (text format); valid only inside the closure it is passed to.
package struct PostgresRow: ~Copyable {
    let result: OpaquePointer
    let row: Int32

    /// True when the column is NULL.
    package func isNull(_ index: Int32) -> Bool { PQgetisnull(result, row, index) == 1 }

    /// The column as text, nil for NULL.
    package func text(_ index: Int32) -> String? {
        guard !isNull(index), let value = PQgetvalue(result, row, index) else { return nil }
        return String(cString: value)
    }

    /// The column as an integer (its decimal text; a boolean as 1 or 0, as SQLite answers a
    /// comparison), nil for NULL or anything else.
    package func integer(_ index: Int32) -> Int64? {
        guard let text = text(index) else { return nil }
        switch text {
        case "t": return 1
        case "f": return 0
        default: return Int64(text)
        }
    }

    /// The column as a real, nil for NULL or text that is no number.
    package func real(_ index: Int32) -> Double? { text(index).flatMap(Double.init) }

    /// A `bytea` column's bytes (the server's `\x` hex output), nil for NULL or another form.
    package func bytes(_ index: Int32) -> [UInt8]? {
        guard let text = text(index) else { return nil }
        let hex = Array(text.utf8)
        guard hex.count >= 2, hex[0] == UInt8(ascii: "\\"), hex[1] == UInt8(ascii: "x"), hex.count % 2 == 0 else {
            return nil
        }
        func nibble(_ byte: UInt8) -> UInt8? {
            switch byte {
            case 48...57: byte - 48
            case 97...102: byte - 87
            case 65...70: byte - 55
            default: nil
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(hex.count / 2 - 1)
        for index in stride(from: 2, to: hex.count, by: 2) {
            guard let high = nibble(hex[index]), let low = nibble(hex[index + 1]) else { return nil }
            out.append(high << 4 | low)
        }
        return out
    }

    /// True when the column is `bytea` (read it with `bytes`).
    package func isBytes(_ index: Int32) -> Bool { PQftype(result, index) == 17 }  // BYTEAOID

    /// The number of columns.
    package var count: Int32 { PQnfields(result) }

    /// The name of a column.
    package func name(_ index: Int32) -> String { PQfname(result, index).map { String(cString: $0) } ?? "" }
}
