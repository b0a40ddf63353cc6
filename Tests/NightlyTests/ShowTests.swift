import Foundation
import Lifecycle
import TestSupport
import Testing

/// `show` and `timeline` for a person (#15 item 7): what the certificate is now, then its timeline,
/// with repeated routine evidence collapsed unless `--all`, and `--from`/`--to`/`--kind`.
@Suite struct ShowTests {
    @Test func aCertificateWithThousandsOfOCSPAnswersShowsInAScreenful() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = folder + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        let drop = try FixtureDrop(at: folder + "/drop", certificates: 1)
        let serial = try #require(drop.serials.first)
        let start = try #require(RFC3339.parse("2026-11-20T12:00:00Z"))
        let answers = (0..<2_000).map { index in
            "{\"produced_at\":\"\(RFC3339.format(start.addingTimeInterval(Double(index) * 10)))\","
                + "\"issuer\":\"\(drop.issuer)\",\"serial\":\"\(serial)\",\"status\":\"good\","
                + "\"responder\":\"ocsp.example\"}\n"
        }.joined()
        try TestEnvironment.write(answers, to: drop.root + "/status/ocsp/responder.jsonl")
        let night = try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", drop.root)
        #expect(night.status == 0, "\(night)")

        let show = try TestEnvironment.qcarchive(
            "show",
            "--archive",
            archive,
            "--issuer",
            drop.issuer,
            "--serial",
            serial
        )
        #expect(show.status == 0, "\(show)")
        #expect(show.stdout.contains("  status      valid until "), "\(show)")
        #expect(show.stdout.contains("  bundles     1 version(s)\n    v1  batch day-1  bundles/"), "\(show)")
        #expect(show.stdout.contains("  findings    6 open\n    ISS-001  "), "the fixture's profile gaps: \(show)")
        #expect(
            show.stdout.contains(
                "ocsp_good ×2000  2000 between 2026-11-20T12:00:00Z and 2026-11-20T17:33:10Z (--all lists each)"
            ),
            "\(show)"
        )
        #expect(show.stdout.split(separator: "\n").count < 40, "a screenful, not 2,000 rows")

        let all = try TestEnvironment.qcarchive(
            "query",
            "--archive",
            archive,
            "timeline",
            "--issuer",
            drop.issuer,
            "--serial",
            serial,
            "--all",
            "--format",
            "json"
        )
        let rows = try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(rows.filter { $0["kind"] as? String == "ocsp_good" }.count == 2_000)

        let hour = try TestEnvironment.qcarchive(
            "query",
            "--archive",
            archive,
            "timeline",
            "--issuer",
            drop.issuer,
            "--serial",
            serial,
            "--from",
            "2026-11-20T13:00:00Z",
            "--to",
            "2026-11-20T14:00:00Z",
            "--kind",
            "ocsp",
            "--all",
            "--format",
            "json"
        )
        let inHour = try JSONSerialization.jsonObject(with: Data(hour.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(inHour.count == 360, "10-second answers in [13:00, 14:00): \(inHour.count) \(hour)")
        let issuance = try TestEnvironment.qcarchive(
            "show",
            "--archive",
            archive,
            "--issuer",
            drop.issuer,
            "--serial",
            serial,
            "--kind",
            "issuance"
        )
        #expect(issuance.stdout.contains("(1 row)") && !issuance.stdout.contains("ocsp_good"), "\(issuance)")
        let refused = try TestEnvironment.qcarchive(
            "query",
            "--archive",
            archive,
            "findings",
            "--kind",
            "issuance"
        )
        #expect(refused.status == 64 && refused.stderr.contains("'findings' does not take --kind"), "\(refused)")
    }
}
