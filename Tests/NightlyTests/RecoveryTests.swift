import Catalog
import Lifecycle
import CryptoIO
import Foundation
import Storage
import TestSupport
import Testing

/// A run stopped at any instant resumes to the result of an uninterrupted run (issue #8, findings
/// 2 and 3): the archive session's recovery adopts a seal written by the stopped run, seals what it
/// left imported (a format-1 night's continuation batches included), and nothing sealed is ever
/// overwritten.
@Suite(.serialized) struct RecoveryTests {
    /// An archive with a night of 10 certificates, sealed.
    struct SealedNight {
        let folder: String
        let archive: String
        /// The drop of the night (nil for an archive made elsewhere).
        let fixture: FixtureDrop?
        var layout: ArchiveLayout { ArchiveLayout(root: archive) }
        var drop: FixtureDrop { fixture! }

        init() throws {
            folder = try TestEnvironment.temporaryFolder()
            archive = folder + "/archive"
            #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
            let drop = try FixtureDrop(at: folder + "/drop", certificates: 10)
            fixture = drop
            let night = try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", drop.root)
            #expect(night.status == 0, "\(night)")
        }

        /// An archive already made, at `archive`.
        init(folder: String, archive: String) {
            self.folder = folder
            self.archive = archive
            fixture = nil
        }

        /// Runs SQL on the catalog, as a stopped run (or a hostile editor) leaves it.
        func sql(_ statement: String) throws {
            _ = try TestEnvironment.editDatabase(layout.catalog, statement)
        }

        /// The catalog forgets that `batch` was sealed: the state a run stopped between writing
        /// the seal and recording it leaves behind.
        func forgetSealing(of batch: String) throws {
            try sql(
                "DELETE FROM bundle WHERE batchId = '\(batch)'; "
                    + "UPDATE batch SET state = 'imported', sealOrder = NULL, sealedAt = NULL WHERE id = '\(batch)';"
            )
        }

        /// Every sealed file of the archive with its SHA-256 (bundles, seals, records).
        func sealedFiles() throws -> [String: String] {
            var files: [String: String] = [:]
            for path in TestEnvironment.files(under: archive)
            where path.hasPrefix("bundles/") || (path.hasPrefix("batches/") && !path.hasSuffix("report.json")) {
                files[path] = SHA256Digest.of(try TestEnvironment.read(archive + "/" + path)).hex
            }
            return files
        }

        func catalogState() throws -> [String] {
            let catalog = try SQLiteCatalog(path: layout.catalog, readOnly: true)
            return try catalog.batches().map { "\($0.id) \($0.state.rawValue) \($0.sealOrder ?? 0)" }.sorted()
                + ["bundles \(try catalog.bundleCount())"]
        }
    }

    @Test func aFormat1NightStoppedAfterItsFirstPartSealedIsFinishedByTheNextRun() throws {
        // The format-1 fixture: day 2 sealed in 2026-11-21 and its continuation 2026-11-21-part-00002.
        let folder = try TestEnvironment.temporaryFolder()
        let archive = folder + "/archive"
        #expect(try TestEnvironment.run("cp", ["-a", FormatFixtureTests.fixture, archive]).status == 0)
        #expect(try TestEnvironment.qcarchive("reindex", "--archive", archive).status == 0)
        let night = SealedNight(folder: folder, archive: archive)
        let state = try night.catalogState()
        let day2 = try FormatFixtureTests.drop(of: "2026-11-21", archive: archive, into: folder + "/day2")
        // Stopped after the first part was recorded: the continuation is imported, nothing of it written.
        let part = "2026-11-21-part-00002"
        try night.forgetSealing(of: part)
        let seal =
            try JSONSerialization.jsonObject(
                with: Data(try TestEnvironment.read(archive + "/batches/\(part)/seal.json"))
            ) as? [String: Any]
        for bundle in seal?["bundles"] as? [[String: Any]] ?? [] {
            try FileManager.default.removeItem(atPath: archive + "/" + (bundle["path"] as? String ?? ""))
        }
        try FileManager.default.removeItem(atPath: archive + "/batches/\(part)")

        let again = try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", day2)
        #expect(again.status == 3, "the drop's first run had rejects: \(again)")
        #expect(again.stdout.contains("what an interrupted run left unsealed is now sealed"), "\(again)")
        #expect(again.stdout.contains("sealed in batch \(part)"), "\(again)")
        #expect(try night.catalogState() == state, "the same batches, in the same order, with the same bundles")
        let verify = try TestEnvironment.qcarchive("verify", "--archive", archive, "--all")
        #expect(verify.status == 0, "\(verify)")
        let resealed =
            try JSONSerialization.jsonObject(
                with: Data(try TestEnvironment.read(archive + "/batches/\(part)/seal.json"))
            ) as? [String: Any]
        #expect(resealed?["format"] as? String == "qcarchive-batch-seal/2", "sealed now in format 2")
    }

