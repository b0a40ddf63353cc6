import CryptoIO
import Foundation
import TestSupport
import Testing

/// The named queries on both sample nights, with exact expected rows.
@Suite(.serialized) struct QueryTests {
    static let qca = "CN=Example Qualified CA,O=Example Trust Services SA,C=BE"
    static let qwca = "CN=Example Qualified Web CA,O=Example Trust Services SA,C=BE"

    static func archive() throws -> String { try SampleArchive.make() }

    static func json(_ archive: String, _ arguments: String...) throws -> [[String: Any]] {
        let run = try TestEnvironment.run(
            TestEnvironment.binary,
            ["query", "--archive", archive] + arguments + ["--format", "json"]
        )
        #expect(run.status == 0, "\(run)")
        return try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]] ?? []
    }

    @Test func everyNamedQueryAnswersWithExactRows() throws {
        let archive = try Self.archive()

        // revocation-latency: hand-computed from Samples/README.md. n-gina: requested 2026-11-20T14:30:00Z,
        // first CRL 2026-11-21T14:30:00Z = 86400 s (exactly 24 h, in time), OCSP 14:21 = 85860 s.
        // w-rev002: requested 09:15:00, first CRL 09:15:01 next day = 86401 s (late), OCSP 09:06 = 85860 s.
        // n-rev002-resolved: requested 2026-11-19T21:00:00Z, CRL published 21:37 = 2220 s (delivered a
        // day late, but published in time), OCSP 21:21 = 1260 s.
        let latency = try Self.json(archive, "revocation-latency")
        #expect(latency.count == 9)
        let liege = try #require(latency.first { $0["serial"] as? String == "5fb9d547061fc08bfccb4f18" })
        #expect(
            liege["crl_latency_seconds"] as? Int == 2_220 && liege["ocsp_latency_seconds"] as? Int == 1_260
                && liege["over_24h"] as? Bool == false
        )
        let gina = try #require(latency.first { $0["serial"] as? String == "510083550e005e0b83ae6886" })
        #expect(
            gina["crl_latency_seconds"] as? Int == 86_400 && gina["ocsp_latency_seconds"] as? Int == 85_860
                && gina["over_24h"] as? Bool == false
        )
        let late = try #require(latency.first { $0["serial"] as? String == "77b667d2642ae4f92e95c3ce" })
        #expect(
            late["crl_latency_seconds"] as? Int == 86_401 && late["ocsp_latency_seconds"] as? Int == 85_860
                && late["over_24h"] as? Bool == true
        )
        #expect(late["issuer"] as? String == Self.qwca && late["policy"] as? String == "QNCP-w")
        #expect(latency.filter { $0["over_24h"] as? Bool == true }.count == 1)

        // qscd-exposure: two withdrawals on day 2; only nq-qsc002 was still valid.
        let exposure = try Self.json(archive, "qscd-exposure")
        #expect(
            exposure.map { "\($0["certification_id"]!) \($0["serial"]!) \($0["valid_at_change"]!)" } == [
                "QSCD-CERT-2021-008 4f7921ff1b7a15b5b3a38595 0", "QSCD-CERT-2023-042 471510b1912a98cf5f1dd2d5 1",
            ]
        )
        #expect(try Self.json(archive, "qscd-exposure", "--certification-id", "QSCD-CERT-2023-042").count == 1)

        // coverage: the totals row holds the archive's counts.
        let coverage = try Self.json(archive, "coverage")
        let all = try #require(coverage.last)
        #expect(
            all["policy"] as? String == "(all)" && all["certificates"] as? Int == 50 && all["events"] as? Int == 288
        )
        // 25 open findings: the 26th, REV-002 of n-rev002-resolved, was resolved by day 2.
        #expect(all["bundles"] as? Int == 64 && all["findings"] as? Int == 25 && all["rejects"] as? Int == 12)
        #expect(
            Set(coverage.dropLast().compactMap { $0["policy"] as? String }) == [
                "QCP-n", "QCP-l", "QCP-n-qscd", "QCP-l-qscd", "QEVCP-w", "QNCP-w", "QNCP-w-gen",
            ]
        )
        #expect(coverage.dropLast().reduce(0) { $0 + ($1["certificates"] as? Int ?? 0) } == 50)

        // certificates: a policy and a period; status at --to.
        let qscd = try Self.json(archive, "certificates", "--policy", "QCP-n-qscd", "--to", "2026-11-22")
        #expect(
            qscd.map { "\($0["serial"]!) \($0["status"]!)" } == [
                "664f53056823bfa6c9de88ba revoked", "471510b1912a98cf5f1dd2d5 valid", "674eba7ff5c461b84ed20c64 valid",
                "52eef7c64bdd06a0b40146bf valid",
            ],
            "nq-elena, nq-qsc002, nq-bruno, nq-qsc001, by notBefore"
        )
        #expect(qscd.allSatisfy { $0["policy"] as? String == "QCP-n-qscd" })
        #expect(
            qscd.first { $0["serial"] as? String == "664f53056823bfa6c9de88ba" }?["status"] as? String == "revoked",
            "nq-elena, revoked day 1"
        )
        let inPeriod = try Self.json(archive, "certificates", "--from", "2026-11-01", "--to", "2026-11-22")
        #expect(inPeriod.allSatisfy { ($0["not_before"] as? String ?? "") >= "2026-11-01" })

        // status-beyond-expiry: l-oldco still listed after expiry, l-rev004 not.
        let beyond = try Self.json(archive, "status-beyond-expiry", "--to", "2026-11-22")
        #expect(
            beyond.map { "\($0["serial"]!) \($0["published_beyond_expiry"]!)" } == [
                "48b4565388d26687ca3594df 1", "61356fdc1ab6c8343ba60d6a 0",
            ]
        )

        // timeline and governing documents of n-gina.
        let timeline = try Self.json(archive, "timeline", "--issuer", Self.qca, "--serial", "510083550e005e0b83ae6886")
        let kinds = timeline.compactMap { $0["kind"] as? String }
        #expect(
            Array(kinds.prefix(5)) == ["application", "registration", "approval", "subscriber_agreement", "issuance"]
        )
        #expect(
            kinds.contains("revocation_request") && kinds.contains("crl_published") && kinds.contains("ocsp_revoked")
        )
        #expect(timeline.map { $0["time"] as? String ?? "" } == timeline.map { $0["time"] as? String ?? "" }.sorted())
        let governing = try Self.json(
            archive,
            "governing-documents",
            "--issuer",
            Self.qca,
            "--serial",
            "510083550e005e0b83ae6886"
        )
        #expect(
            governing.map { "\($0["event_type"]!) \($0["document_id"]!) \($0["in_force_at_event"]!)" } == [
                "application cpcps-qca-v3.1 1", "subscriber_agreement terms-v5 1", "issuance terms-v5 1",
                "issuance pds-en-v5 1",
            ]
        )
        let underTerms = try Self.json(archive, "certificates-under-document", "--document", "terms-v5")
        #expect(underTerms.contains { $0["serial"] as? String == "510083550e005e0b83ae6886" })
        #expect(underTerms.allSatisfy { $0["document_id"] as? String == "terms-v5" })

        // exceptions: the imported register entry, marked as not from EN 319 411-2.
        let exceptions = try Self.json(archive, "exceptions", "--to", "2026-11-22")
        #expect(
            exceptions.count == 1 && exceptions[0]["source_type"] as? String == "national-law"
                && exceptions[0]["origin"] as? String == "not from EN 319 411-2"
        )
        #expect(exceptions[0]["review_overdue"] as? Bool == false)
        #expect(try Self.json(archive, "exceptions", "--to", "2028-01-01")[0]["review_overdue"] as? Bool == true)
    }

    /// Runs qcarchive with standard output on a pseudo-terminal `columns` wide.
    static func inTerminal(_ columns: Int, _ arguments: [String]) throws -> TestEnvironment.Run {
        try TestEnvironment.run(
            "python3",
            [TestEnvironment.packageRoot + "/Tests/Fixtures/tty/in_pty.py", String(columns), TestEnvironment.binary]
                + arguments
        )
    }

    /// Issue #15 item 6: tables take the terminal's width and every value whole when piped; an
    /// identifier an auditor pastes is never cut; the issuer shows when the rows name several;
    /// durations read as hours, minutes and seconds; an application-only finding names its application.
    @Test func tablesUseTheTerminalsWidthAndNeverCutAnIdentifier() throws {
        let archive = try Self.archive()
        let liege = "CN=Example Qualified CA Liège,O=Example Trust Services SA,C=BE"
        let wide = try Self.inTerminal(200, ["query", "--archive", archive, "revocation-latency"])
        let lines = wide.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("issuer ") == true, "several issuers: the issuer is a column: \(wide)")
        #expect(lines.allSatisfy { $0.count <= 200 } && lines.contains { $0.count > 80 }, "\(wide)")
        let late = try #require(lines.first { $0.contains("77b667d2642ae4f92e95c3ce") })
        #expect(late.contains("86401 (24 h 0 min 1 s)") && late.contains(Self.qwca), "\(late)")
        #expect(lines.contains { $0.hasPrefix(liege + "  5fb9d547061fc08bfccb4f18") }, "\(wide)")

        // 80 columns cannot hold a DN, a serial and a readable message: one block per row, whole values.
        let narrow = try Self.inTerminal(
            80,
            ["query", "--archive", archive, "findings", "--rule", "REV-002", "--state", "all"]
        )
        #expect(narrow.stdout.hasPrefix("-[ 1 ]\nrule               REV-002\n"), "\(narrow)")
        #expect(narrow.stdout.contains("\nissuer\n  \(liege)\n"), "a DN too long for its row gets a line: \(narrow)")
        #expect(narrow.stdout.hasSuffix("certificates\nqualified under eIDAS.\n"), "the boundary wraps too")
        #expect(narrow.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 }, "\(narrow)")
        #expect(!narrow.stdout.contains("…"))

        // Piped: every value whole, however long the line.
        let piped = try TestEnvironment.qcarchive("query", "--archive", archive, "certificates", "--to", "2026-11-22")
        #expect(!piped.stdout.contains("…") && piped.stdout.contains(liege + "  557511fcb684a3ca0c5fae09"), "\(piped)")
        let application = try TestEnvironment.qcarchive("query", "--archive", archive, "findings", "--rule", "POL-001")
        #expect(application.stdout.contains("POL-001  application app-2026-0552  major"), "\(application)")
        let resolved = try TestEnvironment.qcarchive("query", "--archive", archive, "findings", "--state", "resolved")
        #expect(resolved.stdout.hasPrefix("rule     serial                    severity  state     resolved_by_batch"))
    }

    @Test func formatsFitTheirReaders() throws {
        let archive = try Self.archive()
        // In an 80-column terminal every line fits (no identifier of the samples is wider).
        for name in ["findings", "certificates", "revocation-latency", "coverage"] {
            let period = name == "coverage" ? [] : ["--to", "2026-11-22"]  // coverage takes no filter
            let table = try Self.inTerminal(80, ["query", "--archive", archive, name] + period)
            #expect(table.status == 0)
            #expect(
                table.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 },
                "\(name) table wider than 80 columns: \(table)"
            )
        }
        let csv = try TestEnvironment.qcarchive("query", "--archive", archive, "revocation-latency", "--format", "csv")
        #expect(csv.stdout.hasPrefix("issuer,serial,policy,request_id,"))
        #expect(
            csv.stdout.contains(
                "\r\n\"CN=Example Qualified CA,O=Example Trust Services SA,C=BE\",48b4565388d26687ca3594df,"
            )
        )
        let parsed = try TestEnvironment.run(
            "python3",
            [
                "-c",
                "import csv,sys; rows=list(csv.reader(sys.stdin)); assert all(len(r)==11 for r in rows), rows; "
                    + "print(len(rows))",
            ],
            stdin: Array(csv.stdout.utf8)
        )
        #expect(parsed.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "10", "\(parsed)")
        let list = try TestEnvironment.qcarchive("query", "--list")
        for name in [
            "findings", "certificates", "timeline", "governing-documents", "certificates-under-document",
            "revocation-latency", "qscd-exposure", "status-beyond-expiry", "exceptions", "coverage",
        ] {
            #expect(list.stdout.contains(name + " "), "\(name)")
        }
        let show = try TestEnvironment.qcarchive(
            "show",
            "--archive",
            archive,
            "--issuer",
            Self.qca,
            "--serial",
            "510083550e005e0b83ae6886"
        )
        #expect(show.status == 0 && show.stdout.contains("Gina") && show.stdout.contains("crl_published"), "\(show)")
    }

    @Test func parametersAreValidatedAndCannotInjectSQL() throws {
        let archive = try Self.archive()
        let before = SHA256Digest.of(try TestEnvironment.read(archive + "/catalog.sqlite"))
        for arguments in [
            ["nonsense"], ["findings", "--policy", "QCP-n'; DROP TABLE event; --"],
            ["findings", "--from", "yesterday"],
            ["findings", "--rule", "POL-999"], ["timeline", "--serial", "xyz", "--issuer", Self.qca],
            ["findings", "--format", "xml"],
        ] {
            let run = try TestEnvironment.run(TestEnvironment.binary, ["query", "--archive", archive] + arguments)
            #expect(run.status == 64, "\(arguments): \(run)")
            #expect(run.stderr.contains("Error: "), "\(arguments)")
        }
        let injected = try Self.json(archive, "certificates-under-document", "--document", "x' OR '1'='1")
        #expect(injected.isEmpty, "the parameter is bound, not spliced")
        let noSuch = try TestEnvironment.run(
            TestEnvironment.binary,
            ["query", "--archive", archive, "timeline", "--issuer", "' OR 1=1 --", "--serial", "1"]
        )
        #expect(noSuch.status == 1 && noSuch.stderr.contains("has no certificate 1"), "not found: \(noSuch)")
        #expect(
            SHA256Digest.of(try TestEnvironment.read(archive + "/catalog.sqlite")) == before,
            "queries never change the catalog"
        )
        #expect(try Self.json(archive, "coverage").last?["events"] as? Int == 288)
    }

    /// Issue #15 item 5: a flag a query does not apply is refused with the flags it takes, never
    /// silently ignored; a period that ends before it starts is refused.
    @Test func aFilterIsAppliedOrRefused() throws {
        let archive = try Self.archive()
        let cases: [([String], String)] = [
            (
                ["status-beyond-expiry", "--policy", "QCP-n"],
                "'status-beyond-expiry' does not take --policy; it takes --to."
            ),
            (["coverage", "--rule", "REV-002"], "'coverage' does not take --rule; it takes no filter."),
            (
                ["certificates", "--rule", "REV-002", "--document", "d"],
                "'certificates' does not take --rule, --document; it takes --policy, --from, --to."
            ),
            (["qscd-exposure", "--from", "2026-11-20"], "it takes --certification-id."),
            (["findings", "--from", "2026-11-21", "--to", "2026-11-20"], "--from must come before --to."),
            (["revocation-latency", "--from", "2026-11-21", "--to", "2026-11-21"], "--from must come before --to."),
        ]
        for (arguments, message) in cases {
            let run = try TestEnvironment.run(TestEnvironment.binary, ["query", "--archive", archive] + arguments)
            #expect(run.status == 64 && run.stderr.contains(message), "\(arguments): \(run)")
            #expect(run.stdout.isEmpty)
        }
        let applied = try TestEnvironment.run(
            TestEnvironment.binary,
            ["query", "--archive", archive, "certificates", "--policy", "QCP-l", "--format", "json"]
        )
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(applied.stdout.utf8)) as? [[String: Any]])
        #expect(applied.status == 0 && !rows.isEmpty && rows.allSatisfy { $0["policy"] as? String == "QCP-l" })
    }

    /// Issue #15 item 3: times are compared as times. A publication half a second after expiry
    /// (`…59.5Z` sorts before `…59Z` as text) counts as after it; `certificates --to T` does not show
    /// a revocation made after T.
    @Test func timesAreComparedAsTimes() throws {
        let archive = try Self.archive()
        // 61356fdc… expires at 2026-11-20T10:59:59Z; its CRL qca-20261120T1025Z.crl is published again
        // half a second later.
        let drop = try TestEnvironment.temporaryFolder() + "/day3"
        try TestEnvironment.write(
            "{\"crl\":\"qca-20261120T1025Z.crl\",\"published_at\":\"2026-11-20T10:59:59.5Z\","
                + "\"distribution_point\":\"http://crl.trust.example/qca.crl\"}\n",
            to: drop + "/status/crl-publications.jsonl"
        )
        try TestEnvironment.write("{\"batch_id\":\"2026-11-22\"}\n", to: drop + "/batch.json")
        let night = try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", drop)
        #expect(night.status == 0, "\(night)")
        let beyond = try Self.json(archive, "status-beyond-expiry", "--to", "2026-11-23")
        let row = try #require(beyond.first { $0["serial"] as? String == "61356fdc1ab6c8343ba60d6a" })
        #expect(row["last_crl_listing_after_expiry"] as? String == "2026-11-20T10:59:59.5Z", "\(row)")
        #expect(row["published_beyond_expiry"] as? Bool == true)

        // 600c8b28… was revoked at 2026-11-20T10:20:00Z: not yet as of 10:00, revoked as of 11:00.
        for (to, revokedAt) in [("2026-11-20T10:00:00Z", nil), ("2026-11-20T11:00:00Z", "2026-11-20T10:20:00Z")] {
            let rows = try Self.json(archive, "certificates", "--to", to)
            let row = try #require(rows.first { $0["serial"] as? String == "600c8b28d734db72dd8f3941" })
            #expect(row["revoked_at"] as? String == revokedAt, "as of \(to): \(row)")
        }
    }
}
