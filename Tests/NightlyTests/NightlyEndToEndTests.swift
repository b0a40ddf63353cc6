import ArchiveIO
import Catalog
import Foundation
import Storage
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Runs the built binary as cron would and checks its output with tools that are not ours.
@Suite(.serialized) struct NightlyEndToEndTests {
    init() { ProcessLocale.useUTF8() }

    static func initializedArchive(_ folder: String) throws -> String {
        let archive = folder + "/archive"
        let run = try TestEnvironment.qcarchive("init", "--archive", archive)
        #expect(run.status == 0, "\(run)")
        return archive
    }

    static func bundles(in archive: String) -> [String] {
        TestEnvironment.files(under: archive + "/bundles").filter { $0.hasSuffix(".tar.gz") }.map {
            archive + "/bundles/" + $0
        }
    }

    @Test func initMakesAnArchiveWithOwnerOnlyDemoKeys() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = try Self.initializedArchive(folder)
        for path in [
            "catalog.sqlite", "trust/seal-ca.pem", "trust/tsa-ca.pem", "archive.json", "keys/seal-key.pem",
            "keys/tsa-key.pem",
        ] {
            #expect(FileManager.default.fileExists(atPath: archive + "/" + path), "\(path)")
        }
        for key in ["keys/seal-key.pem", "keys/tsa-key.pem"] {
            let mode = try FileManager.default.attributesOfItem(atPath: archive + "/" + key)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(key)")
        }
        let seal = try TestEnvironment.run(
            "openssl",
            ["x509", "-in", archive + "/keys/seal-cert.pem", "-noout", "-subject"]
        )
        #expect(seal.stdout.contains("DEMO") && seal.stdout.contains("not qualified"))
        let tsa = try TestEnvironment.run(
            "openssl",
            ["x509", "-in", archive + "/keys/tsa-cert.pem", "-noout", "-ext", "extendedKeyUsage"]
        )
        #expect(tsa.stdout.contains("critical") && tsa.stdout.contains("Time Stamping"), "\(tsa)")
        let again = try TestEnvironment.qcarchive("init", "--archive", archive)
        #expect(again.status == 0 && again.stdout.contains("already an archive"))
    }

    @Test func bundlesPassGNUTarBagitAndOpenSSLCMS() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = try Self.initializedArchive(folder)
        let drop = try FixtureDrop(at: folder + "/drop")
        let run = try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", drop.root)
        #expect(run.status == 0, "\(run)")
        let bundles = Self.bundles(in: archive)
        #expect(bundles.count == 3)
        for bundle in bundles {
            let listing = try TestEnvironment.run("tar", ["-tzf", bundle])
            #expect(listing.status == 0, "\(listing)")
            let top = try #require(
                listing.stdout.split(separator: "\n").first.map { String($0.split(separator: "/")[0]) }
            )
            #expect(listing.stdout.split(separator: "\n").allSatisfy { $0.hasPrefix(top) })
            let extracted = folder + "/x-" + top
            try FileManager.default.createDirectory(atPath: extracted, withIntermediateDirectories: true)
            #expect(try TestEnvironment.run("tar", ["-xzf", bundle, "-C", extracted]).status == 0)
            let bag = extracted + "/" + top
            let bagit = try TestEnvironment.run(
                "python3",
                [
                    "-c",
                    "import bagit,sys; b=bagit.Bag(sys.argv[1]); b.validate(); print('valid', "
                        + "len(b.payload_entries()))",
                    bag,
                ]
            )
            #expect(bagit.status == 0, "\(bagit)")
            #expect(
                bagit.stdout.contains("valid 7"),
                "certificate.der, certificate.json, lifecycle, documents, status, findings, exceptions"
            )
            let cms = try TestEnvironment.run(
                "openssl",
                [
                    "cms", "-verify", "-binary", "-inform", "DER", "-in", bag + "/seal/tagmanifest.p7s",
                    "-content", bag + "/tagmanifest-sha256.txt", "-CAfile", archive + "/trust/seal-ca.pem", "-purpose",
                    "any", "-out", "/dev/null",
                ]
            )
            #expect(cms.status == 0, "\(cms)")
            let info = String(decoding: try TestEnvironment.read(bag + "/bag-info.txt"), as: UTF8.self)
            #expect(info.contains("Certificate-Issuer: \(drop.issuer)\n"))
            #expect(info.contains("Bundle-Version: 1\n") && info.contains("Batch-Id: day-1\n"))
            #expect(!info.contains("Previous-Version-Tagmanifest-SHA256"))
            let tagManifest = String(decoding: try TestEnvironment.read(bag + "/tagmanifest-sha256.txt"), as: UTF8.self)
            #expect(
                tagManifest.split(separator: "\n").map { $0.split(separator: " ").last.map(String.init) ?? "" }.sorted()
                    == ["bag-info.txt", "bagit.txt", "manifest-sha256.txt"]
            )
        }
        let verify = try TestEnvironment.qcarchive("verify", "--archive", archive, "--all")
        #expect(verify.status == 0, "\(verify)")
        #expect(verify.stdout.contains("4 of 4 bundle(s) verified."), "three certificate bundles and the batch record")
    }

    @Test func verifyNamesTheFileWhenOnePayloadByteFlips() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = try Self.initializedArchive(folder)
        let drop = try FixtureDrop(at: folder + "/drop", certificates: 1)
        #expect(try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", drop.root).status == 0)
        let bundle = try #require(Self.bundles(in: archive).first)
        let members = try TarReader.members(of: try TestEnvironment.read(bundle)).members
        let tampered = try TarWriter.archive(compression: .gzip) { tar in
            for member in members {
                if member.kind == .directory {
                    try tar.addDirectory(member.path, modificationTime: Date())
                } else {
                    var bytes = member.bytes
                    if member.path.hasSuffix("data/lifecycle.json") { bytes[bytes.count / 2] ^= 0x01 }
                    try tar.addFile(member.path, bytes: bytes, modificationTime: Date())
                }
            }
        }
        try TestEnvironment.write(tampered, to: folder + "/tampered.tar.gz")
        let run = try TestEnvironment.qcarchive("verify", "--archive", archive, "--bundle", folder + "/tampered.tar.gz")
        #expect(run.status == 1, "\(run)")
        #expect(run.stdout.contains("data/lifecycle.json: expected SHA-256"), "\(run)")
        #expect(run.stdout.contains("0 of 1 bundle(s) verified"))
        // The untouched original still verifies.
        #expect(try TestEnvironment.qcarchive("verify", "--archive", archive, "--bundle", bundle).status == 0)
    }

    @Test func verifyAllCatchesAMissingBundle() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = try Self.initializedArchive(folder)
        let drop = try FixtureDrop(at: folder + "/drop", certificates: 2)
        #expect(try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", drop.root).status == 0)
        let victim = try #require(Self.bundles(in: archive).first)
        try FileManager.default.removeItem(atPath: victim)
        let run = try TestEnvironment.qcarchive("verify", "--archive", archive, "--all")
        #expect(run.status == 1)
        #expect(run.stdout.contains("found it missing"), "\(run)")
        #expect(
            run.stdout.contains("2 of 3 bundle(s) verified"),
            "two certificate bundles and the batch record, one missing"
        )
    }

    @Test func rerunningTheSameDropChangesNothing() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = try Self.initializedArchive(folder)
        let drop = try FixtureDrop(at: folder + "/drop")
        #expect(try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", drop.root).status == 0)
        let before = try snapshot(archive)
        let again = try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", drop.root)
        #expect(again.status == 0, "\(again)")
        #expect(again.stdout.contains("already archived and sealed as batch day-1"))
        #expect(try snapshot(archive) == before)
    }

    @Test func aSecondNightChainsANewVersionOfTheTouchedCertificateOnly() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = try Self.initializedArchive(folder)
        let drop = try FixtureDrop(at: folder + "/day1", certificates: 2)
        #expect(try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", drop.root).status == 0)
        let day2 = folder + "/day2"
        try TestEnvironment.write("{\"batch_id\":\"day-2\"}\n", to: day2 + "/batch.json")
        try TestEnvironment.write(
            FixtureDrop.revocation(issuer: drop.issuer, serial: drop.serials[0], id: "rev-1") + "\n",
            to: day2 + "/events/revocations.jsonl"
        )
        let run = try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", day2)
        #expect(run.status == 0, "\(run)")
        let bundles = Self.bundles(in: archive)
        #expect(bundles.count == 3)
        let second = try #require(bundles.first { $0.hasSuffix("-\(drop.serials[0])-v2.tar.gz") })
        let first = try #require(bundles.first { $0.hasSuffix("-\(drop.serials[0])-v1.tar.gz") })
        func member(_ bundle: String, _ suffix: String) throws -> [UInt8] {
            try #require(
                try TarReader.members(of: try TestEnvironment.read(bundle)).members.first { $0.path.hasSuffix(suffix) }
            ).bytes
        }
        let info = String(decoding: try member(second, "/bag-info.txt"), as: UTF8.self)
        let previous = CryptoDigest.sha256Hex(try member(first, "/tagmanifest-sha256.txt"))
        #expect(info.contains("Bundle-Version: 2\n"))
        #expect(info.contains("Previous-Version-Tagmanifest-SHA256: \(previous)\n"))
        let lifecycle = String(decoding: try member(second, "/data/lifecycle.json"), as: UTF8.self)
        #expect(lifecycle.contains("\"rev-1\"") && lifecycle.contains("\"app-1-4\""))
        #expect(try TestEnvironment.qcarchive("verify", "--archive", archive, "--all").status == 0)
    }

    @Test func badRecordsAreRejectedWithFileAndLineWhileTheRestImports() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = try Self.initializedArchive(folder)
        let drop = try FixtureDrop(at: folder + "/drop", certificates: 1)
        let good = String(decoding: try TestEnvironment.read(drop.root + "/events/ra.jsonl"), as: UTF8.self)
        try TestEnvironment.write(
            good + "{broken\n{\"event_id\":\"x\",\"type\":\"suspension\",\"time\":\"2026-11-20T10:00:00+02:00\","
                + "\"certificate\":{\"issuer\":\"\(drop.issuer)\",\"serial\":\"\(drop.serials[0])\"}}\n",
            to: drop.root + "/events/ra.jsonl"
        )
        try TestEnvironment.write(Array("garbage".utf8), to: drop.root + "/certificates/broken.pem")
        try TestEnvironment.write([], to: drop.root + "/events/empty.jsonl")
        try FileManager.default.createSymbolicLink(
            atPath: drop.root + "/events/escape.jsonl",
            withDestinationPath: "/etc/passwd"
        )
        let run = try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", drop.root)
        #expect(run.status == 3, "\(run)")
        let report =
            try JSONSerialization.jsonObject(with: Data(TestEnvironment.read(archive + "/batches/day-1/report.json")))
            as? [String: Any]
        let rejects = try #require(report?["rejects"] as? [[String: Any]])
        let summary = rejects.map {
            let line = ($0["line"] as? Int).map(String.init) ?? "null"
            return "\($0["file"] as? String ?? ""):\(line):\($0["reason_class"] as? String ?? "")"
        }.sorted()
        #expect(
            summary == [
                "certificates/broken.pem:null:bad_certificate", "events/empty.jsonl:null:empty_file",
                "events/escape.jsonl:null:symbolic_link", "events/ra.jsonl:5:bad_json",
                "events/ra.jsonl:6:non_utc_time",
            ]
        )
        let counts = try #require(report?["counts"] as? [String: [String: Int]])
        #expect(counts["events"]?["accepted"] == 4)
        #expect(counts["certificates"]?["accepted"] == 1)
        #expect(Self.bundles(in: archive).count == 1)
        // The raw bad file is archived as-is.
        let stored = try TestEnvironment.run("sha256sum", [drop.root + "/certificates/broken.pem"])
        let hex = String(stored.stdout.prefix(64))
        #expect(FileManager.default.fileExists(atPath: archive + "/store/sha256/\(hex.prefix(2))/\(hex)"))
    }

    @Test func aCatalogAnotherProgramHoldsExitsWith75() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = try Self.initializedArchive(folder)
        // Python's sqlite3 holds the catalog exclusively for longer than qcarchive waits (5 s).
        let script = """
            python3 -c 'import sqlite3, sys, time
            c = sqlite3.connect(sys.argv[1], isolation_level=None)
            c.execute("PRAGMA locking_mode=EXCLUSIVE"); c.execute("BEGIN EXCLUSIVE")
            print("held", flush=True); time.sleep(8)' "$1/catalog.sqlite" > held.txt &
            while ! grep -q held held.txt 2>/dev/null; do sleep 0.1; done
            "$2" query --archive "$1" coverage; echo "exit $?"
            wait
            """
        let run = try TestEnvironment.run("bash", ["-c", script, "bash", archive, TestEnvironment.binary], in: folder)
        #expect(run.stdout.hasSuffix("exit 75\n"), "\(run)")
        #expect(run.stderr.contains("The catalog is busy: another program holds it"), "\(run)")
    }

    @Test func aLockedArchiveExitsWith75AndChangesNothing() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = try Self.initializedArchive(folder)
        let drop = try FixtureDrop(at: folder + "/drop", certificates: 1)
        let lock = try ArchiveLock(layout: ArchiveLayout(root: archive))
        let run = try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", drop.root)
        withExtendedLifetime(lock) {}
        #expect(run.status == 75, "\(run)")
        #expect(run.stderr.contains("locked by another qcarchive run"))
        // The message names the holder: this test process, on this host.
        #expect(run.stderr.contains("(process \(getpid()) on \(ProcessInfo.processInfo.hostName), started "), "\(run)")
        #expect(Self.bundles(in: archive).isEmpty)
    }

    @Test func aFolderThatIsNoArchiveIsAClearError() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let run = try TestEnvironment.qcarchive("nightly", "--archive", folder + "/nowhere", "--drop", folder)
        #expect(run.status == 74, "a missing archive is 74 for every command (#15 item 11)")
        #expect(run.stderr.hasPrefix("Error: ") && run.stderr.contains("qcarchive init"))
        let usage = try TestEnvironment.qcarchive(
            "nightly",
            "--archive",
            folder,
            "--drop",
            folder,
            "--batch-id",
            "../escape"
        )
        #expect(usage.status == 64)
    }

    /// Every file of the archive but the lock and SQLite's side files, with its digest.
    private func snapshot(_ archive: String) throws -> [String: String] {
        var out: [String: String] = [:]
        for path in TestEnvironment.files(under: archive) where !path.hasPrefix("catalog.sqlite") && path != ".lock" {
            out[path] = CryptoDigest.sha256Hex(try TestEnvironment.read(archive + "/" + path))
        }
        let catalog = try SQLiteCatalog(path: archive + "/catalog.sqlite", readOnly: true)
        out["catalog rows"] =
            "\(try catalog.eventCount()) \(try catalog.bundleCount()) \(try catalog.batches().count) "
            + "\(try catalog.certificateCount())"
        return out
    }
}
