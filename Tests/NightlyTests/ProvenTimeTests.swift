import Foundation
import TestSupport
import Testing

/// Validation at the proven time (SPEC "Evidence over time", EN 319 102-1): a seal is checked as of
/// the time its batch's timestamp proves, so a sealing certificate that expired later leaves it
/// valid; an expired certificate is named with its date; `verify --at` answers as of a time; WARN
/// lines come 90 days before expiry; an expired key seals nothing. Clocks are moved with faketime.
@Suite(.serialized) struct ProvenTimeTests {
    static func later(_ offset: String, _ arguments: [String]) throws -> TestEnvironment.Run {
        try TestEnvironment.run("faketime", ["-f", offset, TestEnvironment.binary] + arguments)
    }

    @Test func aSealStaysValidAfterItsSealingCertificateExpires() throws {
        let folder = try TestEnvironment.temporaryFolder()
        // A sealing certificate valid two years, under a root valid twenty (openssl, not our code).
        let script = """
            set -e
            openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout root.key -out root.pem \
              -days 7300 -subj "/CN=Two-year test sealing root" -addext basicConstraints=critical,CA:TRUE \
              -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null
            openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout seal.key -out seal.csr \
              -subj "/CN=Two-year test sealing key" 2>/dev/null
            printf 'basicConstraints=critical,CA:FALSE\\nkeyUsage=critical,digitalSignature,nonRepudiation\\n' > ext
            openssl x509 -req -in seal.csr -CA root.pem -CAkey root.key -CAcreateserial -days 730 -extfile ext \
              -out seal.pem 2>/dev/null
            cat seal.pem root.pem > chain.pem
            """
        let made = try TestEnvironment.run("bash", ["-c", script], in: folder)
        #expect(made.status == 0, "\(made)")
        let archive = folder + "/archive"
        let initRun = try TestEnvironment.qcarchive(
            "init",
            "--archive",
            archive,
            "--seal-key",
            folder + "/seal.key",
            "--seal-cert",
            folder + "/chain.pem"
        )
        #expect(initRun.status == 0, "\(initRun)")
        let drop = try FixtureDrop(at: folder + "/drop", certificates: 2)
        #expect(try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", drop.root).status == 0)

        // Three years on: the sealing certificate has expired, the TSA's (ten years) has not.
        let verify = try Self.later("+1095d", ["verify", "--archive", archive, "--all"])
        #expect(verify.status == 0, "\(verify)")
        #expect(
            verify.stdout.contains("3 of 3 bundle(s) verified") && verify.stdout.contains("proven at "),
            "\(verify)"
        )
        // openssl agrees only as of the proven time, which is what the evidence record proves.
        let bundle = try #require(TestEnvironment.files(under: archive + "/bundles").first { $0.hasSuffix(".tar.gz") })
        let extract = try TestEnvironment.run("tar", ["-xzf", archive + "/bundles/" + bundle, "-C", folder])
        #expect(extract.status == 0, "\(extract)")
        let bag =
            folder + "/"
            + ((bundle as NSString).lastPathComponent as NSString).deletingPathExtension
            .replacingOccurrences(of: ".tar", with: "")
        func cms(_ extra: [String]) throws -> TestEnvironment.Run {
            try TestEnvironment.run(
                "faketime",
                [
                    "-f", "+1095d", "openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in",
                    bag + "/seal/tagmanifest.p7s",
                    "-content", bag + "/tagmanifest-sha256.txt", "-CAfile", archive + "/trust/seal-ca.pem", "-purpose",
                    "any",
                    "-out", "/dev/null",
                ] + extra
            )
        }
        #expect(try cms([]).status != 0, "openssl at the present time: the sealing certificate has expired")
        #expect(
            try cms(["-attime", String(Int(Date().timeIntervalSince1970))]).status == 0,
            "and as of the proven time"
        )
        // docs/VERIFY.md's recipe (tar, sha256sum, openssl -attime, python3) proves the same three years on.
        let recipe = try TestEnvironment.run(
            "faketime",
            ["-f", "+1095d", "bash", TestEnvironment.packageRoot + "/Tests/Fixtures/verify_recipe.sh", archive]
        )
        #expect(recipe.status == 0 && recipe.stdout.contains(" 0 failed"), "\(recipe.stdout.suffix(1500))")

        // The expired key seals nothing, and says what to do.
        try TestEnvironment.write("{\"batch_id\":\"day-2\"}\n", to: folder + "/day2/batch.json")
        try TestEnvironment.write(
            FixtureDrop.revocation(issuer: drop.issuer, serial: drop.serials[0], id: "r") + "\n",
            to: folder + "/day2/events/r.jsonl"
        )
        let night = try Self.later("+1095d", ["nightly", "--archive", archive, "--drop", folder + "/day2"])
        #expect(night.status == 1, "\(night)")
        #expect(
            night.stderr.contains("The sealing certificate CN=Two-year test sealing key expired on ")
                && night.stderr.contains("qcarchive keys rotate"),
            "\(night)"
        )
        #expect(!FileManager.default.fileExists(atPath: archive + "/batches/day-2/seal.json"))
    }

    @Test func expiryIsNamedWarnedBeforeAndVerifyAnswersAsOfATime() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = folder + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        let drop = try FixtureDrop(at: folder + "/drop", certificates: 2)
        #expect(try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", drop.root).status == 0)

        // The demo certificates live ten years: 60 days before, a warning and exit 0.
        let soon = try Self.later("+3592d", ["verify", "--archive", archive, "--all"])
        #expect(soon.status == 0, "\(soon)")
        #expect(
            soon.stdout.contains(
                "WARN batch day-1: renewal due: the TSA certificate of its newest timestamp expires on "
            ),
            "\(soon)"
        )
        #expect(soon.stdout.contains("WARN the sealing certificate CN=qcarchive DEMO seal key"), "\(soon)")
        // 150 days before: renewal is due (180 days), the key warnings (90 days) not yet.
        let renewal = try Self.later("+3502d", ["verify", "--archive", archive, "--chain"])
        #expect(renewal.status == 0 && renewal.stdout.contains("renewal due"), "\(renewal)")
        #expect(!renewal.stdout.contains("WARN the sealing certificate"), "\(renewal)")
        // Half a year after: the timestamp lapsed (no renewal yet), named as expired, never "does not verify".
        let lapsed = try Self.later("+3833d", ["verify", "--archive", archive, "--all"])
        #expect(lapsed.status == 1, "\(lapsed)")
        #expect(lapsed.stdout.contains("certificate CN=qcarchive DEMO TSA key - not qualified"), "\(lapsed)")
        #expect(lapsed.stdout.contains("expired on ") && !lapsed.stdout.contains("does not verify"), "\(lapsed)")
        // As of a time inside the validity, the same archive verifies.
        let asOf = try Self.later("+3833d", ["verify", "--archive", archive, "--all", "--at", "2030-01-01"])
        #expect(asOf.status == 0, "\(asOf)")
        // As of a time before the timestamp was made, it proves nothing yet.
        let before = try TestEnvironment.qcarchive("verify", "--archive", archive, "--chain", "--at", "2020-01-01")
        #expect(before.status == 1 && before.stdout.contains("proves nothing as of then"), "\(before)")
        let bad = try TestEnvironment.qcarchive("verify", "--archive", archive, "--all", "--at", "someday")
        #expect(bad.status == 64, "\(bad)")
    }

    @Test func aBackdatedTokenFromTheArchivesOwnTSAKeyIsRefused() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = folder + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        let drop = try FixtureDrop(at: folder + "/drop", certificates: 2)
        #expect(try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", drop.root).status == 0)
        let seal =
            try JSONSerialization.jsonObject(
                with: Data(try TestEnvironment.read(archive + "/batches/day-1/seal.json"))
            ) as? [String: Any]
        let root = try #require(seal?["root"] as? String)
        // A token over the same root, made with the TSA's own key by openssl (not our code) with a clock
        // set two days back: before the TSA certificate existed.
        let script = """
            set -e
            printf '[ tsa ]\ndefault_tsa = t\n[ t ]\nserial = ./serial\ndefault_policy = 1.2.3.4.1\n' > ts.cnf
            printf 'digests = sha256\nsigner_digest = sha256\ness_cert_id_alg = sha256\n' >> ts.cnf
            echo 01 > serial
            openssl ts -query -digest \(root) -sha256 -cert -no_nonce -out q.tsq
            faketime -f '-2d' openssl ts -reply -config ts.cnf -queryfile q.tsq \
              -signer \(archive)/keys/tsa-cert.pem -inkey \(archive)/keys/tsa-key.pem -out backdated.tsr 2>/dev/null
            """
        let made = try TestEnvironment.run("bash", ["-c", script], in: folder)
        #expect(made.status == 0, "\(made)")
        try FileManager.default.removeItem(atPath: archive + "/batches/day-1/timestamp.tsr")
        try TestEnvironment.write(
            try TestEnvironment.read(folder + "/backdated.tsr"),
            to: archive + "/batches/day-1/timestamp.tsr"
        )
        let chain = try TestEnvironment.qcarchive("verify", "--archive", archive, "--chain")
        #expect(chain.status == 1 && chain.stdout.contains("FAIL chain: batches/day-1/timestamp.tsr"), "\(chain)")
        let all = try TestEnvironment.qcarchive("verify", "--archive", archive, "--all")
        #expect(all.status == 1 && all.stdout.contains("expected the time-stamp token of batch day-1"), "\(all)")
    }
}
