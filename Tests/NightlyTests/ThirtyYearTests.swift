import Bundling
import CryptoIO
import Foundation
import Lifecycle
import Nightly
import Sealing
import Storage
import TestSupport
import Testing

/// Thirty years of proof (SPEC "Evidence over time"; issue #13): nights sealed in year 0 under TSA
/// A (certificate valid five years); in year 4 the archive rotates to TSA B, TSA A closes, and
/// `renew` renews every batch; in year 8 SHA-256 is retired (`renew --hash-algorithm sha-512`); in
/// year 14 the archive rotates to TSA C and renews. In year 30 every bundle verifies, end to end
/// under faketime and in process with an injected clock, and Bouncy Castle 1.72 validates every
/// complete record; the same archive without its renewals fails, naming each lapsed batch and when
/// it should have been renewed, and `verify` warned about it in time. The TSAs are `openssl ts
/// -reply` behind Python (not our code), each under the faked clock of its years.
@Suite(.serialized) struct ThirtyYearTests {
    static let day = 86_400.0
    static let year4 = 1461
    static let year8 = 2922
    static let year14 = 5114
    static let year30 = 10958

    static func offset(_ days: Int) -> String { "+\(days)d" }

    static func at(_ days: Int, _ arguments: String...) throws -> TestEnvironment.Run {
        try TestEnvironment.run("faketime", ["-f", offset(days), TestEnvironment.binary] + arguments)
    }

    /// A new TSA `name` (certificate valid `days`) made, served and rotated in at day `year` of the
    /// simulation, all under that faked time: its server (to stop when it closes) and its files.
    static func rotate(
        _ archive: String,
        toTSA name: String,
        days: Int,
        inYear year: Int,
        folder: String
    ) throws -> (LoopbackServer, String) {
        let tsa = try DecadeTests.tsaFiles(folder, name, at: offset(year), days: days)
        let (server, url) = try RemoteTimestampTests.startTSA(tsa, mode: "ok", faketime: offset(year))
        let rotated = try at(
            year,
            "keys",
            "rotate",
            "--archive",
            archive,
            "--tsa-url",
            url,
            "--tsa-ca",
            tsa + "/ca.pem"
        )
        #expect(rotated.status == 0, "\(rotated)")
        return (server, tsa)
    }

