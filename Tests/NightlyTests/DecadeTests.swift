import Bundling
import CryptoIO
import Foundation
import Nightly
import Sealing
import Storage
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A simulated decade (SPEC "Evidence over time"; issue #9): sealing certificates valid two years, a
/// rotation of the sealing key and TSA after one year, and at eleven years every bundle of both eras
/// still proven as of its own time, while a night without rotation seals nothing and names the
/// expired certificate. The nights run under faketime, with TSAs that are not our code (`openssl ts
/// -reply` behind Python's http.server, started under the same faked clock); the checks at eleven
/// years run both end to end under faketime and in process with an injected clock.
@Suite(.serialized) struct DecadeTests {
    static let oneYear = "+365d"
    static let elevenYears = "+4018d"

    /// Runs a shell script in `folder`, under faketime when an offset is given.
    static func script(_ text: String, in folder: String, at offset: String?) throws {
        let run =
            try offset.map { try TestEnvironment.run("faketime", ["-f", $0, "bash", "-c", text], in: folder) }
            ?? TestEnvironment.run("bash", ["-c", text], in: folder)
        #expect(run.status == 0, "\(run)")
    }

    /// A sealing key (`CN=<name> sealing key`) valid two years from the (faked) now, by openssl.
    static func sealingKey(_ folder: String, _ name: String, at offset: String?) throws -> [String] {
        try script(
            """
            set -e
            openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout \(name)-root.key \
              -out \(name)-root.pem -days 10950 -subj "/CN=\(name) sealing root" \
              -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null
            openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout \(name).key -out \(name).csr \
              -subj "/CN=\(name) sealing key" 2>/dev/null
            echo basicConstraints=critical,CA:FALSE > \(name).ext
            echo keyUsage=critical,digitalSignature,nonRepudiation >> \(name).ext
            openssl x509 -req -in \(name).csr -CA \(name)-root.pem -CAkey \(name)-root.key -CAcreateserial \
              -days 730 -extfile \(name).ext -out \(name).pem 2>/dev/null
            cat \(name).pem \(name)-root.pem > \(name)-chain.pem
            """,
            in: folder,
            at: offset
        )
        return ["--seal-key", "\(folder)/\(name).key", "--seal-cert", "\(folder)/\(name)-chain.pem"]
    }

    /// A TSA key and certificate (critical timeStamping) valid sixteen years from the (faked) now,
    /// under its own CA, in `folder/<name>/` as tsa_server.py reads them.
    static func tsaFiles(_ folder: String, _ name: String, at offset: String?) throws -> String {
        let directory = folder + "/" + name
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try script(
            """
            set -e
            openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ca.key -out ca.pem \
              -days 10950 -subj "/CN=\(name) TSA CA" -addext basicConstraints=critical,CA:TRUE \
              -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null
            openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout tsa-key.pem -out tsa.csr \
              -subj "/CN=\(name) TSA" 2>/dev/null
            printf 'basicConstraints=critical,CA:FALSE\\nextendedKeyUsage=critical,timeStamping\\n' > tsa.ext
            openssl x509 -req -in tsa.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 5844 -extfile tsa.ext \
              -out tsa-cert.pem 2>/dev/null
            """,
            in: directory,
            at: offset
        )
        return directory
    }

    /// Starts tsa_server.py over `directory` under the (faked) clock; returns it and its URL. The
    /// clock is faked by libfaketime in the server's own process (not through the faketime
    /// command, whose child would outlive a kill of the command).
    static func startTSA(_ directory: String, at offset: String?) throws -> (Process, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", TestEnvironment.packageRoot + "/Tests/Fixtures/tsa/tsa_server.py", directory, "ok",
        ]
        if let offset {
            var environment = ProcessInfo.processInfo.environment
            environment["LD_PRELOAD"] = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1"
            environment["FAKETIME"] = offset
            process.environment = environment
        }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = [UInt8]()
        while let byte = try output.fileHandleForReading.read(upToCount: 1)?.first, byte != 0x0A { line.append(byte) }
        return (process, "http://127.0.0.1:\(String(decoding: line, as: UTF8.self))/tsa")
    }

    static func qcarchive(at offset: String?, _ arguments: String...) throws -> TestEnvironment.Run {
        guard let offset else { return try TestEnvironment.run(TestEnvironment.binary, arguments) }
        return try TestEnvironment.run("faketime", ["-f", offset, TestEnvironment.binary] + arguments)
    }

    @Test func elevenYearsOnBothErasStillProveAndAnUnrotatedNightSealsNothing() throws {
        let start = Date()
        let folder = try TestEnvironment.temporaryFolder()
        let archive = folder + "/archive"

        // Day 0: sealing key 1 (two years) and TSA A.
        let first = try Self.sealingKey(folder, "first", at: nil)
        let tsaA = try Self.tsaFiles(folder, "A", at: nil)
        let (serverA, urlA) = try Self.startTSA(tsaA, at: nil)
        defer { RemoteTimestampTests.stop(serverA) }
        let created = try TestEnvironment.run(
            TestEnvironment.binary,
            ["init", "--archive", archive, "--tsa-url", urlA, "--tsa-ca", tsaA + "/ca.pem"] + first
        )
        #expect(created.status == 0, "\(created)")
        let drop = try FixtureDrop(at: folder + "/day1", certificates: 2)
        let night1 = try Self.qcarchive(at: nil, "nightly", "--archive", archive, "--drop", drop.root)
        #expect(night1.status == 0, "\(night1)")

        // One year on: sealing key 2 (two years) and TSA B, rotated in; a second night.
        let second = try Self.sealingKey(folder, "second", at: Self.oneYear)
        let tsaB = try Self.tsaFiles(folder, "B", at: Self.oneYear)
        let (serverB, urlB) = try Self.startTSA(tsaB, at: Self.oneYear)
        defer { RemoteTimestampTests.stop(serverB) }
        let rotateSeal = try TestEnvironment.run(
            "faketime",
            ["-f", Self.oneYear, TestEnvironment.binary, "keys", "rotate", "--archive", archive] + second
        )
        #expect(rotateSeal.status == 0, "\(rotateSeal)")
        let rotateTSA = try Self.qcarchive(
            at: Self.oneYear,
            "keys",
            "rotate",
            "--archive",
            archive,
            "--tsa-url",
            urlB,
            "--tsa-ca",
            tsaB + "/ca.pem"
        )
        #expect(rotateTSA.status == 0, "\(rotateTSA)")
        let day2 = folder + "/day2"
        try TestEnvironment.write("{\"batch_id\":\"day-2\"}\n", to: day2 + "/batch.json")
        try TestEnvironment.write(
            FixtureDrop.revocation(issuer: drop.issuer, serial: drop.serials[0], id: "rev-day-2") + "\n",
            to: day2 + "/events/r.jsonl"
        )
        let night2 = try Self.qcarchive(at: Self.oneYear, "nightly", "--archive", archive, "--drop", day2)
        #expect(night2.status == 0, "\(night2)")
        for (batch, tsa) in [("day-1", "CN=A TSA"), ("day-2", "CN=B TSA")] {
            let response = try TestEnvironment.read(archive + "/batches/\(batch)/timestamp.tsr")
            let token = try TimeStampProtocol.token(fromResponse: response)
            #expect(TimeStampProtocol.signer(ofToken: token)?.subject == tsa, "\(batch)")
            // The TSA's certificate, known from the test request of init or keys rotate, is in the
            // batch's sealed validation data (its status could not be collected: it names no source).
            let document = try ValidationDataTests.validationDocument(archive, batch: batch)
            let entries = document["certificates"] as? [[String: Any]] ?? []
            let leaf = entries.first { $0["chain"] as? String == "timestamping" && $0["position"] as? Int == 0 }
            #expect(leaf?["subject"] as? String == tsa, "\(batch): \(document)")
        }
        #expect(!night1.stderr.contains("not known before its first token"), "\(night1.stderr)")

        // Eleven years on, end to end: both sealing certificates and nothing else have expired.
        let verify = try Self.qcarchive(at: Self.elevenYears, "verify", "--archive", archive, "--all")
        #expect(verify.status == 0, "\(verify)")
        #expect(verify.stdout.contains("5 of 5 bundle(s) verified"), "\(verify)")
        let year = Calendar(identifier: .gregorian)
        var utc = year
        utc.timeZone = TimeZone(identifier: "UTC")!
        let firstYear = utc.component(.year, from: start)
        let secondYear = utc.component(.year, from: start.addingTimeInterval(365 * 86_400))
        #expect(verify.stdout.contains("Batch day-1: proven at \(firstYear)-"), "\(verify.stdout)")
        #expect(verify.stdout.contains("Batch day-2: proven at \(secondYear)-"), "\(verify.stdout)")
        let day3 = folder + "/day3"
        try TestEnvironment.write("{\"batch_id\":\"day-3\"}\n", to: day3 + "/batch.json")
        try TestEnvironment.write(
            FixtureDrop.revocation(issuer: drop.issuer, serial: drop.serials[1], id: "rev-day-3") + "\n",
            to: day3 + "/events/r.jsonl"
        )
        let night3 = try Self.qcarchive(at: Self.elevenYears, "nightly", "--archive", archive, "--drop", day3)
        #expect(night3.status == 1, "\(night3)")
        #expect(
            night3.stderr.contains("CN=second sealing key") && night3.stderr.contains("expired on")
                && night3.stderr.contains("qcarchive keys rotate"),
            "\(night3.stderr)"
        )

        // The same eleven years with an injected clock, in process.
        let later = start.addingTimeInterval(4018 * 86_400)
        let layout = ArchiveLayout(root: archive)
        let session = try Archive.open(layout, .verify, now: { later })
        var verifier = try session.verifier()
        verifier.verificationTime = later
        let audit = ArchiveAudit(layout: layout, verifier: verifier).run(catalog: session.catalogIfOpen)
        #expect(audit.isValid, "\(audit.problems) \(audit.chain.problems)")
        #expect(audit.chain.proofs.map(\.batch) == ["day-1", "day-2"])
        #expect(audit.chain.proofs.allSatisfy { $0.provenAt < start.addingTimeInterval(366 * 86_400) })
        #expect(audit.chain.proofs.allSatisfy { ($0.sealValidUntil ?? .distantFuture) < later })
        #expect(throws: SealingError.self) {
            let writer = try Archive.open(layout, .write, now: { later })
            _ = try NightlyJob(layout: layout, dropPath: day3, now: { later }).run(archive: writer)
        }
    }
}
