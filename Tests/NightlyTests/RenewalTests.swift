import CryptoIO
import Foundation
import Lifecycle
import Sealing
import TestSupport
import Testing

/// `qcarchive renew` and `qcarchive evidence` (SPEC "Evidence over time"; RFC 4998 §5): timestamp
/// and hash-tree renewals with one request per run, written beside the batch and never into a
/// bundle; complete records that Bouncy Castle 1.72 validates, records Bouncy Castle renewed that
/// `verify` accepts, tampered or cut-short renewals named, and a renewal killed half-way that
/// leaves either nothing or a complete renewal.
@Suite(.serialized) struct RenewalTests {
    /// An archive of two nights with the local TSA.
    static func twoNights(certificates: Int = 3) throws -> (folder: String, archive: String) {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = folder + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        let drop = try FixtureDrop(at: folder + "/day1", certificates: certificates)
        #expect(try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", drop.root).status == 0)
        let day2 = try drop.nextNight(at: folder + "/day2", id: "day-2")
        #expect(try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", day2).status == 0)
        return (folder, archive)
    }

    static func renew(_ archive: String, _ options: String...) throws -> TestEnvironment.Run {
        try TestEnvironment.run(TestEnvironment.binary, ["renew", "--archive", archive] + options)
    }

    /// Bouncy Castle 1.72 through Tests/Fixtures/ers/RenewEvidenceRecord.java.
    static func bouncyCastle(_ arguments: String...) throws -> TestEnvironment.Run { try bouncyCastle(arguments) }

    static func bouncyCastle(_ arguments: [String]) throws -> TestEnvironment.Run {
        try TestEnvironment.run(
            "java",
            [
                "-cp", SealEndToEndTests.bouncyCastle,
                TestEnvironment.packageRoot + "/Tests/Fixtures/ers/RenewEvidenceRecord.java",
            ]
                + arguments
        )
    }

    /// Tests/Fixtures/ers/check_record.py: python3 and openssl alone (docs/VERIFY.md).
    static func checkRecord(_ arguments: String...) throws -> TestEnvironment.Run {
        try TestEnvironment.run(
            "python3",
            [TestEnvironment.packageRoot + "/Tests/Fixtures/ers/check_record.py"] + arguments
        )
    }

    static let recipe = TestEnvironment.packageRoot + "/Tests/Fixtures/verify_recipe.sh"

    /// A bundle's complete record written by `qcarchive evidence` (under faketime `offset` when
    /// given) into `folder`, with the bundle's tag manifest beside it for Java and Python.
    static func evidence(
        _ archive: String,
        _ bundle: String,
        into folder: String,
        at offset: String? = nil
    ) throws -> (record: String, tagManifest: String, run: TestEnvironment.Run) {
        let record = folder + "/" + UUID().uuidString + ".ers"
        let arguments = ["evidence", "--archive", archive, "--bundle", bundle, "--out", record]
        let run =
            try offset.map { try TestEnvironment.run("faketime", ["-f", $0, TestEnvironment.binary] + arguments) }
            ?? TestEnvironment.run(TestEnvironment.binary, arguments)
        return (record, try tagManifest(of: bundle, into: folder), run)
    }

    /// The bundles of an archive (absolute paths), sorted.
    static func bundles(_ archive: String) -> [String] {
        TestEnvironment.files(under: archive + "/bundles").filter { $0.hasSuffix(".tar.gz") }.map {
            archive + "/bundles/" + $0
        }
    }

    /// SHA-256 of every file under bundles/ and of every batch record: what renewal must never touch.
    static func sealedBytes(_ archive: String) throws -> [String: String] {
        var digests: [String: String] = [:]
        for path in bundles(archive)
            + TestEnvironment.files(under: archive + "/batches").map({ archive + "/batches/" + $0 })
        where !path.contains("/renewals/") {
            digests[path] = SHA256Digest.of(try TestEnvironment.read(path)).hex
        }
        return digests
    }

    /// The tag manifest of a bundle, written beside it for Java.
    static func tagManifest(of bundle: String, into folder: String) throws -> String {
        let member = try #require(BundleSurgery.member(try BundleSurgery.members(bundle), "/tagmanifest-sha256.txt"))
        let path = folder + "/" + UUID().uuidString + "-tagmanifest-sha256.txt"
        try TestEnvironment.write(member.bytes, to: path)
        return path
    }

