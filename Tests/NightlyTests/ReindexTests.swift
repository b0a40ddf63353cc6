import ArchiveIO
import Catalog
import Foundation
import TestSupport
import Testing

/// `reindex` rebuilds the catalog from the sealed files alone, with identical answers.
@Suite(.serialized) struct ReindexTests {
    static func counts(_ archive: String) throws -> [Int] {
        let catalog = try SQLiteCatalog(path: archive + "/catalog.sqlite", readOnly: true)
        return [
            try catalog.certificateCount(), try catalog.eventCount(), try catalog.bundleCount(),
            try catalog.batches().count, try catalog.findings(FindingFilter()).count,
        ]
    }

    @Test func aDeletedCatalogIsRebuiltWithIdenticalAnswers() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = folder + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        for day in ["day1", "day2"] {
            #expect(
                try TestEnvironment.qcarchive(
                    "nightly",
                    "--archive",
                    archive,
                    "--drop",
                    TestEnvironment.samples + "/" + day
                ).status == 3
            )
        }
        let queries: [[String]] = [
            ["findings"], ["revocation-latency", "--to", "2026-11-22"], ["qscd-exposure"],
            ["status-beyond-expiry", "--to", "2026-11-22"],
            ["coverage"], ["certificates", "--to", "2026-11-22"], ["exceptions", "--to", "2026-11-22"],
            [
                "timeline", "--issuer", "CN=Example Qualified CA,O=Example Trust Services SA,C=BE", "--serial",
                "510083550e005e0b83ae6886",
            ],
        ]
        func answers() throws -> [String] {
            try queries.map {
                try TestEnvironment.run(
                    TestEnvironment.binary,
                    ["query", "--archive", archive] + $0 + ["--format", "json"]
                ).stdout
            }
        }
        let before = try answers()
        #expect(before[2].contains("QSCD-CERT-2023-042"), "the QSCD records are there before")
        let counts = try Self.counts(archive)
        #expect(counts[0] == 50 && counts[2] == 64 && counts[4] == 26, "\(counts)")
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: archive + "/catalog.sqlite" + suffix)
        }

        let run = try TestEnvironment.qcarchive("reindex", "--archive", archive)
        #expect(run.status == 0, "\(run)")
        let after = try answers()
        for (index, query) in queries.enumerated() {
            #expect(after[index] == before[index], "query \(query[0]) answers differently after reindex")
        }
        #expect(try Self.counts(archive) == counts)
        // The rebuilt catalog works on: the same drop is recognised, and verify --all passes.
        let again = try TestEnvironment.qcarchive(
            "nightly",
            "--archive",
            archive,
            "--drop",
            TestEnvironment.samples + "/day2"
        )
        // Exit 3: the drop's first run had rejects, and a re-run does not hide them from cron.
        #expect(again.status == 3 && again.stdout.contains("already archived"), "\(again)")
        #expect(try TestEnvironment.qcarchive("verify", "--archive", archive, "--all").status == 0)
    }

    @Test func aTamperedArchiveIsNotIndexedAndTheCatalogStays() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = folder + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        let drop = try FixtureDrop(at: folder + "/drop", certificates: 2)
        #expect(try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", drop.root).status == 0)
        let before = try TestEnvironment.read(archive + "/catalog.sqlite")
        let bundle = try #require(TestEnvironment.files(under: archive + "/bundles").first { $0.hasSuffix(".tar.gz") })
        try FileManager.default.removeItem(atPath: archive + "/bundles/" + bundle)
        let run = try TestEnvironment.qcarchive("reindex", "--archive", archive)
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains("does not verify") && run.stderr.contains(bundle), "\(run.stderr)")
        #expect(try TestEnvironment.read(archive + "/catalog.sqlite") == before)
        #expect(!FileManager.default.fileExists(atPath: archive + "/catalog.sqlite.reindex"))
    }

    @Test func aBundleWithAlteredPayloadButIntactTagManifestIsNotIndexed() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = folder + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        let drop = try FixtureDrop(at: folder + "/drop", certificates: 2)
        #expect(try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", drop.root).status == 0)
        #expect(try TestEnvironment.qcarchive("verify", "--archive", archive, "--chain").status == 0)
        let bundle = try #require(TestEnvironment.files(under: archive + "/bundles").first { $0.hasSuffix(".tar.gz") })
        // Only the payload changes: the tag manifest (what the chain lists) stays, so only a full bag check sees it.
        let members = try BundleSurgery.members(archive + "/bundles/" + bundle).map { member -> TarMember in
            guard member.path.hasSuffix("/data/findings.json") else { return member }
            return TarMember(path: member.path, kind: .file, mode: 0o644, bytes: Array("[]\n".utf8))
        }
        try FileManager.default.removeItem(atPath: archive + "/bundles/" + bundle)
        try BundleSurgery.write(members, to: archive + "/bundles/" + bundle)
        #expect(
            try TestEnvironment.qcarchive("verify", "--archive", archive, "--chain").status == 0,
            "the chain alone does not see payloads"
        )
        let before = try TestEnvironment.read(archive + "/catalog.sqlite")
        let run = try TestEnvironment.qcarchive("reindex", "--archive", archive)
        #expect(run.status == 1 && run.stderr.contains("data/findings.json"), "\(run)")
        #expect(try TestEnvironment.read(archive + "/catalog.sqlite") == before)
        #expect(!FileManager.default.fileExists(atPath: archive + "/catalog.sqlite.reindex"))
    }

    @Test func aBundleReplacedByAnotherSealedBagIsNotIndexed() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = folder + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        let drop = try FixtureDrop(at: folder + "/drop", certificates: 2)
        #expect(try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", drop.root).status == 0)
        let bundles = TestEnvironment.files(under: archive + "/bundles").filter { $0.hasSuffix(".tar.gz") }
        try #require(bundles.count == 2)
        // A whole, validly sealed bag at the other's place: only the seal's list says it is not the one.
        let (kept, replaced) = (archive + "/bundles/" + bundles[0], archive + "/bundles/" + bundles[1])
        try FileManager.default.removeItem(atPath: replaced)
        try FileManager.default.copyItem(atPath: kept, toPath: replaced)
        let before = try TestEnvironment.read(archive + "/catalog.sqlite")
        let run = try TestEnvironment.qcarchive("reindex", "--archive", archive)
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains("bundles/\(bundles[1]): "), "\(run.stderr)")
        #expect(run.stderr.contains("as sealed in batch"), "\(run.stderr)")
        #expect(try TestEnvironment.read(archive + "/catalog.sqlite") == before)
        #expect(!FileManager.default.fileExists(atPath: archive + "/catalog.sqlite.reindex"))
    }
}
