import Foundation
import Lifecycle
import TestSupport
import Testing

/// `DocumentEncoder` against Foundation's `JSONEncoder` (`DocumentJSON.foundationEncode`): the same
/// bytes for every value it takes, and `Unsupported` for the values it leaves to Foundation.
@Suite struct DocumentEncoderTests {
    enum Kind: String, Codable { case first, second }

    struct Inner: Codable, Equatable {
        var name: String
        var note: String?
    }

    /// The shapes the bundle documents use: optionals left out and optionals written as null,
    /// nested values, arrays of optionals, empty containers, dictionaries, raw-value enums, integers.
    struct Shapes: Encodable {
        var text = "a/b \"c\" \\ \u{1}\u{8}\u{C}\t\n\r é 😀 \u{7F}\u{2028}"
        var absent: String? = nil
        var present: String? = "here"
        var kind = Kind.second
        var inner = Inner(name: "x", note: nil)
        var inners = [Inner(name: "y", note: "z"), Inner(name: "", note: nil)]
        var optionals: [String?] = ["a", nil]
        var empty: [Int] = []
        var emptyObject: [String: Int] = [:]
        var table = ["b": 2, "a": 1, "A": 0, "a_b": 3, "a1": 4, "a10": 5, "a2": 6]
        var nested = [[1, 2], [], [3]]
        var numbers = [0, -1, Int.max, Int.min]
        var flags = [true, false]
        var deep = ["k": ["k": ["k": Inner(name: "d", note: "n")]]]

        enum CodingKeys: String, CodingKey {
            case text, absent, present, kind, inner, inners, optionals, empty, table, nested, numbers, flags, deep
            case emptyObject = "empty_object"
            case nullWritten = "null_written"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(text, forKey: .text)
            try container.encodeIfPresent(absent, forKey: .absent)
            try container.encodeIfPresent(present, forKey: .present)
            try container.encode(absent, forKey: .nullWritten)  // null, not absent
            try container.encode(kind, forKey: .kind)
            try container.encode(inner, forKey: .inner)
            try container.encode(inners, forKey: .inners)
            try container.encode(optionals, forKey: .optionals)
            try container.encode(empty, forKey: .empty)
            try container.encode(emptyObject, forKey: .emptyObject)
            try container.encode(table, forKey: .table)
            try container.encode(nested, forKey: .nested)
            try container.encode(numbers, forKey: .numbers)
            try container.encode(flags, forKey: .flags)
            try container.encode(deep, forKey: .deep)
        }
    }

    @Test func writesEveryShapeAsJSONEncoderDoes() throws {
        let expected = try DocumentJSON.foundationEncode(Shapes())
        #expect(try DocumentEncoder.encode(Shapes()) == expected)
        #expect(try DocumentJSON.encode(Shapes()) == expected)
        #expect(try DocumentEncoder.encode([Inner]()) == DocumentJSON.foundationEncode([Inner]()))
        let compact = try DocumentJSON.foundationNormalized(Shapes())
        #expect(String(decoding: try DocumentEncoder.encode(Shapes(), pretty: false), as: UTF8.self) == compact)
        #expect(try DocumentJSON.normalized(Shapes()) == compact)
        #expect(try DocumentEncoder.encode("top") == DocumentJSON.foundationEncode("top"))
    }

    struct WithDouble: Encodable { var value = 1.5 }
    struct WithDate: Encodable { var value = Date(timeIntervalSince1970: 0) }
    struct WithData: Encodable { var value = Data([1, 2]) }
    struct WithUnicodeKey: Encodable { var values = ["é": 1] }
    struct WithSuper: Encodable {
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Shapes.CodingKeys.self)
            try Inner(name: "s", note: nil).encode(to: container.superEncoder())
        }
    }

    /// What Foundation writes its own way goes to Foundation, and `DocumentJSON.encode` still gives its bytes.
    @Test func leavesToJSONEncoderWhatItWritesItsOwnWay() throws {
        func check(_ value: some Encodable) throws {
            #expect(throws: DocumentEncoder.Unsupported.self) { try DocumentEncoder.encode(value) }
            #expect(try DocumentJSON.encode(value) == DocumentJSON.foundationEncode(value))
            #expect(try DocumentJSON.normalized(value) == DocumentJSON.foundationNormalized(value))
        }
        try check(WithDouble())
        try check(WithDate())
        try check(WithData())
        try check(WithUnicodeKey())
        try check(WithSuper())
    }

    /// Every JSON document of a sample archive (bundle payloads and tag files, seals, reports,
    /// validation data), read back and written again by both encoders: the same bytes, and the
    /// bytes the archive holds.
    @Test func writesEveryDocumentOfASampleArchiveAsJSONEncoderDoes() throws {
        let archive = try SampleArchive.make()
        let unpacked = try TestEnvironment.temporaryFolder() + "/bags"
        var documents: [String] = []
        let walker = FileManager.default.enumerator(atPath: archive)
        while let path = walker?.nextObject() as? String {
            let full = archive + "/" + path
            if path.hasSuffix(".tar.gz") {
                let folder = unpacked + "/" + path
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                let untar = try TestEnvironment.run("tar", ["-xzf", full, "-C", folder])
                #expect(untar.status == 0, "\(untar)")
            } else if path.hasSuffix(".json") {
                documents.append(full)
            }
        }
        let bagWalker = FileManager.default.enumerator(atPath: unpacked)
        while let path = bagWalker?.nextObject() as? String {
            if path.hasSuffix(".json") { documents.append(unpacked + "/" + path) }
        }
        var compared = 0
        for path in documents {
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
            // Only the documents written in DocumentJSON's pretty form (not compact lines, not drop copies).
            guard bytes.last == 0x0A, bytes.contains(0x0A), bytes.dropLast().last != 0x0A,
                let tree = StrictJSON.parse(bytes), case .object = tree,
                (try? DocumentJSON.foundationEncode(Tree(tree))) == bytes
            else { continue }
            #expect(try DocumentEncoder.encode(Tree(tree)) == bytes, "\(path)")
            #expect(
                try DocumentEncoder.encode(Tree(tree), pretty: false)
                    == Array(DocumentJSON.foundationNormalized(Tree(tree)).utf8)
            )
            compared += 1
        }
        #expect(compared > 100)
    }

    /// A read JSON value, encoded back through `Encodable` (integers as `Int`).
    struct Tree: Encodable {
        var value: StrictJSON
        init(_ value: StrictJSON) { self.value = value }

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        func encode(to encoder: any Encoder) throws {
            switch value {
            case .null:
                var container = encoder.singleValueContainer()
                try container.encodeNil()
            case .bool(let flag):
                var container = encoder.singleValueContainer()
                try container.encode(flag)
            case .number(let text):
                var container = encoder.singleValueContainer()
                if let integer = Int(text) {
                    try container.encode(integer)
                } else {
                    try container.encode(Double(text)!)
                }
            case .string(let text):
                var container = encoder.singleValueContainer()
                try container.encode(text)
            case .array(let elements):
                var container = encoder.unkeyedContainer()
                for element in elements { try container.encode(Tree(element)) }
            case .object(let members):
                var container = encoder.container(keyedBy: Key.self)
                for member in members { try container.encode(Tree(member.value), forKey: Key(stringValue: member.key)) }
            }
        }
    }
}
