import Lifecycle
import Foundation

/// Renders query results as a table for a person, one JSON array for programs, or RFC 4180 CSV.
package enum QueryFormat: String, CaseIterable, Sendable { case table, json, csv }

package enum QueryRendering {
    /// Renders `result` in `format`; the table fits `width` columns (nil: no limit, for a pipe).
    package static func render(_ result: QueryResult, as format: QueryFormat, width: Int? = 80) throws -> String {
        let writer = QueryWriter()
        try write(result, as: format, width: width, to: writer)
        return writer.text
    }

    /// Writes `result` in `format` to `writer`: JSON and CSV row by row as the catalog reads them, a
    /// table once its rows are collected (its columns are sized to them).
    package static func write(
        _ result: QueryResult,
        as format: QueryFormat,
        width: Int?,
        to writer: QueryWriter
    )
        throws
    {
        switch format {
        case .json: try json(result, to: writer)
        case .csv: try csv(result, to: writer)
        case .table: try writer.write(table(result, rows: try result.rows.collected(), width: width))
        }
        try writer.flush()
    }

    /// One JSON array of objects with the column names as keys; times stay RFC 3339 strings.
    static func json(_ result: QueryResult, to writer: QueryWriter) throws {
        // Each key with what goes before it: `{"a": ` for the first, `, "b": ` for the others.
        let keys = result.columns.enumerated().map { Array("\($0.offset == 0 ? "{" : ", ")\"\($0.element)\": ".utf8) }
        let (firstRow, nextRow) = (Array("[\n  ".utf8), Array(",\n  ".utf8))
        // Rows are rendered into a local buffer handed to `writer` a block at a time.
        var out: [UInt8] = []
        out.reserveCapacity(Self.jsonBlock + 65_536)
        var first = true
        try result.rows.forEach { row in
            out.append(contentsOf: first ? firstRow : nextRow)
            first = false
            if row.isEmpty { out.append(UInt8(ascii: "{")) }
            for (index, value) in row.enumerated() {
                out.append(contentsOf: keys[index])
                jsonValue(value, to: &out)
            }
            out.append(UInt8(ascii: "}"))
            if out.count >= Self.jsonBlock {
                try writer.write(bytes: out)
                out.removeAll(keepingCapacity: true)
            }
        }
        out.append(contentsOf: (first ? "[\n]\n" : "\n]\n").utf8)
        try writer.write(bytes: out)
    }

    private static let jsonBlock = 1 << 18

    private static func jsonValue(_ value: QueryValue, to out: inout [UInt8]) {
        switch value {
        case .null: out.append(contentsOf: "null".utf8)
        case .text(let text): JSONText.appendString(text, to: &out, namingBackspaceAndFormFeed: false)
        case .integer(let number): out.append(contentsOf: String(number).utf8)
        case .real(let number): out.append(contentsOf: (number.isFinite ? String(number) : "null").utf8)
        case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
        case .list(let values):
            out.append(UInt8(ascii: "["))
            for (index, text) in values.enumerated() {
                if index > 0 { out.append(contentsOf: ", ".utf8) }
                JSONText.appendString(text, to: &out, namingBackspaceAndFormFeed: false)
            }
            out.append(UInt8(ascii: "]"))
        }
    }

    /// RFC 4180: CRLF line ends, a header line, fields with comma, quote or line break quoted.
    static func csv(_ result: QueryResult, to writer: QueryWriter) throws {
        func field(_ text: String) -> String {
            text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        try writer.write(result.columns.map(field).joined(separator: ",") + "\r\n")
        try result.rows.forEach { row in try writer.write(row.map { field($0.cell) }.joined(separator: ",") + "\r\n") }
    }

    /// Splits text into lines of at most `width` characters at spaces where it can.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            var word = String(word)
            while word.count > width {
                if !current.isEmpty {
                    lines.append(current)
                    current = ""
                }
                lines.append(String(word.prefix(width)))
                word = String(word.dropFirst(width))
            }
            if current.isEmpty {
                current = word
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// Columns sized to their content to fit `width` (nil: no limit, every value whole, as when the
    /// output is piped). Identifiers an auditor pastes (issuer, serial, ids, batches, paths) are never
    /// cut or wrapped; other columns are cut with "…" and the last one wraps. The issuer is shown
    /// when the rows name more than one; a finding about an application alone names the application
    /// in the serial column; durations in seconds read as hours, minutes and seconds too.
    static func table(_ result: QueryResult, rows: [[QueryValue]], width: Int?) -> String {
        var names = result.tableColumns
        if !names.contains("issuer"), let serial = names.firstIndex(of: "serial"),
            let issuer = result.columns.firstIndex(of: "issuer"),
            Set(rows.map { $0[issuer].cell }.filter { !$0.isEmpty }).count > 1
        {
            names.insert("issuer", at: serial)
        }
        let indices = names.compactMap { result.columns.firstIndex(of: $0) }
        let headers = indices.map { result.columns[$0] }
        let application = result.columns.firstIndex(of: "application_id")
        // Control characters are shown as escapes, never sent to the terminal.
        let cells = rows.map { row in
            indices.map { index in
                TerminalText.escaped(cell(row, index, name: result.columns[index], application: application))
            }
        }
        let fixed = headers.map(isIdentifier)
        var widths = headers.map(\.count)
        for row in cells { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) } }
        let separators = max(0, (widths.count - 1) * 2)
        // Too narrow for whole identifiers beside a readable last column: one block per row instead.
        let least = widths.indices.map { index in
            fixed[index] ? widths[index] : min(widths[index], index == widths.count - 1 ? 30 : 8)
        }
        if let width, least.reduce(0, +) + separators > width {
            return expanded(headers: headers, cells: cells, fixed: fixed, width: width)
        }
        // Shrink the widest columns that are not identifiers until the line fits (two spaces between columns).
        while let width, widths.reduce(0, +) + separators > width,
            let widest = widths.indices.filter({ !fixed[$0] }).max(by: { widths[$0] < widths[$1] }), widths[widest] > 8
        {
            widths[widest] -= 1
        }
        func line(_ values: [String]) -> String {
            values.enumerated().map { index, value in
                let fitted = value.count > widths[index] ? String(value.prefix(widths[index] - 1)) + "…" : value
                return index == values.count - 1
                    ? fitted : fitted.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        // The last column (a message, a name) wraps instead of being cut: it is the one people read.
        func rowLines(_ values: [String]) -> String {
            guard let last = values.last, let lastWidth = widths.last, last.count > lastWidth else {
                return line(values) + "\n"
            }
            let chunks = wrap(last, width: lastWidth)
            var text = line(Array(values.dropLast()) + [chunks[0]]) + "\n"
            let indent = String(repeating: " ", count: widths.dropLast().reduce(0, +) + separators)
            for chunk in chunks.dropFirst() { text += indent + chunk + "\n" }
            return text
        }
        var out = line(headers) + "\n" + line(widths.map { String(repeating: "-", count: $0) }) + "\n"
        for row in cells { out += rowLines(row) }
        out += "(\(rows.count) row\(rows.count == 1 ? "" : "s"))\n"
        // SPEC: every report states the boundary; JSON and CSV answers stay data only.
        for line in wrap(ConformanceBoundary.sentence, width: width ?? Int.max) { out += line + "\n" }
        return out
    }

    /// One block per row, a line per column (`label  value`), like psql's expanded display: for a
    /// terminal too narrow for the table. Identifiers stay whole; other values wrap.
    static func expanded(headers: [String], cells: [[String]], fixed: [Bool], width: Int) -> String {
        let labelWidth = headers.map(\.count).max() ?? 0
        let valueWidth = max(20, width - labelWidth - 2)
        let indent = String(repeating: " ", count: labelWidth + 2)
        var out = ""
        for (number, row) in cells.enumerated() {
            out += (number == 0 ? "" : "\n") + "-[ \(number + 1) ]" + "\n"
            for (index, value) in row.enumerated() {
                let label = headers[index].padding(toLength: labelWidth, withPad: " ", startingAt: 0)
                if fixed[index], value.count > valueWidth {  // a long identifier gets a line of its own
                    out += headers[index] + "\n  " + value + "\n"
                    continue
                }
                let lines = fixed[index] ? [value] : wrap(value, width: valueWidth)
                out += label + "  " + lines[0] + "\n"
                for line in lines.dropFirst() { out += indent + line + "\n" }
            }
        }
        out += "(\(cells.count) row\(cells.count == 1 ? "" : "s"))\n"
        for line in wrap(ConformanceBoundary.sentence, width: width) { out += line + "\n" }
        return out
    }

    /// True for a column whose values an auditor must be able to paste whole.
    static func isIdentifier(_ name: String) -> Bool {
        ["issuer", "serial", "batch", "id", "path", "record", "drop", "source"].contains(name)
            || name.hasSuffix("_id") || name.hasSuffix("_batch")
    }

    /// A table cell: the value, with a duration beside seconds and the application for a finding
    /// that concerns an application alone.
    static func cell(_ row: [QueryValue], _ index: Int, name: String, application: Int?) -> String {
        switch row[index] {
        case .integer(let seconds) where name.hasSuffix("_seconds"):
            return "\(seconds) (\(duration(seconds)))"
        case .null where name == "serial":
            guard let application, case .text(let id) = row[application] else { return "" }
            return "application \(id)"
        default:
            return row[index].cell
        }
    }

    /// `24 h 0 min 1 s`, `37 min 0 s`, `42 s`.
    static func duration(_ seconds: Int64) -> String {
        let sign = seconds < 0 ? "-" : ""
        let total = seconds.magnitude
        let (hours, minutes, rest) = (total / 3600, total / 60 % 60, total % 60)
        if hours > 0 { return "\(sign)\(hours) h \(minutes) min \(rest) s" }
        if minutes > 0 { return "\(sign)\(minutes) min \(rest) s" }
        return "\(sign)\(rest) s"
    }
}
