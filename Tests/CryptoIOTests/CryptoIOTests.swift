import CryptoIO
import Foundation
import TestSupport
import Testing

@Suite struct SHA256DigestTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    ])
    func matchesFIPS180Vectors(input: String, expected: String) {
        #expect(SHA256Digest.of(input).hex == expected)
    }

    @Test func streamsTheSameDigestAsOneShot() {
        let bytes = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        var hasher = SHA256Hasher()
        for chunk in stride(from: 0, to: bytes.count, by: 4096) {
            hasher.update(Array(bytes[chunk..<min(chunk + 4096, bytes.count)]))
        }
        #expect(hasher.finalize() == SHA256Digest.of(bytes))
    }

    @Test func ordersAsUnsignedBytes() throws {
        let low = try #require(SHA256Digest(hex: "7f" + String(repeating: "0", count: 62)))
        let high = try #require(SHA256Digest(hex: "80" + String(repeating: "0", count: 62)))
        #expect(low < high)
    }

    @Test func rejectsMalformedHex() {
        #expect(SHA256Digest(hex: "abc") == nil)
        #expect(SHA256Digest(hex: String(repeating: "g", count: 64)) == nil)
        #expect(Hex.decode("0A0b") == [0x0a, 0x0b])
    }
}

@Suite struct SigningCertificateTests {
    static func makeAuthority() throws -> (SigningCertificate, PrivateKey) {
        let key = try PrivateKey.generateP256()
        let certificate = try CertificateBuilder(
            subject: [("C", "BE"), ("O", "Example Trust Services SA"), ("CN", "Example Qualified CA")],
            notBefore: Date(timeIntervalSince1970: 1_700_000_000),
            notAfter: Date(timeIntervalSince1970: 1_900_000_000),
            extensions: [("basicConstraints", "critical,CA:TRUE"), ("keyUsage", "critical,keyCertSign,cRLSign")]
        ).issue(for: key, issuer: nil, issuerKey: key)
        return (certificate, key)
    }

    @Test func printsNamesInRFC4514OrderAsOpenSSLDoes() throws {
        let (certificate, _) = try Self.makeAuthority()
        #expect(certificate.subject == "CN=Example Qualified CA,O=Example Trust Services SA,C=BE")
        #expect(certificate.issuer == certificate.subject)
        #expect(certificate.notBefore == Date(timeIntervalSince1970: 1_700_000_000))
        #expect(certificate.notAfter == Date(timeIntervalSince1970: 1_900_000_000))
    }

    @Test func roundTripsThroughPEMAndDERAndTheOpenSSLTool() throws {
        let (certificate, _) = try Self.makeAuthority()
        let fromDER = try SigningCertificate(der: certificate.der)
        let fromPEM = try SigningCertificate(pemOrDER: certificate.pem)
        #expect(fromDER.der == certificate.der)
        #expect(fromPEM.serialHex == certificate.serialHex)
        let folder = try TestEnvironment.temporaryFolder()
        try TestEnvironment.write(certificate.pem, to: folder + "/ca.pem")
        let run = try TestEnvironment.run(
            "openssl",
            ["x509", "-in", folder + "/ca.pem", "-noout", "-serial", "-nameopt", "RFC2253", "-subject"]
        )
        #expect(run.status == 0)
        #expect(run.stdout.contains("subject=CN=Example Qualified CA,O=Example Trust Services SA,C=BE"))
        #expect(
            run.stdout.lowercased().contains("serial=" + certificate.serialHex)
                || run.stdout.lowercased().contains("serial=0" + certificate.serialHex)
        )
    }

    @Test func printsSerialsAsLowercaseHexWithoutLeadingZeros() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let made = try TestEnvironment.run(
            "openssl",
            [
                "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-subj", "/CN=t",
                "-set_serial", "0x00ABCDEF", "-keyout", folder + "/k.pem", "-out", folder + "/c.pem", "-days", "1",
            ]
        )
        #expect(made.status == 0, "\(made)")
        let certificate = try SigningCertificate(pem: TestEnvironment.read(folder + "/c.pem"))
        #expect(certificate.serialHex == "abcdef")
    }

    @Test func verifiesTheIssuerSignatureAndRefusesAnother() throws {
        let (authority, key) = try Self.makeAuthority()
        let (stranger, _) = try Self.makeAuthority()
        let leafKey = try PrivateKey.generateP256()
        let leaf = try CertificateBuilder(
            subject: [("CN", "Alice")],
            notBefore: Date(),
            notAfter: Date().addingTimeInterval(86_400),
            extensions: []
        )
        .issue(for: leafKey, issuer: authority, issuerKey: key)
        #expect(leaf.isSigned(by: authority))
        #expect(!leaf.isSigned(by: stranger))
        #expect(leaf.subjectPublicKeyInfo == (try leafKey.subjectPublicKeyInfo()))
    }

    @Test func rejectsTruncatedAndTrailingDER() throws {
        let (certificate, _) = try Self.makeAuthority()
        let der = certificate.der
        let truncated = #expect(throws: CryptoIOError.self) { try SigningCertificate(der: Array(der.dropLast(10))) }
        #expect(truncated?.code == .parseFailed)
        #expect(throws: CryptoIOError.self) { try SigningCertificate(der: der + [0x00]) }
        #expect(throws: CryptoIOError.self) { try SigningCertificate(pemOrDER: Array("not a certificate".utf8)) }
    }
}

