import CryptoIO
import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `--tsa-url`: RFC 3161 over HTTP against a loopback TSA that is not our code (`openssl ts -reply`
/// behind Python's http.server), and a clear error with nothing sealed when it is down or wrong.
@Suite(.serialized) struct RemoteTimestampTests {
    /// A TSA key and certificate (critical extendedKeyUsage timeStamping) under a CA, written to `folder`.
    static func tsaFiles(_ folder: String) throws {
        let caKey = try PrivateKey.generateP256()
        let ca = try CertificateBuilder(
            subject: [("CN", "Remote TSA CA")],
            notBefore: Date().addingTimeInterval(-3600),
            notAfter: Date().addingTimeInterval(86_400),
            extensions: [("basicConstraints", "critical,CA:TRUE"), ("keyUsage", "critical,keyCertSign")]
        ).issue(for: caKey, issuer: nil, issuerKey: caKey)
        let key = try PrivateKey.generateP256()
        let leaf = try CertificateBuilder(
            subject: [("CN", "Remote TSA")],
            notBefore: Date().addingTimeInterval(-3600),
            notAfter: Date().addingTimeInterval(86_400),
            extensions: [("basicConstraints", "critical,CA:FALSE"), ("extendedKeyUsage", "critical,timeStamping")]
        ).issue(for: key, issuer: ca, issuerKey: caKey)
        try TestEnvironment.write(try key.pkcs8PEM(), to: folder + "/tsa-key.pem")
        try TestEnvironment.write(leaf.pem, to: folder + "/tsa-cert.pem")
        try TestEnvironment.write(ca.pem, to: folder + "/ca.pem")
    }

    /// Starts the loopback TSA and returns it with its URL.
    static func startTSA(_ folder: String, mode: String, faketime: String? = nil) throws -> (LoopbackServer, String) {
        let server = try LoopbackServer("tsa/tsa_server.py", [folder, mode], faketime: faketime)
        return (server, "http://127.0.0.1:\(server.port)/tsa")
    }

    @Test func aRemoteTSASealsTheBatchAndABadOneSealsNothing() throws {
        let folder = try TestEnvironment.temporaryFolder()
        try Self.tsaFiles(folder)
        let (good, url) = try Self.startTSA(folder, mode: "ok")
        defer { good.stop() }
        let archive = folder + "/archive"
        let initRun = try TestEnvironment.qcarchive(
            "init",
            "--archive",
            archive,
            "--tsa-url",
            url,
            "--tsa-ca",
            folder + "/ca.pem"
        )
        #expect(initRun.status == 0, "\(initRun)")
        let drop = try FixtureDrop(at: folder + "/day1", certificates: 2)
        let run = try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", drop.root)
        #expect(run.status == 0, "\(run)")
        let reply = try TestEnvironment.run(
            "openssl",
            ["ts", "-reply", "-in", archive + "/batches/day-1/timestamp.tsr", "-text"]
        )
        #expect(reply.stdout.contains("2.999.3161.2"), "the policy of the remote TSA, not the local one: \(reply)")
        #expect(try TestEnvironment.qcarchive("verify", "--archive", archive, "--all").status == 0)

        for mode in ["garbage", "wrongtype", "error", "down"] {
            let day = folder + "/night-\(mode)"
            try TestEnvironment.write("{\"batch_id\":\"night-\(mode)\"}\n", to: day + "/batch.json")
            try TestEnvironment.write(
                FixtureDrop.revocation(issuer: drop.issuer, serial: drop.serials[0], id: "rev-\(mode)") + "\n",
                to: day + "/events/r.jsonl"
            )
            var server: LoopbackServer? = nil
            var target = "http://127.0.0.1:9/tsa"  // discard port: nothing listens
            if mode != "down" {
                let started = try Self.startTSA(folder, mode: mode)
                server = started.0
                target = started.1
            }
            var configuration =
                try JSONSerialization.jsonObject(with: Data(TestEnvironment.read(archive + "/archive.json")))
                as? [String: Any] ?? [:]
            configuration["tsa"] = ["kind": "url", "url": target]
            try TestEnvironment.write(
                Array(try JSONSerialization.data(withJSONObject: configuration)),
                to: archive + "/archive.json"
            )
            let failed = try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", day)
            server?.stop()
            #expect(failed.status == 1, "\(mode): \(failed)")
            #expect(
                failed.stderr.contains("time-stamp authority") && failed.stderr.contains("nothing was sealed"),
                "\(mode): \(failed.stderr)"
            )
            // #15 item 11: the import summary and the next step, for the operator at 2 a.m.
            #expect(
                failed.stdout.hasPrefix("Batch night-\(mode) imported, not sealed.\n  drop  "),
                "\(mode): \(failed.stdout)"
            )
            #expect(
                failed.stderr.contains(
                    "When the time-stamp authority answers, run: qcarchive seal --archive \(archive)"
                ),
                "\(mode): \(failed.stderr)"
            )
            #expect(!FileManager.default.fileExists(atPath: archive + "/batches/night-\(mode)/seal.json"), "\(mode)")
            #expect(
                !TestEnvironment.files(under: archive + "/bundles").contains {
                    $0.contains("-v2") || $0.hasSuffix(".staged")
                },
                "\(mode)"
            )
            // Nothing staged stays behind: no bag, no list of bags, no half-named bundle list.
            #expect(TestEnvironment.files(under: archive + "/staging").isEmpty, "\(mode)")
            #expect(
                !TestEnvironment.files(under: archive + "/batches/night-\(mode)").contains { $0.contains(".tmp-") },
                "\(mode)"
            )
        }
        // With the TSA back, `seal` seals what waited.
        var configuration =
            try JSONSerialization.jsonObject(with: Data(TestEnvironment.read(archive + "/archive.json")))
            as? [String: Any] ?? [:]
        configuration["tsa"] = ["kind": "url", "url": url]
        try TestEnvironment.write(
            Array(try JSONSerialization.data(withJSONObject: configuration)),
            to: archive + "/archive.json"
        )
        let resumed = try TestEnvironment.qcarchive("seal", "--archive", archive)
        #expect(resumed.status == 0, "\(resumed)")
        let chain = try TestEnvironment.qcarchive("verify", "--archive", archive, "--all")
        #expect(chain.status == 0, "\(chain)")
        #expect(chain.stdout.contains("day-1 → night-"), "\(chain)")
    }
}