    @Test func aSealWrittenByAStoppedRunIsVerifiedAndAdoptedNotRewritten() throws {
        let night = try SealedNight()
        let complete = try night.sealedFiles()
        let state = try night.catalogState()
        try night.forgetSealing(of: "day-1")
        // What a run stopped while staging leaves: a bag, the list of staged bags, the batch record's spool.
        for leftover in ["qcb-x.staged", "day-1.bags", "day-1.drop-files.json"] {
            try TestEnvironment.write("partial", to: night.archive + "/staging/" + leftover)
        }

        let again = try TestEnvironment.qcarchive("nightly", "--archive", night.archive, "--drop", night.drop.root)
        #expect(again.status == 0, "\(again)")
        #expect(again.stderr.contains("batch day-1 had been sealed by an interrupted run"), "\(again)")
        #expect(again.stderr.contains("removed 3 unsealed staging file"), "\(again)")
        #expect(TestEnvironment.files(under: night.archive + "/staging").isEmpty)
        #expect(try night.catalogState() == state)
        #expect(try night.sealedFiles() == complete, "nothing sealed is written again")
        #expect(try TestEnvironment.qcarchive("verify", "--archive", night.archive, "--all").status == 0)
    }

    @Test func aSealThatDoesNotVerifyIsQuarantinedAndTheBatchSealedAgain() throws {
        let night = try SealedNight()
        try night.forgetSealing(of: "day-1")
        let path = night.archive + "/batches/day-1/seal.json"
        var bytes = try TestEnvironment.read(path)
        bytes[bytes.count / 2] ^= 0x01
        try FileManager.default.removeItem(atPath: path)
        try TestEnvironment.write(bytes, to: path)

        let again = try TestEnvironment.qcarchive("nightly", "--archive", night.archive, "--drop", night.drop.root)
        #expect(again.status == 0, "\(again)")
        #expect(again.stderr.contains("batches/day-1/seal.json aside (its seal did not verify"), "\(again)")
        #expect(again.stdout.contains("sealed in batch day-1"), "sealed again: \(again)")
        let quarantined = TestEnvironment.files(under: night.archive + "/quarantine")
        #expect(quarantined.contains { $0.hasSuffix("batches/day-1/seal.json") }, "\(quarantined)")
        #expect(quarantined.contains { $0.hasSuffix(".tar.gz") }, "its bundles moved aside too: \(quarantined)")
        #expect(try TestEnvironment.qcarchive("verify", "--archive", night.archive, "--all").status == 0)
    }

    @Test func aBatchIDThatAContinuationWouldNeedIsRefusedBeforeAnythingIsWritten() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = folder + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        let small = try FixtureDrop(at: folder + "/small", certificates: 2)
        let before = TestEnvironment.files(under: archive)
        let refused = try TestEnvironment.qcarchive(
            "nightly",
            "--archive",
            archive,
            "--drop",
            small.root,
            "--batch-id",
            "X-part-00002"
        )
        #expect(refused.status == 64, "\(refused)")
        #expect(refused.stderr.contains("-part-NNNNN"), "\(refused)")
        #expect(TestEnvironment.files(under: archive) == before)

