import Foundation
import TestSupport
import Testing

/// `keys rotate` and `keys list` (SPEC "Keys over time"): after a rotation new batches use the new
/// key or TSA, every earlier batch keeps verifying under its own, and the archive keeps every
/// certificate and anchor it ever used.
@Suite(.serialized) struct KeyRotationTests {
    /// A sealing key (`CN=<name> sealing key`) valid `days` under a new self-signed root, made by
    /// openssl, under faketime when an offset (e.g. "+365d") is given.
    static func sealingKey(
        in folder: String,
        name: String,
        days: Int,
        at offset: String? = nil
    ) throws -> (key: String, chain: String) {
        let script = """
            set -e
            openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout \(name)-root.key \
              -out \(name)-root.pem -days 7300 -subj "/CN=\(name) sealing root" \
              -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null
            openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout \(name).key -out \(name).csr \
              -subj "/CN=\(name) sealing key" 2>/dev/null
            echo basicConstraints=critical,CA:FALSE > \(name).ext
            echo keyUsage=critical,digitalSignature,nonRepudiation >> \(name).ext
            openssl x509 -req -in \(name).csr -CA \(name)-root.pem -CAkey \(name)-root.key -CAcreateserial \
              -days \(days) -extfile \(name).ext -out \(name).pem 2>/dev/null
            cat \(name).pem \(name)-root.pem > \(name)-chain.pem
            """
        let made = try TestEnvironment.shell(script, in: folder, faketime: offset)
        #expect(made.status == 0, "\(made)")
        return (folder + "/\(name).key", folder + "/\(name)-chain.pem")
    }

    @Test func batchesOfBothKeysVerifyAndTheArchiveKeepsEveryCertificate() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = folder + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        #expect(
            try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", TestEnvironment.samples + "/day1")
                .status == 3
        )
        let second = try Self.sealingKey(in: folder, name: "second", days: 730)
        let sealRotation = try TestEnvironment.qcarchive(
            "keys",
            "rotate",
            "--archive",
            archive,
            "--seal-key",
            second.key,
            "--seal-cert",
            second.chain
        )
        #expect(sealRotation.status == 0, "\(sealRotation)")
        let tsaRotation = try TestEnvironment.qcarchive("keys", "rotate", "--archive", archive, "--tsa", "local")
        #expect(tsaRotation.status == 0, "\(tsaRotation)")
        #expect(
            try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", TestEnvironment.samples + "/day2")
                .status == 3
        )

        let verify = try TestEnvironment.qcarchive("verify", "--archive", archive, "--all")
        #expect(verify.status == 0 && verify.stdout.contains("66 of 66 bundle(s) verified"), "\(verify)")
        // Three years on the second key has expired: both eras still verify as of their proven times.
        let later = try TestEnvironment.run(
            "faketime",
            ["-f", "+1095d", TestEnvironment.binary, "verify", "--archive", archive, "--all"]
        )
        #expect(later.status == 0, "\(later)")
        // openssl, with the grown trust/seal-ca.pem, accepts each era's batch seal.
        for batch in ["2026-11-20", "2026-11-21"] {
            let cms = try TestEnvironment.run(
                "openssl",
                [
                    "cms", "-verify", "-binary", "-inform", "DER", "-in", archive + "/batches/\(batch)/seal.json.p7s",
                    "-content", archive + "/batches/\(batch)/seal.json", "-CAfile", archive + "/trust/seal-ca.pem",
                    "-purpose", "any", "-out", "/dev/null",
                ]
            )
            #expect(cms.status == 0, "\(batch): \(cms)")
        }
        let list = try TestEnvironment.qcarchive("keys", "list", "--archive", archive)
        #expect(list.status == 0, "\(list)")
        #expect(
            list.stdout.components(separatedBy: "\nsealing").count + (list.stdout.hasPrefix("sealing") ? 1 : 0) - 1
                == 2,
            "\(list.stdout)"
        )
        #expect(list.stdout.contains("sealing (current) CN=second sealing key"), "\(list.stdout)")
        #expect(
            list.stdout.contains("served: 2026-11-20") && list.stdout.contains("served: 2026-11-21"),
            "\(list.stdout)"
        )
        let configuration =
            try JSONSerialization.jsonObject(
                with: Data(try TestEnvironment.read(archive + "/archive.json"))
            ) as? [String: Any]
        #expect(
            (configuration?["seal_certificates"] as? [String])?.count == 2,
            "every sealing certificate stays pinned"
        )
        #expect(try TestEnvironment.qcarchive("reindex", "--archive", archive).status == 0)
    }

    @Test func aRotationToAnUnusableKeyChangesNothing() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = folder + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        let before = try TestEnvironment.read(archive + "/archive.json")
        let one = try Self.sealingKey(in: folder, name: "one", days: 730)
        let other = try Self.sealingKey(in: folder, name: "other", days: 730)
        let mismatched = try TestEnvironment.qcarchive(
            "keys",
            "rotate",
            "--archive",
            archive,
            "--seal-key",
            one.key,
            "--seal-cert",
            other.chain
        )
        #expect(mismatched.status == 1 && mismatched.stderr.contains("does not belong"), "\(mismatched)")
        let usage = try TestEnvironment.qcarchive("keys", "rotate", "--archive", archive, "--seal-key", one.key)
        #expect(usage.status == 64, "\(usage)")
        #expect(try TestEnvironment.read(archive + "/archive.json") == before)
        #expect(!FileManager.default.fileExists(atPath: archive + "/keys/retired"))
    }

    @Test func aKeyWhoseChainDoesNotVerifyIsRefusedAndTwoRotationsKeepBothRetiredKeys() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = folder + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        let one = try Self.sealingKey(in: folder, name: "one", days: 730)
        let other = try Self.sealingKey(in: folder, name: "other", days: 730)
        // The key of "one" with its certificate, but the root of "other": seals that could never verify.
        let wrongRoot = folder + "/one-wrong-root.pem"
        let chain =
            try TestEnvironment.read(folder + "/one.pem") + (try TestEnvironment.read(folder + "/other-root.pem"))
        try TestEnvironment.write(chain, to: wrongRoot)
        let before = try TestEnvironment.read(archive + "/archive.json")
        let refused = try TestEnvironment.qcarchive(
            "keys",
            "rotate",
            "--archive",
            archive,
            "--seal-key",
            one.key,
            "--seal-cert",
            wrongRoot
        )
        #expect(refused.status == 1 && refused.stderr.contains("would not verify"), "\(refused)")
        #expect(try TestEnvironment.read(archive + "/archive.json") == before)

        // Two rotations within one second (a frozen clock): both retired key sets are kept.
        for key in [one, other] {
            let run = try TestEnvironment.run(
                "faketime",
                [
                    "2027-01-01 10:00:00", TestEnvironment.binary, "keys", "rotate", "--archive", archive,
                    "--seal-key", key.key, "--seal-cert", key.chain,
                ]
            )
            #expect(run.status == 0, "\(run)")
        }
        let retired = TestEnvironment.files(under: archive + "/keys/retired").filter { $0.hasSuffix("seal-cert.pem") }
        #expect(retired.count == 2, "\(retired)")
        let list = try TestEnvironment.qcarchive("keys", "list", "--archive", archive)
        #expect(list.stdout.contains("DEMO seal key") && list.stdout.contains("CN=one sealing key"), "\(list.stdout)")
    }
}
