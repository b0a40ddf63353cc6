import CryptoIO
import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A nightly run killed with SIGKILL at any instant resumes to the result of an uninterrupted run
/// (issue #8): a night of ten certificates is killed at points spread over import, gates, bundles
/// and sealing, by elapsed time and by the appearance of files, the resume itself is
/// killed now and then, and the archive is compared with one made without interruption: the same
/// certificate bundles (by tag manifest), the same findings and counts, and `verify --all` clean.
///
/// `QCARCHIVE_SOAK_KILLS` sets the number of trials (default 12 in `make test`; a soak of 100 or more
/// while developing), `QCARCHIVE_SOAK_SEED` the random seed.
@Suite(.serialized) struct CrashSoakTests {
    /// What must be equal after any number of kills: bundles by tag manifest, and the answers.
    struct Outcome: Equatable {
        var bundles: [String: String]
        var answers: [String]
    }

    static func outcome(_ archive: String) throws -> Outcome {
        var bundles: [String: String] = [:]
        for path in TestEnvironment.files(under: archive + "/bundles") {
            let members = try BundleSurgery.members(archive + "/bundles/" + path)
            let manifest = BundleSurgery.member(members, "/tagmanifest-sha256.txt")?.bytes ?? []
            bundles[path] = SHA256Digest.of(manifest).hex
        }
        let answers = try [["findings"], ["coverage"], ["certificates"]].map {
            try TestEnvironment.run(
                TestEnvironment.binary,
                ["query", "--archive", archive] + $0 + ["--format", "json"]
            )
            .stdout
        }
        return Outcome(bundles: bundles, answers: answers)
    }

    /// Starts `nightly` and kills it with SIGKILL when `trigger` says so (or lets it finish).
    /// - Returns: true when the kill landed before the run ended.
    static func killedRun(_ archive: String, drop: String, trigger: Trigger) throws -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TestEnvironment.binary)
        process.arguments = ["nightly", "--archive", archive, "--drop", drop]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let start = Date()
        try process.run()
        while process.isRunning {
            if trigger.fires(archive: archive, elapsed: Date().timeIntervalSince(start)) {
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                return process.terminationReason == .uncaughtSignal
            }
            usleep(100)
        }
        process.waitUntilExit()
        return false
    }

    /// When to kill a run.
    enum Trigger: CustomStringConvertible {
        case after(TimeInterval)
        case whenExists(String)
        case whenStagingHolds(Int)

        func fires(archive: String, elapsed: TimeInterval) -> Bool {
            switch self {
            case .after(let seconds): return elapsed >= seconds
            case .whenExists(let path): return FileManager.default.fileExists(atPath: archive + "/" + path)
            case .whenStagingHolds(let count):
                return ((try? FileManager.default.contentsOfDirectory(atPath: archive + "/staging")) ?? []).count
                    >= count
            }
        }

        var description: String {
            switch self {
            case .after(let seconds): String(format: "after %.3f s", seconds)
            case .whenExists(let path): "when \(path) appears"
            case .whenStagingHolds(let count): "when staging/ holds \(count) file(s)"
            }
        }
    }

    @Test func killedNightsResumeToTheUninterruptedResult() throws {
        let environment = ProcessInfo.processInfo.environment
        let trials = environment["QCARCHIVE_SOAK_KILLS"].flatMap(Int.init) ?? 12
        var random = SeededGenerator(seed: environment["QCARCHIVE_SOAK_SEED"].flatMap(UInt64.init) ?? 20_261_203)
        let folder = try TestEnvironment.temporaryFolder()
        let drop = try FixtureDrop(at: folder + "/drop", certificates: 10)
        try TestEnvironment.write(
            FixtureDrop.revocation(issuer: drop.issuer, serial: drop.serials[1], id: "rev-1") + "\n",
            to: drop.root + "/events/revocations.jsonl"
        )

        let reference = folder + "/reference"
        #expect(
            try TestEnvironment.qcarchive("init", "--archive", reference)
                .status == 0
        )
        let started = Date()
        #expect(try TestEnvironment.qcarchive("nightly", "--archive", reference, "--drop", drop.root).status == 0)
        let duration = Date().timeIntervalSince(started)
        let expected = try Self.outcome(reference)
        #expect(expected.bundles.count == 10, "one bundle per certificate: \(expected.bundles.keys)")

        let files = [
            "catalog.sqlite-wal", "batches/day-1/report.json", "batches/day-1/batch-record.tar.gz",
            "batches/day-1/bundles.jsonl", "batches/day-1/timestamp.tsr", "batches/day-1/seal.json.p7s",
            "batches/day-1/seal.json",
        ]
        var kills = 0
        for trial in 0..<trials {
            let archive = folder + "/trial-\(trial)"
            #expect(
                try TestEnvironment.qcarchive("init", "--archive", archive)
                    .status == 0
            )
            var triggers: [Trigger] = []
            for _ in 0..<(trial % 3 == 2 ? 2 : 1) {
                switch Int.random(in: 0..<3, using: &random) {
                case 0: triggers.append(.after(Double.random(in: 0...duration, using: &random)))
                case 1: triggers.append(.whenExists(files.randomElement(using: &random)!))
                default: triggers.append(.whenStagingHolds(Int.random(in: 1...5, using: &random)))
                }
            }
            for trigger in triggers where try Self.killedRun(archive, drop: drop.root, trigger: trigger) { kills += 1 }
            let resumed = try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", drop.root)
            #expect(resumed.status == 0, "trial \(trial) \(triggers): \(resumed)")
            let verify = try TestEnvironment.qcarchive("verify", "--archive", archive, "--all")
            #expect(verify.status == 0, "trial \(trial) \(triggers): \(verify)")
            let outcome = try Self.outcome(archive)
            #expect(outcome.bundles == expected.bundles, "trial \(trial) \(triggers)")
            #expect(outcome.answers == expected.answers, "trial \(trial) \(triggers)")
            let catalog = try TestEnvironment.qcarchive("verify", "--archive", archive, "--catalog")
            #expect(catalog.status == 0, "trial \(trial) \(triggers): \(catalog)")
        }
        print("crash soak: \(trials) trials, \(kills) SIGKILLs landed before the run ended")
        #expect(kills >= trials / 2, "most kills land mid-run: \(kills) of \(trials)")
    }
}

/// A small deterministic generator (SplitMix64), so that a failing soak can be replayed by its seed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
