import CryptoIO
import Foundation
import TestSupport
import Testing

/// Hostile bytes and a careless setup (issue #8, findings 8 to 10): control characters in
/// identifiers are rejects with file and line, a name that is not UTF-8 is archived and reported,
/// a remote TSA is checked at init, I/O failures exit 74, and half-done batches are announced.
@Suite(.serialized) struct HostileInputTests {
    struct Night {
        let folder: String
        let archive: String
        var drop: FixtureDrop

        init() throws {
            folder = try TestEnvironment.temporaryFolder()
            archive = folder + "/archive"
            #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
            drop = try FixtureDrop(at: folder + "/drop", certificates: 2)
        }

        func report() throws -> [[String: Any]] {
            let object =
                try JSONSerialization.jsonObject(
                    with: Data(try TestEnvironment.read(archive + "/batches/day-1/report.json"))
                ) as? [String: Any]
            return object?["rejects"] as? [[String: Any]] ?? []
        }
    }

    @Test func aNULInAnIssuerIsARejectAndAttachesNothingToTheRealCertificate() throws {
        let night = try Night()
        let issuer = night.drop.issuer
        let serial = night.drop.serials[0]
        let evil =
            "{\"event_id\":\"evil\",\"type\":\"revocation\",\"time\":\"2026-11-20T11:00:00Z\",\"certificate\":"
            + "{\"issuer\":\"\(issuer)\\u0000,CN=Evil\",\"serial\":\"\(serial)\"},\"request_id\":\"r\","
            + "\"reason\":\"keyCompromise\",\"revoked_at\":\"2026-11-20T11:00:00Z\"}\n"
            + "{\"event_id\":\"e\\u0000a\",\"type\":\"suspension\",\"time\":\"2026-11-20T11:00:00Z\",\"certificate\":"
            + "{\"issuer\":\"\(issuer)\",\"serial\":\"\(serial)\"}}\n"
            + "{\"event_id\":\"e\\u0000b\",\"type\":\"suspension\",\"time\":\"2026-11-20T11:00:00Z\",\"certificate\":"
            + "{\"issuer\":\"\(issuer)\",\"serial\":\"\(serial)\"}}\n"
            + "{\"event_id\":\"esc\",\"type\":\"\\u001b[31mred\",\"time\":\"2026-11-20T11:00:00Z\"}\n"
        try TestEnvironment.write(evil, to: night.drop.root + "/events/evil.jsonl")
        let run = try TestEnvironment.qcarchive("nightly", "--archive", night.archive, "--drop", night.drop.root)
        #expect(run.status == 3, "\(run)")
        let rejects = try night.report().filter { ($0["file"] as? String) == "events/evil.jsonl" }
        #expect(rejects.map { $0["line"] as? Int } == [1, 2, 3, 4], "\(rejects)")
        #expect(
            rejects.prefix(3).allSatisfy { ($0["reason"] as? String)?.contains("control character U+0000") == true }
        )
        #expect(
            !run.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0 },
            "nothing raw reaches a terminal"
        )
        #expect(run.stdout.contains("\\x1B[31mred"), "\(run.stdout)")
        let timeline = try TestEnvironment.qcarchive(
            "query",
            "--archive",
            night.archive,
            "timeline",
            "--issuer",
            issuer,
            "--serial",
            serial,
            "--format",
            "json"
        )
        #expect(timeline.status == 0 && !timeline.stdout.contains("revocation"), "\(timeline)")
    }

    @Test func aFileWhoseNameIsNotUTF8IsArchivedAndReportedEscaped() throws {
        let night = try Night()
        let content = "these bytes must not be lost\n"
        let made = try TestEnvironment.run(
            "python3",
            [
                "-c",
                "import sys; open(sys.argv[1].encode() + b'/events/bad\\xff.jsonl', 'wb').write(sys.argv[2].encode())",
                night.drop.root, content,
            ]
        )
        #expect(made.status == 0, "\(made)")
        let run = try TestEnvironment.qcarchive("nightly", "--archive", night.archive, "--drop", night.drop.root)
        #expect(run.status == 3, "\(run)")
        let rejects = try night.report()
        #expect(rejects.contains { ($0["file"] as? String) == "events/bad\\xFF.jsonl" }, "\(rejects)")
        let digest = SHA256Digest.of(Array(content.utf8)).hex
        let stored = night.archive + "/store/sha256/\(digest.prefix(2))/\(digest)"
        #expect(try TestEnvironment.read(stored) == Array(content.utf8))
        #expect(try TestEnvironment.qcarchive("verify", "--archive", night.archive, "--all").status == 0)
    }

    @Test func aRemoteTSAIsCheckedAtInit() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let noAnchor = try TestEnvironment.qcarchive(
            "init",
            "--archive",
            folder + "/a",
            "--tsa-url",
            "http://127.0.0.1:9/tsa"
        )
        #expect(noAnchor.status == 64 && noAnchor.stderr.contains("--tsa-url needs --tsa-ca"), "\(noAnchor)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/a"))

        let anchor = try PrivateKey.generateP256()
        let ca = try CertificateBuilder(
            subject: [("CN", "Some TSA CA")],
            notBefore: Date(),
            notAfter: Date().addingTimeInterval(86_400),
            extensions: [("basicConstraints", "critical,CA:TRUE")]
        ).issue(for: anchor, issuer: nil, issuerKey: anchor)
        try TestEnvironment.write(ca.pem, to: folder + "/tsa-ca.pem")
        let down = try TestEnvironment.qcarchive(
            "init",
            "--archive",
            folder + "/b",
            "--tsa-url",
            "http://127.0.0.1:9/tsa",
            "--tsa-ca",
            folder + "/tsa-ca.pem"
        )
        #expect(down.status == 1 && down.stderr.contains("did not pass a test request"), "\(down)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/b/archive.json"))
    }

    @Test func anUnreadableCatalogIsAnIOErrorForEveryReader() throws {
        let night = try Night()
        #expect(
            try TestEnvironment.qcarchive("nightly", "--archive", night.archive, "--drop", night.drop.root).status == 0
        )
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: night.archive + "/catalog.sqlite" + suffix)
        }
        try FileManager.default.createDirectory(
            atPath: night.archive + "/catalog.sqlite",
            withIntermediateDirectories: true
        )
        let query = try TestEnvironment.qcarchive("query", "--archive", night.archive, "findings")
        #expect(query.status == 74, "\(query)")
        let show = try TestEnvironment.qcarchive(
            "show",
            "--archive",
            night.archive,
            "--issuer",
            night.drop.issuer,
            "--serial",
            night.drop.serials[0]
        )
        #expect(show.status == 74, "\(show)")
        let verify = try TestEnvironment.qcarchive("verify", "--archive", night.archive, "--all")
        #expect(verify.status == 74, "\(verify)")
    }

    @Test func aBatchImportedButNotSealedIsAnnouncedByReaders() throws {
        let night = try Night()
        #expect(
            try TestEnvironment.qcarchive("import", "--archive", night.archive, "--drop", night.drop.root).status == 0
        )
        for arguments in [
            ["query", "--archive", night.archive, "findings"], ["verify", "--archive", night.archive, "--all"],
        ] {
            let run = try TestEnvironment.run(TestEnvironment.binary, arguments)
            #expect(run.stderr.contains("WARN batch day-1 is imported but not sealed"), "\(arguments): \(run)")
        }
    }

    @Test func namesThatEscapeAlikeStayTwoFilesAndABackslashIsNoLoss() throws {
        let night = try Night()
        // `\xFF` followed by a byte that is not UTF-8, and that byte pair itself: they must not be one name.
        let made = try TestEnvironment.run(
            "python3",
            [
                "-c",
                "import sys; d = sys.argv[1].encode() + b'/events/'; open(d + b'\\\\xFF\\x80', 'wb').write(b'one'); "
                    + "open(d + b'\\xff\\x80', 'wb').write(b'two'); open(d + b'ra\\\\old.jsonl', 'wb').write(b'three')",
                night.drop.root,
            ]
        )
        #expect(made.status == 0, "\(made)")
        let run = try TestEnvironment.qcarchive("nightly", "--archive", night.archive, "--drop", night.drop.root)
        #expect(run.status == 3, "\(run)")
        let files = Set(try night.report().compactMap { $0["file"] as? String })
        #expect(
            files.isSuperset(of: ["events/\\x5CxFF\\x80", "events/\\xFF\\x80", "events/ra\\x5Cold.jsonl"]),
            "\(files)"
        )
        for content in ["one", "two", "three"] {
            let digest = SHA256Digest.of(Array(content.utf8)).hex
            #expect(
                FileManager.default.fileExists(atPath: night.archive + "/store/sha256/\(digest.prefix(2))/\(digest)")
            )
        }
        #expect(try TestEnvironment.qcarchive("verify", "--archive", night.archive, "--all").status == 0)
    }

    @Test func anErrorMessageNeverCarriesRawControlCharacters() throws {
        let night = try Night()
        // Another run holds the lock, and its lock file names a host with a terminal escape in it.
        let holder = try TestEnvironment.run(
            "python3",
            [
                "-c",
                "import fcntl, os, sys, time; f = open(sys.argv[1] + '/.lock', 'w'); fcntl.flock(f, fcntl.LOCK_EX); "
                    + "f.write('pid=1 host=evil\\x1b]0;OWNED\\x07 started=0\\n'); f.flush(); "
                    + "os.system(sys.argv[2] + ' nightly --archive ' + sys.argv[1] + ' --drop ' + sys.argv[3] + ' 2>' "
                    + "+ sys.argv[1] + '/../err.txt')",
                night.archive, TestEnvironment.binary, night.drop.root,
            ]
        )
        #expect(holder.status == 0, "\(holder)")
        let stderr = String(decoding: try TestEnvironment.read(night.folder + "/err.txt"), as: UTF8.self)
        #expect(stderr.contains("locked by another qcarchive run"), "\(stderr)")
        #expect(!stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "\(stderr)")
        #expect(stderr.contains("\\x1B]0;OWNED\\x07"), "\(stderr)")
    }
}
