import ArchiveIO
import CryptoIO
import Sealing
import Foundation
import TestSupport
import Testing

/// The seals, checked by tools that are not ours (Bouncy Castle's RFC 4998 classes, openssl ts and
/// cms), and every kind of tampering caught by `qcarchive verify`, naming the right file.
@Suite(.serialized) struct SealEndToEndTests {
    init() { ProcessLocale.useUTF8() }

    static let bouncyCastle = [
        "/usr/share/java/bcprov.jar", "/usr/share/java/bcpkix.jar", "/usr/share/java/bcutil.jar",
    ].joined(separator: ":")

    static func nightly(_ archive: String, _ drop: String) throws {
        let run = try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", drop)
        #expect(run.status == 0 || run.status == 3, "\(run)")
    }

    static func seal(_ archive: String, _ batch: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(TestEnvironment.read("\(archive)/batches/\(batch)/seal.json")))
            as? [String: Any] ?? [:]
    }

    @Test func twoNightsMakeAChainThatBouncyCastleAndOpenSSLAccept() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = folder + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        try Self.nightly(archive, TestEnvironment.samples + "/day1")
        try Self.nightly(archive, TestEnvironment.samples + "/day2")

        let first = try Self.seal(archive, "2026-11-20")
        let second = try Self.seal(archive, "2026-11-21")
        #expect(first["previous_seal_sha256"] is NSNull)
        #expect(
            second["previous_seal_sha256"] as? String
                == SHA256Digest.of(try TestEnvironment.read(archive + "/batches/2026-11-20/seal.json")).hex
        )
        #expect(
            Set((first.keys)) == [
                "format", "batch_id", "sealed_at", "hash_algorithm", "root", "bundle_count", "bundle_list_sha256",
                "previous_seal_sha256", "exception_register_sha256",
            ]
        )
        for batch in ["2026-11-20", "2026-11-21"] {
            let root = try #require(try Self.seal(archive, batch)["root"] as? String)
            let cms = try TestEnvironment.run(
                "openssl",
                [
                    "cms", "-verify", "-binary", "-inform", "DER", "-in", "\(archive)/batches/\(batch)/seal.json.p7s",
                    "-content", "\(archive)/batches/\(batch)/seal.json", "-CAfile", archive + "/trust/seal-ca.pem",
                    "-purpose", "any", "-out", "/dev/null",
                ]
            )
            #expect(cms.status == 0, "\(cms)")
            let ts = try TestEnvironment.run(
                "openssl",
                [
                    "ts", "-verify", "-digest", root, "-in", "\(archive)/batches/\(batch)/timestamp.tsr", "-CAfile",
                    archive + "/trust/tsa-ca.pem",
                ]
            )
            #expect(ts.status == 0 && ts.stdout.contains("Verification: OK"), "\(ts)")
        }

        // Every bundle: its seal copies are byte-identical to the batch's, Bouncy Castle validates its evidence record.
        let extracted = folder + "/extracted"
        try FileManager.default.createDirectory(atPath: extracted, withIntermediateDirectories: true)
        var pairs: [String] = []
        for bundle in TestEnvironment.files(under: archive + "/bundles") where bundle.hasSuffix(".tar.gz") {
            #expect(
                try TestEnvironment.run("tar", ["-xzf", archive + "/bundles/" + bundle, "-C", extracted]).status == 0
            )
        }
        for bag in try FileManager.default.contentsOfDirectory(atPath: extracted).sorted() {
            let info = String(decoding: try TestEnvironment.read("\(extracted)/\(bag)/bag-info.txt"), as: UTF8.self)
            let batch = try #require(info.split(separator: "\n").first { $0.hasPrefix("Batch-Id: ") }).dropFirst(
                "Batch-Id: ".count
            )
            #expect(
                try TestEnvironment.read("\(extracted)/\(bag)/seal/batch-seal.json")
                    == TestEnvironment.read("\(archive)/batches/\(batch)/seal.json")
            )
            #expect(
                try TestEnvironment.read("\(extracted)/\(bag)/seal/batch-seal.json.p7s")
                    == TestEnvironment.read("\(archive)/batches/\(batch)/seal.json.p7s")
            )
            pairs += ["\(extracted)/\(bag)/seal/evidence-record.ers", "\(extracted)/\(bag)/tagmanifest-sha256.txt"]
        }
        #expect(pairs.count == 2 * 64)
        try TestEnvironment.write(
            try TestEnvironment.run("openssl", ["x509", "-in", archive + "/keys/tsa-cert.pem"]).stdout,
            to: folder + "/tsa.pem"
        )
        let bc = try TestEnvironment.run(
            "java",
            [
                "-cp", Self.bouncyCastle, TestEnvironment.packageRoot + "/Tests/Fixtures/ers/VerifyEvidenceRecord.java",
                folder + "/tsa.pem",
            ] + pairs
        )
        #expect(bc.status == 0, "\(bc)")
        #expect(bc.stdout.split(separator: "\n").filter { $0.hasPrefix("ERS valid") }.count == 64)
        // Bouncy Castle refuses the record for other data.
        let wrong = try TestEnvironment.run(
            "java",
            [
                "-cp", Self.bouncyCastle, TestEnvironment.packageRoot + "/Tests/Fixtures/ers/VerifyEvidenceRecord.java",
                folder + "/tsa.pem", pairs[0], pairs[3],
            ]
        )
        #expect(wrong.status == 1 && wrong.stdout.contains("ERS invalid"))
        // The token alone, taken out with the standard library, passes openssl ts -verify over the batch root.
        let ers = pairs[0]
        let bag = (ers as NSString).deletingLastPathComponent
        let root = try #require(
            (try JSONSerialization.jsonObject(with: Data(TestEnvironment.read(bag + "/batch-seal.json")))
                as? [String: Any])?["root"] as? String
        )
        #expect(
            try TestEnvironment.run(
                "python3",
                [TestEnvironment.packageRoot + "/Tests/Fixtures/ers/extract_token.py", ers, folder + "/token.tst"]
            ).status == 0
        )
        let token = try TestEnvironment.run(
            "openssl",
            [
                "ts", "-verify", "-digest", root, "-in", folder + "/token.tst", "-token_in", "-CAfile",
                archive + "/trust/tsa-ca.pem",
            ]
        )
        #expect(token.status == 0 && token.stdout.contains("Verification: OK"), "\(token)")

        let chain = try TestEnvironment.qcarchive("verify", "--archive", archive, "--chain")
        #expect(chain.status == 0 && chain.stdout.contains("2026-11-20 → 2026-11-21"), "\(chain)")
        // Deleting the first day's bundle of one certificate breaks the chain check, naming it.
        let victim = try #require(
            TestEnvironment.files(under: archive + "/bundles").first { $0.hasSuffix("-v1.tar.gz") }
        )
        try FileManager.default.removeItem(atPath: archive + "/bundles/" + victim)
        let broken = try TestEnvironment.qcarchive("verify", "--archive", archive, "--chain")
        #expect(broken.status == 1)
        #expect(broken.stdout.contains("bundles/\(victim): expected the bundle sealed in batch"), "\(broken)")
    }

    /// An archive with two small nights, for the tampering cases.
    static func twoNights(_ folder: String) throws -> (archive: String, bundles: [String]) {
        let archive = folder + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        let drop = try FixtureDrop(at: folder + "/day1", certificates: 3)
        try nightly(archive, drop.root)
        try TestEnvironment.write("{\"batch_id\":\"day-2\"}\n", to: folder + "/day2/batch.json")
        try TestEnvironment.write(
            FixtureDrop.revocation(issuer: drop.issuer, serial: drop.serials[0], id: "rev-1") + "\n",
            to: folder + "/day2/events/r.jsonl"
        )
        try nightly(archive, folder + "/day2")
        let bundles = TestEnvironment.files(under: archive + "/bundles").filter { $0.hasSuffix(".tar.gz") }.map {
            archive + "/bundles/" + $0
        }
        #expect(bundles.count == 4)
        return (archive, bundles)
    }

    static func verifyBundle(_ archive: String, _ path: String) throws -> TestEnvironment.Run {
        try TestEnvironment.qcarchive("verify", "--archive", archive, "--bundle", path)
    }

    @Test func everyTamperingOfABundleIsCaughtNamingTheFile() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let (archive, bundles) = try Self.twoNights(folder)
        // The evidence record of a bundle of the other night: a genuine record, but not for this bundle.
        // (A neighbour in the same batch's tree would legitimately prove the same pair of leaves.)
        let original = try BundleSurgery.members(try #require(bundles.first { $0.hasSuffix("-v1.tar.gz") }))
        let other = try BundleSurgery.members(try #require(bundles.first { $0.hasSuffix("-v2.tar.gz") }))
        #expect(try Self.verifyBundle(archive, bundles[0]).status == 0)
        #expect(try Self.verifyBundle(archive, bundles[1]).status == 0)

        let cases: [(String, [TarMember], String)] = [
            (
                "swapped evidence record",
                original.map {
                    $0.path.hasSuffix("seal/evidence-record.ers")
                        ? TarMember(
                            path: $0.path,
                            kind: .file,
                            mode: 0o644,
                            bytes: BundleSurgery.member(other, "seal/evidence-record.ers")!.bytes
                        ) : $0
                }, "seal/evidence-record.ers"
            ),
            ("removed member", original.filter { !$0.path.hasSuffix("data/status.json") }, "data/status.json"),
            (
                "added member",
                original + [
                    TarMember(
                        path: original[0].path + "/data/extra.txt",
                        kind: .file,
                        mode: 0o644,
                        bytes: Array("x".utf8)
                    )
                ], "data/extra.txt"
            ),
            (
                "altered batch seal copy",
                original.map { member in
                    guard member.path.hasSuffix("seal/batch-seal.json") else { return member }
                    var bytes = member.bytes
                    bytes[10] ^= 0x20
                    return TarMember(path: member.path, kind: .file, mode: 0o644, bytes: bytes)
                }, "seal/batch-seal.json.p7s"
            ),
            (
                "altered tag manifest signature",
                original.map { member in
                    guard member.path.hasSuffix("seal/tagmanifest.p7s") else { return member }
                    var bytes = member.bytes
                    bytes[bytes.count - 5] ^= 0x01
                    return TarMember(path: member.path, kind: .file, mode: 0o644, bytes: bytes)
                }, "seal/tagmanifest.p7s"
            ),
        ]
        for (label, members, file) in cases {
            let path = folder + "/tampered-\(label.replacingOccurrences(of: " ", with: "-")).tar.gz"
            try BundleSurgery.write(members, to: path)
            let run = try Self.verifyBundle(archive, path)
            #expect(run.status == 1, "\(label): \(run)")
            #expect(run.stdout.contains(": \(file): expected"), "\(label) must name \(file): \(run.stdout)")
        }
    }

    @Test func aDeletedOrReorderedBatchOrADeletedBundleVersionBreaksTheChain() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let (archive, bundles) = try Self.twoNights(folder)
        #expect(try TestEnvironment.qcarchive("verify", "--archive", archive, "--all").status == 0)

        // A deleted bundle version: --all and --chain name it.
        let version1 = try #require(
            bundles.first {
                $0.hasSuffix("-v1.tar.gz")
                    && bundles.contains($0.replacingOccurrences(of: "-v1.tar.gz", with: "-v2.tar.gz"))
            }
        )
        let saved = try TestEnvironment.read(version1)
        try FileManager.default.removeItem(atPath: version1)
        let missing = try TestEnvironment.qcarchive("verify", "--archive", archive, "--all")
        #expect(missing.status == 1)
        #expect(missing.stdout.contains(String(version1.dropFirst(archive.count + 1))), "\(missing)")
        try TestEnvironment.write(saved, to: version1)

        // Reordered: the two batches' seals swapped.
        let first = archive + "/batches/day-1"
        let second = archive + "/batches/day-2"
        try FileManager.default.moveItem(atPath: first, toPath: folder + "/day-1-saved")
        let deleted = try TestEnvironment.qcarchive("verify", "--archive", archive, "--chain")
        #expect(deleted.status == 1)
        #expect(deleted.stdout.contains("batches/day-2/seal.json: expected previous_seal_sha256"), "\(deleted)")
        #expect(deleted.stdout.contains("batches/day-1/seal.json: expected the seal of batch day-1"), "\(deleted)")
        try FileManager.default.moveItem(atPath: second, toPath: folder + "/day-2-saved")
        try FileManager.default.moveItem(atPath: folder + "/day-1-saved", toPath: second)
        try FileManager.default.moveItem(atPath: folder + "/day-2-saved", toPath: first)
        let reordered = try TestEnvironment.qcarchive("verify", "--archive", archive, "--chain")
        #expect(reordered.status == 1, "\(reordered)")
        #expect(reordered.stdout.contains("expected batch_id"), "\(reordered)")
    }
}
