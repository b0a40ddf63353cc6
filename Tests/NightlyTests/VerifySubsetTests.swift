import Foundation
import TestSupport
import Testing

/// `verify --all --subset n/t` (#16): t runs verify every bag exactly once; a bag's part is the
/// SHA-256 of its path modulo t, which Python computes here on its own.
@Suite struct VerifySubsetTests {
    /// The part (1-based) of each bag path, by Python's hashlib.
    static func parts(_ paths: [String], of total: Int) throws -> [String: Int] {
        let run = try TestEnvironment.run(
            "python3",
            [
                "-c",
                "import hashlib,sys\nfor p in sys.stdin.read().split('\\n'):\n    "
                    + "print(p, int.from_bytes(hashlib.sha256(p.encode()).digest()[:8], 'big') % int(sys.argv[1]) + 1)",
                String(total),
            ],
            stdin: Array(paths.joined(separator: "\n").utf8)
        )
        var parts: [String: Int] = [:]
        for line in run.stdout.split(separator: "\n") {
            let fields = line.split(separator: " ")
            if fields.count == 2 { parts[String(fields[0])] = Int(fields[1]) }
        }
        return parts
    }

    @Test func threeRunsVerifyEveryBagOnceAndATamperedBagFailsInItsPart() throws {
        let archive = try SampleArchive.make()
        var verified = 0
        for part in 1...3 {
            let run = try TestEnvironment.qcarchive("verify", "--archive", archive, "--all", "--subset", "\(part)/3")
            #expect(run.status == 0, "\(run)")
            let line = try #require(run.stdout.split(separator: "\n").first { $0.contains("bundle(s) verified") })
            #expect(line.hasSuffix("(part \(part)/3 of the archive's 66)."), "\(line)")
            verified += Int(line.split(separator: " ")[0]) ?? 0
        }
        #expect(verified == 66, "64 bundles and 2 batch records, each once")

        let bags = TestEnvironment.files(under: archive + "/bundles").map { "bundles/" + $0 }
        let parts = try Self.parts(bags, of: 3)
        let victim = try #require(bags.sorted().first)
        let home = try #require(parts[victim])
        var bytes = try TestEnvironment.read(archive + "/" + victim)
        bytes[40] ^= 0x01  // inside the first gzip member's deflate data: the inflate or its CRC fails
        try TestEnvironment.write(bytes, to: archive + "/" + victim)
        for part in 1...3 {
            let run = try TestEnvironment.qcarchive("verify", "--archive", archive, "--all", "--subset", "\(part)/3")
            #expect(run.status == (part == home ? 1 : 0), "part \(part), the bag is in \(home): \(run)")
            #expect(run.stdout.contains("FAIL " + victim) == (part == home), "\(run)")
        }
        // A bag that is gone is missed by every part: presence is checked whole.
        try FileManager.default.removeItem(atPath: archive + "/" + victim)
        for part in 1...3 {
            let run = try TestEnvironment.qcarchive("verify", "--archive", archive, "--all", "--subset", "\(part)/3")
            #expect(run.status == 1 && run.stdout.contains(victim), "part \(part): \(run)")
        }
        let refused = try TestEnvironment.qcarchive("verify", "--archive", archive, "--all", "--subset", "4/3")
        #expect(refused.status == 64 && refused.stderr.contains("--subset takes n/t"), "\(refused)")
    }
}
