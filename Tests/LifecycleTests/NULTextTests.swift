import Lifecycle
import Testing

/// U+0000 in a record's text is refused on either catalog (PostgreSQL cannot hold it, in text or JSON).
@Suite struct NULTextTests {
    @Test(arguments: [
        (#"{"reason":"x\u0000"}"#, true),
        (#"{"reason":"x\\u0000"}"#, false),  // a backslash, then the letters u0000
        (#"{"reason":"x\\\u0000"}"#, true),  // a backslash, then U+0000
        (#"{"reason":"\u00001"}"#, true),
        (#"{"reason":"\u0001 \u0100 \u000"}"#, false),
        (#"{"reason":"\n\t\"\/"}"#, false),
        ("\u{0}", true),
        ("{}", false),
    ])
    func theEscapeOrTheByteIsFoundAndNothingElse(json: String, holdsNUL: Bool) {
        #expect(NULText.isIn(json: Array(json.utf8)) == holdsNUL)
    }

    @Test func anEventWithNULInAFreeTextIsRejectedAfterItsIdsAreChecked() throws {
        let line =
            #"{"event_id":"e1","type":"suspension","time":"2026-11-20T12:00:00Z","#
            + #""certificate":{"issuer":"CN=CA","serial":"1a"},"reason":"certificateHold\u0000"}"#
        #expect(throws: NULText.rejected) { try LifecycleEvent.decode(line: Array(line.utf8)) }
        // An id with U+0000 is still named by its field.
        let id = line.replacingOccurrences(of: #""e1""#, with: #""e\u00001""#)
        let named = #expect(throws: RejectReason.self) { try LifecycleEvent.decode(line: Array(id.utf8)) }
        #expect(named?.message.contains("\"event_id\"") == true, "\(String(describing: named))")
    }
}
