import Catalog
import Foundation
import Lifecycle
import TestSupport
import Testing

/// `qcarchive export supervision` and `qcarchive verify PACK.tar` (SPEC "Exports"; issue #14): a pack
/// of one policy and a period holds exactly the certificates the drop files name (computed by
/// Python from the drops), is a valid BagIt bag, its tag manifest's signature and timestamp are
/// accepted by openssl, each bundle inside verifies alone, its own VERIFY.md runs, its report
/// renders in headless Chromium with no network and draws the numbers of findings.json; tampering
/// is named.
@Suite(.serialized) struct SupervisionPackTests {
    /// The two sample nights, then a night of another CA (its batch is in the chain, not in the pack),
    /// renewed to SHA-512.
    static let shared: Result<String, any Error> = Result {
        let archive = try SampleArchive.make(label: "supervision")
        let third = try FixtureDrop(at: archive + "-day3", certificates: 2)
        // One raw OCSP response delivered twice: the catalog takes its answer from a.der once; b.der
        // speaks about the certificate all the same and goes into a pack too.
        let response = try third.ocspResponse(serial: third.serials[0], revoked: false)
        try TestEnvironment.write(response, to: third.root + "/status/ocsp/a.der")
        try TestEnvironment.write(response, to: third.root + "/status/ocsp/b.der")
        #expect(try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", third.root).status == 0)
        // Hash-tree renewal (RFC 4998 §5.3): each bundle's complete record proves it under SHA-512 too.
        let renewed = try TestEnvironment.qcarchive("renew", "--archive", archive, "--hash-algorithm", "sha-512")
        #expect(renewed.status == 0, "\(renewed)")
        return archive
    }

    static let period = ["--policy", "QCP-n", "--from", "2026-11-20T12:00:00Z", "--to", "2026-11-21T12:00:00Z"]

    static func export(_ archive: String, _ out: String, _ selection: [String] = period) throws -> TestEnvironment.Run {
        try TestEnvironment.run(
            TestEnvironment.binary,
            ["export", "supervision", "--archive", archive] + selection + ["--out", out]
        )
    }

