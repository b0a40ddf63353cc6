import Foundation
import TestSupport
import Testing

/// `verify --all --fast` (#16): each certificate bag checked through its last gzip member, whose
/// evidence record must prove the tag manifest its batch lists; the content store for presence.
/// What the tier does not read is pinned too, so that nobody takes it for `--all`.
@Suite struct VerifyFastTests {
    static func fast(_ archive: String) throws -> TestEnvironment.Run {
        try TestEnvironment.qcarchive("verify", "--archive", archive, "--all", "--fast")
    }

    @Test func aSoundArchivePassesAndTheSummarySaysWhatWasRead() throws {
        let archive = try SampleArchive.make()
        let run = try Self.fast(archive)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("66 of 66 bundle(s) verified by their evidence records (--fast)."), "\(run)")
        #expect(run.stdout.contains("object(s) named by sealed drop lists present (--fast: not hashed)."), "\(run)")
        let refused = try TestEnvironment.qcarchive("verify", "--archive", archive, "--chain", "--fast")
        #expect(refused.status == 64 && refused.stderr.contains("--fast goes with --all"), "\(refused)")
    }

    @Test func anotherBagsEvidenceRecordACutEndAndAMissingBagFail() throws {
        let archive = try SampleArchive.make()
        let bags = TestEnvironment.files(under: archive + "/bundles").sorted().map { "bundles/" + $0 }
        let (swapped, donor, cut, gone) = (bags[0], bags[1], bags[2], bags[3])
        // A bag given the record of a bag sealed by the other night: another tree and another token.
        let day1 = try String(
            decoding: TestEnvironment.read(archive + "/batches/2026-11-20/bundles.jsonl"),
            as: UTF8.self
        )
        let crossed = try #require(bags.dropFirst(4).first { day1.contains($0) })
        let stranger = try #require(bags.dropFirst(4).first { !day1.contains($0) && $0 != crossed })
        for (bag, from) in [(swapped, donor), (crossed, stranger)] {
            let swap = try TestEnvironment.run(
                "python3",
                [
                    TestEnvironment.packageRoot + "/Tests/Fixtures/verify/swap_evidence.py", archive + "/" + bag,
                    archive + "/" + from,
                ]
            )
            #expect(swap.status == 0, "\(swap)")
        }
        let bytes = try TestEnvironment.read(archive + "/" + cut)
        try TestEnvironment.write(Array(bytes.dropLast(100)), to: archive + "/" + cut)
        try FileManager.default.removeItem(atPath: archive + "/" + gone)

        let run = try Self.fast(archive)
        #expect(run.status == 1, "\(run)")
        let fails = run.stdout.split(separator: "\n").filter { $0.hasPrefix("FAIL") }
        #expect(
            fails.contains {
                $0.contains(swapped) && $0.contains("seal/evidence-record.ers")
                    && $0.contains("the reduced hash tree to start from the tag manifest's SHA-256")
            },
            "\(run)"
        )
        #expect(fails.contains { $0.contains(cut) && $0.contains("none that inflates to the file's end") }, "\(run)")
        #expect(fails.contains { $0.contains(gone) && $0.contains("it missing") }, "\(run)")
        #expect(
            fails.contains {
                $0.contains(crossed) && $0.contains("expected the time-stamp token of batch 2026-11-20")
                    && $0.contains("found another token")
            },
            "\(run)"
        )
        #expect(run.stdout.contains("62 of 66 bundle(s) verified"), "\(run)")
        #expect(!fails.contains { $0.contains(donor) }, "the donor keeps its own record: \(run)")
    }

    /// The tier's limit, stated by a test: a changed payload byte inside the first gzip member and a
    /// changed content-store object are not seen by `--fast`; `--all` names both.
    @Test func whatFastDoesNotReadAllStillDoes() throws {
        let archive = try SampleArchive.make()
        let bag = try #require(
            TestEnvironment.files(under: archive + "/bundles").sorted().first.map { "bundles/" + $0 }
        )
        var bytes = try TestEnvironment.read(archive + "/" + bag)
        bytes[40] ^= 0x01
        try TestEnvironment.write(bytes, to: archive + "/" + bag)
        let store = try #require(TestEnvironment.files(under: archive + "/store").sorted().first)
        var object = try TestEnvironment.read(archive + "/store/" + store)
        object[0] ^= 0x01
        try TestEnvironment.write(object, to: archive + "/store/" + store)

        let fast = try Self.fast(archive)
        #expect(fast.status == 0, "\(fast)")
        let all = try TestEnvironment.qcarchive("verify", "--archive", archive, "--all")
        #expect(all.status == 1, "\(all)")
        #expect(all.stdout.contains("FAIL " + bag), "\(all)")
        #expect(all.stdout.contains("store/" + store), "\(all)")
    }

    /// A batch with a hash-tree renewal is read whole even with `--fast` (the renewal hashes the tag
    /// manifest itself), so a changed payload byte in one of its bags is named.
    @Test func aRenewedBatchsBagsAreReadWhole() throws {
        let archive = try SampleArchive.make()
        let renewed = try TestEnvironment.qcarchive(
            "renew",
            "--archive",
            archive,
            "--hash-algorithm",
            "sha-512"
        )
        #expect(renewed.status == 0, "\(renewed)")
        let bag = try #require(
            TestEnvironment.files(under: archive + "/bundles").sorted().first.map { "bundles/" + $0 }
        )
        var bytes = try TestEnvironment.read(archive + "/" + bag)
        bytes[40] ^= 0x01
        try TestEnvironment.write(bytes, to: archive + "/" + bag)
        let run = try Self.fast(archive)
        #expect(run.status == 1 && run.stdout.contains("FAIL " + bag), "\(run)")
    }
}
