import Bundling
import Foundation
import TestSupport
import Testing

/// Findings follow the evidence (SPEC "Lifecycle gates", #15 item 1): the sample n-rev002-resolved
/// has no CRL listing it by its REV-002 deadline at day 1's cutoff, and day 2 delivers the CRL that
/// was published in time.
@Suite(.serialized) struct FindingStateTests {
    static let liege = "CN=Example Qualified CA Liège,O=Example Trust Services SA,C=BE"
    static let resolvedSerial = "5fb9d547061fc08bfccb4f18"

    static func findings(_ archive: String, _ arguments: String...) throws -> [[String: Any]] {
        let run = try TestEnvironment.run(
            TestEnvironment.binary,
            ["query", "--archive", archive, "findings"] + arguments + ["--format", "json"]
        )
        #expect(run.status == 0, "\(run)")
        return try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]] ?? []
    }

    @Test func aFindingSettledByLateEvidenceIsResolvedByThatBatchAndStaysListed() throws {
        let archive = try TestEnvironment.temporaryFolder() + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        let night1 = try TestEnvironment.qcarchive(
            "nightly",
            "--archive",
            archive,
            "--drop",
            TestEnvironment.samples + "/day1"
        )
        #expect(night1.status == 3, "\(night1)")

        // Day 1: the deadline passed unseen; the finding is open and observed at the deadline.
        let open = try Self.findings(archive, "--rule", "REV-002").filter {
            $0["serial"] as? String == Self.resolvedSerial
        }
        #expect(open.count == 1)
        #expect(open.first?["state"] as? String == "open")
        #expect(open.first?["observed_at"] as? String == "2026-11-20T21:00:00Z", "REV-002 is observed at the deadline")
        #expect(open.first?["resolved_by_batch"] is NSNull)
        #expect((open.first?["message"] as? String)?.contains("no CRL publication listing it was found") == true)

        let night2 = try TestEnvironment.qcarchive(
            "nightly",
            "--archive",
            archive,
            "--drop",
            TestEnvironment.samples + "/day2"
        )
        #expect(night2.status == 3, "\(night2)")
        #expect(night2.stdout.contains("1 resolved by this batch's evidence"), "\(night2)")

        // Day 2: resolved by batch 2026-11-21, no longer among the open findings, never deleted.
        #expect(try Self.findings(archive).allSatisfy { $0["serial"] as? String != Self.resolvedSerial })
        let resolved = try Self.findings(archive, "--state", "resolved")
        #expect(resolved.map { $0["serial"] as? String } == [Self.resolvedSerial])
        #expect(resolved.first?["resolved_by_batch"] as? String == "2026-11-21")
        #expect(resolved.first?["batch_id"] as? String == "2026-11-20")
        #expect(resolved.first?["message"] as? String == open.first?["message"] as? String, "raised text is kept")
        let ofBatch = try Self.findings(archive, "--batch", "2026-11-21", "--state", "resolved")
        #expect(ofBatch.map { $0["serial"] as? String } == [Self.resolvedSerial])

        let batches = try TestEnvironment.qcarchive("batches", "--archive", archive, "--format", "csv")
        #expect(
            batches.stdout.split(separator: "\r\n").contains {
                $0.hasPrefix("2026-11-21,sealed,") && $0.contains(",15,1,") && $0.hasSuffix(",2")
            }
        )

        // The certificate's second bundle version carries the change; both versions verify, and
        // the history check lets a finding's state (and only that) change between versions.
        let bundles = TestEnvironment.files(under: archive + "/bundles").filter { $0.contains(Self.resolvedSerial) }
            .sorted().map { archive + "/bundles/" + $0 }
        #expect(bundles.count == 2, "\(bundles)")
        let states = try bundles.map { bundle in
            let read = try TestEnvironment.run(
                "python3",
                [
                    "-c",
                    "import json,sys,tarfile\nt=tarfile.open(sys.argv[1])\n"
                        + "m=[x for x in t.getnames() if x.endswith('/data/findings.json')][0]\n"
                        + "f=[x for x in json.load(t.extractfile(m)) if x['rule']=='REV-002']\n"
                        + "print(f[0]['state'], f[0]['resolved_by_batch'])",
                    bundle,
                ]
            )
            #expect(read.status == 0, "\(read)")
            return read.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        #expect(states == ["open None", "resolved 2026-11-21"])
        #expect(try TestEnvironment.qcarchive("verify", "--archive", archive, "--all").status == 0)

        // The catalog is an index: reindex restores each finding's state from the sealed bundles.
        let before = try TestEnvironment.qcarchive(
            "query",
            "--archive",
            archive,
            "findings",
            "--state",
            "all",
            "--format",
            "json"
        )
        #expect(try TestEnvironment.qcarchive("reindex", "--archive", archive).status == 0)
        let after = try TestEnvironment.qcarchive(
            "query",
            "--archive",
            archive,
            "findings",
            "--state",
            "all",
            "--format",
            "json"
        )
        #expect(after.stdout == before.stdout && !before.stdout.isEmpty)
    }

    @Test func aNewVersionMayChangeAFindingsStateButNotWhatItSaid() {
        func findings(_ message: String, _ state: String, _ resolvedBy: String?) -> [String: [UInt8]] {
            let object: [String: Any] = [
                "rule": "REV-002", "issuer": "CN=CA", "serial": "1", "application_id": "app-1", "severity": "major",
                "message": message, "evidence": ["event:e1"], "observed_at": "2026-11-20T21:00:00Z",
                "batch_id": "b1", "policy": "QCP-n", "state": state, "resolved_by_batch": resolvedBy ?? NSNull(),
            ]
            let data = try? JSONSerialization.data(withJSONObject: [object], options: [.sortedKeys])
            return ["data/findings.json": Array(data ?? Data())]
        }
        let raised = findings("no CRL seen", "open", nil)
        #expect(BundleHistory.problems(previous: raised, next: findings("no CRL seen", "resolved", "b2")).isEmpty)
        let rewritten = BundleHistory.problems(previous: raised, next: findings("all fine", "resolved", "b2"))
        #expect(rewritten.count == 1)
        #expect(rewritten.first?.description.contains("data/findings.json") == true, "\(rewritten)")
    }

    @Test func queryFindingsRefusesAnUnknownState() throws {
        let archive = try TestEnvironment.temporaryFolder() + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        let run = try TestEnvironment.qcarchive("query", "--archive", archive, "findings", "--state", "closed")
        #expect(run.status == 64)
        #expect(run.stderr.contains("--state takes open, resolved or all, not 'closed'"), "\(run)")
        let elsewhere = try TestEnvironment.qcarchive("query", "--archive", archive, "coverage", "--state", "all")
        #expect(elsewhere.status == 64 && elsewhere.stderr.contains("'coverage' does not take --state"), "\(elsewhere)")
    }
}
