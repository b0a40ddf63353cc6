import Foundation
import TestSupport
import Testing

/// Both sample nights into one archive, checked against what Samples/README.md documents.
@Suite(.serialized) struct SamplesEndToEndTests {
    struct ExpectedReject: Decodable, Hashable {
        var day: String
        var file: String
        var line: Int?
        var reasonClass: String
        enum CodingKeys: String, CodingKey {
            case day, file, line
            case reasonClass = "reason_class"
        }
    }

    @Test func bothNightsImportWithExactlyTheDocumentedRejectsAndVerifiableBundles() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = folder + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        var found: Set<ExpectedReject> = []
        for day in ["day1", "day2"] {
            let run = try TestEnvironment.qcarchive(
                "nightly",
                "--archive",
                archive,
                "--drop",
                TestEnvironment.samples + "/" + day
            )
            #expect(run.status == 3, "\(run)")
            let batch = day == "day1" ? "2026-11-20" : "2026-11-21"
            let report =
                try JSONSerialization.jsonObject(
                    with: Data(TestEnvironment.read(archive + "/batches/\(batch)/report.json"))
                ) as? [String: Any]
            for reject in report?["rejects"] as? [[String: Any]] ?? [] {
                found.insert(
                    ExpectedReject(
                        day: day,
                        file: reject["file"] as? String ?? "",
                        line: reject["line"] as? Int,
                        reasonClass: reject["reason_class"] as? String ?? ""
                    )
                )
            }
            if day == "day2" {
                let events = (report?["counts"] as? [String: [String: Int]])?["events"]
                #expect(
                    events?["duplicates"] == 1,
                    "the byte-identical repeat of a day-1 event is a duplicate, not a reject"
                )
            }
        }
        let expected = try JSONDecoder().decode(
            [ExpectedReject].self,
            from: Data(TestEnvironment.read(TestEnvironment.samples + "/expected/rejects.json"))
        )
        #expect(found == Set(expected))

        // Every bundle: GNU tar lists it, bagit validates it, openssl accepts its CMS seal.
        let bundles = TestEnvironment.files(under: archive + "/bundles").filter { $0.hasSuffix(".tar.gz") }
        #expect(bundles.count >= 48)
        let extracted = folder + "/extracted"
        try FileManager.default.createDirectory(atPath: extracted, withIntermediateDirectories: true)
        for bundle in bundles {
            let run = try TestEnvironment.run("tar", ["-xzf", archive + "/bundles/" + bundle, "-C", extracted])
            #expect(run.status == 0, "\(bundle): \(run)")
        }
        let bags = try FileManager.default.contentsOfDirectory(atPath: extracted).sorted()
        #expect(bags.count == bundles.count, "one top-level folder per bundle, all distinct")
        let validation = try TestEnvironment.run(
            "python3",
            [
                "-c",
                """
                import bagit, os, sys
                root = sys.argv[1]
                for name in sorted(os.listdir(root)):
                    bagit.Bag(os.path.join(root, name)).validate()
                print("validated", len(os.listdir(root)))
                """, extracted,
            ]
        )
        #expect(validation.status == 0, "\(validation)")
        for bag in bags {
            let cms = try TestEnvironment.run(
                "openssl",
                [
                    "cms", "-verify", "-binary", "-inform", "DER", "-in", "\(extracted)/\(bag)/seal/tagmanifest.p7s",
                    "-content", "\(extracted)/\(bag)/tagmanifest-sha256.txt", "-CAfile", archive + "/trust/seal-ca.pem",
                    "-purpose", "any", "-out", "/dev/null",
                ]
            )
            #expect(cms.status == 0, "\(bag): \(cms)")
        }
        let verify = try TestEnvironment.qcarchive("verify", "--archive", archive, "--all")
        #expect(verify.status == 0, "\(verify)")

        // The gates find exactly the violations Samples/README.md documents, and nothing on the clean certificates.
        // Resolved findings stay listed with their state (SPEC "Findings follow the evidence").
        struct Violation: Decodable, Hashable {
            var rule: String
            var issuer: String?
            var serial: String?
            var applicationID: String?
            var state: String
            enum CodingKeys: String, CodingKey {
                case rule, issuer, serial, state
                case applicationID = "application_id"
            }
        }
        let query = try TestEnvironment.qcarchive(
            "query",
            "--archive",
            archive,
            "findings",
            "--state",
            "all",
            "--format",
            "json"
        )
        #expect(query.status == 0, "\(query)")
        let findings = try JSONDecoder().decode([Violation].self, from: Data(query.stdout.utf8))
        let documented = try JSONDecoder().decode(
            [Violation].self,
            from: Data(TestEnvironment.read(TestEnvironment.samples + "/expected/violations.json"))
        )
        #expect(findings.count == documented.count, "one finding per documented violation, no duplicates")
        #expect(Set(findings) == Set(documented))
        // Every document written validates against its JSON Schema.
        let schemas = try TestEnvironment.run(
            "python3",
            [TestEnvironment.packageRoot + "/Tests/Schemas/validate.py", "--archive", archive]
        )
        #expect(schemas.status == 0, "\(schemas)")
        #expect(schemas.stdout.contains(" passed, 0 failed"))
        // Re-running the seal step raises nothing new.
        let reseal = try TestEnvironment.qcarchive("seal", "--archive", archive)
        #expect(reseal.status == 0 && reseal.stdout.contains("No batch awaits sealing"))
    }
}
