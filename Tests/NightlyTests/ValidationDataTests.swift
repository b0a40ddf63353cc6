import CryptoIO
import Foundation
import Sealing
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Validation data sealed with each batch (SPEC "Evidence over time"): the sealing and TSA chains
/// and their revocation status, fetched over HTTP from the CRL distribution point a certificate
/// names (a CA run by `openssl ca` behind Python's http.server, neither of them our code), or the
/// archive's own CRL for its demo CAs; a revoked sealing certificate seals nothing; what cannot be
/// fetched is a warning; verify checks the sealed status at the time the batch proves.
@Suite(.serialized) struct ValidationDataTests {
    static let testCA = TestEnvironment.packageRoot + "/Tests/Fixtures/crl/test_ca.sh"

    /// Runs the test CA script.
    static func ca(_ folder: String, _ arguments: String...) throws {
        let run = try TestEnvironment.run("bash", [testCA, folder] + arguments)
        #expect(run.status == 0, "\(arguments): \(run)")
    }

    /// An archive in `folder/archive` sealing with the key `name` that the test CA in `ca` issued.
    static func archive(in folder: String, sealedBy ca: String, name: String) throws -> String {
        let archive = folder + "/archive"
        let created = try TestEnvironment.qcarchive(
            "init",
            "--archive",
            archive,
            "--seal-key",
            "\(ca)/\(name).key",
            "--seal-cert",
            "\(ca)/\(name)-chain.pem"
        )
        #expect(created.status == 0, "\(created)")
        return archive
    }

    /// The key `name` compromised after the first night (a second later, so that the revocation and
    /// the first batch's genTime differ), then the second night's run.
    static func revokeThenSecondNight(
        _ name: String,
        ca: String,
        archive: String,
        drop: FixtureDrop,
        folder: String
    ) throws -> TestEnvironment.Run {
        usleep(1_100_000)
        try Self.ca(ca, "revoke", name)
        let day2 = try drop.nextNight(at: folder + "/day2", id: "day-2")
        return try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", day2)
    }

    /// The sealed validation document of a batch, read from its record with Python's tarfile.
    static func validationDocument(_ archive: String, batch: String) throws -> [String: Any] {
        let read = try TestEnvironment.run(
            "python3",
            [
                "-c",
                """
                import sys, tarfile
                with tarfile.open(sys.argv[1]) as bag:
                    member = next(m for m in bag.getmembers() if m.name.endswith('/data/validation/validation.json'))
                    sys.stdout.write(bag.extractfile(member).read().decode())
                """,
                archive + "/batches/\(batch)/batch-record.tar.gz",
            ]
        )
        #expect(read.status == 0, "\(read)")
        return try JSONSerialization.jsonObject(with: Data(read.stdout.utf8)) as? [String: Any] ?? [:]
    }

    static func sealingStatus(_ document: [String: Any]) -> [String: Any] {
        let entries = document["certificates"] as? [[String: Any]] ?? []
        let leaf = entries.first { $0["chain"] as? String == "sealing" && $0["position"] as? Int == 0 }
        return leaf?["status"] as? [String: Any] ?? [:]
    }

    @Test func aSealingCertificateRevokedBetweenTwoNightsKeepsTheFirstBatchAndSealsNothingUntilRotation() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let ca = folder + "/ca"
        try FileManager.default.createDirectory(atPath: ca + "/pub", withIntermediateDirectories: true)
        let server = try LoopbackServer("crl/static_server.py", [ca + "/pub"])
        defer { server.stop() }
        let url = "http://127.0.0.1:\(server.port)/ca.crl"
        try Self.ca(ca, "init", url)
        try Self.ca(ca, "issue", "first", "365")
        let archive = try Self.archive(in: folder, sealedBy: ca, name: "first")
        let drop = try FixtureDrop(at: folder + "/day1", certificates: 2)
        let first = try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", drop.root)
        #expect(first.status == 0 && !first.stderr.contains("WARN"), "\(first)")

