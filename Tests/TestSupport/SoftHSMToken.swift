import Foundation

/// A SoftHSM2 token in a temporary folder (Debian's `softhsm2`, not our code), its keys generated inside
/// it with opensc's `pkcs11-tool`, and certificates for them issued by a test CA with `openssl`: the
/// token's private keys are never outside it. Each token has a store of its own (`SOFTHSM2_CONF`), so
/// tests can remove and restore it without touching another's.
public struct SoftHSMToken: Sendable {
    /// Debian's SoftHSM2 module.
    public static let module: String = {
        let candidates = ["/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"]
        return candidates.first { FileManager.default.fileExists(atPath: $0) } ?? candidates[0]
    }()

    public let folder: String
    public let label: String
    public let pin: String
    /// `SOFTHSM2_CONF`: the configuration naming this token's store.
    public var configuration: String { folder + "/softhsm2.conf" }
    public var store: String { folder + "/tokens" }
    /// What a process needs to reach the token and log in.
    public var environment: [String: String] { ["SOFTHSM2_CONF": configuration, "QCARCHIVE_PKCS11_PIN": pin] }

    /// A key generated in the token.
    public enum KeyType: String, Sendable {
        case p256 = "EC:prime256v1"
        case ed25519 = "EC:edwards25519"
    }

    /// Initialises a token labelled `label` in a new store under `folder`, with `keys` generated in it.
    public static func make(
        in folder: String,
        label: String = "qc-test",
        keys: [(label: String, type: KeyType)]
    ) throws -> SoftHSMToken {
        let token = SoftHSMToken(folder: folder + "/hsm", label: label, pin: "1234-test")
        try FileManager.default.createDirectory(atPath: token.store, withIntermediateDirectories: true)
        try "directories.tokendir = \(token.store)\nobjectstore.backend = file\nlog.level = ERROR\n"
            .write(toFile: token.configuration, atomically: true, encoding: .utf8)
        try token.initialise(keys: keys)
        return token
    }

    /// Another token in the same store (a process that loaded the module sees both).
    public func addToken(label: String, keys: [(label: String, type: KeyType)]) throws -> SoftHSMToken {
        let token = SoftHSMToken(folder: folder, label: label, pin: pin)
        try token.initialise(keys: keys)
        return token
    }

    private func initialise(keys: [(label: String, type: KeyType)]) throws {
        var script = """
            set -e
            softhsm2-util --init-token --free --label \(label) --pin \(pin) --so-pin 5678-test >/dev/null

            """
        for (index, key) in keys.enumerated() {
            script += """
                pkcs11-tool --module \(Self.module) --token-label \(label) --login --pin \(pin) --keypairgen \
                  --key-type \(key.type.rawValue) --label \(key.label) --id \(String(format: "%02x", index + 1)) \
                  >/dev/null

                """
        }
        try shell(script)
    }

    /// `pkcs11:token=<label>;object=<key>`.
    public func uri(_ key: String) -> String { "pkcs11:token=\(label);object=\(key)" }

    /// A certificate for the token's key `key`, issued by a test root made for it (file key, not in the
    /// token): the signer certificate followed by the root, and the root alone.
    /// - Parameter timestamping: a TSA certificate (critical extendedKeyUsage timeStamping).
    public func certificate(
        for key: String,
        subject: String,
        timestamping: Bool = false,
        days: Int = 730
    ) throws -> (chain: String, root: String) {
        let usage =
            timestamping
            ? "keyUsage=critical,digitalSignature\nextendedKeyUsage=critical,timeStamping"
            : "keyUsage=critical,digitalSignature,nonRepudiation"
        try shell(
            """
            set -e
            pkcs11-tool --module \(Self.module) --token-label \(label) --read-object --type pubkey --label \(key) \
              -o \(key).pub.der >/dev/null 2>&1
            openssl pkey -pubin -inform DER -in \(key).pub.der -out \(key).pub.pem
            openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout \(key)-root.key \
              -out \(key)-root.pem -days 7300 -subj "/CN=\(subject) root" \
              -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null
            printf 'basicConstraints=critical,CA:FALSE\n\(usage)\n' > \(key).ext
            openssl req -new -key \(key)-root.key -subj "/CN=\(subject)" 2>/dev/null \
              | openssl x509 -req -CA \(key)-root.pem -CAkey \(key)-root.key -CAcreateserial \
                -force_pubkey \(key).pub.pem -days \(days) -extfile \(key).ext -out \(key).pem 2>/dev/null
            cat \(key).pem \(key)-root.pem > \(key)-chain.pem
            """
        )
        return (folder + "/\(key)-chain.pem", folder + "/\(key)-root.pem")
    }

    /// Takes the token out of its store, as an unplugged device (a new process sees no such token).
    public func remove() throws {
        try FileManager.default.moveItem(atPath: store, toPath: store + ".away")
        try FileManager.default.createDirectory(atPath: store, withIntermediateDirectories: true)
    }

    /// Puts the token back.
    public func restore() throws {
        try FileManager.default.removeItem(atPath: store)
        try FileManager.default.moveItem(atPath: store + ".away", toPath: store)
    }

    private func shell(_ script: String) throws {
        let run = try TestEnvironment.run("bash", ["-c", script], in: folder, environment: environment)
        guard run.status == 0 else { throw FixtureError("SoftHSM2 token: \(run)") }
    }
}

extension SoftHSMToken {
    /// The tokens this test process loads SoftHSM2 with (the module reads `SOFTHSM2_CONF` once, when a
    /// process first initialises it). `qc-test` has P-256 keys `seal` and `twin` (the same label twice:
    /// `twin` and `twin`) and an Ed25519 key `head`; the others, a P-256 key `seal` each, are for tests
    /// that must be alone on their token: `qc-pin` (never logged in with the right PIN), `qc-lost` and
    /// `qc-lost-seal` (their sessions are closed under the key).
    public static let inProcess: [String: SoftHSMToken] = {
        do {
            let token = try make(
                in: try TestEnvironment.temporaryFolder("softhsm-in-process"),
                keys: [("seal", .p256), ("twin", .p256), ("twin", .p256), ("head", .ed25519)]
            )
            var tokens = [token.label: token]
            for label in ["qc-pin", "qc-lost", "qc-lost-seal"] {
                tokens[label] = try token.addToken(label: label, keys: [("seal", .p256)])
            }
            setenv("SOFTHSM2_CONF", token.configuration, 1)
            return tokens
        } catch {
            fatalError("\(error)")
        }
    }()
}