    @Test func thirtyYearsOfRenewalsKeepEveryBundleProvenAndWithoutThemEachBatchLapses() throws {
        let start = Date()
        let folder = try TestEnvironment.temporaryFolder()
        let archive = folder + "/archive"
        let unrenewed = folder + "/unrenewed"

        // Year 0: TSA A, valid 1,800 days; two nights.
        let tsaA = try DecadeTests.tsaFiles(folder, "A", at: nil, days: 1800)
        let (serverA, urlA) = try RemoteTimestampTests.startTSA(tsaA, mode: "ok")
        let created = try TestEnvironment.qcarchive(
            "init",
            "--archive",
            archive,
            "--tsa-url",
            urlA,
            "--tsa-ca",
            tsaA + "/ca.pem"
        )
        #expect(created.status == 0, "\(created)")
        let drop = try FixtureDrop(at: folder + "/day1", certificates: 3)
        #expect(try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", drop.root).status == 0)
        let day2 = try drop.nextNight(at: folder + "/day2", id: "day-2")
        #expect(try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", day2).status == 0)
        serverA.stop()  // TSA A closes
        #expect(try TestEnvironment.run("cp", ["-a", archive, unrenewed]).status == 0)

        // 150 days before TSA A's certificate expires, verify says renewal is due (exit 0).
        let warnAt = RFC3339.format(start.addingTimeInterval(1650 * Self.day))
        let warned = try TestEnvironment.qcarchive("verify", "--archive", unrenewed, "--chain", "--at", warnAt)
        #expect(warned.status == 0, "\(warned)")
        for batch in ["day-1", "day-2"] {
            #expect(warned.stdout.contains("WARN batch \(batch): renewal due"), "\(warned.stdout)")
        }

        // Year 4: TSA B (valid 3,800 days), rotated in; A's certificate expires within a year: renew.
        let (serverB, _) = try Self.rotate(archive, toTSA: "B", days: 3800, inYear: Self.year4, folder: folder)
        defer { serverB.stop() }
        let renew4 = try Self.at(Self.year4, "renew", "--archive", archive)
        #expect(renew4.status == 0 && renew4.stdout.contains("Renewed 2 batch(es) with 1 timestamp(s)"), "\(renew4)")
        #expect(renew4.stdout.contains("CN=B TSA"), "\(renew4.stdout)")

        // Year 8: SHA-256 retired.
        let renew8 = try Self.at(Self.year8, "renew", "--archive", archive, "--hash-algorithm", "sha-512")
        #expect(renew8.status == 0 && renew8.stdout.contains("hash-tree renewal to sha-512"), "\(renew8)")
        serverB.stop()  // TSA B closes

        // Year 14: TSA C (valid 6,205 days); B's certificate expires within a year: renew.
        let (serverC, tsaC) = try Self.rotate(archive, toTSA: "C", days: 6205, inYear: Self.year14, folder: folder)
        defer { serverC.stop() }
        let renew14 = try Self.at(Self.year14, "renew", "--archive", archive)
        #expect(renew14.status == 0 && renew14.stdout.contains("Renewed 2 batch(es) with 1 timestamp(s)"), "\(renew14)")
        serverC.stop()

        // Year 30, end to end: every bundle of both nights is proven.
        let verify = try Self.at(Self.year30, "verify", "--archive", archive, "--all")
        #expect(verify.status == 0, "\(verify)")
        #expect(verify.stdout.contains("6 of 6 bundle(s) verified"), "\(verify.stdout)")
        #expect(verify.stdout.contains("renewed 3 time(s)"), "\(verify.stdout)")

        // Year 30, in process with an injected clock.
        let later = start.addingTimeInterval(Double(Self.year30) * Self.day)
        func audit(_ root: String) throws -> ArchiveAudit.Report {
            let layout = ArchiveLayout(root: root)
            let session = try Archive.open(layout, .verify, now: { later })
            var verifier = try session.verifier()
            verifier.verificationTime = later
            return ArchiveAudit(layout: layout, verifier: verifier).run(catalog: session.catalogIfOpen)
        }
        let renewed = try audit(archive)
        #expect(renewed.isValid, "\(renewed.problems) \(renewed.chain.problems)")
        #expect(renewed.chain.proofs.allSatisfy { $0.renewals.count == 3 }, "\(renewed.chain.proofs)")

        // Bouncy Castle validates every complete record: SHA-256 (A, B) then SHA-512 (B, C); so do
        // python3 and openssl alone (docs/VERIFY.md), each token as of its renewal, the newest in year 30.
        let tsa = try RenewalTests.pem(tsaC + "/tsa-cert.pem", into: folder + "/tsa-c.pem")
        let year30 = String(Int(later.timeIntervalSince1970))
        for bundle in RenewalTests.bundles(archive) {
            let (ers, tagManifest, written) = try RenewalTests.evidence(
                archive,
                bundle,
                into: folder,
                at: Self.offset(Self.year30)
            )
            #expect(written.status == 0, "\(written)")
            let bc = try RenewalTests.bouncyCastle("validate", tsa, ers, tagManifest)
            #expect(bc.status == 0 && bc.stdout.hasPrefix("ERS valid 2 4"), "\(bundle): \(bc)")
            let python = try RenewalTests.checkRecord(ers, tagManifest, archive + "/trust/tsa-ca.pem", "--at", year30)
            #expect(python.status == 0 && python.stdout.contains("4 timestamp(s) in 2 chain(s)"), "\(python)")
        }
        // The whole recipe of docs/VERIFY.md, in year 30: it passes with the renewals, not without.
        let recipe = TestEnvironment.packageRoot + "/Tests/Fixtures/verify_recipe.sh"
        let year30Recipe = ["-f", Self.offset(Self.year30), "bash", recipe]
        let withRenewals = try TestEnvironment.run("faketime", year30Recipe + [archive])
        #expect(withRenewals.status == 0 && withRenewals.stdout.contains(" passed, 0 failed"), "\(withRenewals)")
        let withoutRenewals = try TestEnvironment.run("faketime", year30Recipe + [unrenewed])
        #expect(withoutRenewals.status == 1, "\(withoutRenewals)")
        #expect(withoutRenewals.stdout.contains("batches/day-1: timestamp.tsr"), "\(withoutRenewals.stdout)")

        // Without the renewals: each batch's proof lapsed with TSA A's certificate, and says when.
        let expiry = try #require(SigningCertificate.all(pem: try TestEnvironment.read(tsaA + "/tsa-cert.pem")).first)
        let lapsed = try Self.at(Self.year30, "verify", "--archive", unrenewed, "--all")
        #expect(lapsed.status == 1, "\(lapsed)")
        for batch in ["day-1", "day-2"] {
            #expect(
                lapsed.stdout.contains("batches/\(batch)/timestamp.tsr")
                    && lapsed.stdout.contains("expired on \(RFC3339.format(expiry.notAfter))")
                    && lapsed.stdout.contains("needed renewal by then"),
                "\(batch): \(lapsed.stdout)"
            )
        }
        // Renewing now is too late, and renew says so (exit 1) without renewing anything.
        let late = try Self.at(Self.year30, "renew", "--archive", unrenewed)
        #expect(late.status == 1 && late.stdout.contains("Renewed 0 batch(es)"), "\(late)")
        for batch in ["day-1", "day-2"] {
            #expect(
                late.stdout.contains(
                    "FAIL batch \(batch): the TSA certificate of its newest timestamp expired on "
                        + RFC3339.format(expiry.notAfter)
                ),
                "\(late.stdout)"
            )
        }
        let unrenewedAudit = try audit(unrenewed)
        #expect(!unrenewedAudit.isValid)
        #expect(
            Set(unrenewedAudit.chain.problems.filter { $0.file.hasSuffix("timestamp.tsr") }.map(\.file))
                == ["batches/day-1/timestamp.tsr", "batches/day-2/timestamp.tsr"],
            "\(unrenewedAudit.chain.problems)"
        )
    }
}
