import Foundation
import Lifecycle
import TestSupport
import Testing

/// The fast event reader and writer against Foundation's: the fast reader may decline a line (it
/// then goes to `JSONDecoder`), but what it reads must be exactly what `JSONDecoder` reads, and the
/// writer must give `DocumentJSON.normalized`'s bytes.
@Suite struct StrictJSONTests {
    /// Every event line of the two sample nights.
    static let sampleLines: [[UInt8]] = {
        let fileManager = FileManager.default
        var lines: [[UInt8]] = []
        for night in ["day1", "day2"] {
            let folder = TestEnvironment.samples + "/\(night)/events"
            for name in ((try? fileManager.contentsOfDirectory(atPath: folder)) ?? []).sorted() {
                let text = (try? String(contentsOfFile: folder + "/" + name, encoding: .utf8)) ?? ""
                lines += text.split(separator: "\n").map { Array($0.utf8) }
            }
        }
        return lines
    }()

    static func foundation(_ line: [UInt8]) -> LifecycleEvent? {
        try? JSONDecoder().decode(LifecycleEvent.self, from: Data(line))
    }

    /// The sample lines `JSONDecoder` reads (the samples also hold lines that must be rejected).
    static let decodableLines = sampleLines.filter { foundation($0) != nil }

    @Test func readsEverySampleLineAsJSONDecoderDoes() throws {
        #expect(Self.decodableLines.count > 200)
        for line in Self.sampleLines {
            let slow = Self.foundation(line)
            let fast = LifecycleEvent(strictJSON: line)
            if slow == nil {
                #expect(fast == nil, "\(String(decoding: line, as: UTF8.self))")
            } else {
                #expect(fast == slow, "\(String(decoding: line, as: UTF8.self))")
            }
        }
    }

    @Test func writesTheNormalizedBytesOfDocumentJSON() throws {
        for line in Self.decodableLines {
            let event = try #require(Self.foundation(line))
            #expect(event.normalizedJSON == (try DocumentJSON.normalized(event)))
            // and reads its own output back to the same event
            #expect(LifecycleEvent(strictJSON: Array(event.normalizedJSON.utf8)) == event)
        }
    }

    /// Every field filled, with strings that need every kind of escape.
    @Test func escapesAndOrdersEveryFieldAsJSONEncoderDoes() throws {
        var awkward = (0..<0x20).map { String(Character(Unicode.Scalar(UInt8($0)))) }.joined()
        awkward += "\u{7F}\u{2028}/\"\\é😀 "
        let reference: [String: Any] = ["issuer": "CN=" + awkward, "serial": "1a"]
        var fields: [String: Any] = [:]
        for field in LifecycleEvent.Field.allCases { fields[field.rawValue] = awkward }
        fields["type"] = "revocation"
        fields["certificate"] = reference
        fields["predecessor"] = reference
        fields["evidence"] = [["kind": awkward, "method": "m", "reference": "r"], ["kind": "k"]]
        fields["changed_attributes"] = [awkward, "", "b"]
        for flag in ["subscriber_agreement", "key_compromise_known", "key_generated_in_qscd", "authenticated"] {
            fields[flag] = flag.count % 2 == 0
        }
        let source = try JSONSerialization.data(withJSONObject: fields)
        let event = try JSONDecoder().decode(LifecycleEvent.self, from: source)
        #expect(LifecycleEvent(strictJSON: Array(source)) == event)
        let expected = try DocumentJSON.normalized(event)
        #expect(event.normalizedJSON == expected)
        let read = try #require(LifecycleEvent(strictJSON: Array(expected.utf8)))
        #expect(read == Self.foundation(Array(expected.utf8)))
        #expect(read.evidence?.count == 2)
    }

    /// Lines the fast reader must leave to `JSONDecoder`; the reason classes stay `JSONDecoder`'s.
    @Test(arguments: [
        (#"{"event_id":"e","event_id":"f","type":"revocation","time":"t"}"#, "a repeated key"),
        ("\u{FEFF}" + #"{"event_id":"e","type":"revocation","time":"t"}"#, "a byte-order mark"),
        (#"{"event_id":"e","type":"revocation","time":"t",}"#, "a trailing comma"),
        (#"{"event_id":1,"type":"revocation","time":"t"}"#, "a number for a string"),
        (#"{"event_id":"\ud800","type":"revocation","time":"t"}"#, "a lone surrogate"),
        (#"{"event_id":"e","type":"teleport","time":"t"}"#, "an unknown type"),
        (#"{"event_id":"e","time":"t"}"#, "no type"),
        (#"{"event_id":"e","type":"revocation","time":"t","authenticated":"yes"}"#, "a string for a flag"),
        (
            #"{"event_id":"e","type":"revocation","time":"t","certificate":{"issuer":"CN=x"}}"#,
            "a reference without serial"
        ),
        (#"{"event_id":"e","type":"revocation","time":"t","evidence":[{"method":"m"}]}"#, "evidence without kind"),
        (#"{"event_id":"e","type":"revocation","time":"t","x":{"a":1,"a":2}}"#, "a repeated key in an extra field"),
        (#"{"event_id":"e","type":"revocation","tim\u00e9":"t"}"#, "a non-ASCII key"),
        (#"[{"event_id":"e","type":"revocation","time":"t"}]"#, "an array"),
        (#"{"event_id":"e","type":"revocation","time":"t"} x"#, "text after the object"),
        (#"{"event_id":"e","type":"revocation","time":"t","n":01}"#, "a number with a leading zero"),
    ])
    func leavesToJSONDecoder(_ line: String, _ what: String) {
        #expect(LifecycleEvent(strictJSON: Array(line.utf8)) == nil, "\(what)")
    }

    /// Every sample line with one byte replaced, at every position, by characters that matter to JSON:
    /// whatever the fast reader reads, `JSONDecoder` reads the same.
    @Test func neverReadsAChangedLineDifferentlyFromJSONDecoder() {
        let replacements: [UInt8] = Array(#""\{}[],: 1nu-"#.utf8) + [0x00, 0x1F, 0x7F, 0xC3, 0xFF]
        var accepted = 0
        var declined = 0
        for line in Self.decodableLines.prefix(40) {
            for position in line.indices {
                for byte in replacements where byte != line[position] {
                    var changed = line
                    changed[position] = byte
                    guard let fast = LifecycleEvent(strictJSON: changed) else {
                        declined += 1
                        continue
                    }
                    accepted += 1
                    let slow = Self.foundation(changed)
                    #expect(fast == slow, "\(String(decoding: changed, as: UTF8.self))")
                }
            }
        }
        #expect(accepted > 1000)  // the fast reader is taken, not only declined
        #expect(declined > 1000)
    }

    @Test func decodeLineTakesTheFastPathAndStillValidates() {
        let good = Self.decodableLines[0]
        #expect((try? LifecycleEvent.decode(line: good)) == Self.foundation(good))
        let local =
            #"{"event_id":"e1","type":"suspension","time":"2026-11-20T10:00:00+01:00","#
            + #""certificate":{"issuer":"CN=x","serial":"1"}}"#
        #expect(LifecycleEvent(strictJSON: Array(local.utf8)) != nil)
        #expect(throws: RejectReason.self) { try LifecycleEvent.decode(line: Array(local.utf8)) }
        do {
            _ = try LifecycleEvent.decode(line: Array(local.utf8))
        } catch {
            #expect(error.reasonClass == .nonUTCTime)
        }
    }
}
