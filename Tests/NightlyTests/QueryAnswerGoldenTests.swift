import Foundation
import TestSupport
import Testing

/// Issue #16's guard: the named queries answer the two sample nights with exactly the bytes committed in
/// `Tests/Fixtures/query-answers`, in every format, so that a faster catalog, importer or renderer cannot
/// change an answer unnoticed. Every time-dependent query is given `--to`, so the answers do not depend on the
/// day the test runs. `UPDATE_GOLDEN=1` rewrites the files (then read the diff). Issue #17: the PostgreSQL
/// catalog answers with the same committed bytes as SQLite's, and so does each catalog rebuilt by `reindex`.
@Suite(.serialized) struct QueryAnswerGoldenTests {
    static let qca = "CN=Example Qualified CA,O=Example Trust Services SA,C=BE"

    /// A file name, then the query and its flags.
    static let cases: [(name: String, arguments: [String])] = [
        ("findings", ["findings"]),
        ("findings-all", ["findings", "--state", "all"]),
        ("findings-rev002", ["findings", "--rule", "REV-002", "--state", "all"]),
        ("findings-batch", ["findings", "--batch", "2026-11-21", "--state", "all"]),
        ("certificates", ["certificates", "--to", "2026-11-22"]),
        (
            "certificates-qscd",
            ["certificates", "--policy", "QCP-n-qscd", "--from", "2026-11-01", "--to", "2026-11-22"]
        ),
        ("timeline", ["timeline", "--issuer", qca, "--serial", "510083550e005e0b83ae6886"]),
        ("governing-documents", ["governing-documents", "--issuer", qca, "--serial", "510083550e005e0b83ae6886"]),
        ("certificates-under-document", ["certificates-under-document", "--document", "terms-v5"]),
        ("revocation-latency", ["revocation-latency", "--to", "2026-11-22"]),
        ("qscd-exposure", ["qscd-exposure"]),
        ("status-beyond-expiry", ["status-beyond-expiry", "--to", "2026-11-22"]),
        ("exceptions", ["exceptions", "--to", "2026-11-22"]),
        ("coverage", ["coverage"]),
    ]

    /// The format's file extension (tables are the piped form: every value whole).
    static let formats = ["json": "json", "csv": "csv", "table": "txt"]

    @Test(arguments: TestCatalog.allCases)
    func everyNamedQueryAnswersTheSamplesWithTheCommittedBytes(catalog: TestCatalog) throws {
        let archive = try SampleArchive.make(catalog: catalog)
        try expectCommittedAnswers(archive, update: catalog == .sqlite, "")
        let rebuilt = try TestEnvironment.qcarchive("reindex", "--archive", archive)
        #expect(rebuilt.status == 0, "\(rebuilt)")
        try expectCommittedAnswers(archive, update: false, " after reindex")
    }

    /// Runs every case in every format and compares the answer with the committed file.
    private func expectCommittedAnswers(_ archive: String, update updating: Bool, _ when: String) throws {
        let folder = TestEnvironment.packageRoot + "/Tests/Fixtures/query-answers"
        let update = updating && ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1"
        var named = Set<String>()
        for (name, arguments) in Self.cases {
            named.insert(arguments[0])
            for (format, ext) in Self.formats.sorted(by: { $0.key < $1.key }) {
                let run = try TestEnvironment.run(
                    TestEnvironment.binary,
                    ["query", "--archive", archive] + arguments + ["--format", format]
                )
                #expect(run.status == 0, "\(name) \(format)\(when): \(run)")
                let path = "\(folder)/\(name).\(ext)"
                if update {
                    try TestEnvironment.write(run.stdout, to: path)
                    continue
                }
                let expected = try String(decoding: TestEnvironment.read(path), as: UTF8.self)
                #expect(
                    run.stdout == expected,
                    "query \(arguments.joined(separator: " ")) --format \(format)\(when) differs from \(path)"
                )
            }
        }
        // Every named query is among the cases (a new one must be added here).
        let listed = try TestEnvironment.qcarchive("query", "--list")
        let names = listed.stdout.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(Set(names).subtracting(named).isEmpty, "\(listed.stdout)")
    }
}
