import CryptoIO
import Foundation
import TestSupport
import Testing

/// `qcarchive export handover` and `qcarchive verify HANDOVER.tar` (SPEC "Exports"; issue #14): a
/// handover of three nights verifies here and by its own VERIFY.md (tar, sha256sum, openssl,
/// python3), carries no private key, and extracted and reindexed answers as the original; a
/// flipped byte, a removed bundle, an added file, a removed store object or a removed batch is
/// named.
@Suite(.serialized) struct HandoverTests {
    /// An archive of three nights (the two sample nights, then a night of another CA), renewed once,
    /// and its handover.
    static func handover() throws -> (folder: String, archive: String, tar: String) {
        let archive = try SampleArchive.make()
        let folder = String(archive.dropLast("/archive".count))
        let third = try FixtureDrop(at: folder + "/day3", certificates: 2)
        #expect(try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", third.root).status == 0)
        #expect(try TestEnvironment.qcarchive("renew", "--archive", archive, "--all").status == 0)
        let tar = folder + "/handover.tar"
        let exported = try TestEnvironment.qcarchive("export", "handover", "--archive", archive, "--out", tar)
        #expect(exported.status == 0 && exported.stdout.contains("3 batch(es)"), "\(exported)")
        return (folder, archive, tar)
    }

    @Test func aHandoverVerifiesHereAndAloneHoldsNoKeyAndReindexesToTheSameAnswers() throws {
        let (folder, archive, tar) = try Self.handover()
        let verified = try ExportTampering.verify(tar, archive)
        #expect(verified.status == 0 && verified.stdout.contains("3 batch(es) in one chain"), "\(verified)")
        #expect(verified.stdout.contains("complete and unchanged"), "\(verified)")
        // Without anchors given, it names the ones it carries for comparison.
        let carried = try TestEnvironment.qcarchive("verify", tar)
        #expect(carried.status == 0 && carried.stdout.contains("Anchor carried by the handover"), "\(carried)")

        // No private key, read by Python's tarfile.
        let listing = try TestEnvironment.run(
            "python3",
            [
                "-c",
                "import sys, tarfile\nt = tarfile.open(sys.argv[1])\n"
                    + "print(sum(1 for m in t.getmembers() if '/keys/' in m.name or m.isfile() and "
                    + "b'PRIVATE KEY' in t.extractfile(m).read()))",
                tar,
            ]
        )
        #expect(listing.stdout == "0\n", "\(listing)")

        // Extracted, it is an archive folder: reindexed, the same answers.
        let extracted = folder + "/extracted"
        try FileManager.default.createDirectory(atPath: extracted, withIntermediateDirectories: true)
        #expect(try TestEnvironment.run("tar", ["-xf", tar, "-C", extracted]).status == 0)
        let top = try #require(try FileManager.default.contentsOfDirectory(atPath: extracted).first)
        let copy = extracted + "/" + top
        #expect(try TestEnvironment.qcarchive("reindex", "--archive", copy).status == 0)
        for query in ["findings", "coverage", "certificates"] {
            let original = try TestEnvironment.qcarchive("query", "--archive", archive, query, "--format", "json")
            let handed = try TestEnvironment.qcarchive("query", "--archive", copy, query, "--format", "json")
            #expect(original.status == 0 && handed.stdout == original.stdout, "\(query)")
        }
        #expect(try TestEnvironment.qcarchive("verify", "--archive", copy, "--all").status == 0)

        // Its own VERIFY.md, run as written (tar, sha256sum, openssl, python3).
        let recipe = String(decoding: try TestEnvironment.read(copy + "/handover/VERIFY.md"), as: UTF8.self)
        let block = recipe.components(separatedBy: "```sh\n")[1].components(separatedBy: "\n```")[0]
        let script =
            "set -e\nSEAL_CA='\(archive)/trust/seal-ca.pem'\nTSA_CA='\(archive)/trust/tsa-ca.pem'\n"
            + "cd '\(folder)'\n" + block.replacingOccurrences(of: "HANDOVER.tar", with: tar)
        let alone = try TestEnvironment.shell(script, in: folder)
        #expect(alone.status == 0 && alone.stdout.contains("complete: 3 batch(es)"), "\(alone)")
    }