    /// The PEM of a certificate file without its text, for Java's CertificateFactory.
    static func pem(_ path: String, into out: String) throws -> String {
        let converted = try TestEnvironment.run("openssl", ["x509", "-in", path, "-out", out])
        #expect(converted.status == 0, "\(converted)")
        return out
    }

    @Test func renewalsLeaveEveryBundleAsSealedAndBouncyCastleValidatesTheCompleteRecords() throws {
        let (folder, archive) = try Self.twoNights()
        let before = try Self.sealedBytes(archive)

        // The local TSA's certificate is valid ten years: nothing is due within a year.
        let notDue = try Self.renew(archive)
        #expect(notDue.status == 0 && notDue.stdout.contains("2 batch(es) not due"), "\(notDue)")
        #expect(notDue.stdout.contains("Renewed 0 batch(es) with 0 timestamp(s)"), "\(notDue)")
        #expect(!FileManager.default.fileExists(atPath: archive + "/batches/day-1/renewals"))
        let due = try Self.renew(archive, "--due-within", "3700")
        #expect(due.status == 0 && due.stdout.contains("Renewed 2 batch(es) with 1 timestamp(s)"), "\(due)")

        for options in [["--all"], ["--hash-algorithm", "sha-512"], ["--hash-algorithm", "sha-512"], ["--all"]] {
            let run = try TestEnvironment.run(TestEnvironment.binary, ["renew", "--archive", archive] + options)
            #expect(run.status == 0, "\(options): \(run)")
            #expect(run.stdout.components(separatedBy: "Timestamp: ").count <= 2, "one request per run: \(run)")
        }
        for batch in ["day-1", "day-2"] {
            let names = TestEnvironment.files(under: archive + "/batches/\(batch)/renewals")
            #expect(
                names == [
                    "0001-timestamp-sha256.ats", "0002-timestamp-sha256.ats", "0003-hashtree-sha512.ats",
                    "0003-hashtree-sha512.leaves", "0004-timestamp-sha512.ats",
                ],
                "\(batch): the second sha-512 run had nothing to renew: \(names)"
            )
            let listed = try TestEnvironment.read(archive + "/batches/\(batch)/bundles.jsonl").filter { $0 == 10 }.count
            let leaves = try TestEnvironment.read(archive + "/batches/\(batch)/renewals/0003-hashtree-sha512.leaves")
            #expect(leaves.filter { $0 == 10 }.count == listed, "one leaf per bag of \(batch)")
            #expect(leaves.count == listed * 129, "SHA-512 in hex, one a line")
        }
        #expect(try Self.sealedBytes(archive) == before, "no bundle, seal or batch record was rewritten")

        let verify = try TestEnvironment.qcarchive("verify", "--archive", archive, "--all")
        #expect(verify.status == 0, "\(verify)")
        #expect(verify.stdout.contains("renewed 4 time(s)"), "\(verify.stdout)")

