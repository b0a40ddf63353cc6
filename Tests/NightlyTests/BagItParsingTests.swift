import Bundling
import Testing

/// The manifest and bag-info readers work on bytes (#16: `verify --all` reads them for every bag);
/// what they read is pinned here, line ends, percent-encoded paths and continuation lines included.
@Suite struct BagItParsingTests {
    static let digest = String(repeating: "Ab", count: 32)

    @Test func manifestLinesGivePathsAndLowerCaseDigests() throws {
        let text = "\(Self.digest)  data/a b.json\n\(Self.digest)\tdata/100%25%0Aline\r\n\n"
        let parsed = try #require(BagIt.parseManifest(Array(text.utf8)))
        #expect(parsed.map(\.path) == ["data/a b.json", "data/100%\nline"])
        #expect(parsed.allSatisfy { $0.digest == String(repeating: "ab", count: 32) })
        #expect(BagIt.parseManifest(Array("nodigest\n".utf8)) == nil, "a line without a blank")
        #expect(BagIt.parseManifest(Array("abc  data/x\n".utf8)) == nil, "a digest that is not 64 characters")
        #expect(BagIt.parseManifest(Array("\(Self.digest)  \n".utf8)) == nil, "no path")
    }

    @Test func bagInfoJoinsContinuationLinesAndTrimsValues() {
        let text =
            "Source-Organization:  qcarchive \r\nConformance-Boundary: one\n  two\n\tthree\nNo colon here\n"
            + "Certificate-Issuer:\u{A0}CN=Liège\u{A0}\nEmpty:\n"
        let fields = BagIt.parseBagInfo(Array(text.utf8))
        #expect(fields.map(\.0) == ["Source-Organization", "Conformance-Boundary", "Certificate-Issuer", "Empty"])
        #expect(fields.map(\.1) == ["qcarchive", "one two three", "CN=Liège", ""])
    }
}
