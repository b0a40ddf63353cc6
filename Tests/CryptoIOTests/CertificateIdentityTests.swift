import CryptoIO
import Foundation
import Testing

/// `CertificateIdentity` reads what OpenSSL's full parse reads, for every serial and name shape.
@Suite struct CertificateIdentityTests {
    static func certificate(serial: [UInt8], organization: String) throws -> SigningCertificate {
        let key = try PrivateKey.generateP256()
        return try CertificateBuilder(
            subject: [("C", "CH"), ("O", organization), ("CN", "Identity Test CA")],
            notBefore: Date(timeIntervalSince1970: 1_700_000_000),
            notAfter: Date(timeIntervalSince1970: 1_900_000_000),
            extensions: [("basicConstraints", "critical,CA:TRUE")],
            serial: serial
        ).issue(for: key, issuer: nil, issuerKey: key)
    }

    @Test(
        arguments: [
            ([0x00], "Plain Trust AG"),
            ([0x01], "Zürich Vertrauensdienste AG"),
            ([0x80], "Comma, Plus+ \"Quoted\" AG"),
            ([0x00, 0x00, 0x0a], "#Hash =Equals AG "),
            (Array(repeating: 0xff, count: 20), "Long Serial AG"),
        ] as [([UInt8], String)]
    )
    func readsTheIssuerAndSerialOpenSSLReads(serial: [UInt8], organization: String) throws {
        let certificate = try Self.certificate(serial: serial, organization: organization)
        let identity = try CertificateIdentity(der: certificate.der)
        #expect(identity.issuer == certificate.issuer)
        #expect(identity.serialHex == certificate.serialHex)
        #expect(identity.issuer.hasPrefix("CN=Identity Test CA,O="))
    }

    @Test(
        arguments: [
            ([0xff, 0x7f], "-81"),  // -129
            ([0x80, 0x00], "-8000"),
            ([0xff], "-1"),
            ([0x7f, 0xff], "7fff"),
        ] as [([UInt8], String)]
    )
    func readsASerialOfAnyEncodingAsOpenSSLDoes(octets: [UInt8], expected: String) throws {
        let der = try Self.certificate(serial: [0x05], organization: "Serial AG").der
        let rewritten = DERFields.replacingSerial(of: der, with: octets)
        let parsed = try SigningCertificate(der: rewritten)
        let identity = try CertificateIdentity(der: rewritten)
        #expect(parsed.serialHex == expected)
        #expect(identity.serialHex == expected)
        #expect(identity.issuer == parsed.issuer)
    }

    @Test func readsAVersion1CertificateWithoutTheVersionField() throws {
        let der = try Self.certificate(serial: [0x2a], organization: "Version One AG").der
        let v1 = DERFields.droppingVersion(of: der)
        #expect(v1.count < der.count)
        let identity = try CertificateIdentity(der: v1)
        let parsed = try SigningCertificate(der: v1)
        #expect(identity.issuer == parsed.issuer)
        #expect(identity.serialHex == parsed.serialHex)
        #expect(identity.serialHex == "2a")
    }

    @Test func refusesWhatIsNotOneWholeCertificate() throws {
        let der = try Self.certificate(serial: [0x07], organization: "Refusal AG").der
        for bytes in [der + [0x00], Array(der.dropLast()), [], [0x30, 0x00], Array("not DER".utf8)] {
            #expect(throws: CryptoIOError.self) { try CertificateIdentity(der: bytes) }
        }
        // A tbsCertificate without its signature AlgorithmIdentifier: neither reading takes it.
        let broken = DERFields.replacingSerial(of: der, with: [0x01], droppingFieldAfter: true)
        #expect(throws: CryptoIOError.self) { try CertificateIdentity(der: broken) }
        #expect(throws: CryptoIOError.self) { try SigningCertificate(der: broken) }
    }

