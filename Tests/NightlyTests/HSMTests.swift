import CryptoIO
import Foundation
import Sealing
import TestSupport
import Testing

/// Keys in an HSM (SPEC "Archive folder"; a SoftHSM2 token per test, keys generated inside it): the
/// sealing key, the local TSA's key and the head key sign from the token, independent tools accept the
/// result, no private key is ever in the archive, and each way the HSM fails stops the night with its
/// own message and exit 1, nothing sealed, until the next run seals the batch.
@Suite(.serialized) struct HSMTests {
    static let scanner = TestEnvironment.packageRoot + "/Tests/Fixtures/hsm/scan_private_keys.py"

    /// Every private key the scanner finds under `paths` (files, and members of tar files), one a line.
    static func privateKeys(_ paths: String...) throws -> [String] {
        let run = try TestEnvironment.run("python3", [scanner] + paths)
        #expect(run.status == 0, "\(run)")
        return run.stdout.split(separator: "\n").map(String.init)
    }

    static func qcarchive(_ token: SoftHSMToken, _ arguments: String...) throws -> TestEnvironment.Run {
        try TestEnvironment.run(TestEnvironment.binary, arguments, environment: token.environment)
    }

    /// `init` with `flags` (keys named in the token) through SoftHSM2's module.
    static func initialise(_ token: SoftHSMToken, _ archive: String, _ flags: String...) throws -> TestEnvironment.Run {
        try TestEnvironment.run(
            TestEnvironment.binary,
            ["init", "--archive", archive] + flags + ["--pkcs11-module", SoftHSMToken.module],
            environment: token.environment
        )
    }

    static func sealVerifies(_ archive: String, _ batch: String) throws -> TestEnvironment.Run {
        try TestEnvironment.run(
            "openssl",
            [
                "cms", "-verify", "-binary", "-inform", "DER", "-in", "\(archive)/batches/\(batch)/seal.json.p7s",
                "-content", "\(archive)/batches/\(batch)/seal.json", "-CAfile", archive + "/trust/seal-ca.pem",
                "-purpose", "any", "-out", "/dev/null",
            ]
        )
    }

