import CryptoIO
import Foundation
import TestSupport
import Testing

@Suite struct TimeStampTests {
    /// A demo TSA: CA plus a leaf with critical extendedKeyUsage timeStamping.
    static func authority(
        timeStamping: Bool = true
    ) throws -> (tsa: LocalTimeStampAuthority, anchor: SigningCertificate, certificatePEM: [UInt8]) {
        let caKey = try PrivateKey.generateP256()
        let ca = try CertificateBuilder(
            subject: [("CN", "Test TSA CA")],
            notBefore: Date().addingTimeInterval(-3600),
            notAfter: Date().addingTimeInterval(86_400),
            extensions: [("basicConstraints", "critical,CA:TRUE"), ("keyUsage", "critical,keyCertSign")]
        ).issue(for: caKey, issuer: nil, issuerKey: caKey)
        let key = try PrivateKey.generateP256()
        let leaf = try CertificateBuilder(
            subject: [("CN", "Test TSA")],
            notBefore: Date().addingTimeInterval(-3600),
            notAfter: Date().addingTimeInterval(86_400),
            extensions: [("basicConstraints", "critical,CA:FALSE")]
                + (timeStamping ? [("extendedKeyUsage", "critical,timeStamping")] : [])
        ).issue(for: key, issuer: ca, issuerKey: caKey)
        return (try LocalTimeStampAuthority(keyPEM: try key.pkcs8PEM(), certificatePEM: leaf.pem), ca, leaf.pem)
    }

    @Test func aLocalTimeStampVerifiesHereAndWithOpenSSL() throws {
        let (tsa, anchor, _) = try Self.authority()
        let digest = SHA256Digest.of("batch root")
        let request = try TimeStampProtocol.request(for: digest)
        let response = try TimeStampProtocol.verify(
            response: try tsa.respond(to: request.der),
            for: request,
            trustAnchors: [anchor]
        )
        #expect(abs(response.genTime.timeIntervalSinceNow) < 60)
        #expect(
            try TimeStampProtocol.verify(token: response.token, over: digest, trustAnchors: [anchor])
                == response.genTime
        )

        let folder = try TestEnvironment.temporaryFolder()
        try TestEnvironment.write(response.token, to: folder + "/token.tst")
        try TestEnvironment.write(response.der, to: folder + "/response.tsr")
        try TestEnvironment.write(anchor.pem, to: folder + "/ca.pem")
        let token = try TestEnvironment.run(
            "openssl",
            [
                "ts", "-verify", "-digest", digest.hex, "-in", folder + "/token.tst", "-token_in", "-CAfile",
                folder + "/ca.pem",
            ]
        )
        #expect(token.status == 0, "\(token)")
        let reply = try TestEnvironment.run("openssl", ["ts", "-reply", "-in", folder + "/response.tsr", "-text"])
        #expect(
            reply.stdout.contains("Status: Granted") && reply.stdout.contains("Nonce:")
                && reply.stdout.contains("2.999.3161.1"),
            "\(reply)"
        )
    }

    @Test func serialsAreUnique() throws {
        let (tsa, anchor, _) = try Self.authority()
        var serials = Set<String>()
        for index in 0..<20 {
            let request = try TimeStampProtocol.request(for: SHA256Digest.of("\(index)"))
            serials.insert(
                try TimeStampProtocol.verify(
                    response: try tsa.respond(to: request.der),
                    for: request,
                    trustAnchors: [anchor]
                ).serialHex
            )
        }
        #expect(serials.count == 20)
    }

    @Test func refusesAnAnswerToAnotherRequestAWrongDigestAndAnUntrustedTSA() throws {
        let (tsa, anchor, _) = try Self.authority()
        let (_, stranger, _) = try Self.authority()
        let first = try TimeStampProtocol.request(for: SHA256Digest.of("a"))
        let second = try TimeStampProtocol.request(for: SHA256Digest.of("a"))
        let answer = try tsa.respond(to: first.der)
        let nonce = #expect(throws: CryptoIOError.self) {
            try TimeStampProtocol.verify(response: answer, for: second, trustAnchors: [anchor])
        }
        #expect(nonce?.code == .timestampFailed)
        #expect(throws: CryptoIOError.self) {
            try TimeStampProtocol.verify(response: answer, for: first, trustAnchors: [stranger])
        }
        let token = try TimeStampProtocol.verify(response: answer, for: first, trustAnchors: [anchor]).token
        #expect(throws: CryptoIOError.self) {
            try TimeStampProtocol.verify(token: token, over: SHA256Digest.of("b"), trustAnchors: [anchor])
        }
        #expect(throws: CryptoIOError.self) {
            try TimeStampProtocol.verify(response: Array("garbage".utf8), for: first, trustAnchors: [anchor])
        }
    }

    @Test func aTSACertificateWithoutTimeStampingIsRefused() {
        let error = #expect(throws: CryptoIOError.self) { try Self.authority(timeStamping: false) }
        #expect(error?.code == .timestampFailed)
    }
}