    @Test func aCertificateInBEREncodingIsReadByOpenSSLInstead() throws {
        let certificate = try Self.certificate(serial: [0x33], organization: "Long Form AG")
        // The serial's length in long form (81 01 instead of 01): BER, not DER; OpenSSL keeps it.
        let der = certificate.der
        let serialAt = try #require(Self.serialOffset(in: der))
        let ber = Array(der[..<serialAt]) + [0x02, 0x81, 0x01, 0x33] + Array(der[(serialAt + 3)...])
        let resized = DERFields.growingOuterLengths(of: ber, by: 1)
        let parsed = try SigningCertificate(der: resized)
        #expect(parsed.serialHex == "33")
        let identity = try CertificateIdentity(der: resized)
        #expect(identity.serialHex == "33" && identity.issuer == parsed.issuer)
    }

    /// Where the tbsCertificate's serial INTEGER (02 01 xx) starts.
    static func serialOffset(in der: [UInt8]) -> Int? {
        (0..<(der.count - 2)).first { der[$0] == 0x02 && der[$0 + 1] == 0x01 && der[$0 + 2] == 0x33 }
    }
}

/// Rewrites fields of a DER certificate's tbsCertificate, re-encoding the lengths around them (the
/// signature no longer verifies; parsing does not check it).
enum DERFields {
    struct Element {
        var tag: UInt8
        var content: [UInt8]
        var encoded: [UInt8] { DERFields.encode(tag, content) }
    }

    static func encode(_ tag: UInt8, _ content: [UInt8]) -> [UInt8] {
        guard content.count >= 128 else { return [tag, UInt8(content.count)] + content }
        var length = withUnsafeBytes(of: UInt32(content.count).bigEndian, Array.init)
        while length.first == 0 { length.removeFirst() }
        return [tag, 0x80 | UInt8(length.count)] + length + content
    }

    static func elements(_ bytes: [UInt8]) -> [Element] {
        var out: [Element] = []
        var index = 0
        while index < bytes.count {
            let tag = bytes[index]
            var length = Int(bytes[index + 1])
            var start = index + 2
            if length >= 0x80 {
                let count = length & 0x7f
                length = bytes[start..<(start + count)].reduce(0) { $0 << 8 | Int($1) }
                start += count
            }
            out.append(Element(tag: tag, content: Array(bytes[start..<(start + length)])))
            index = start + length
        }
        return out
    }

    /// The certificate with its tbsCertificate's fields changed by `change`.
    static func rewritingTBS(of der: [UInt8], _ change: (inout [Element]) -> Void) -> [UInt8] {
        var certificate = elements(Array(elements(der)[0].content))
        var tbs = elements(certificate[0].content)
        change(&tbs)
        certificate[0].content = tbs.flatMap(\.encoded)
        return encode(0x30, certificate.flatMap(\.encoded))
    }

    static func replacingSerial(of der: [UInt8], with octets: [UInt8], droppingFieldAfter: Bool = false) -> [UInt8] {
        rewritingTBS(of: der) { tbs in
            let serial = tbs.firstIndex { $0.tag == 0x02 }!
            tbs[serial].content = octets
            if droppingFieldAfter { tbs.remove(at: serial + 1) }
        }
    }

    /// The certificate and tbsCertificate lengths (both in the two-byte long form, 82 xx xx) grown by
    /// `delta`, after a field inside was lengthened by hand.
    static func growingOuterLengths(of bytes: [UInt8], by delta: Int) -> [UInt8] {
        var out = bytes
        for start in [0, 4] where out[start + 1] == 0x82 {
            let length = (Int(out[start + 2]) << 8 | Int(out[start + 3])) + delta
            (out[start + 2], out[start + 3]) = (UInt8(length >> 8), UInt8(length & 0xff))
        }
        return out
    }

    static func droppingVersion(of der: [UInt8]) -> [UInt8] {
        rewritingTBS(of: der) { tbs in tbs.removeAll { $0.tag == 0xa0 } }
    }
}