    @Test func twoNightsSealedTimestampedAndHeadedInTheHSMVerifyWithoutAnyPrivateKeyInTheArchive() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let token = try SoftHSMToken.make(in: folder, keys: [("seal", .p256), ("tsa", .p256), ("head", .ed25519)])
        let seal = try token.certificate(for: "seal", subject: "HSM test sealing key")
        let tsa = try token.certificate(for: "tsa", subject: "HSM test TSA", timestamping: true)
        let archive = folder + "/archive"
        let created = try Self.initialise(
            token,
            archive,
            "--seal-key",
            token.uri("seal"),
            "--seal-cert",
            seal.chain,
            "--tsa",
            "local",
            "--tsa-key",
            token.uri("tsa"),
            "--tsa-cert",
            tsa.chain,
            "--head-key",
            token.uri("head")
        )
        #expect(created.status == 0, "\(created)")
        let configuration = String(decoding: try TestEnvironment.read(archive + "/archive.json"), as: UTF8.self)
        let hsm = try #require(
            (try JSONSerialization.jsonObject(with: Data(configuration.utf8)) as? [String: Any])?["pkcs11"]
                as? [String: String]
        )
        #expect(
            hsm == [
                "module": SoftHSMToken.module, "seal_key": token.uri("seal"), "tsa_key": token.uri("tsa"),
                "head_key": token.uri("head"),
            ]
        )
        #expect(!configuration.contains(token.pin))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: archive + "/keys").sorted()
                == ["seal-cert.pem", "tsa-cert.pem"]
        )

        for day in ["day1", "day2"] {
            let night = try Self.qcarchive(
                token,
                "nightly",
                "--archive",
                archive,
                "--drop",
                TestEnvironment.samples + "/" + day
            )
            #expect(night.status == 3, "\(night)")
            #expect(!night.stdout.contains(token.pin) && !night.stderr.contains(token.pin))
        }
        let verify = try Self.qcarchive(token, "verify", "--archive", archive, "--all")
        #expect(verify.status == 0 && verify.stdout.contains("66 of 66 bundle(s) verified"), "\(verify)")
        let head = try Self.qcarchive(token, "head", "--archive", archive, "--out", folder + "/head.txt")
        #expect(head.status == 0, "\(head)")
        let chain = try Self.qcarchive(token, "verify", "--archive", archive, "--chain", "--head", folder + "/head.txt")
        #expect(chain.status == 0 && chain.stdout.contains("unchanged and in order, the 2 batch(es)"), "\(chain)")

        // openssl: each batch's seal under trust/seal-ca.pem, and its time-stamp by the token's TSA key.
        for batch in ["2026-11-20", "2026-11-21"] {
            let cms = try Self.sealVerifies(archive, batch)
            #expect(cms.status == 0, "\(batch): \(cms)")
            let root = try #require(SealEndToEndTests.seal(archive, batch)["root"] as? String)
            let ts = try TestEnvironment.run(
                "openssl",
                [
                    "ts", "-verify", "-digest", root, "-in", "\(archive)/batches/\(batch)/timestamp.tsr", "-CAfile",
                    archive + "/trust/tsa-ca.pem",
                ]
            )
            #expect(ts.status == 0 && ts.stdout.contains("Verification: OK"), "\(batch): \(ts)")
        }
        // Bouncy Castle validates the evidence records of day 1's bundles under the token's TSA certificate.
        let extracted = folder + "/extracted"
        try FileManager.default.createDirectory(atPath: extracted, withIntermediateDirectories: true)
        let bundles = TestEnvironment.files(under: archive + "/bundles").filter { $0.hasSuffix(".tar.gz") }
        for bundle in bundles.prefix(6) {
            #expect(
                try TestEnvironment.run("tar", ["-xzf", archive + "/bundles/" + bundle, "-C", extracted]).status == 0
            )
        }
        let pairs = try FileManager.default.contentsOfDirectory(atPath: extracted).sorted().flatMap {
            ["\(extracted)/\($0)/seal/evidence-record.ers", "\(extracted)/\($0)/tagmanifest-sha256.txt"]
        }
        let bc = try TestEnvironment.run(
            "java",
            [
                "-cp", SealEndToEndTests.bouncyCastle,
                TestEnvironment.packageRoot + "/Tests/Fixtures/ers/VerifyEvidenceRecord.java", tsa.chain,
            ] + pairs
        )
        #expect(bc.status == 0, "\(bc)")
        #expect(bc.stdout.split(separator: "\n").filter { $0.hasPrefix("ERS valid") }.count == 6, "\(bc)")

        // No private key anywhere in the archive or its handover, files and tar members alike.
        let handover = folder + "/handover.tar"
        let exported = try Self.qcarchive(token, "export", "handover", "--archive", archive, "--out", handover)
        #expect(exported.status == 0, "\(exported)")
        #expect(try Self.privateKeys(archive, handover) == [])
        // The scanner finds them where they are: an archive with file keys shows its three.
        let files = folder + "/file-keys"
        #expect(try TestEnvironment.qcarchive("init", "--archive", files).status == 0)
        #expect(
            try Self.privateKeys(files).map { $0.replacingOccurrences(of: files + "/", with: "") }
                == [
                    "keys/head-key.pem PEM PRIVATE KEY", "keys/seal-key.pem PEM PRIVATE KEY",
                    "keys/tsa-key.pem PEM PRIVATE KEY",
                ]
        )
    }

    @Test func eachHSMFailureStopsTheNightWithItsOwnMessageAndTheNextRunSealsTheBatch() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let token = try SoftHSMToken.make(in: folder, keys: [("seal", .p256)])
        let seal = try token.certificate(for: "seal", subject: "HSM failure sealing key")
        let archive = folder + "/archive"
        let created = try Self.initialise(token, archive, "--seal-key", token.uri("seal"), "--seal-cert", seal.chain)
        #expect(created.status == 0, "\(created)")
        let day1 = TestEnvironment.samples + "/day1"
        let sealed = archive + "/batches/2026-11-20/seal.json"
        var messages: [String] = []
        func fails(_ environment: [String: String], _ expected: String) throws {
            let night = try TestEnvironment.run(
                TestEnvironment.binary,
                ["nightly", "--archive", archive, "--drop", day1],
                environment: environment
            )
            #expect(night.status == 1, "\(expected): \(night)")
            #expect(night.stderr.contains(expected), "\(night)")
            #expect(!FileManager.default.fileExists(atPath: sealed), "nothing sealed: \(expected)")
            #expect(!night.stderr.contains(token.pin) && !night.stderr.contains("0000-wrong"))
            messages.append(night.stderr)
        }
        var wrongPIN = token.environment
        wrongPIN["QCARCHIVE_PKCS11_PIN"] = "0000-wrong"
        try fails(wrongPIN, "The token 'qc-test' refused the PIN")
        var noPIN = token.environment
        noPIN["QCARCHIVE_PKCS11_PIN"] = ""
        try fails(noPIN, "The token 'qc-test' needs a PIN: set QCARCHIVE_PKCS11_PIN")
        try token.remove()
        try fails(token.environment, "No token matching pkcs11:token=qc-test;object=seal is present")
        try token.restore()
        // The key deleted from the token (the store kept aside to put it back).
        let kept = folder + "/store-with-key"
        try FileManager.default.copyItem(atPath: token.store, toPath: kept)
        let deleted = try TestEnvironment.run(
            "pkcs11-tool",
            [
                "--module", SoftHSMToken.module, "--token-label", token.label, "--login", "--pin", token.pin,
                "--delete-object", "--type", "privkey", "--label", "seal",
            ],
            environment: token.environment
        )
        #expect(deleted.status == 0, "\(deleted)")
        try fails(token.environment, "The token 'qc-test' holds no private key matching")
        try FileManager.default.removeItem(atPath: token.store)
        try FileManager.default.moveItem(atPath: kept, toPath: token.store)
        // The module uninstalled: archive.json names a file that is gone.
        let configuration = try TestEnvironment.read(archive + "/archive.json")
        try TestEnvironment.write(
            String(decoding: configuration, as: UTF8.self).replacingOccurrences(
                of: SoftHSMToken.module,
                with: folder + "/uninstalled/libsofthsm2.so"
            ),
            to: archive + "/archive.json"
        )
        try fails(token.environment, "The PKCS#11 module \(folder)/uninstalled/libsofthsm2.so cannot be loaded")
        try TestEnvironment.write(configuration, to: archive + "/archive.json")
        #expect(Set(messages).count == 5, "each failure says its own thing")

        // All back: the same command seals the night, as an uninterrupted run would have.
        let resumed = try Self.qcarchive(token, "nightly", "--archive", archive, "--drop", day1)
        #expect(resumed.status == 3, "\(resumed)")
        #expect(try Self.sealVerifies(archive, "2026-11-20").status == 0)
        let verify = try Self.qcarchive(token, "verify", "--archive", archive, "--all")
        #expect(verify.status == 0 && verify.stdout.contains("verified"), "\(verify)")
    }

    @Test func rotatingFromFileKeysToHSMKeysKeepsEarlierBatchesAndCheckpointsVerifying() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let token = try SoftHSMToken.make(in: folder, keys: [("seal", .p256), ("head", .ed25519)])
        let seal = try token.certificate(for: "seal", subject: "HSM rotation sealing key")
        let archive = folder + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        #expect(
            try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", TestEnvironment.samples + "/day1")
                .status == 3
        )
        #expect(
            try TestEnvironment.qcarchive("head", "--archive", archive, "--out", folder + "/head-1.txt").status == 0
        )
        // The PIN from a pin-source file named in the URI this time: it comes before the environment's,
        // here another token's PIN.
        try TestEnvironment.write(token.pin + "\n", to: folder + "/pin")
        var environment = token.environment
        environment["QCARCHIVE_PKCS11_PIN"] = "0000-other-token"
        let sealURI = token.uri("seal") + "?pin-source=file:\(folder)/pin"
        let headURI = token.uri("head") + "?pin-source=file:\(folder)/pin"
        func rotate(_ uri: String) throws -> TestEnvironment.Run {
            try TestEnvironment.run(
                TestEnvironment.binary,
                [
                    "keys", "rotate", "--archive", archive, "--seal-key", uri, "--seal-cert", seal.chain,
                    "--pkcs11-module", SoftHSMToken.module,
                ],
                environment: environment
            )
        }
        // A PIN file every user can read, or one inside the archive, is refused before anything changes.
        chmod(folder + "/pin", 0o644)
        let readable = try rotate(sealURI)
        #expect(readable.status == 1 && readable.stderr.contains("is readable by every user"), "\(readable)")
        try TestEnvironment.write(token.pin, to: archive + "/pin")
        chmod(archive + "/pin", 0o600)
        let inside = try rotate(token.uri("seal") + "?pin-source=file:\(archive)/pin")
        #expect(inside.status == 1 && inside.stderr.contains("is inside the archive"), "\(inside)")
        try FileManager.default.removeItem(atPath: archive + "/pin")
        #expect(
            !String(decoding: try TestEnvironment.read(archive + "/archive.json"), as: UTF8.self).contains("pkcs11")
        )
        chmod(folder + "/pin", 0o600)
        let rotated = try rotate(sealURI)
        #expect(rotated.status == 0, "\(rotated)")
        let head = try TestEnvironment.run(
            TestEnvironment.binary,
            ["keys", "rotate", "--archive", archive, "--head", "--head-key", headURI],
            environment: environment
        )
        #expect(head.status == 0, "\(head)")
        let keys = try FileManager.default.contentsOfDirectory(atPath: archive + "/keys").sorted()
        #expect(!keys.contains("seal-key.pem") && !keys.contains("head-key.pem") && keys.contains("tsa-key.pem"))
        let retired = try FileManager.default.contentsOfDirectory(atPath: archive + "/keys/retired")
        #expect(
            retired.contains { $0.hasSuffix("-seal-key.pem") } && retired.contains { $0.hasSuffix("-head-key.pem") }
        )

        let night = try TestEnvironment.run(
            TestEnvironment.binary,
            ["nightly", "--archive", archive, "--drop", TestEnvironment.samples + "/day2"],
            environment: environment
        )
        #expect(night.status == 3, "\(night)")
        let verify = try TestEnvironment.qcarchive("verify", "--archive", archive, "--all")
        #expect(verify.status == 0 && verify.stdout.contains("66 of 66 bundle(s) verified"), "\(verify)")
        for batch in ["2026-11-20", "2026-11-21"] {
            #expect(try Self.sealVerifies(archive, batch).status == 0, "\(batch)")
        }
        let signer = try TestEnvironment.run(
            "openssl",
            ["cms", "-cmsout", "-print", "-inform", "DER", "-in", archive + "/batches/2026-11-21/seal.json.p7s"]
        )
        #expect(signer.stdout.contains("HSM rotation sealing key"), "the second night is sealed by the HSM key")
        // The checkpoint before the rotation and one after both verify (trust/head.vkey keeps both keys).
        let second = try TestEnvironment.run(
            TestEnvironment.binary,
            ["head", "--archive", archive, "--out", folder + "/head-2.txt"],
            environment: environment
        )
        #expect(second.status == 0, "\(second)")
        for file in ["head-1.txt", "head-2.txt"] {
            let checked = try TestEnvironment.qcarchive(
                "verify",
                "--archive",
                archive,
                "--chain",
                "--head",
                folder + "/" + file
            )
            #expect(checked.status == 0, "\(file): \(checked)")
        }
        // The same keys through p11-kit's proxy (which loads SoftHSM2 as registered with the system): each is
        // proven through it before archive.json names it; a module without the keys changes nothing.
        let before = try TestEnvironment.read(archive + "/archive.json")
        let nowhere = try TestEnvironment.run(
            TestEnvironment.binary,
            ["keys", "rotate", "--archive", archive, "--pkcs11-module", folder + "/missing.so"],
            environment: environment
        )
        #expect(nowhere.status == 1 && nowhere.stderr.contains("cannot be loaded"), "\(nowhere)")
        #expect(try TestEnvironment.read(archive + "/archive.json") == before)
        let proxy = "/usr/lib/x86_64-linux-gnu/p11-kit-proxy.so"
        let moved = try TestEnvironment.run(
            TestEnvironment.binary,
            ["keys", "rotate", "--archive", archive, "--pkcs11-module", proxy],
            environment: environment
        )
        #expect(moved.status == 0, "\(moved)")
        #expect(String(decoding: try TestEnvironment.read(archive + "/archive.json"), as: UTF8.self).contains(proxy))
        let third = try TestEnvironment.run(
            TestEnvironment.binary,
            ["head", "--archive", archive, "--out", folder + "/head-3.txt"],
            environment: environment
        )
        #expect(third.status == 0, "\(third)")
        let list = try TestEnvironment.qcarchive("keys", "list", "--archive", archive)
        #expect(list.stdout.contains("sealing (current) CN=HSM rotation sealing key"), "\(list)")
        #expect(
            list.stdout.contains("key in the HSM: \(sealURI)") && list.stdout.contains("key in the HSM: \(headURI)")
        )
        #expect(
            try Self.privateKeys(archive).allSatisfy {
                $0.contains("/keys/retired/") || $0.contains("/keys/tsa-key.pem")
            }
        )
    }

    /// The wrong HSM key for a certificate, or a key of the wrong kind, is refused before anything is created.
    @Test func initRefusesAnHSMKeyThatIsNotTheCertificatesOrCannotSealAndCreatesNothing() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let token = try SoftHSMToken.make(in: folder, keys: [("seal", .p256), ("other", .p256), ("head", .ed25519)])
        let seal = try token.certificate(for: "seal", subject: "HSM refusal sealing key")
        let archive = folder + "/archive"
        let another = try Self.initialise(token, archive, "--seal-key", token.uri("other"), "--seal-cert", seal.chain)
        #expect(another.status == 1 && another.stderr.contains("would not verify"), "\(another)")
        let edwards = try Self.initialise(token, archive, "--seal-key", token.uri("head"), "--seal-cert", seal.chain)
        #expect(edwards.status == 1 && edwards.stderr.contains("must be an ECDSA key"), "\(edwards)")
        let notEdwards = try Self.initialise(token, archive, "--head-key", token.uri("seal"))
        #expect(notEdwards.status == 1 && notEdwards.stderr.contains("is no Ed25519 key"), "\(notEdwards)")
        #expect(!FileManager.default.fileExists(atPath: archive), "nothing was created")
    }

    /// The local TSA's key into the HSM, and the sealing key from the HSM back to a file: each night verifies
    /// under its own keys, and archive.json and keys/ say the same thing after each rotation.
    @Test func theTSAKeyMovesIntoTheHSMAndTheSealingKeyBackToAFile() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let token = try SoftHSMToken.make(in: folder, keys: [("seal", .p256), ("tsa", .p256)])
        let seal = try token.certificate(for: "seal", subject: "HSM round-trip sealing key")
        let tsa = try token.certificate(for: "tsa", subject: "HSM round-trip TSA", timestamping: true)
        let archive = folder + "/archive"
        let created = try Self.initialise(token, archive, "--seal-key", token.uri("seal"), "--seal-cert", seal.chain)
        #expect(created.status == 0, "\(created)")
        #expect(!FileManager.default.fileExists(atPath: archive + "/keys/seal-key.pem"))
        let day1 = try Self.qcarchive(
            token,
            "nightly",
            "--archive",
            archive,
            "--drop",
            TestEnvironment.samples + "/day1"
        )
        #expect(day1.status == 3, "\(day1)")
        let tsaRotation = try Self.qcarchive(
            token,
            "keys",
            "rotate",
            "--archive",
            archive,
            "--tsa",
            "local",
            "--tsa-key",
            token.uri("tsa"),
            "--tsa-cert",
            tsa.chain
        )
        #expect(tsaRotation.status == 0, "\(tsaRotation)")
        let file = try KeyRotationTests.sealingKey(in: folder, name: "file", days: 730)
        let sealRotation = try Self.qcarchive(
            token,
            "keys",
            "rotate",
            "--archive",
            archive,
            "--seal-key",
            file.key,
            "--seal-cert",
            file.chain
        )
        #expect(sealRotation.status == 0, "\(sealRotation)")
        let configuration =
            try JSONSerialization.jsonObject(with: Data(try TestEnvironment.read(archive + "/archive.json")))
            as? [String: Any]
        #expect(
            configuration?["pkcs11"] as? [String: String]
                == ["module": SoftHSMToken.module, "tsa_key": token.uri("tsa")]
        )
        let keys = try FileManager.default.contentsOfDirectory(atPath: archive + "/keys").sorted()
        #expect(keys.contains("seal-key.pem") && !keys.contains("tsa-key.pem"), "\(keys)")
        #expect(try TestEnvironment.read(archive + "/keys/seal-key.pem") == (try TestEnvironment.read(file.key)))
        let day2 = try Self.qcarchive(
            token,
            "nightly",
            "--archive",
            archive,
            "--drop",
            TestEnvironment.samples + "/day2"
        )
        #expect(day2.status == 3, "\(day2)")
        // Night 2's time-stamp verifies under the token TSA's own root alone; night 1's (the demo TSA's) does not.
        for (batch, stampedByToken) in [("2026-11-20", false), ("2026-11-21", true)] {
            let root = try #require(SealEndToEndTests.seal(archive, batch)["root"] as? String)
            let ts = try TestEnvironment.run(
                "openssl",
                [
                    "ts", "-verify", "-digest", root, "-in", archive + "/batches/\(batch)/timestamp.tsr", "-CAfile",
                    tsa.root,
                ]
            )
            #expect((ts.status == 0 && ts.stdout.contains("Verification: OK")) == stampedByToken, "\(batch): \(ts)")
        }
        for batch in ["2026-11-20", "2026-11-21"] {
            #expect(try Self.sealVerifies(archive, batch).status == 0, "\(batch)")
        }
        let verify = try TestEnvironment.qcarchive("verify", "--archive", archive, "--all")
        #expect(verify.status == 0 && verify.stdout.contains("66 of 66 bundle(s) verified"), "\(verify)")
    }

    /// The night prints the new head's checkpoint without opening the head key: a key in an HSM is asked
    /// for its PIN by `head`, when the checkpoint is published, not by every night.
    @Test func theNightDoesNotOpenAHeadKeyInTheHSM() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let token = try SoftHSMToken.make(in: folder, keys: [("head", .ed25519)])
        let archive = folder + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        let rotated = try Self.qcarchive(
            token,
            "keys",
            "rotate",
            "--archive",
            archive,
            "--head",
            "--head-key",
            token.uri("head"),
            "--pkcs11-module",
            SoftHSMToken.module
        )
        #expect(rotated.status == 0, "\(rotated)")
        var noPIN = token.environment
        noPIN["QCARCHIVE_PKCS11_PIN"] = ""
        let night = try TestEnvironment.run(
            TestEnvironment.binary,
            ["nightly", "--archive", archive, "--drop", TestEnvironment.samples + "/day1"],
            environment: noPIN
        )
        #expect(night.status == 3 && night.stdout.contains("head              qcarchive/"), "\(night)")
        let head = try TestEnvironment.run(
            TestEnvironment.binary,
            ["head", "--archive", archive, "--out", folder + "/head.txt"],
            environment: noPIN
        )
        #expect(head.status == 1 && head.stderr.contains("needs a PIN"), "\(head)")
        #expect(try Self.qcarchive(token, "head", "--archive", archive, "--out", folder + "/head.txt").status == 0)
    }

    @Test func aSessionLostMidBatchFailsTheSignatureWithoutSealingAndANewSignerSigns() throws {
        let token = SoftHSMToken.inProcess["qc-lost-seal"]!
        let (chain, root) = try token.certificate(for: "seal", subject: "HSM session sealing key")
        let certificatePEM = try TestEnvironment.read(chain)
        func signer() throws -> (LocalKeySigner, HSMKey) {
            let key = try HSMKey(
                token.uri("seal"),
                role: "sealing key",
                module: SoftHSMToken.module,
                environment: ["QCARCHIVE_PKCS11_PIN": token.pin]
            )
            let certificate = try SigningCertificate.all(pem: certificatePEM)[0]
            return (
                try LocalKeySigner(key: try key.privateKey(certificate: certificate), certificatePEM: certificatePEM),
                key
            )
        }
        let (first, key) = try signer()
        let content = Array("seal.json".utf8)
        let anchors = try SigningCertificate.all(pem: try TestEnvironment.read(root))
        _ = try CMSSignature.verify(try first.sign(content), content: content, trustAnchors: anchors)
        key.closeAllSessions()
        #expect {
            try first.sign(content)
        } throws: { error in
            let error = error as? SealingError
            return error?.code == .signingFailed && error?.message.contains("went away") == true
        }
        let (second, _) = try signer()
        _ = try CMSSignature.verify(try second.sign(content), content: content, trustAnchors: anchors)
    }
}
