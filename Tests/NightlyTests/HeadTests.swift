import CryptoIO
import Foundation
import Sealing
import Storage
import TestSupport
import Testing

/// The published head (SPEC "The published head"): `qcarchive head` writes a C2SP checkpoint that a
/// second implementation (Python's cryptography and hashlib) verifies over the batches' seal.json
/// files, and `verify --chain --head` catches what the chain alone cannot: its newest batches cut
/// off (then `reindex`), or replaced by a new night.
@Suite(.serialized) struct HeadTests {
    static let script = TestEnvironment.packageRoot + "/Tests/Fixtures/head/checkpoint.py"

    /// `qcarchive verify --chain --head NOTE` on `archive`.
    static func verifyHead(_ archive: String, _ note: String) throws -> TestEnvironment.Run {
        try TestEnvironment.qcarchive("verify", "--archive", archive, "--chain", "--head", note)
    }

    /// Python's verdict on `note` over the seal.json files of `batches`, in that order.
    static func python(_ note: String, _ archive: String, _ batches: [String]) throws -> TestEnvironment.Run {
        try TestEnvironment.run(
            "python3",
            [script, "verify", note, archive + "/trust/head.vkey"]
                + batches.map { archive + "/batches/\($0)/seal.json" }
        )
    }

    @Test func aCutEndOrAReplacedNightIsCaughtByThePublishedHead() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = folder + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        let configuration =
            try JSONSerialization.jsonObject(with: Data(TestEnvironment.read(archive + "/archive.json")))
            as? [String: Any]
        let archiveID = try #require(configuration?["archive_id"] as? String)
        #expect(archiveID.count == 32 && archiveID.allSatisfy(\.isHexDigit))
        let keyMode = try FileManager.default.attributesOfItem(atPath: archive + "/keys/head-key.pem")[
            .posixPermissions
        ]
        #expect(keyMode as? Int == 0o600)
        let drop = try FixtureDrop(at: folder + "/day1", certificates: 2)
        #expect(try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", drop.root).status == 0)
        let day2 = try drop.nextNight(at: folder + "/day2", id: "day-2")
        let second = try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", day2)
        #expect(second.status == 0, "\(second)")