@Suite struct CMSSignatureTests {
    @Test func signsDetachedSoThatOpenSSLVerifies() throws {
        let (authority, authorityKey) = try SigningCertificateTests.makeAuthority()
        let key = try PrivateKey.generateP256()
        let signer = try CertificateBuilder(
            subject: [("CN", "seal")],
            notBefore: Date().addingTimeInterval(-60),
            notAfter: Date().addingTimeInterval(86_400),
            extensions: []
        )
        .issue(for: key, issuer: authority, issuerKey: authorityKey)
        let content = Array("tag manifest\n".utf8)
        let signature = try CMSSignature.sign(content, certificate: signer, key: key)
        let verified = try CMSSignature.verify(signature, content: content, trustAnchors: [authority])
        #expect(verified.subject == "CN=seal" && verified.certificateSHA256 == SHA256Digest.of(signer.der).hex)

        let folder = try TestEnvironment.temporaryFolder()
        try TestEnvironment.write(signature, to: folder + "/sig.p7s")
        try TestEnvironment.write(content, to: folder + "/content")
        try TestEnvironment.write(authority.pem, to: folder + "/ca.pem")
        let run = try TestEnvironment.run(
            "openssl",
            [
                "cms", "-verify", "-binary", "-inform", "DER", "-in", folder + "/sig.p7s", "-content",
                folder + "/content", "-CAfile", folder + "/ca.pem", "-purpose", "any", "-out", "/dev/null",
            ]
        )
        #expect(run.status == 0, "\(run)")
    }

