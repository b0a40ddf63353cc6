import CryptoIO
import Foundation
import TestSupport

/// A CA made for one test, able to issue certificates, CRLs (through Python's cryptography) and
/// OCSP responses (through the openssl tool): real artefacts, made by tools that are not ours.
struct TestPKI {
    let folder: String
    let authority: SigningCertificate
    let authorityKey: PrivateKey
    var issuer: String { authority.subject }

    init(folder: String, name: String = "Example Qualified CA") throws {
        self.folder = folder
        authorityKey = try PrivateKey.generateP256()
        authority = try CertificateBuilder(
            subject: [("C", "BE"), ("O", "Example Trust Services SA"), ("CN", name)],
            notBefore: Date(timeIntervalSince1970: 1_700_000_000),
            notAfter: Date(timeIntervalSince1970: 2_000_000_000),
            extensions: [
                ("basicConstraints", "critical,CA:TRUE"), ("keyUsage", "critical,keyCertSign,cRLSign,digitalSignature"),
                ("subjectKeyIdentifier", "hash"),
            ]
        ).issue(for: authorityKey, issuer: nil, issuerKey: authorityKey)
        try TestEnvironment.write(authority.pem, to: folder + "/ca.pem")
        try TestEnvironment.write(try authorityKey.pkcs8PEM(), to: folder + "/ca.key")
    }

    func issue(_ name: String, extensions: [(String, String)] = []) throws -> SigningCertificate {
        let key = try PrivateKey.generateP256()
        return try CertificateBuilder(
            subject: [("C", "BE"), ("CN", name)],
            notBefore: Date(timeIntervalSince1970: 1_790_000_000),
            notAfter: Date(timeIntervalSince1970: 1_850_000_000),
            extensions: [("basicConstraints", "critical,CA:FALSE")] + extensions
        ).issue(for: key, issuer: authority, issuerKey: authorityKey)
    }

    /// A DER CRL signed by this CA (or by `signer`'s key file) listing `revoked` serials (hex) with reason
    /// keyCompromise; `extensions` is Python adding more to the builder `b` (an issuingDistributionPoint, a
    /// deltaCRLIndicator), written with Python's `cryptography` as a CA's software would.
    func crl(revoked: [String], number: Int, keyFile: String? = nil, extensions: String = "") throws -> [UInt8] {
        let out = folder + "/crl-\(number)-\(UUID().uuidString.prefix(4)).der"
        let script = """
            import sys, datetime
            from cryptography import x509
            from cryptography.hazmat.primitives import hashes, serialization
            ca = x509.load_pem_x509_certificate(open(sys.argv[1],'rb').read())
            key = serialization.load_pem_private_key(open(sys.argv[2],'rb').read(), None)
            now = datetime.datetime(2026, 11, 20, 12, 0, tzinfo=datetime.timezone.utc)
            b = x509.CertificateRevocationListBuilder().issuer_name(ca.subject).last_update(now)
            b = b.next_update(now + datetime.timedelta(days=1))
            b = b.add_extension(x509.CRLNumber(int(sys.argv[4])), critical=False)
            \(extensions)
            for s in sys.argv[5:]:
                r = x509.RevokedCertificateBuilder().serial_number(int(s, 16))
                r = r.revocation_date(now - datetime.timedelta(hours=2))
                r = r.add_extension(x509.CRLReason(x509.ReasonFlags.key_compromise), critical=False)
                b = b.add_revoked_certificate(r.build())
            open(sys.argv[3],'wb').write(b.sign(key, hashes.SHA256()).public_bytes(serialization.Encoding.DER))
            """
        let run = try TestEnvironment.run(
            "python3",
            ["-c", script, folder + "/ca.pem", keyFile ?? folder + "/ca.key", out, String(number)] + revoked
        )
        guard run.status == 0 else { throw TestFailure("could not make a CRL: \(run)") }
        return try TestEnvironment.read(out)
    }

    /// A DER OCSP response by the openssl tool, signed by this CA, for `serial` (hex) as revoked or good.
    func ocspResponse(serial: String, revoked: Bool) throws -> [UInt8] {
        try OCSPFixture.response(
            caPEM: folder + "/ca.pem",
            keyPEM: folder + "/ca.key",
            serial: serial,
            revoked: revoked,
            in: folder
        )
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