        let head = try TestEnvironment.qcarchive("head", "--archive", archive, "--out", folder + "/head.note")
        #expect(head.status == 0 && head.stdout.contains("2 batch(es) (up to day-2)"), "\(head)")
        let note = String(decoding: try TestEnvironment.read(folder + "/head.note"), as: UTF8.self)
        #expect(note.hasPrefix("qcarchive/\(archiveID)\n2\n"), "\(note)")
        // The nightly run printed the same head for the operator to publish.
        let root = note.split(separator: "\n")[2]
        #expect(second.stdout.contains("head              qcarchive/\(archiveID) 2 \(root); publish it"), "\(second)")
        let independent = try Self.python(folder + "/head.note", archive, ["day-1", "day-2"])
        #expect(independent.stdout == "checkpoint valid qcarchive/\(archiveID) 2\n", "\(independent)")
        let holds = try Self.verifyHead(archive, folder + "/head.note")
        #expect(
            holds.status == 0 && holds.stdout.contains("the 2 batch(es) the checkpoint covers (up to day-2)"),
            "\(holds)"
        )

        // A new head key: the checkpoint of the old one still verifies, and so does the new one's.
        let rotated = try TestEnvironment.qcarchive("keys", "rotate", "--archive", archive, "--head")
        #expect(rotated.status == 0, "\(rotated)")
        let vkeys = String(decoding: try TestEnvironment.read(archive + "/trust/head.vkey"), as: UTF8.self)
        #expect(vkeys.split(separator: "\n").count == 2, "\(vkeys)")
        let list = try TestEnvironment.qcarchive("keys", "list", "--archive", archive)
        let newest = try NoteVerifierKey(text: String(vkeys.split(separator: "\n")[0]))
        #expect(
            list.stdout.contains("head    (current) qcarchive/\(archiveID)\n    key ID \(Hex.encode(newest.keyID))")
                && list.stdout.components(separatedBy: "head    ").count == 3,
            "\(list)"
        )
        #expect(try TestEnvironment.qcarchive("head", "--archive", archive, "--out", folder + "/new.note").status == 0)
        for name in ["head.note", "new.note"] {
            let path = folder + "/" + name
            #expect(
                try Self.verifyHead(archive, path).status == 0
            )
            #expect(try Self.python(path, archive, ["day-1", "day-2"]).status == 0, "\(name)")
        }
        #expect(try TestEnvironment.read(folder + "/head.note") != (try TestEnvironment.read(folder + "/new.note")))

        // Whoever holds the folder cuts the newest night: its batch, its bundles, then reindex.
        let listed = try TestEnvironment.read(archive + "/batches/day-2/bundles.jsonl")
        for line in String(decoding: listed, as: UTF8.self).split(separator: "\n") {
            let entry = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            try FileManager.default.removeItem(atPath: archive + "/" + (entry?["path"] as? String ?? "?"))
        }
        try FileManager.default.removeItem(atPath: archive + "/batches/day-2")
        try FileManager.default.removeItem(atPath: archive + "/catalog.sqlite")
        #expect(try TestEnvironment.qcarchive("reindex", "--archive", archive).status == 0)
        let chainAlone = try TestEnvironment.qcarchive("verify", "--archive", archive, "--all")
        #expect(chainAlone.status == 0, "the cut archive is consistent on its own: \(chainAlone)")
        let cut = try Self.verifyHead(archive, folder + "/head.note")
        #expect(cut.status == 1, "\(cut)")
        #expect(
            cut.stdout.contains(
                "FAIL head: \(folder)/head.note: expected the 2 batches the checkpoint covers, the newest "
                    + "day-2, found 1 in the chain (up to day-1): 1 batch(es) were cut from its end"
            ),
            "\(cut.stdout)"
        )
        #expect(try Self.python(folder + "/head.note", archive, ["day-1"]).status == 1)

        // A new night sealed in its place makes a chain of the same length, but not the same tree.
        let replacement = try drop.nextNight(at: folder + "/day2b", id: "day-2b", revoking: 1)
        #expect(try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", replacement).status == 0)
        let replaced = try Self.verifyHead(archive, folder + "/head.note")
        #expect(replaced.status == 1 && replaced.stdout.contains("a batch up to day-2b was rewritten"), "\(replaced)")

        // A checkpoint by another key is refused whatever it says.
        let other = try TestEnvironment.temporaryFolder("other")
        #expect(try TestEnvironment.qcarchive("init", "--archive", other + "/archive").status == 0)
        try FileManager.default.removeItem(atPath: archive + "/trust/head.vkey")
        try FileManager.default.copyItem(
            atPath: other + "/archive/trust/head.vkey",
            toPath: archive + "/trust/head.vkey"
        )
        let foreign = try Self.verifyHead(archive, folder + "/head.note")
        #expect(foreign.status == 1 && foreign.stdout.contains("carries no signature by"), "\(foreign)")

        // The other archive's own checkpoint verifies under that key but names another archive.
        #expect(
            try TestEnvironment.qcarchive("head", "--archive", other + "/archive", "--out", other + "/head.note")
                .status == 0
        )
        let elsewhere = try Self.verifyHead(archive, other + "/head.note")
        #expect(elsewhere.status == 1 && elsewhere.stdout.contains("another archive's checkpoint"), "\(elsewhere)")
        // No verifier key at all, or a note that is no note: a failure, never a silent pass.
        try TestEnvironment.write("", to: archive + "/trust/head.vkey")
        let keyless = try Self.verifyHead(archive, other + "/head.note")
        #expect(
            keyless.status == 1 && keyless.stdout.contains("trust/head.vkey: expected a head verifier key"),
            "\(keyless)"
        )
        try FileManager.default.removeItem(atPath: archive + "/trust/head.vkey")
        try FileManager.default.copyItem(
            atPath: other + "/archive/trust/head.vkey",
            toPath: archive + "/trust/head.vkey"
        )
        try TestEnvironment.write("not a checkpoint\n", to: folder + "/garbage.note")
        let garbage = try Self.verifyHead(archive, folder + "/garbage.note")
        #expect(garbage.status == 1 && garbage.stdout.contains("no blank line before its signatures"), "\(garbage)")
        let misused = try TestEnvironment.qcarchive(
            "verify",
            "--archive",
            archive,
            "--all",
            "--head",
            folder + "/head.note"
        )
        #expect(misused.status == 64 && misused.stderr.contains("--head FILE goes with --chain"), "\(misused)")
    }

    @Test func anArchiveOfAnEarlierVersionGetsItsIDAndHeadKeyOnFirstUse() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = folder + "/archive"
        let copy = try TestEnvironment.run(
            "cp",
            ["-R", TestEnvironment.packageRoot + "/Tests/Fixtures/archive-format-1", archive]
        )
        #expect(copy.status == 0, "\(copy)")
        #expect(!FileManager.default.fileExists(atPath: archive + "/trust/head.vkey"))
        #expect(try TestEnvironment.qcarchive("reindex", "--archive", archive).status == 0)  // it has no catalog
        let head = try TestEnvironment.qcarchive("head", "--archive", archive, "--out", folder + "/head.note")
        #expect(head.status == 0, "\(head)")
        let order = try SealChain.links(ArchiveLayout(root: archive)).map(\.batch)
        #expect(order.count >= 2, "\(order)")
        let independent = try Self.python(folder + "/head.note", archive, order)
        #expect(
            independent.status == 0 && independent.stdout.hasPrefix("checkpoint valid qcarchive/"),
            "\(independent)"
        )
        #expect(
            try Self.verifyHead(archive, folder + "/head.note")
                .status == 0
        )
    }
}