        // The same id given by the drop's batch.json.
        try TestEnvironment.write("{\"batch_id\":\"X-part-00002\"}\n", to: small.root + "/batch.json")
        let fromDrop = try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", small.root)
        #expect(fromDrop.status == 64, "\(fromDrop)")
        #expect(!FileManager.default.fileExists(atPath: archive + "/batches/X-part-00002"))
    }

    /// A second night's drop that touches `serial` (a revocation) and brings one new certificate.
    static func secondNight(_ night: SealedNight, serial: String) throws -> String {
        var drop = night.drop
        try TestEnvironment.write("{\"batch_id\":\"day-2\"}\n", to: drop.root + "/batch.json")
        let revoke = FixtureDrop.revocation(issuer: drop.issuer, serial: serial, id: "rev-1")
        try TestEnvironment.write(revoke + "\n", to: drop.root + "/events/day2.jsonl")
        _ = try drop.addCertificate(name: "Late")
        return drop.root
    }

    @Test func anUnsealedFileAtTheNextBundlePathIsMovedAsideNotOverwritten() throws {
        let night = try SealedNight()
        let catalog = try SQLiteCatalog(path: night.layout.catalog, readOnly: true)
        let first = try #require(try catalog.bundles(in: BatchID("day-1")).first)
        let next = first.path.replacingOccurrences(of: "-v1.tar.gz", with: "-v2.tar.gz")
        // A copy of version 1 where version 2 will go: no seal names it.
        let stranger = try TestEnvironment.read(night.archive + "/" + first.path)
        try TestEnvironment.write(stranger, to: night.archive + "/" + next)
        let run = try TestEnvironment.qcarchive(
            "nightly",
            "--archive",
            night.archive,
            "--drop",
            try Self.secondNight(night, serial: first.ref.serial)
        )
        #expect(run.status == 0, "\(run)")
        let quarantined = TestEnvironment.files(under: night.archive + "/quarantine")
        #expect(quarantined.contains { $0.hasSuffix(next) }, "\(quarantined)")
        let moved = try #require(quarantined.first { $0.hasSuffix(next) })
        #expect(try TestEnvironment.read(night.archive + "/quarantine/" + moved) == stranger, "moved, not changed")
        #expect(try TestEnvironment.qcarchive("verify", "--archive", night.archive, "--all").status == 0)
    }

    @Test func aSealedBundleIsNeverOverwrittenEvenWhenTheCatalogForgotIt() throws {
        let night = try SealedNight()
        let catalog = try SQLiteCatalog(path: night.layout.catalog, readOnly: true)
        let first = try #require(try catalog.bundles(in: BatchID("day-1")).first)
        let sealedBytes = try TestEnvironment.read(night.archive + "/" + first.path)
        // The catalog forgets version 1, so the next night would write version 1 again.
        try night.sql("DELETE FROM bundle WHERE path = '\(first.path)';")
        let run = try TestEnvironment.qcarchive(
            "nightly",
            "--archive",
            night.archive,
            "--drop",
            try Self.secondNight(night, serial: first.ref.serial)
        )
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains("\(first.path) exists already (batch day-1)"), "\(run)")
        #expect(
            try TestEnvironment.read(night.archive + "/" + first.path) == sealedBytes,
            "the sealed file is untouched"
        )
        #expect(!FileManager.default.fileExists(atPath: night.archive + "/batches/day-2/seal.json"))
    }

    @Test func aWriteRefusedForAMissingCatalogLeavesNoEmptyCatalogBehind() throws {
        let night = try SealedNight()
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: night.layout.catalog + suffix)
        }
        let refused = try TestEnvironment.qcarchive("nightly", "--archive", night.archive, "--drop", night.drop.root)
        #expect(refused.status == 1 && refused.stderr.contains("run 'qcarchive reindex' first"), "\(refused)")
        #expect(!FileManager.default.fileExists(atPath: night.layout.catalog), "no empty catalog was made")
        let query = try TestEnvironment.qcarchive("query", "--archive", night.archive, "findings", "--format", "json")
        #expect(query.status == 74 && query.stderr.contains("reindex"), "no answer from nothing: \(query)")
    }

    @Test func initRefusesAFolderThatHoldsAnArchiveWithoutItsArchiveJSON() throws {
        let night = try SealedNight()
        let anchors = try TestEnvironment.read(night.archive + "/trust/seal-ca.pem")
        try FileManager.default.moveItem(
            atPath: night.archive + "/archive.json",
            toPath: night.folder + "/archive.json"
        )
        let run = try TestEnvironment.qcarchive("init", "--archive", night.archive)
        #expect(run.status == 1 && run.stderr.contains("restore archive.json"), "\(run)")
        #expect(try TestEnvironment.read(night.archive + "/trust/seal-ca.pem") == anchors, "keys and anchors untouched")
    }
}
