import Foundation
import TestSupport
import Testing

/// Every report states the conformance boundary (SPEC "Who uses it and for what", #15 item 9):
/// report.json, the nightly summary, `show` and every table; JSON and CSV answers stay data only.
@Suite struct ConformanceBoundaryTests {
    static let sentence =
        "Conformance to ETSI EN 319 411-2 alone does not make a TSP or its certificates qualified under eIDAS."

    @Test func everyReportForAPersonStatesItAndNoMachineAnswerDoes() throws {
        let archive = try TestEnvironment.temporaryFolder() + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        let night = try TestEnvironment.qcarchive(
            "nightly",
            "--archive",
            archive,
            "--drop",
            TestEnvironment.samples + "/day1"
        )
        #expect(night.status == 3 && night.stdout.contains("  boundary          \(Self.sentence)\n"), "\(night)")

        let report =
            try JSONSerialization.jsonObject(
                with: Data(TestEnvironment.read(archive + "/batches/2026-11-20/report.json"))
            ) as? [String: Any]
        #expect(report?["conformance_boundary"] as? String == Self.sentence)

        let table = try TestEnvironment.qcarchive("query", "--archive", archive, "findings")
        // Piped: on one line; in a terminal it wraps to the table's width (QueryTests).
        #expect(table.status == 0 && table.stdout.hasSuffix(" rows)\n\(Self.sentence)\n"), "\(table)")
        for format in ["json", "csv"] {
            let answer = try TestEnvironment.qcarchive("query", "--archive", archive, "findings", "--format", format)
            #expect(answer.status == 0 && !answer.stdout.contains("eIDAS"), "\(format): \(answer)")
        }
        let show = try TestEnvironment.qcarchive(
            "show",
            "--archive",
            archive,
            "--issuer",
            "CN=Example Qualified CA,O=Example Trust Services SA,C=BE",
            "--serial",
            "510083550e005e0b83ae6886"
        )
        #expect(show.status == 0 && show.stdout.hasSuffix(" rows)\n\(Self.sentence)\n"), "\(show)")
    }
}