    /// Extracts a pack with GNU tar; returns the bag's folder.
    static func extract(_ tar: String, into folder: String) throws -> String {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        #expect(try TestEnvironment.run("tar", ["-xf", tar, "-C", folder]).status == 0)
        return folder + "/" + (try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first))
    }

    static func json(_ path: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(TestEnvironment.read(path))) as? [String: Any])
    }

    @Test func aPackHoldsExactlyTheSelectionAndVerifiesWithIndependentTools() throws {
        let archive = try Self.shared.get()
        let folder = try TestEnvironment.temporaryFolder()
        let tar = folder + "/pack.tar"
        let exported = try Self.export(archive, tar)
        #expect(exported.status == 0 && exported.stdout.contains("3 batch(es) in the chain"), "\(exported)")

        // Exactly the certificates the drop files name, computed by Python from the drops alone.
        let expected = try TestEnvironment.run(
            "python3",
            [
                TestEnvironment.packageRoot + "/Tests/Fixtures/supervision/expected_selection.py",
                TestEnvironment.samples + "/expected/rejects.json", "QCP-n", "2026-11-20T12:00:00Z",
                "2026-11-21T12:00:00Z", TestEnvironment.samples + "/day1", TestEnvironment.samples + "/day2",
            ]
        )
        #expect(expected.status == 0 && expected.stdout.split(separator: "\n").count == 11, "\(expected)")
        let bag = try Self.extract(tar, into: folder + "/extracted")
        let index = try Self.json(bag + "/data/index.json")
        let listed = (index["certificates"] as? [[String: Any]] ?? []).map {
            "\($0["issuer"] as? String ?? "")\t\($0["serial"] as? String ?? "")\n"
        }
        #expect(listed.sorted().joined() == expected.stdout)
        #expect((index["certificates_per_policy"] as? [String: Int]) == ["QCP-n": 11])
        #expect((index["issuing_cas"] as? [[String: Any]])?.isEmpty == false)
        // In force for QCP-n in the period (Samples/day1/documents): v3.2 since 2026-07-01; the website
        // CP/CPS are not QCP-n's.
        let cpCPS = (index["cp_cps_in_force"] as? [[String: Any]] ?? []).compactMap { $0["document_id"] as? String }
        #expect(cpCPS.contains("cpcps-qca-v3.2") && !cpCPS.contains { $0.contains("qwca") }, "\(cpCPS)")

        // The CRLs that list the selected certificates and the documents that governed them, byte for
        // byte as the drops delivered them.
        let drops = TestEnvironment.files(under: bag + "/data/drops")
        let crls = drops.filter { $0.contains("/status/crl/") }
        #expect(!crls.isEmpty && drops.contains { $0.hasPrefix("2026-11-20/documents/") && $0.hasSuffix(".json") })
        for file in drops {
            let day = file.hasPrefix("2026-11-20/") ? "day1" : "day2"
            let delivered = TestEnvironment.samples + "/\(day)/" + file.split(separator: "/", maxSplits: 1)[1]
            #expect(try TestEnvironment.read(bag + "/data/drops/" + file) == TestEnvironment.read(delivered), "\(file)")
        }

        // Here, and by bagit.py, openssl cms and openssl ts.
        let verified = try ExportTampering.verify(tar, archive)
        #expect(verified.status == 0 && verified.stdout.contains("complete and unchanged"), "\(verified)")
        #expect(verified.stdout.contains("3 batch(es) in one chain under a head of 3"), "\(verified)")
        let bagit = try TestEnvironment.run("bagit.py", ["--validate", bag])
        #expect(bagit.status == 0 && bagit.stderr.contains("is valid"), "\(bagit)")
        let cms = try TestEnvironment.run(
            "openssl",
            [
                "cms", "-verify", "-binary", "-inform", "DER", "-in", bag + "/tagmanifest-sha256.txt.p7s", "-content",
                bag + "/tagmanifest-sha256.txt", "-CAfile", archive + "/trust/seal-ca.pem", "-purpose", "any", "-out",
                "/dev/null",
            ]
        )
        #expect(cms.status == 0, "\(cms)")
        let ts = try TestEnvironment.run(
            "openssl",
            [
                "ts", "-verify", "-data", bag + "/tagmanifest-sha256.txt", "-in", bag + "/tagmanifest-sha256.txt.tsr",
                "-CAfile", archive + "/trust/tsa-ca.pem",
            ]
        )
        #expect(ts.status == 0 && ts.stdout.contains("Verification: OK"), "\(ts)")

        // Every bundle version is the archive's, byte for byte, and verifies alone; its record is the
        // one `qcarchive evidence` assembles.
        let bundles = TestEnvironment.files(under: bag + "/data/bundles").filter { $0.hasSuffix(".tar.gz") }
        #expect(bundles.count == 15, "11 certificates, 4 with a second version")
        for bundle in bundles {
            let inPack = bag + "/data/bundles/" + bundle
            #expect(try TestEnvironment.read(inPack) == TestEnvironment.read(archive + "/bundles/" + bundle))
            let alone = try ExportTampering.verify(inPack, archive)
            #expect(alone.status == 0, "\(bundle): \(alone)")
        }
        let first = try #require(bundles.first)
        let record = folder + "/first.ers"
        #expect(
            try TestEnvironment.qcarchive(
                "evidence",
                "--archive",
                archive,
                "--bundle",
                archive + "/bundles/" + first,
                "--out",
                record
            ).status == 0
        )
        #expect(
            try TestEnvironment.read(bag + "/data/bundles/" + first.dropLast(7) + ".ers")
                == TestEnvironment.read(record)
        )

        // Its own VERIFY.md, run as written (tar, sha256sum, openssl, python3).
        let recipe = String(decoding: try TestEnvironment.read(bag + "/VERIFY.md"), as: UTF8.self)
        let block = recipe.components(separatedBy: "```sh\n")[1].components(separatedBy: "\n```")[0]
        let alone = folder + "/alone"
        try FileManager.default.createDirectory(atPath: alone, withIntermediateDirectories: true)
        let script =
            "set -e\nSEAL_CA='\(archive)/trust/seal-ca.pem'\nTSA_CA='\(archive)/trust/tsa-ca.pem'\n"
            + block.replacingOccurrences(of: "PACK.tar", with: tar)
        let ran = try TestEnvironment.shell(script, in: alone)
        #expect(ran.status == 0 && ran.stdout.contains("chain of 3 batch(es) and the signed head hold"), "\(ran)")
    }

    @Test func whatIsMissingAddedOrAlteredIsNamed() throws {
        let archive = try Self.shared.get()
        let folder = try TestEnvironment.temporaryFolder()
        let tar = folder + "/pack.tar"
        #expect(try Self.export(archive, tar).status == 0)
        let bag = try Self.extract(tar, into: folder + "/extracted")
        let bundles = TestEnvironment.files(under: bag + "/data/bundles").filter { $0.hasSuffix(".tar.gz") }.sorted()
        let (one, other) = ("data/bundles/" + bundles[0], "data/bundles/" + bundles[1])
        let (oneRecord, otherRecord) = (one.dropLast(7) + ".ers", other.dropLast(7) + ".ers")
        let batch3 = "day-1"  // the fixture night's batch
        let cases: [(name: String, script: String, expected: [String])] = [
            (
                "flipped bundle",
                "for pair in members:\n    if pair[0].name.endswith('/\(one)'):\n"
                    + "        pair[1] = bytes([pair[1][0] ^ 1]) + pair[1][1:]",
                ["\(one): expected SHA-256"]
            ),
            (
                "flipped findings",
                "for pair in members:\n    if pair[0].name.endswith('/data/findings.json'):\n"
                    + "        pair[1] = pair[1].replace(b'REV-', b'REW-', 1)",
                ["data/findings.json: expected SHA-256"]
            ),
            (
                "flipped bag-info",
                "for pair in members:\n    if pair[0].name.endswith('/bag-info.txt'):\n"
                    + "        pair[1] = pair[1] + b'Contact-Name: someone\\n'",
                ["bag-info.txt: expected SHA-256"]
            ),
            (
                "removed bundle",
                "members[:] = [p for p in members if not p[0].name.endswith('/\(one)')]",
                ["\(one): expected this file, listed in the pack's manifests", "\(oneRecord): expected an evidence "]
            ),
            (
                "added",
                "import copy\nextra = copy.copy(members[-1][0])\nextra.name = members[0][0].name.split('/')[0] "
                    + "+ '/data/extra.txt'\nmembers.append([extra, b'x'])",
                ["data/extra.txt: expected only files the pack's manifests list"]
            ),
            (
                "swapped evidence records",
                "records = {p[0].name.split('/', 1)[1]: p for p in members}\n"
                    + "a, b = records['\(oneRecord)'], records['\(otherRecord)']\na[1], b[1] = b[1], a[1]",
                [
                    "\(oneRecord): expected an evidence record that proves \(one)",
                    "\(otherRecord): expected an evidence record that proves \(other)",
                ]
            ),
            (
                "folder named as a file",
                "import tarfile\nextra = tarfile.TarInfo(members[0][0].name.split('/')[0] + '/data/findings.json')\n"
                    + "extra.type = tarfile.DIRTYPE\nmembers.append([extra, None])",
                ["expected one member of this name"]
            ),
            (
                "file named as the folder",
                "import tarfile\nmembers.append([tarfile.TarInfo(members[0][0].name.split('/')[0]), b'x'])",
                ["expected files inside the top folder"]
            ),
            (
                "empty folder",
                "import tarfile\nextra = tarfile.TarInfo(members[0][0].name.split('/')[0] + '/data/hidden')\n"
                    + "extra.type = tarfile.DIRTYPE\nmembers.append([extra, None])",
                ["data/hidden/: expected folders that hold listed files"]
            ),
            (
                "cut chain",
                "members[:] = [p for p in members if '/data/batches/\(batch3)/' not in p[0].name]",
                ["data/batches/\(batch3)/seal.json: expected this file", "data/head.note: expected the 3 batches"]
            ),
        ]
        try ExportTampering.expectNamed(cases, in: tar, archive: archive, folder: folder)
        try ExportTampering.expectForeignAnchorsRefused(
            tar,
            naming: ["tagmanifest-sha256.txt.p7s", "tagmanifest-sha256.txt.tsr"]
        )
    }

    @Test func theReportRendersInChromiumWithoutNetworkAndDrawsTheNumbersOfFindingsJSON() throws {
        let archive = try Self.shared.get()
        let folder = try TestEnvironment.temporaryFolder()
        let tar = folder + "/pack.tar"
        #expect(try Self.export(archive, tar, ["--policy", "QCP-n"]).status == 0)
        let bag = try Self.extract(tar, into: folder + "/extracted")
        let page = "file://" + bag + "/data/report.html"
        // No network namespace (no interface but loopback) and no name resolution.
        let browser = [
            "-n", "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--host-resolver-rules=MAP * ~NOTFOUND",
        ]
        let dom = try TestEnvironment.run(
            "unshare",
            browser + ["--enable-logging=stderr", "--v=0", "--dump-dom", page]
        )
        #expect(dom.status == 0 && dom.stdout.contains("</html>"), "\(dom)")
        let console = dom.stderr.split(separator: "\n").filter { $0.contains("CONSOLE") }
        #expect(console.isEmpty, "console messages: \(console)")
        try TestEnvironment.write(dom.stdout, to: folder + "/dom.html")
        let check = try TestEnvironment.run(
            "python3",
            [
                TestEnvironment.packageRoot + "/Tests/Fixtures/report/check_report.py", folder + "/dom.html",
                bag + "/data/findings.json",
            ]
        )
        #expect(check.status == 0 && check.stdout.contains("report matches findings.json"), "\(check)")
        // The findings are the query's about these certificates (those about an application alone are not).
        let findings = try Self.json(bag + "/data/findings.json")
        let query = try TestEnvironment.qcarchive(
            "query",
            "--archive",
            archive,
            "findings",
            "--policy",
            "QCP-n",
            "--state",
            "all",
            "--format",
            "json"
        )
        let queried = try #require(try JSONSerialization.jsonObject(with: Data(query.stdout.utf8)) as? [[String: Any]])
        let aboutCertificates = queried.filter { $0["serial"] is String }
        let packed = try #require(findings["findings"] as? [[String: Any]])
        func keys(_ rows: [[String: Any]]) -> [String] {
            rows.map { "\($0["rule"] ?? "") \($0["serial"] ?? "") \($0["message"] ?? "")" }.sorted()
        }
        #expect(!packed.isEmpty && keys(packed) == keys(aboutCertificates))
        // Every QCP-n revocation: n-gina, n-rev001, n-rev003 and n-rev002-resolved (Samples/README.md).
        #expect((findings["revocation_latency"] as? [Any])?.count == 4, "\(findings["revocation_latency"] ?? "")")
        #expect(dom.stdout.contains("Content-Security-Policy") && dom.stdout.contains("default-src 'none'"))
        // Both copies of the raw OCSP response about a selected certificate, as delivered.
        for name in ["a.der", "b.der"] {
            #expect(
                try TestEnvironment.read(bag + "/data/drops/day-1/status/ocsp/" + name)
                    == TestEnvironment.read(archive + "-day3/status/ocsp/" + name)
            )
        }

        let output = TestEnvironment.packageRoot + "/var/test-output/SupervisionPackTests"
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let shot = try TestEnvironment.run(
            "unshare",
            browser + ["--hide-scrollbars", "--window-size=1280,2400", "--screenshot=\(output)/report.png", page]
        )
        let png = try TestEnvironment.read(output + "/report.png")
        #expect(shot.status == 0 && png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 20_000, "\(shot)")
    }

    @Test func aSerialsFileSelectsItsCertificatesAndABadLineIsNamedWithFileAndLine() throws {
        let archive = try Self.shared.get()
        let folder = try TestEnvironment.temporaryFolder()
        let issuer = "CN=Example Qualified CA,O=Example Trust Services SA,C=BE"
        try TestEnvironment.write(
            "# asked by the supervisory body\n\(issuer)\t510083550e005e0b83ae6886\n\n0x70B645CFAFCFB073A905F9A4\n",
            to: folder + "/serials.txt"
        )
        let tar = folder + "/pack.tar"
        let exported = try Self.export(archive, tar, ["--serials", folder + "/serials.txt"])
        #expect(exported.status == 0 && exported.stdout.contains("of 2 certificate(s)"), "\(exported)")
        let index = try Self.json(try Self.extract(tar, into: folder + "/extracted") + "/data/index.json")
        #expect(
            (index["certificates"] as? [[String: Any]])?.compactMap { $0["serial"] as? String }
                == ["510083550e005e0b83ae6886", "70b645cfafcfb073a905f9a4"]
        )
        #expect((index["selection"] as? [String: Any])?["kind"] as? String == "serials-file")
        #expect(try ExportTampering.verify(tar, archive).status == 0)

        let cases = [
            (
                "\(issuer)\t510083550e005e0b83ae6886\nnot-a-serial\n", "serials.txt:2: expected 'issuer-DN<TAB>serial'",
                64
            ),
            ("510083550e005e0b83ae6886\nabcdef\n", "serials.txt:2: the archive holds no certificate serial abcdef", 1),
            (
                "CN=Other CA\t510083550e005e0b83ae6886\n",
                "serials.txt:1: the archive holds no certificate CN=Other CA", 1
            ),
        ]
        for (text, message, status) in cases {  // a bad line is a usage error; a certificate not held is not found
            try TestEnvironment.write(text, to: folder + "/serials.txt")
            let refused = try Self.export(archive, folder + "/refused.tar", ["--serials", folder + "/serials.txt"])
            #expect(refused.status == status && refused.stderr.contains(message), "\(refused)")
            #expect(!FileManager.default.fileExists(atPath: folder + "/refused.tar"))
        }
        let both = try Self.export(archive, tar, ["--serials", folder + "/serials.txt", "--policy", "QCP-n"])
        #expect(both.status == 64 && both.stderr.contains("not both"), "\(both)")
        let none = try Self.export(archive, tar, ["--policy", "QCP-n", "--from", "2030-01-01", "--to", "2030-02-01"])
        #expect(none.status == 64 && none.stderr.contains("No certificate of the selection"), "\(none)")
    }

    @Test func exceptionEntriesInScopeComeWithTheirHistoryAndTheirLabel() throws {
        let archive = try TestEnvironment.temporaryFolder() + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        let night = try TestEnvironment.qcarchive(
            "nightly",
            "--archive",
            archive,
            "--drop",
            TestEnvironment.samples + "/day1"
        )
        #expect(night.status == 3)
        // EXC-0001 (imported by the sample drop) names QCP-n-qscd and QCP-l-qscd; a second entry names QEVCP-w.
        #expect(
            try TestEnvironment.qcarchive(
                "exceptions",
                "update",
                "--archive",
                archive,
                "--id",
                "EXC-0001",
                "--review-by",
                "2027-01-31"
            ).status == 0
        )
        #expect(
            try TestEnvironment.qcarchive(
                "exceptions",
                "add",
                "--archive",
                archive,
                "--source-type",
                "cabf",
                "--citation",
                "TLS BR 4.9.1.1",
                "--obligation",
                "Revoke within 5 days",
                "--policy",
                "QEVCP-w"
            ).status == 0
        )
        let folder = try TestEnvironment.temporaryFolder()
        let tar = folder + "/pack.tar"
        #expect(try Self.export(archive, tar, ["--policy", "QCP-l-qscd"]).status == 0)
        let exceptions = try Self.json(try Self.extract(tar, into: folder + "/extracted") + "/data/exceptions.json")
        #expect((exceptions["label"] as? String)?.contains("do not come from ETSI EN 319 411-2") == true)
        let entries = try #require(exceptions["entries"] as? [[String: Any]])
        #expect(entries.map { $0["entry_id"] as? String } == ["EXC-0001"])
        #expect(
            (entries.first?["history"] as? [[String: Any]])?.compactMap { $0["change"] as? String } == [
                "import", "update",
            ]
        )
        #expect(entries.first?["in_scope_because"] as? String == "names the policy QCP-l-qscd")
    }

    @Test func evidenceThatRottedInTheArchiveIsNotExportedAndSigned() throws {
        let archive = try TestEnvironment.temporaryFolder() + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        let night = try TestEnvironment.qcarchive(
            "nightly",
            "--archive",
            archive,
            "--drop",
            TestEnvironment.samples + "/day1"
        )
        #expect(night.status == 3)
        let folder = try TestEnvironment.temporaryFolder()
        let index = try Self.json(
            try Self.extract(
                try #require(try Self.exported(archive, folder + "/before.tar")),
                into: folder + "/before"
            ) + "/data/index.json"
        )
        let serial = try #require((index["certificates"] as? [[String: Any]])?.first?["serial"] as? String)
        // A document the pack carries changed in the content store: refused, named, nothing written.
        let document = try #require(
            TestEnvironment.files(under: folder + "/before").first {
                $0.contains("/data/drops/") && $0.hasSuffix(".json")
            }
        )
        let digest = try TestEnvironment.run("sha256sum", [folder + "/before/" + document]).stdout.prefix(64)
        let object = "\(archive)/store/sha256/\(digest.prefix(2))/\(digest)"
        let original = try TestEnvironment.read(object)
        #expect(try TestEnvironment.run("chmod", ["u+w", object]).status == 0)
        try TestEnvironment.write(original + Array(" ".utf8), to: object)
        let changed = try Self.export(archive, folder + "/changed.tar", [])
        #expect(changed.status == 1 && changed.stderr.contains("not the \(digest) it is stored under"), "\(changed)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/changed.tar"))
        try TestEnvironment.write(original, to: object)
        let bundle = try #require(
            TestEnvironment.files(under: archive + "/bundles").first { $0.contains("-\(serial)-v1.tar.gz") }
        )
        // A payload file changed inside the bundle, its manifests and seal left as they were.
        let path = archive + "/bundles/" + bundle
        #expect(try TestEnvironment.run("chmod", ["u+w", path]).status == 0)
        let rot = try TestEnvironment.run(
            "python3",
            [
                "-c",
                "import io, sys, tarfile\nsrc = sys.argv[1]\nwith tarfile.open(src) as t:\n"
                    + "    members = [[m, t.extractfile(m).read() if m.isfile() else None] for m in t.getmembers()]\n"
                    + "for pair in members:\n    if pair[0].name.endswith('/data/lifecycle.json'):\n"
                    + "        pair[1] = pair[1].replace(b'\"', b\"'\", 1)\n"
                    + "with tarfile.open(src, 'w:gz', format=tarfile.PAX_FORMAT) as out:\n"
                    + "    for m, data in members:\n"
                    + "        out.addfile(m, io.BytesIO(data) if data is not None else None)",
                path,
            ]
        )
        #expect(rot.status == 0, "\(rot)")
        let refused = try Self.export(
            archive,
            folder + "/after.tar",
            ["--serials", try Self.serials(serial, in: folder)]
        )
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.stderr.contains("bundles/\(bundle) does not hold its own manifests"), "\(refused)")
        #expect(refused.stderr.contains("data/lifecycle.json: SHA-256"), "\(refused)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/after.tar"))
    }

    static func exported(_ archive: String, _ out: String) throws -> String? {
        try export(archive, out, []).status == 0 ? out : nil
    }

    static func serials(_ serial: String, in folder: String) throws -> String {
        try TestEnvironment.write(serial + "\n", to: folder + "/serials.txt")
        return folder + "/serials.txt"
    }

    /// The CP/CPS versions in force (index.json), from the sample documents' effective dates.
    @Test func thePolicyDocumentsInForceFollowTheirEffectiveDates() throws {
        let catalog = try SQLiteCatalog(path: try Self.shared.get() + "/catalog.sqlite", readOnly: true)
        func inForce(_ policies: [String], _ from: String, _ to: String) throws -> [String] {
            try catalog.policyDocumentsInForce(
                policies: policies,
                from: RFC3339.parseDate(from),
                to: RFC3339.parseDate(to)
            ).map(\.rawValue)
        }
        #expect(try inForce(["QCP-n"], "2025-06-01", "2025-08-01") == ["cpcps-qca-v3.1"])
        #expect(try inForce(["QCP-n"], "2026-06-15", "2026-07-15") == ["cpcps-qca-v3.1", "cpcps-qca-v3.2"])
        #expect(try inForce(["QCP-n"], "2026-07-01", "2026-07-02") == ["cpcps-qca-v3.2"], "effective_to is excluded")
        #expect(
            try inForce(["QNCP-w"], "2026-03-01", "2026-05-01") == ["cp-qwca-v2.0", "cps-qwca-v2.0", "cps-qwca-v2.1"]
        )
        #expect(try inForce(["QCP-n"], "2023-01-01", "2024-01-01").isEmpty, "effective_from is included, the end not")
    }
}
