import Foundation
import Lifecycle
import Testing

@Suite struct RFC3339Tests {
    @Test(arguments: [
        ("2026-11-20T08:15:30Z", 1_795_162_530.0),
        ("2026-11-20T08:15:30.250Z", 1_795_162_530.25),
        ("1970-01-01T00:00:00Z", 0.0),
        ("2024-02-29T23:59:59Z", 1_709_251_199.0),
    ])
    func parsesUTCTimes(text: String, seconds: Double) throws {
        let date = try #require(RFC3339.parse(text))
        #expect(abs(date.timeIntervalSince1970 - seconds) < 0.0005)
    }

    @Test(arguments: [
        "2026-11-20T08:15:30+02:00", "2026-11-20T08:15:30", "2026-11-20 08:15:30Z", "2026-13-01T00:00:00Z",
        "2025-02-29T00:00:00Z", "2026-11-20T24:00:00Z", "2026-11-20T08:15:30.Z", "20261120T081530Z", "",
        "2026-11-20T10:00:61Z",
    ])
    func rejectsEverythingButUTCWithZ(text: String) {
        #expect(RFC3339.parse(text) == nil)
    }

    @Test func formatsWholeSecondsOfOneLength() {
        #expect(RFC3339.format(Date(timeIntervalSince1970: 1_795_162_530)) == "2026-11-20T08:15:30Z")
        #expect(RFC3339.format(Date(timeIntervalSince1970: 1_795_162_530.75)) == "2026-11-20T08:15:30Z")
        #expect(RFC3339.format(Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59Z")
        #expect(RFC3339.formatDate(Date(timeIntervalSince1970: 0)) == "1970-01-01")
        #expect(RFC3339.format(Date(timeIntervalSince1970: -62_135_596_800)) == "0001-01-01T00:00:00Z")
        #expect(RFC3339.format(Date(timeIntervalSince1970: 253_402_300_799)) == "9999-12-31T23:59:59Z")
    }

    /// Every instant formatted reads back as itself, from year 1 to 9999 (a 13-day and 7-second
    /// stride, so every day of the month, hour, minute and second turn up).
    @Test func formatsWhatItParses() throws {
        var seconds: Int64 = -62_135_596_800
        var checked = 0
        while seconds < 253_402_300_799 {
            let date = Date(timeIntervalSince1970: TimeInterval(seconds))
            let text = RFC3339.format(date)
            #expect(text.utf8.count == 20)
            #expect(RFC3339.parse(text) == date, "\(text)")
            seconds += 13 * 86_400 + 3_607
            checked += 1
        }
        #expect(checked > 200_000)
    }

    /// Issue #15 item 3: a leap second is accepted and counted as POSIX counts it (the next second),
    /// never folded back onto :59.
    @Test func aLeapSecondIsTheSecondAfterIt() throws {
        #expect(RFC3339.parse("2016-12-31T23:59:60Z") == RFC3339.parse("2017-01-01T00:00:00Z"))
        #expect(try #require(RFC3339.parse("2026-11-20T10:00:60Z")) > #require(RFC3339.parse("2026-11-20T10:00:59.9Z")))
    }
}