        // Every complete record: two chains (SHA-256 with three timestamps, SHA-512 with two: five), valid
        // here and in Bouncy Castle at the newest timestamp's time under the archive's TSA.
        let tsa = try Self.pem(archive + "/keys/tsa-cert.pem", into: folder + "/tsa.pem")
        var records: [(record: String, tagManifest: String)] = []
        for bundle in Self.bundles(archive) {
            let (ers, tagManifest, written) = try Self.evidence(archive, bundle, into: folder)
            records.append((ers, tagManifest))
            #expect(written.status == 0 && written.stdout.contains("4 renewal(s), 2 chain(s)"), "\(written)")
            let bc = try Self.bouncyCastle("validate", tsa, ers, tagManifest)
            #expect(bc.status == 0 && bc.stdout.hasPrefix("ERS valid 2 5"), "\(bundle): \(bc)")
            let checked = try TestEnvironment.qcarchive(
                "verify",
                "--archive",
                archive,
                "--bundle",
                bundle,
                "--evidence",
                ers
            )
            #expect(checked.status == 0, "\(checked)")
        }
        // python3 and openssl alone: the record, and the same record over another tag manifest.
        let (firstRecord, tagManifest) = try #require(records.first)
        let python = try Self.checkRecord(firstRecord, tagManifest, archive + "/trust/tsa-ca.pem")
        #expect(python.status == 0 && python.stdout.contains("5 timestamp(s) in 2 chain(s)"), "\(python)")
        try TestEnvironment.write(try TestEnvironment.read(tagManifest) + [10], to: folder + "/edited.txt")
        let edited = try Self.checkRecord(firstRecord, folder + "/edited.txt", archive + "/trust/tsa-ca.pem")
        #expect(edited.status == 1 && edited.stdout.contains("FAIL chain 1 timestamp 1"), "\(edited)")
        let recipe = try TestEnvironment.run("bash", [Self.recipe, archive])
        #expect(recipe.status == 0, "the recipe proves every bag by its complete record: \(recipe)")
        // A record is bound to its bundle: another bundle's complete record proves nothing here.
        let (first, second) = (Self.bundles(archive)[0], Self.bundles(archive)[1])
        let other = folder + "/other.ers"
        #expect(
            try TestEnvironment.qcarchive("evidence", "--archive", archive, "--bundle", second, "--out", other).status
                == 0
        )
        let refused = try TestEnvironment.qcarchive(
            "verify",
            "--archive",
            archive,
            "--bundle",
            first,
            "--evidence",
            other
        )
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.stdout.contains("FAIL") && refused.stdout.contains(other), "\(refused.stdout)")
        // The catalog rebuilt from the files proves each bag with its renewals.
        let reindex = try TestEnvironment.qcarchive("reindex", "--archive", archive)
        #expect(reindex.status == 0, "\(reindex)")
    }

    @Test func aRecordBouncyCastleRenewedIsAcceptedByVerify() throws {
        let sealed = try EvidenceRecordTests.sealed()
        let folder = sealed.folder
        let bundle = try #require(Self.bundles(sealed.archive).first)
        let data = folder + "/tagmanifest-sha256.txt"
        try TestEnvironment.write(sealed.tagManifest, to: data)
        try TestEnvironment.write(sealed.record, to: folder + "/r0.ers")
        // openssl ts -reply answers Bouncy Castle's requests with the archive's own TSA key.
        _ = try EvidenceRecordTests.opensslToken(sealed, over: SHA256Digest.of([]))  // writes renewal.cnf
        func renewInJava(_ from: String, _ to: String, _ extra: String...) throws {
            let request = try Self.bouncyCastle(["request", from, data, folder + "/q.tsq"] + extra)
            #expect(request.status == 0, "\(request)")
            let answered = try TestEnvironment.run(
                "openssl",
                ["ts", "-reply", "-config", "renewal.cnf", "-queryfile", "q.tsq", "-out", "s.tsr"],
                in: folder
            )
            #expect(answered.status == 0, "\(answered)")
            let applied = try Self.bouncyCastle(["apply", from, data, folder + "/s.tsr", to] + extra)
            #expect(applied.status == 0, "\(applied)")
        }
        // Timestamp renewal twice (a data group of every earlier timeStamp), hash-tree renewal to
        // SHA-512, then a timestamp renewal of the SHA-512 chain.
        try renewInJava(folder + "/r0.ers", folder + "/r1.ers")
        try renewInJava(folder + "/r1.ers", folder + "/r2.ers")
        try renewInJava(folder + "/r2.ers", folder + "/r3.ers", "sha-512")
        try renewInJava(folder + "/r3.ers", folder + "/r4.ers")
        for (index, stamps) in [(1, 2), (2, 3), (3, 4), (4, 5)] {
            let ers = folder + "/r\(index).ers"
            let record = try EvidenceRecord(der: try TestEnvironment.read(ers))
            #expect(record.sequence.chains.flatMap(\.stamps).count == stamps, "r\(index)")
            let verify = try TestEnvironment.qcarchive(
                "verify",
                "--archive",
                sealed.archive,
                "--bundle",
                bundle,
                "--evidence",
                ers
            )
            #expect(verify.status == 0, "r\(index): \(verify)")
        }
        let renewed = try EvidenceRecord(der: try TestEnvironment.read(folder + "/r4.ers"))
        #expect(renewed.sequence.chains.count == 2 && renewed.sequence.chains[1].stamps.count == 2)
        // The same record over another tag manifest is refused.
        var other = sealed.tagManifest
        other[0] ^= 1
        guard
            case .failure(let failure) = EvidenceRecordVerifier(trustAnchors: sealed.anchors).verify(
                renewed,
                dataObject: other,
                at: nil
            )
        else {
            Issue.record("a renewed record proved another tag manifest")
            return
        }
        #expect(failure.kind == .tree && failure.stamp == 0, "\(failure)")
    }

    @Test func aTamperedMissingOrStrayRenewalIsNamed() throws {
        let (_, archive) = try Self.twoNights()
        for _ in 0..<2 { #expect(try Self.renew(archive, "--all").status == 0) }
        let renewals = archive + "/batches/day-1/renewals"
        func verifyAll() throws -> TestEnvironment.Run {
            try TestEnvironment.qcarchive("verify", "--archive", archive, "--all")
        }

        // A renewal whose tree no longer starts from the timestamp it renews.
        let path = renewals + "/0001-timestamp-sha256.ats"
        let original = try TestEnvironment.read(path)
        var stamp = try ArchiveTimeStamp(der: original)
        stamp.reducedHashTree[0] = stamp.reducedHashTree[0].map { _ in [UInt8](repeating: 7, count: 32) }
        chmod(path, 0o644)
        try TestEnvironment.write(try EvidenceRecord.der(of: stamp), to: path)
        let tampered = try verifyAll()
        #expect(tampered.status == 1, "\(tampered)")
        #expect(
            tampered.stdout.contains("batches/day-1/renewals/")
                && tampered.stdout.contains("archive timestamp 2 to renew"),
            "\(tampered.stdout)"
        )
        #expect(!tampered.stdout.contains("batches/day-2/renewals/"), "only day-1's bags: \(tampered.stdout)")
        let recipe = try TestEnvironment.run("bash", [Self.recipe, archive])
        #expect(recipe.status == 1 && recipe.stdout.contains("renewed evidence record"), "\(recipe.stdout)")
        try TestEnvironment.write(original, to: path)
        #expect(try verifyAll().status == 0)

        // A renewal removed from the middle: the gap is named.
        try FileManager.default.moveItem(atPath: path, toPath: archive + "/aside.ats")
        let gap = try verifyAll()
        #expect(
            gap.status == 1 && gap.stdout.contains("0002-timestamp-sha256.ats: expected renewal 1"),
            "\(gap.stdout)"
        )
        try FileManager.default.moveItem(atPath: archive + "/aside.ats", toPath: path)

        // A file that is no renewal.
        try TestEnvironment.write("x", to: renewals + "/notes.txt")
        let stray = try verifyAll()
        #expect(stray.status == 1 && stray.stdout.contains("batches/day-1/renewals/notes.txt"), "\(stray.stdout)")
    }

    @Test func forgedSwappedAndLaterRenewalsAreJudgedForWhatTheyAre() throws {
        let (folder, archive) = try Self.twoNights()
        let renewals = archive + "/batches/day-1/renewals"
        let forgedPath = renewals + "/0001-timestamp-sha256.ats"
        func verify(_ options: String...) throws -> TestEnvironment.Run {
            try TestEnvironment.run(TestEnvironment.binary, ["verify", "--archive", archive] + options)
        }

        // A "renewal" that is another batch's token: genuine, trusted, and over something else.
        let otherToken = try TimeStampProtocol.token(
            fromResponse: try TestEnvironment.read(archive + "/batches/day-2/timestamp.tsr")
        )
        let forged = ArchiveTimeStamp(algorithm: .sha256, reducedHashTree: [], timeStamp: otherToken)
        try TestEnvironment.write(try EvidenceRecord.der(of: forged), to: forgedPath)
        let chain = try verify("--chain")
        #expect(chain.status == 1, "\(chain)")
        #expect(
            chain.stdout.contains("batches/day-1/renewals/0001-timestamp-sha256.ats")
                && chain.stdout.contains("a renewal token over the hash it renews"),
            "\(chain.stdout)"
        )
        let bundle = try #require(Self.bundles(archive).first)
        let (unproven, _, refused) = try Self.evidence(archive, bundle, into: folder)
        #expect(refused.status == 1 && refused.stdout.contains("FAIL"), "\(refused)")
        #expect(!FileManager.default.fileExists(atPath: unproven), "an unproven record is not written")
        let recipe = try TestEnvironment.run("bash", [Self.recipe, archive])
        #expect(recipe.status == 1, "\(recipe.stdout)")
        try FileManager.default.removeItem(atPath: forgedPath)

        // A leftover of an interrupted renew is noted, not failed, until recovery moves it aside.
        try TestEnvironment.write("partial", to: renewals + "/.tmp-interrupted")
        let noted = try verify("--all")
        #expect(noted.status == 0, "\(noted)")
        #expect(noted.stdout.contains("Note: batches/day-1/renewals/.tmp-interrupted was left by an interrupted"))

        // A renewal of another batch in the same run: it does not renew this batch's own timeStamp.
        for _ in 0..<2 { #expect(try Self.renew(archive, "--all").status == 0) }
        #expect(!FileManager.default.fileExists(atPath: renewals + "/.tmp-interrupted"), "recovery removed it")
        let own = renewals + "/0002-timestamp-sha256.ats"
        let original = try TestEnvironment.read(own)
        chmod(own, 0o644)
        try TestEnvironment.write(
            try TestEnvironment.read(archive + "/batches/day-2/renewals/0002-timestamp-sha256.ats"),
            to: own
        )
        let swapped = try verify("--chain")
        #expect(
            swapped.status == 1 && swapped.stdout.contains("day-1/renewals/0002-timestamp-sha256.ats"),
            "\(swapped)"
        )
        #expect(try verify("--all").status == 1)
        try TestEnvironment.write(original, to: own)
        #expect(try verify("--all").status == 0)

        // Never a downgrade: SHA-384 after SHA-512 renews nothing.
        #expect(try Self.renew(archive, "--hash-algorithm", "sha-512").status == 0)
        let downgrade = try Self.renew(archive, "--hash-algorithm", "sha-384")
        #expect(downgrade.status == 0 && downgrade.stdout.contains("Renewed 0 batch(es)"), "\(downgrade)")
        #expect(TestEnvironment.files(under: renewals).count == 4, "\(TestEnvironment.files(under: renewals))")

        // As of a time before a renewal, the renewal did not exist: a month on, a fourth renewal.
        let later = try TestEnvironment.run(
            "faketime",
            ["-f", "+30d", TestEnvironment.binary, "renew", "--archive", archive, "--all"]
        )
        #expect(later.status == 0, "\(later)")
        let before = RFC3339.format(Date().addingTimeInterval(86_400))
        let asOfBefore = try verify("--all", "--at", before)
        #expect(asOfBefore.status == 0 && asOfBefore.stdout.contains("renewed 3 time(s)"), "\(asOfBefore)")
        let after = RFC3339.format(Date().addingTimeInterval(31 * 86_400))
        let asOfAfter = try verify("--all", "--at", after)
        #expect(asOfAfter.status == 0 && asOfAfter.stdout.contains("renewed 4 time(s)"), "\(asOfAfter)")
    }

    @Test func aRenewalKilledHalfWayLeavesNothingOrACompleteRenewal() throws {
        let (folder, archive) = try Self.twoNights(certificates: 40)
        // Planted as a run stopped between the two files would leave them: the .leaves alone and a temp file.
        let renewals = archive + "/batches/day-1/renewals"
        try TestEnvironment.write("00\n", to: renewals + "/0001-hashtree-sha384.leaves")
        try TestEnvironment.write("partial", to: renewals + "/.tmp-0001")
        let resumed = try Self.renew(archive, "--hash-algorithm", "sha-384")
        #expect(resumed.status == 0, "\(resumed)")
        #expect(
            TestEnvironment.files(under: renewals) == ["0001-hashtree-sha384.ats", "0001-hashtree-sha384.leaves"],
            "\(TestEnvironment.files(under: renewals))"
        )
        #expect(
            TestEnvironment.files(under: archive + "/quarantine").contains {
                $0.hasSuffix("0001-hashtree-sha384.leaves")
            }
        )
        #expect(try TestEnvironment.qcarchive("verify", "--archive", archive, "--all").status == 0)

        // SIGKILL at growing delays: after each, the next writing command recovers and the archive verifies.
        let runs = [
            ["--hash-algorithm", "sha-512"], ["--all"], ["--hash-algorithm", "sha-512"], ["--all"], ["--all"],
        ]
        for (delay, options) in zip([0.05, 0.15, 0.3, 0.5, 0.8], runs) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: TestEnvironment.binary)
            process.arguments = ["renew", "--archive", archive] + options
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let recovered = try TestEnvironment.qcarchive("seal", "--archive", archive)
            #expect(recovered.status == 0, "\(recovered)")
            for batch in ["day-1", "day-2"] {
                let names = Set(TestEnvironment.files(under: archive + "/batches/\(batch)/renewals"))
                for name in names where name.hasSuffix(".leaves") {
                    #expect(names.contains(String(name.dropLast(7)) + ".ats"), "\(batch): \(name) without its .ats")
                }
                #expect(!names.contains { $0.hasPrefix(".tmp-") }, "\(names)")
            }
            let verify = try TestEnvironment.qcarchive("verify", "--archive", archive, "--all")
            #expect(verify.status == 0, "after a kill at \(delay) s: \(verify)")
        }
        _ = folder
    }
}