    @Test func refusesChangedContentAndAnUntrustedSigner() throws {
        let (authority, authorityKey) = try SigningCertificateTests.makeAuthority()
        let (other, _) = try SigningCertificateTests.makeAuthority()
        let key = try PrivateKey.generateP256()
        let signer = try CertificateBuilder(
            subject: [("CN", "seal")],
            notBefore: Date().addingTimeInterval(-60),
            notAfter: Date().addingTimeInterval(86_400),
            extensions: []
        )
        .issue(for: key, issuer: authority, issuerKey: authorityKey)
        let signature = try CMSSignature.sign(Array("abc".utf8), certificate: signer, key: key)
        let changed = #expect(throws: CryptoIOError.self) {
            try CMSSignature.verify(signature, content: Array("abd".utf8), trustAnchors: [authority])
        }
        #expect(changed?.code == .verifyFailed)
        #expect(throws: CryptoIOError.self) {
            try CMSSignature.verify(signature, content: Array("abc".utf8), trustAnchors: [other])
        }
        #expect(throws: CryptoIOError.self) {
            try CMSSignature.verify(Array(signature.dropLast(3)), content: Array("abc".utf8), trustAnchors: [authority])
        }
    }

    @Test func aVerifierThatTrustsASignerStillChecksEverySignatureAndRefusesOtherSigners() throws {
        let (authority, authorityKey) = try SigningCertificateTests.makeAuthority()
        let (other, otherKey) = try SigningCertificateTests.makeAuthority()
        func signer(
            _ name: String,
            _ issuer: SigningCertificate,
            _ issuerKey: PrivateKey
        ) throws -> (SigningCertificate, PrivateKey) {
            let key = try PrivateKey.generateP256()
            let certificate = try CertificateBuilder(
                subject: [("CN", name)],
                notBefore: Date().addingTimeInterval(-60),
                notAfter: Date().addingTimeInterval(86_400),
                extensions: []
            )
            .issue(for: key, issuer: issuer, issuerKey: issuerKey)
            return (certificate, key)
        }
        let (seal, sealKey) = try signer("seal", authority, authorityKey)
        let (stranger, strangerKey) = try signer("stranger", other, otherKey)
        let verifier = CMSVerifier(trustAnchors: [authority])
        let first = try CMSSignature.sign(Array("one".utf8), certificate: seal, key: sealKey)
        #expect(try verifier.verify(first, content: Array("one".utf8)).subject == "CN=seal")
        // The signer is now trusted: its next signatures are still checked against their content.
        let second = try CMSSignature.sign(Array("two".utf8), certificate: seal, key: sealKey)
        #expect(try verifier.verify(second, content: Array("two".utf8)).subject == "CN=seal")
        #expect(throws: CryptoIOError.self) { try verifier.verify(second, content: Array("tw0".utf8)) }
        #expect(throws: CryptoIOError.self) {
            try verifier.verify(Array(second.dropLast(3)), content: Array("two".utf8))
        }
        // A signer whose chain does not lead to the anchors is refused, however many were trusted before.
        let foreign = try CMSSignature.sign(Array("two".utf8), certificate: stranger, key: strangerKey)
        #expect(throws: CryptoIOError.self) { try verifier.verify(foreign, content: Array("two".utf8)) }

        // #16: a known signer's next signature is verified with its key, OpenSSL not decoding the
        // certificate again; never where OpenSSL would refuse. Every bit flip of one bit at every byte
        // of a signature, and a changed content, are put to both.
        let content = Array("three".utf8)
        let third = try CMSSignature.sign(content, certificate: seal, key: sealKey)
        let fast = try #require(verifier.verifiedByKnownSigner(third, content: content, at: nil))
        #expect(fast == (try CMSSignature.verify(third, content: content, trustAnchors: [authority])))
        #expect(verifier.verifiedByKnownSigner(third, content: Array("thref".utf8), at: nil) == nil)
        #expect(
            verifier.verifiedByKnownSigner(third, content: content, at: Date(timeIntervalSince1970: 0)) == nil,
            "a chain verified now says nothing of another time"
        )
        #expect(verifier.verifiedByKnownSigner(foreign, content: Array("two".utf8), at: nil) == nil)
        var acceptedChanges = 0
        for index in third.indices {
            for mask: UInt8 in [0x01, 0x80] {
                var changed = third
                changed[index] ^= mask
                guard verifier.verifiedByKnownSigner(changed, content: content, at: nil) != nil else { continue }
                acceptedChanges += 1
                #expect(
                    (try? CMSSignature.verify(changed, content: content, trustAnchors: [authority])) != nil,
                    "byte \(index) of \(third.count) ^ \(mask): accepted by the known-signer path, refused by OpenSSL"
                )
            }
        }
        #expect(acceptedChanges == 0, "no change of an ECDSA signature's bytes should verify")
    }

    @Test func keepsKeysOnlyAsPKCS8PEM() throws {
        let key = try PrivateKey.generateP256()
        let pem = try key.pkcs8PEM()
        #expect(String(decoding: pem, as: UTF8.self).hasPrefix("-----BEGIN PRIVATE KEY-----"))
        #expect(try PrivateKey(pem: pem).subjectPublicKeyInfo() == key.subjectPublicKeyInfo())
        let bad = #expect(throws: CryptoIOError.self) {
            try PrivateKey(pem: Array("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n".utf8))
        }
        #expect(bad?.code == .keyFailed)
    }
}

@Suite struct CertificateProfileTests {
    @Test func decodesPoliciesUnderArcTwoWithLargeSecondArcs() throws {
        let key = try PrivateKey.generateP256()
        // certificatePolicies { 0.4.0.194112.1.2, 2.999.1.1.3 } in DER.
        let certificate = try CertificateBuilder(
            subject: [("CN", "t")],
            notBefore: Date(),
            notAfter: Date().addingTimeInterval(60),
            extensions: [("2.5.29.32", "DER:30143009060704008bec400102300706058837010103")]
        ).issue(for: key, issuer: nil, issuerKey: key)
        #expect(try certificate.policyOIDs() == ["0.4.0.194112.1.2", "2.999.1.1.3"])
    }

    @Test func rejectsAMalformedQcStatementsExtension() {
        let error = #expect(throws: CryptoIOError.self) { try QCStatements(der: [0x30, 0x03, 0x30, 0x01, 0x06]) }
        #expect(error?.code == .parseFailed)
    }
}