        // The CRL the test CA published is sealed in the batch record, byte for byte, with its URL.
        let document = try Self.validationDocument(archive, batch: "day-1")
        let status = Self.sealingStatus(document)
        #expect(status["result"] as? String == "good" && status["url"] as? String == url, "\(document)")
        let extracted = try TestEnvironment.run(
            "python3",
            [
                "-c",
                "import sys, tarfile; bag = tarfile.open(sys.argv[1]); "
                    + "m = next(m for m in bag.getmembers() if m.name.endswith(sys.argv[2])); "
                    + "sys.stdout.write(bag.extractfile(m).read().hex())",
                archive + "/batches/day-1/batch-record.tar.gz", status["file"] as? String ?? "?",
            ]
        )
        #expect(extracted.stdout == Hex.encode(try TestEnvironment.read(ca + "/pub/ca.crl")), "\(extracted)")
        let checked = try TestEnvironment.qcarchive("verify", "--archive", archive, "--chain")
        #expect(checked.status == 0, "\(checked)")
        #expect(checked.stdout.contains("sealing certificate: not revoked per CRL from \(url)"), "\(checked)")

        let second = try Self.revokeThenSecondNight("first", ca: ca, archive: archive, drop: drop, folder: folder)
        #expect(second.status == 1, "\(second)")
        #expect(
            second.stderr.contains("CN=first sealing key") && second.stderr.contains("was revoked on")
                && second.stderr.contains("(keyCompromise)") && second.stderr.contains("qcarchive keys rotate"),
            "\(second.stderr)"
        )
        #expect(!FileManager.default.fileExists(atPath: archive + "/batches/day-2/seal.json"), "nothing sealed")
        // The first night's batch was proven before the revocation: it still verifies.
        let afterRevocation = try TestEnvironment.qcarchive("verify", "--archive", archive, "--all")
        #expect(afterRevocation.status == 0, "\(afterRevocation)")

        try Self.ca(ca, "issue", "second", "365")
        let rotated = try TestEnvironment.qcarchive(
            "keys",
            "rotate",
            "--archive",
            archive,
            "--seal-key",
            ca + "/second.key",
            "--seal-cert",
            ca + "/second-chain.pem"
        )
        #expect(rotated.status == 0, "\(rotated)")
        let sealed = try TestEnvironment.qcarchive("seal", "--archive", archive)
        #expect(sealed.status == 0, "\(sealed)")
        // The second batch's sealed CRL lists the first key as revoked; its own key is good.
        let later = try Self.validationDocument(archive, batch: "day-2")
        #expect(Self.sealingStatus(later)["result"] as? String == "good", "\(later)")
        let all = try TestEnvironment.qcarchive("verify", "--archive", archive, "--all")
        #expect(all.status == 0 && all.stdout.contains("of 5 bundle(s) verified"), "\(all)")
        // The recipe of docs/VERIFY.md (openssl and python3) checks the sealed CRLs as well.
        let recipe = try TestEnvironment.run(
            "bash",
            [TestEnvironment.packageRoot + "/Tests/Fixtures/verify_recipe.sh", archive]
        )
        #expect(recipe.status == 0 && recipe.stdout.hasSuffix("0 failed\n"), "\(recipe)")

        // The first night's sealed CRL swapped for one by another CA: the recipe names it (as do
        // the fixity checks, since the record's manifest no longer matches).
        try Self.ca(folder + "/other", "init", "http://127.0.0.1:9/other.crl")
        let record = archive + "/batches/day-1/batch-record.tar.gz"
        let crlPath = try #require(status["file"] as? String)
        var members = try BundleSurgery.members(record)
        let index = try #require(members.firstIndex { $0.path.hasSuffix("/" + crlPath) })
        members[index].bytes = try TestEnvironment.read(folder + "/other/pub/ca.crl")
        try BundleSurgery.write(members, to: record)
        let swapped = try TestEnvironment.run(
            "bash",
            [TestEnvironment.packageRoot + "/Tests/Fixtures/verify_recipe.sh", archive]
        )
        #expect(
            swapped.status == 1
                && swapped.stdout.contains(
                    "FAIL batches/day-1: validation data: sealing certificate CN=first sealing key: the CRL does not "
                        + "verify under its issuer"
                ),
            "\(swapped.stdout)"
        )
    }

    @Test func anOCSPResponderIsAskedWhenTheCertificateNamesOne() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let ca = folder + "/ca"
        try FileManager.default.createDirectory(atPath: ca, withIntermediateDirectories: true)
        let server = try LoopbackServer("crl/ocsp_server.py", [ca])
        defer { server.stop() }
        let url = "http://127.0.0.1:\(server.port)/ocsp"
        try Self.ca(ca, "init", "", url)
        try Self.ca(ca, "issue", "asked", "365")
        let archive = try Self.archive(in: folder, sealedBy: ca, name: "asked")
        let drop = try FixtureDrop(at: folder + "/day1", certificates: 1)
        let first = try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", drop.root)
        #expect(first.status == 0 && !first.stderr.contains("WARN"), "\(first)")
        let status = Self.sealingStatus(try Self.validationDocument(archive, batch: "day-1"))
        #expect(status["source"] as? String == "ocsp" && status["result"] as? String == "good", "\(status)")
        #expect((status["file"] as? String)?.hasPrefix("data/validation/ocsp/") == true, "\(status)")
        let checked = try TestEnvironment.qcarchive("verify", "--archive", archive, "--chain")
        #expect(checked.stdout.contains("sealing certificate: not revoked per OCSP answer from \(url)"), "\(checked)")

        let second = try Self.revokeThenSecondNight("asked", ca: ca, archive: archive, drop: drop, folder: folder)
        #expect(second.status == 1, "\(second)")
        #expect(
            second.stderr.contains("CN=asked sealing key") && second.stderr.contains("(keyCompromise) per the OCSP"),
            "\(second.stderr)"
        )
        #expect(try TestEnvironment.qcarchive("verify", "--archive", archive, "--all").status == 0)
        let recipe = try TestEnvironment.run(
            "bash",
            [TestEnvironment.packageRoot + "/Tests/Fixtures/verify_recipe.sh", archive]
        )
        #expect(recipe.status == 0 && recipe.stdout.hasSuffix("0 failed\n"), "\(recipe)")
    }

    @Test func statusThatCannotBeFetchedIsAWarningInTheBatchReport() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let ca = folder + "/ca"
        try FileManager.default.createDirectory(atPath: ca, withIntermediateDirectories: true)
        let url = "http://127.0.0.1:9/ca.crl"  // the discard port: nothing answers
        try Self.ca(ca, "init", url)
        try Self.ca(ca, "issue", "unreachable", "365")
        let archive = try Self.archive(in: folder, sealedBy: ca, name: "unreachable")
        let drop = try FixtureDrop(at: folder + "/day1", certificates: 1)
        let night = try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", drop.root)
        #expect(night.status == 0, "a warning, not a failure: \(night)")
        #expect(
            night.stderr.contains(
                "WARN batch day-1: The sealing certificate CN=unreachable sealing key: revocation "
                    + "status not collected: no CRL or OCSP answer could be fetched (\(url): "
            ),
            "\(night.stderr)"
        )
        let report =
            try JSONSerialization.jsonObject(with: Data(TestEnvironment.read(archive + "/batches/day-1/report.json")))
            as? [String: Any]
        let warnings = report?["warnings"] as? [String] ?? []
        #expect(warnings.count == 1 && warnings[0].contains(url), "\(String(describing: report))")
        #expect(
            Self.sealingStatus(try Self.validationDocument(archive, batch: "day-1"))["result"] as? String
                == "not-collected"
        )
        let checked = try TestEnvironment.qcarchive("verify", "--archive", archive, "--chain")
        #expect(checked.status == 0, "\(checked)")
        #expect(checked.stdout.contains("sealing certificate: status not collected at sealing"), "\(checked)")
    }

    @Test func theDemoCAsOwnCRLsAreSealedAndNoWarningIsGiven() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = folder + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        let crls = try FileManager.default.contentsOfDirectory(atPath: archive + "/trust/crls")
        #expect(crls.count == 2, "one CRL per demo CA: \(crls)")
        for name in crls {
            let text = try TestEnvironment.run(
                "openssl",
                [
                    "crl", "-inform", "DER", "-in", archive + "/trust/crls/" + name,
                    "-noout", "-text",
                ]
            )
            #expect(text.status == 0 && text.stdout.contains("No Revoked Certificates"), "\(text)")
        }
        let drop = try FixtureDrop(at: folder + "/day1", certificates: 1)
        let night = try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", drop.root)
        #expect(night.status == 0 && !night.stderr.contains("WARN"), "\(night)")
        let report = try TestEnvironment.read(archive + "/batches/day-1/report.json")
        #expect(!String(decoding: report, as: UTF8.self).contains("warnings"), "no warnings key when there is none")
        let checked = try TestEnvironment.qcarchive("verify", "--archive", archive, "--chain")
        #expect(checked.stdout.contains("sealing certificate: not revoked per CRL kept in trust/crls/"), "\(checked)")
        #expect(checked.stdout.contains("TSA certificate: not revoked per CRL kept in trust/crls/"), "\(checked)")
    }

    /// The check itself, on validation data collected from a CRL that revokes the sealing key: a
    /// batch proven before the revocation holds, one proven at or after it does not, and data about
    /// another certificate than the one that signed the seal are refused.
    @Test func theSealedStatusIsJudgedAtTheProvenTime() throws {
        let folder = try TestEnvironment.temporaryFolder()
        try Self.ca(folder, "init", "http://127.0.0.1:9/ca.crl")
        try Self.ca(folder, "issue", "judged", "365")
        try Self.ca(folder, "revoke", "judged")
        let chain = try SigningCertificate.all(pem: try TestEnvironment.read(folder + "/judged-chain.pem"))
        let crl = try RevocationList(pemOrDER: try TestEnvironment.read(folder + "/pub/ca.crl"))
        let revokedAt = try #require(crl.entries.first?.revocationDate)
        let served = try TestEnvironment.read(folder + "/pub/ca.crl")
        let collector = ValidationDataCollector(archiveCRLs: [], now: revokedAt.addingTimeInterval(60)) { _, _ in served
        }
        let data = collector.collect([(.sealing, chain)])
        #expect(data.revoked(in: .sealing)?.subject == "CN=judged sealing key")
        var files: [String: [UInt8]] = [ValidationDocument.path: try DocumentJSONBytes.encode(data.document)]
        for file in data.files { files[file.path] = file.bytes }
        let check = ValidationDataCheck(files: files, bagPath: "batches/b/batch-record.tar.gz")
        let signer = SHA256Digest.of(chain[0].der).hex

        let before = check.check(sealSigner: signer, tsaSigner: nil, provenAt: revokedAt.addingTimeInterval(-86_400))
        #expect(before.problems.isEmpty, "\(before.problems)")
        let after = check.check(sealSigner: signer, tsaSigner: nil, provenAt: revokedAt)
        #expect(after.problems.map(\.code) == [.revocation], "\(after.problems)")
        #expect(after.problems.first?.found.hasPrefix("it revoked on ") == true, "\(after.problems)")
        let other = check.check(
            sealSigner: String(repeating: "0", count: 64),
            tsaSigner: nil,
            provenAt:
                revokedAt
                .addingTimeInterval(-86_400)
        )
        #expect(other.problems.map(\.code) == [.revocation], "\(other.problems)")
        #expect(other.problems.first?.file == "batches/b/batch-record.tar.gz:" + ValidationDocument.path)

        // A CRL swapped for one by another issuer is not the status evidence of this chain.
        try Self.ca(folder + "/other", "init", "http://127.0.0.1:9/other.crl")
        var swapped = files
        let statusFile = try #require(data.document.certificates[0].status?.file)
        swapped[statusFile] = try TestEnvironment.read(folder + "/other/pub/ca.crl")
        let forged = ValidationDataCheck(files: swapped, bagPath: "b")
            .check(sealSigner: signer, tsaSigner: nil, provenAt: revokedAt.addingTimeInterval(-86_400))
        #expect(forged.problems.map(\.file) == ["b:" + statusFile], "\(forged.problems)")
    }
}

/// JSON as the archive writes it, for building documents in tests.
enum DocumentJSONBytes {
    static func encode(_ value: some Encodable) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return Array(try encoder.encode(value))
    }
}
