import Catalog
import DropImport
import Foundation
import Gates
@testable import Nightly
import Storage
import TestSupport
import Testing

/// A night that touches more certificates than `bundles_per_batch` seals them in continuation
/// batches chained right after its own: every seal lists at most that many bundles, and the
/// archive verifies, validates and reindexes as one sealed in a single batch would.
@Suite(.serialized) struct BatchPartitionTests {
    static func seals(_ archive: String) throws -> [String: [String: Any]] {
        var seals: [String: [String: Any]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: archive + "/batches") {
            let bytes = try TestEnvironment.read(archive + "/batches/\(name)/seal.json")
            seals[name] = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
        }
        return seals
    }

    static func answers(_ archive: String) throws -> [String] {
        let queries: [[String]] = [
            ["findings"], ["revocation-latency", "--to", "2026-11-22"], ["qscd-exposure"],
            ["status-beyond-expiry", "--to", "2026-11-22"],
            ["coverage"], ["certificates", "--to", "2026-11-22"],
        ]
        return try queries.map {
            try TestEnvironment.run(
                TestEnvironment.binary,
                ["query", "--archive", archive] + $0 + ["--format", "json"]
            ).stdout
        }
    }

    @Test func aNightBeyondTheBatchSizeContinuesInChainedBatchesThatVerifyAndReindex() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let single = folder + "/single"
        let parted = folder + "/parted"
        #expect(try TestEnvironment.qcarchive("init", "--archive", single).status == 0)
        #expect(try TestEnvironment.qcarchive("init", "--archive", parted, "--bundles-per-batch", "7").status == 0)
        for day in ["day1", "day2"] {
            for archive in [single, parted] {
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
        }

        let seals = try Self.seals(parted)
        #expect(seals.count > 4, "the samples touch more than 7 certificates a night: \(seals.keys.sorted())")
        #expect(seals["2026-11-20-part-00002"] != nil)
        for (name, seal) in seals {
            let bundles = (seal["bundles"] as? [[String: Any]] ?? []).filter {
                ($0["path"] as? String)?.hasPrefix("bundles/") == true
            }
            #expect(bundles.count <= 7, "\(name) seals \(bundles.count) certificate bundles")
        }
        // Together they seal what the single batch sealed: the same bundle paths.
        func sealedPaths(_ seals: [String: [String: Any]]) -> Set<String> {
            Set(
                seals.values.flatMap { ($0["bundles"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String } }
                    .filter { $0.hasPrefix("bundles/") }
            )
        }
        #expect(sealedPaths(seals) == sealedPaths(try Self.seals(single)))

        // A continuation's record names the batch it continues and leaves the drop to that batch's record.
        let record = try TestEnvironment.run(
            "tar",
            [
                "-xzOf", parted + "/batches/2026-11-20-part-00002/batch-record.tar.gz",
                "qcr-2026-11-20-part-00002/data/batch.json",
            ]
        )
        #expect(record.stdout.contains("\"continues_batch\" : \"2026-11-20\""), "\(record.stdout)")
        let listing = try TestEnvironment.run(
            "tar",
            ["-tzf", parted + "/batches/2026-11-20-part-00002/batch-record.tar.gz"]
        )
        #expect(
            listing.status == 0 && !listing.stdout.contains("report.json")
                && !listing.stdout.contains("drop-files.json")
        )
        // The batch's own record carries the same events as in the single archive: none that a continuation bundles.
        for batch in ["2026-11-20", "2026-11-21"] {
            func events(_ archive: String) throws -> String {
                try TestEnvironment.run(
                    "tar",
                    ["-xzOf", archive + "/batches/\(batch)/batch-record.tar.gz", "qcr-\(batch)/data/events.json"]
                ).stdout
            }
            #expect(try events(parted) == events(single))
        }

        #expect(try TestEnvironment.qcarchive("verify", "--archive", parted, "--chain").status == 0)
        #expect(try TestEnvironment.qcarchive("verify", "--archive", parted, "--all").status == 0)
        let schemas = try TestEnvironment.run(
            "python3",
            [TestEnvironment.packageRoot + "/Tests/Schemas/validate.py", "--archive", parted]
        )
        #expect(schemas.status == 0 && schemas.stdout.contains(" passed, 0 failed"), "\(schemas)")

        // The same answers as the single-batch archive, before and after a reindex.
        let answers = try Self.answers(parted)
        #expect(answers == (try Self.answers(single)))
        let counts = try ReindexTests.counts(parted)
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: parted + "/catalog.sqlite" + suffix)
        }
        #expect(try TestEnvironment.qcarchive("reindex", "--archive", parted).status == 0)
        #expect(try Self.answers(parted) == answers)
        #expect(try ReindexTests.counts(parted) == counts)
        let again = try TestEnvironment.qcarchive(
            "nightly",
            "--archive",
            parted,
            "--drop",
            TestEnvironment.samples + "/day2"
        )
        #expect(again.status == 0 && again.stdout.contains("already archived"), "\(again)")
    }

    @Test func continuationsLeftImportedByAnInterruptedRunAreSealedNextInChainOrderWithoutGatesAgain() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = folder + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive, "--bundles-per-batch", "4").status == 0)
        let drop = try FixtureDrop(at: folder + "/drop", certificates: 10)
        #expect(try TestEnvironment.qcarchive("import", "--archive", archive, "--drop", drop.root).status == 0)

        // The run stops right after the gates and the partition, before anything is sealed.
        let layout = ArchiveLayout(root: archive)
        do {
            let catalog = try SQLiteCatalog(path: layout.catalog)
            let batch = try #require(try catalog.batches().first)
            _ = try GateJob().run(batch: batch, catalog: catalog)
            let parts = try BatchPartition(limit: 4).split(batch, catalog: catalog)
            #expect(
                parts.map(\.id.rawValue) == [
                    batch.id.rawValue, batch.id.rawValue + "-part-00002", batch.id.rawValue + "-part-00003",
                ]
            )
            #expect(try parts.map { try catalog.touchedCertificates(in: $0.id).count } == [4, 4, 2])
            #expect(try BatchPartition.continued(by: parts[2], catalog: catalog) == batch.id)
            #expect(try BatchPartition.continued(by: parts[0], catalog: catalog) == nil)
        }

        let seal = try TestEnvironment.qcarchive("seal", "--archive", archive)
        #expect(seal.status == 0, "\(seal)")
        #expect(
            seal.stdout.components(separatedBy: "0 certificates and 0 applications checked").count == 3,
            "each continuation sealed without gates: \(seal.stdout)"
        )
        let catalog = try SQLiteCatalog(path: layout.catalog, readOnly: true)
        let batches = try catalog.batches()
        #expect(batches.map(\.state) == [.sealed, .sealed, .sealed])
        #expect(batches.map(\.sealOrder) == [1, 2, 3], "the continuations chain right after their batch")
        #expect(try catalog.bundleCount() == 10)
        #expect(try TestEnvironment.qcarchive("verify", "--archive", archive, "--chain").status == 0)
        #expect(try TestEnvironment.qcarchive("verify", "--archive", archive, "--all").status == 0)
    }
}