    @Test func whatIsMissingAddedOrAlteredIsNamed() throws {
        let (folder, archive, tar) = try Self.handover()
        let bundle =
            "bundles/"
            + (try #require(
                TestEnvironment.files(under: archive + "/bundles").first { $0.hasSuffix("-v1.tar.gz") }
            ))
        let object = "store/sha256/" + (try #require(TestEnvironment.files(under: archive + "/store/sha256").first))
        let cases: [(name: String, script: String, expected: [String])] = [
            (
                "flipped",
                "for pair in members:\n    if pair[0].name.endswith('/\(bundle)'):\n"
                    + "        pair[1] = bytes([pair[1][0] ^ 1]) + pair[1][1:]",
                ["\(bundle): expected SHA-256"]
            ),
            (
                "removed bundle",
                "members[:] = [p for p in members if not p[0].name.endswith('/\(bundle)')]",
                [
                    "\(bundle): expected this file, listed in the manifest",
                    "\(bundle): expected the bag sealed in batch",
                ]
            ),
            (
                "added",
                "import copy\nextra = copy.copy(members[-1][0])\nextra.name = members[0][0].name.split('/')[0] "
                    + "+ '/bundles/extra.tar.gz'\nmembers.append([extra, b'x'])",
                ["bundles/extra.tar.gz: expected only files the manifest lists"]
            ),
            (
                "removed store object",
                "members[:] = [p for p in members if not p[0].name.endswith('/\(object)')]",
                ["\(object): expected this file", "\(object): expected the drop file"]
            ),
            (
                "removed batch",
                "members[:] = [p for p in members if '/batches/2026-11-20/' not in p[0].name]",
                ["batches/2026-11-20/seal.json: expected this file", "batches/: expected one unbroken chain"]
            ),
        ]
        try ExportTampering.expectNamed(cases, in: tar, archive: archive, folder: folder)
        try ExportTampering.expectForeignAnchorsRefused(
            tar,
            naming: ["handover/manifest-sha256.txt.p7s", "handover/manifest-sha256.txt.tsr"]
        )
    }

    @Test func aHandoverInVolumesVerifiesAsOneAndAMissingVolumeIsNamed() throws {
        let (folder, archive, _) = try Self.handover()
        let out = folder + "/volumes/handover.tar"
        try FileManager.default.createDirectory(atPath: folder + "/volumes", withIntermediateDirectories: true)
        let exported = try TestEnvironment.qcarchive(
            "export",
            "handover",
            "--archive",
            archive,
            "--out",
            out,
            "--volume-size",
            "256K"
        )
        #expect(exported.status == 0 && exported.stdout.contains("volumes"), "\(exported)")
        let volumes = try FileManager.default.contentsOfDirectory(atPath: folder + "/volumes").sorted()
        #expect(volumes.count >= 3 && volumes.allSatisfy { $0.hasPrefix("handover.part-") }, "\(volumes)")
        #expect(!volumes.contains { $0.hasSuffix(".partial") })
        // Each volume is a whole tar for GNU tar; only a volume of one member exceeds the size.
        for volume in volumes {
            let path = folder + "/volumes/" + volume
            let listing = try TestEnvironment.run("tar", ["-tf", path])
            let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
            #expect(listing.status == 0 && (size <= 256 << 10 || listing.stdout.split(separator: "\n").count == 1))
        }
        let verified = try ExportTampering.verify(folder + "/volumes/" + volumes[1], archive)
        #expect(verified.status == 0 && verified.stdout.contains("complete and unchanged"), "\(verified)")
        #expect(verified.stdout.contains("Volumes read as one handover"), "\(verified)")

        // Extracted together, an archive folder that answers as the original.
        let extracted = folder + "/volumes-extracted"
        try FileManager.default.createDirectory(atPath: extracted, withIntermediateDirectories: true)
        for volume in volumes {
            #expect(
                try TestEnvironment.run("tar", ["-xf", folder + "/volumes/" + volume, "-C", extracted]).status == 0
            )
        }
        let copy =
            extracted + "/" + (try #require(try FileManager.default.contentsOfDirectory(atPath: extracted).first))
        #expect(try TestEnvironment.qcarchive("reindex", "--archive", copy).status == 0)
        let original = try TestEnvironment.qcarchive("query", "--archive", archive, "findings", "--format", "json")
        let handed = try TestEnvironment.qcarchive("query", "--archive", copy, "findings", "--format", "json")
        #expect(handed.stdout == original.stdout)

        // A volume missing from the middle is named, and so is what it held.
        try FileManager.default.removeItem(atPath: folder + "/volumes/" + volumes[1])
        let cut = try ExportTampering.verify(folder + "/volumes/" + volumes[0], archive)
        #expect(
            cut.status == 1 && cut.stdout.contains("\(volumes[1]): expected this volume, found it missing"),
            "\(cut)"
        )
        #expect(cut.stdout.contains("expected this file, listed in the manifest"), "\(cut)")
        let refused = try TestEnvironment.qcarchive(
            "export",
            "handover",
            "--archive",
            archive,
            "--out",
            folder + "/x.tar",
            "--volume-size",
            "1K"
        )
        #expect(refused.status == 64 && refused.stderr.contains("at least 64K"), "\(refused)")
    }
}
