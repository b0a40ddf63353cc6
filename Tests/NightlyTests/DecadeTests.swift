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

    /// A TSA key and certificate (critical timeStamping) valid `days` (sixteen years) from the (faked) now,
    /// under its own CA, in `folder/<name>/` as tsa_server.py reads them.
    static func tsaFiles(_ folder: String, _ name: String, at offset: String?, days: Int = 5844) throws -> String {
        let directory = folder + "/" + name
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let made = try TestEnvironment.shell(
            """
            set -e
            openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ca.key -out ca.pem \
              -days 10950 -subj "/CN=\(name) TSA CA" -addext basicConstraints=critical,CA:TRUE \
              -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null
            openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout tsa-key.pem -out tsa.csr \
              -subj "/CN=\(name) TSA" 2>/dev/null
            printf 'basicConstraints=critical,CA:FALSE\\nextendedKeyUsage=critical,timeStamping\\n' > tsa.ext
            openssl x509 -req -in tsa.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days \(days) -extfile tsa.ext \
              -out tsa-cert.pem 2>/dev/null
            """,
            in: directory,
            faketime: offset
        )
        #expect(made.status == 0, "\(made)")
        return directory
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
        let firstKey = try KeyRotationTests.sealingKey(in: folder, name: "first", days: 730)
        let first = ["--seal-key", firstKey.key, "--seal-cert", firstKey.chain]
        let tsaA = try Self.tsaFiles(folder, "A", at: nil)
        let (serverA, urlA) = try RemoteTimestampTests.startTSA(tsaA, mode: "ok")
        defer { serverA.stop() }
        let created = try TestEnvironment.run(
            TestEnvironment.binary,
            ["init", "--archive", archive, "--tsa-url", urlA, "--tsa-ca", tsaA + "/ca.pem"] + first
        )
        #expect(created.status == 0, "\(created)")
        let drop = try FixtureDrop(at: folder + "/day1", certificates: 2)
        let night1 = try Self.qcarchive(at: nil, "nightly", "--archive", archive, "--drop", drop.root)
        #expect(night1.status == 0, "\(night1)")

        // One year on: sealing key 2 (two years) and TSA B, rotated in; a second night.
        let secondKey = try KeyRotationTests.sealingKey(in: folder, name: "second", days: 730, at: Self.oneYear)
        let second = ["--seal-key", secondKey.key, "--seal-cert", secondKey.chain]
        let tsaB = try Self.tsaFiles(folder, "B", at: Self.oneYear)
        let (serverB, urlB) = try RemoteTimestampTests.startTSA(tsaB, mode: "ok", faketime: Self.oneYear)
        defer { serverB.stop() }
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
        let day2 = try drop.nextNight(at: folder + "/day2", id: "day-2")
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
        let day3 = try drop.nextNight(at: folder + "/day3", id: "day-3", revoking: 1)
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
