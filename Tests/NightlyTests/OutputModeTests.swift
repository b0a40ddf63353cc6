import Foundation
import TestSupport
import Testing

/// `--json` and `--quiet` (#15 item 11): one JSON summary on stdout that its schema accepts, or
/// nothing at all on success.
@Suite struct OutputModeTests {
    /// Validates a summary against Schemas/command-summary.schema.json with Python's jsonschema.
    static func validate(_ json: String) throws -> TestEnvironment.Run {
        try TestEnvironment.run(
            "python3",
            [
                "-c",
                "import json,sys,jsonschema\ns=json.load(open(sys.argv[1]))\n"
                    + "jsonschema.Draft202012Validator(s).validate(json.load(sys.stdin))\nprint('valid')",
                TestEnvironment.packageRoot + "/Schemas/command-summary.schema.json",
            ],
            stdin: Array(json.utf8)
        )
    }

    static func object(_ run: TestEnvironment.Run) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any] ?? [:]
    }

    @Test func everySummaryIsOneJSONObjectItsSchemaAccepts() throws {
        let archive = try TestEnvironment.temporaryFolder() + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        let night = try TestEnvironment.qcarchive(
            "nightly",
            "--archive",
            archive,
            "--drop",
            TestEnvironment.samples + "/day1",
            "--json"
        )
        #expect(night.status == 3 && night.stderr.isEmpty, "\(night)")
        #expect(try Self.validate(night.stdout).stdout == "valid\n", "\(night.stdout)")
        let summary = try Self.object(night)
        #expect(summary["batch_state"] as? String == "sealed" && summary["exit_status"] as? Int == 3)
        #expect((summary["rejects"] as? [Any])?.count == 6)
        #expect(((summary["sealed"] as? [[String: Any]])?.first?["new_findings"] as? Int ?? 0) > 0)

        let seal = try TestEnvironment.qcarchive("seal", "--archive", archive, "--json")
        let sealed = try Self.object(seal)["sealed"] as? [Any]
        #expect(seal.status == 0 && sealed?.isEmpty == true, "nothing awaited sealing: \(seal)")
        #expect(try Self.validate(seal.stdout).stdout == "valid\n")

        let verify = try TestEnvironment.qcarchive("verify", "--archive", archive, "--all", "--json")
        let verified = try Self.object(verify)["ok"] as? Bool
        #expect(verify.status == 0 && verified == true, "\(verify)")
        #expect(try Self.validate(verify.stdout).stdout == "valid\n")

        let batches = try TestEnvironment.qcarchive("batches", "--archive", archive, "--json")
        let formatted = try TestEnvironment.qcarchive("batches", "--archive", archive, "--format", "json")
        #expect(batches.status == 0 && batches.stdout == formatted.stdout && batches.stdout.hasPrefix("[\n"))

        let reindex = try TestEnvironment.qcarchive("reindex", "--archive", archive, "--json")
        let certificates = try Self.object(reindex)["certificates"] as? Int
        #expect(reindex.status == 0 && certificates == 38, "\(reindex)")
        #expect(try Self.validate(reindex.stdout).stdout == "valid\n")

        // A failed verification is still one summary: ok false, the failures listed, exit 1.
        let bundle = try #require(TestEnvironment.files(under: archive + "/bundles").first)
        let path = archive + "/bundles/" + bundle
        var bytes = try TestEnvironment.read(path)
        bytes[40] ^= 0xFF  // inside the first gzip member's deflate data: the inflate or its CRC fails
        try TestEnvironment.write(bytes, to: path)
        let broken = try TestEnvironment.qcarchive("verify", "--archive", archive, "--all", "--json")
        let failed = try Self.object(broken)
        #expect(broken.status == 1 && failed["ok"] as? Bool == false, "\(broken)")
        #expect((failed["failures"] as? [String])?.contains { $0.contains(bundle) } == true, "\(failed)")
        #expect(try Self.validate(broken.stdout).stdout == "valid\n")
    }

    @Test func quietPrintsNothingOnSuccessAndEveryProblemOnFailure() throws {
        let archive = try TestEnvironment.temporaryFolder() + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        let night = try TestEnvironment.qcarchive(
            "nightly",
            "--archive",
            archive,
            "--drop",
            TestEnvironment.samples + "/day1",
            "--quiet"
        )
        #expect(night.status == 3 && night.stdout.isEmpty, "the exit status says it: \(night)")
        let verify = try TestEnvironment.qcarchive("verify", "--archive", archive, "--all", "--quiet")
        #expect(verify.status == 0 && verify.stdout.isEmpty, "\(verify)")
        let bundle = try #require(TestEnvironment.files(under: archive + "/bundles").first)
        try FileManager.default.removeItem(atPath: archive + "/bundles/" + bundle)
        let broken = try TestEnvironment.qcarchive("verify", "--archive", archive, "--all", "--quiet")
        #expect(broken.status == 1, "\(broken)")
        #expect(
            !broken.stdout.isEmpty && broken.stdout.split(separator: "\n").allSatisfy { $0.hasPrefix("FAIL ") },
            "only what is wrong: \(broken)"
        )
        let both = try TestEnvironment.qcarchive("verify", "--archive", archive, "--all", "--quiet", "--json")
        #expect(both.status == 64 && both.stderr.contains("--json and --quiet do not go together"), "\(both)")
    }
}
