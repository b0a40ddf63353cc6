import Foundation
import Query
import Testing

/// JSON and CSV answers read back by parsers that are not ours, whatever the values hold.
@Suite struct QueryRenderingTests {
    static let values = [
        "plain", "quote \" inside", "back\\slash", "line\nbreak", "tab\tand\r", "bell \u{07} nul \u{00}", "Québec, CA",
        "",
    ]

    @Test func jsonEscapesExactlyWhatNeedsEscapingAndReadsBackTheSameStrings() throws {
        let result = QueryResult(columns: ["value", "list"], rows: Self.values.map { [.text($0), .list([$0, "x"])] })
        let rendered = try QueryRendering.render(result, as: .json)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(rendered.utf8)) as? [[String: Any]])
        #expect(parsed.map { $0["value"] as? String } == Self.values)
        #expect(parsed.map { $0["list"] as? [String] } == Self.values.map { [$0, "x"] })
        #expect(rendered.contains("\"plain\""), "a value needing no escape is written as it is")
        #expect(!rendered.contains("\u{07}") && !rendered.contains("\u{00}"), "control characters never appear raw")
        // The answers' bytes since the first release: backspace and form feed as \u escapes.
        let awkward = QueryResult(columns: ["value"], rows: [[.text("b\u{08}f\u{0C}")]])
        #expect(try QueryRendering.render(awkward, as: .json).contains(#""b\u0008f\u000c""#))
    }

    @Test func csvQuotesFieldsWithSeparatorsAndDoublesQuotes() throws {
        let result = QueryResult(columns: ["value"], rows: [[.text("a,b")], [.text("say \"hi\"")], [.text("plain")]])
        #expect(try QueryRendering.render(result, as: .csv) == "value\r\n\"a,b\"\r\n\"say \"\"hi\"\"\"\r\nplain\r\n")
    }

    struct Interrupted: Error {}

    /// An answer of `count` rows of about 100 bytes that fails after `failAfter` rows (nil: never).
    static func long(_ count: Int, failAfter: Int? = nil) -> QueryResult {
        QueryResult(
            columns: ["serial", "note"],
            rows: QueryRows { emit in
                for index in 0..<count {
                    if index == failAfter { throw Interrupted() }
                    try emit([.text(String(index, radix: 16)), .text(String(repeating: "x", count: 80))])
                }
            }
        )
    }

    /// Issue #16: JSON and CSV answers leave as the catalog reads them (a million-row answer is never
    /// held whole): a producer that fails after 2 MB of rows has already handed out its first
    /// megabytes, the same bytes the whole answer starts with; a table, sized to all its rows, has not.
    @Test func jsonAndCSVAreWrittenRowByRowAndATableOnlyWhenWhole() throws {
        for format in [QueryFormat.json, .csv] {
            let whole = try QueryRendering.render(Self.long(40_000), as: format)
            var received: [UInt8] = []
            let writer = QueryWriter { received += $0 }
            #expect(throws: Interrupted.self) {
                try QueryRendering.write(Self.long(40_000, failAfter: 30_000), as: format, width: nil, to: writer)
            }
            #expect(received.count >= 1 << 20, "\(format): \(received.count) bytes out before the failure")
            #expect(whole.utf8.starts(with: received), "\(format): what left is the start of the whole answer")
        }
        var tableReceived = 0
        let writer = QueryWriter { tableReceived += $0.count }
        #expect(throws: Interrupted.self) {
            try QueryRendering.write(Self.long(40_000, failAfter: 30_000), as: .table, width: nil, to: writer)
        }
        #expect(tableReceived == 0)
    }
}
