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
    }

    @Test func csvQuotesFieldsWithSeparatorsAndDoublesQuotes() throws {
        let result = QueryResult(columns: ["value"], rows: [[.text("a,b")], [.text("say \"hi\"")], [.text("plain")]])
        #expect(try QueryRendering.render(result, as: .csv) == "value\r\n\"a,b\"\r\n\"say \"\"hi\"\"\"\r\nplain\r\n")
    }
}
