import CryptoIO
import Foundation
import TestSupport
import Testing

/// Seal format 2 (SPEC "Batch seal"): one batch per drop and one timestamp per batch, whatever the
/// drop's size; seal.json of constant size naming `bundles.jsonl` by its SHA-256; a chain that runs
/// from format-1 batches into format-2 ones.
@Suite(.serialized) struct SealFormatTests {
    /// The root recomputed from bundles.jsonl and seal.json by a few lines of Python (not our code).
    static let recompute = """
        import hashlib, json, sys
        folder = sys.argv[1]
        seal = json.load(open(folder + "/seal.json"))
        listing = open(folder + "/bundles.jsonl", "rb").read()
        assert hashlib.sha256(listing).hexdigest() == seal["bundle_list_sha256"], "bundle_list_sha256"
        entries = [json.loads(line) for line in listing.split(b"\\n")[:-1]]
        assert len(entries) == seal["bundle_count"], "bundle_count"
        leaves = [bytes.fromhex(e["tagmanifest_sha256"]) for e in entries]
        if seal["previous_seal_sha256"]:
            leaves.append(bytes.fromhex(seal["previous_seal_sha256"]))
        level = sorted(leaves)
        while len(level) > 1:
            level = [hashlib.sha256(b"".join(sorted(level[i:i + 2]))).digest() if i + 1 < len(level) else level[i]
                     for i in range(0, len(level), 2)]
        print(level[0].hex())
        """

    @Test func aNightIsOneBatchWithOneTimestampAndAListAnyoneCanRecomputeTheRootFrom() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = folder + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        let drop = try FixtureDrop(at: folder + "/drop", certificates: 300)
        let night = try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", drop.root)
        #expect(night.status == 0, "\(night)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: archive + "/batches") == ["day-1"])
        let sealBytes = try TestEnvironment.read(archive + "/batches/day-1/seal.json")
        #expect(sealBytes.count < 600, "a seal of constant size: \(sealBytes.count) bytes")
        let seal = try #require(try JSONSerialization.jsonObject(with: Data(sealBytes)) as? [String: Any])
        #expect(seal["format"] as? String == "qcarchive-batch-seal/2")
        #expect(seal["bundle_count"] as? Int == 301, "300 bundles and the batch record")
        let root = try TestEnvironment.run("python3", ["-c", Self.recompute, archive + "/batches/day-1"])
        #expect(root.status == 0 && root.stdout == (seal["root"] as? String ?? "") + "\n", "\(root)")
        let token = try TestEnvironment.run(
            "openssl",
            [
                "ts", "-verify", "-digest", seal["root"] as? String ?? "", "-in",
                archive + "/batches/day-1/timestamp.tsr",
                "-CAfile", archive + "/trust/tsa-ca.pem",
            ]
        )
        #expect(token.status == 0, "one RFC 3161 timestamp over the root: \(token)")
        #expect(try TestEnvironment.qcarchive("verify", "--archive", archive, "--all").status == 0)
    }

    @Test(arguments: ["bundles.jsonl", "seal.json"])
    func aByteChangedInTheListOrTheSealIsCaught(file: String) throws {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = folder + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        let drop = try FixtureDrop(at: folder + "/drop", certificates: 3)
        #expect(try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", drop.root).status == 0)
        let path = archive + "/batches/day-1/" + file
        var bytes = try TestEnvironment.read(path)
        // A hex digit of the first tag manifest in the list, or of the root in the seal.
        let marker = Array((file == "seal.json" ? "\"root\" : \"" : "\"tagmanifest_sha256\":\"").utf8)
        let start = try #require(
            bytes.indices.first { bytes[$0...].starts(with: marker) }.map { $0 + marker.count },
            "the field to change"
        )
        bytes[start] = bytes[start] == UInt8(ascii: "0") ? UInt8(ascii: "1") : UInt8(ascii: "0")
        try FileManager.default.removeItem(atPath: path)
        try TestEnvironment.write(bytes, to: path)
        let run = try TestEnvironment.qcarchive("verify", "--archive", archive, "--all")
        #expect(run.status == 1, "\(run)")
        let expected = file == "seal.json" ? "batches/day-1/seal.json.p7s" : "batches/day-1/bundles.jsonl"
        #expect(run.stdout.contains("FAIL chain: \(expected)"), "\(run)")
    }

    @Test func theChainRunsFromFormat1IntoFormat2() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = folder + "/archive"
        #expect(try TestEnvironment.run("cp", ["-a", FormatFixtureTests.fixture, archive]).status == 0)
        #expect(try TestEnvironment.qcarchive("reindex", "--archive", archive).status == 0)
        let drop = try FixtureDrop(at: folder + "/drop", certificates: 2)
        let night = try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", drop.root)
        #expect(night.status == 0, "\(night)")
        let seal = try #require(
            try JSONSerialization.jsonObject(with: Data(TestEnvironment.read(archive + "/batches/day-1/seal.json")))
                as? [String: Any]
        )
        #expect(seal["format"] as? String == "qcarchive-batch-seal/2")
        let last = try TestEnvironment.read(archive + "/batches/2026-11-21-part-00002/seal.json")
        #expect(
            seal["previous_seal_sha256"] as? String == SHA256Digest.of(last).hex,
            "chained to the last format-1 batch"
        )
        let verify = try TestEnvironment.qcarchive("verify", "--archive", archive, "--all")
        #expect(verify.status == 0 && verify.stdout.contains("2026-11-21-part-00002 → day-1"), "\(verify)")
        let recipe = try TestEnvironment.run(
            "bash",
            [TestEnvironment.packageRoot + "/Tests/Fixtures/verify_recipe.sh", archive]
        )
        #expect(
            recipe.status == 0 && recipe.stdout.contains(" 0 failed"),
            "the third-party recipe reads both formats: \(recipe.stdout.suffix(2000))"
        )
        #expect(try TestEnvironment.qcarchive("reindex", "--archive", archive).status == 0)
        #expect(try TestEnvironment.qcarchive("verify", "--archive", archive, "--catalog").status == 0)
    }
}
