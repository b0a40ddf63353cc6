import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// An import killed with SIGKILL part-way and run again ends exactly where an uninterrupted run does.
@Suite(.serialized) struct InterruptedImportTests {
    /// A drop large enough to take a while: 40,000 events and 300 certificate files.
    static func makeDrop(_ root: String) throws {
        var drop = try FixtureDrop(at: root, certificates: 300)
        var lines = ""
        for index in 0..<40_000 {
            let serial = drop.serials[index % drop.serials.count]
            lines +=
                "{\"event_id\":\"bulk-\(index)\",\"type\":\"suspension\",\"time\":\"2026-11-20T09:00:00Z\","
                + "\"certificate\":{\"issuer\":\"\(drop.issuer)\",\"serial\":\"\(serial)\"},\"reason\":\"bulk "
                + "\(index)\"}\n"
        }
        try TestEnvironment.write(lines, to: root + "/events/bulk.jsonl")
        _ = try drop.addCertificate(name: "Late")
    }

    /// Every row of the catalog's data tables (times of the run itself left out) and the store's files.
    static func state(_ archive: String) throws -> String {
        let dump = try TestEnvironment.run(
            "python3",
            [
                "-c",
                """
                import sqlite3, sys, hashlib
                c = sqlite3.connect(sys.argv[1])
                out = []
                for table, order in [("event", "id"), ("auditCertificate", "issuer, serial"), ("dropFile", "path"),\
                 ("reject", "file, line"),
                                     ("touched", "issuer, serial"), ("bundle", "path"), ("caCertificate", "sha256")]:
                    rows = c.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()
                    out.append(f"{table} {len(rows)} {hashlib.sha256(repr(rows).encode()).hexdigest()}")
                out.append(repr(c.execute("SELECT id, dropDigest, state FROM batch").fetchall()))
                print("\\n".join(out))
                """, archive + "/catalog.sqlite",
            ]
        )
        let store = TestEnvironment.files(under: archive + "/store").joined(separator: "\n")
        return dump.stdout + store
    }

    @Test func anImportKilledPartWayAndRunAgainEndsLikeAnUninterruptedOne() throws {
        let folder = try TestEnvironment.temporaryFolder()
        try Self.makeDrop(folder + "/drop")
        let reference = folder + "/reference"
        let interrupted = folder + "/interrupted"
        for archive in [reference, interrupted] {
            #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        }
        let first = try TestEnvironment.qcarchive("import", "--archive", reference, "--drop", folder + "/drop")
        #expect(first.status == 0, "\(first)")

        var killed = 0
        for delay in [0.05, 0.3, 0.8] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: TestEnvironment.binary)
            process.arguments = ["import", "--archive", interrupted, "--drop", folder + "/drop"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                killed += 1
            }
            process.waitUntilExit()
        }
        #expect(killed >= 1, "at least one run must have been killed part-way")
        let resumed = try TestEnvironment.qcarchive("import", "--archive", interrupted, "--drop", folder + "/drop")
        #expect(resumed.status == 0, "\(resumed)")
        #expect(try Self.state(interrupted) == Self.state(reference))
        #expect(!TestEnvironment.files(under: interrupted + "/store").contains { $0.contains(".incoming-") })

        // Sealing both gives the same bundles (paths and tag manifests).
        for archive in [reference, interrupted] {
            #expect(try TestEnvironment.qcarchive("seal", "--archive", archive).status == 0)
        }
        #expect(try Self.state(interrupted) == Self.state(reference))
    }

    /// Issue #15 item 11: Ctrl-C says how to resume and exits 130; the same command run again ends
    /// as an uninterrupted run.
    @Test func ctrlCSaysHowToResumeAndExits130() throws {
        let folder = try TestEnvironment.temporaryFolder()
        try Self.makeDrop(folder + "/drop")
        let reference = folder + "/reference"
        #expect(try TestEnvironment.qcarchive("init", "--archive", reference).status == 0)
        #expect(try TestEnvironment.qcarchive("import", "--archive", reference, "--drop", folder + "/drop").status == 0)
        var interrupted: String?
        for (attempt, delay) in [0.4, 0.15, 0.05].enumerated() where interrupted == nil {
            let archive = folder + "/interrupted-\(attempt)"
            #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: TestEnvironment.binary)
            process.arguments = ["import", "--archive", archive, "--drop", folder + "/drop"]
            let errors = Pipe()
            process.standardOutput = FileHandle.nullDevice
            process.standardError = errors
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            let signalled = process.isRunning
            if signalled { kill(process.processIdentifier, SIGINT) }
            let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            guard signalled, process.terminationReason == .exit, process.terminationStatus == 130 else { continue }
            #expect(stderr.contains("interrupted; run the same command again to resume"), "\(stderr)")
            interrupted = archive
        }
        let archive = try #require(interrupted, "an import must have been interrupted part-way")
        let resumed = try TestEnvironment.qcarchive("import", "--archive", archive, "--drop", folder + "/drop")
        #expect(resumed.status == 0, "\(resumed)")
        #expect(try Self.state(archive) == Self.state(reference))
    }
}
