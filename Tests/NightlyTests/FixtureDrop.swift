import CryptoIO
import Foundation
import TestSupport

/// A small, valid drop made on the fly: one CA, a few end-entity certificates and their events.
struct FixtureDrop {
    let root: String
    let issuer: String
    var serials: [String] = []
    private let authority: SigningCertificate
    private let authorityKey: PrivateKey

    init(at root: String, certificates count: Int = 3) throws {
        self.root = root
        authorityKey = try PrivateKey.generateP256()
        authority = try CertificateBuilder(
            subject: [("C", "BE"), ("O", "Example Trust Services SA"), ("CN", "Example Qualified CA")],
            notBefore: Date(timeIntervalSince1970: 1_700_000_000),
            notAfter: Date(timeIntervalSince1970: 2_000_000_000),
            extensions: [("basicConstraints", "critical,CA:TRUE"), ("keyUsage", "critical,keyCertSign,cRLSign")]
        ).issue(for: authorityKey, issuer: nil, issuerKey: authorityKey)
        issuer = authority.subject
        try TestEnvironment.write(authority.pem, to: root + "/certificates/ca/qualified-ca.pem")
        try TestEnvironment.write(
            "{\"batch_id\":\"day-1\",\"source\":\"fixture\",\"cutoff\":\"2026-11-20T23:59:59Z\"}\n",
            to: root + "/batch.json"
        )
        var lines: [String] = []
        for index in 1...count {
            let serial = try addCertificate(name: "Subject \(index)", der: index % 2 == 0)
            lines += Self.issuanceHistory(index: index, issuer: issuer, serial: serial)
        }
        try TestEnvironment.write(lines.joined(separator: "\n") + "\n", to: root + "/events/ra.jsonl")
    }

    /// A raw DER OCSP response (by the openssl tool) of this drop's CA about `serial`.
    func ocspResponse(serial: String, revoked: Bool) throws -> [UInt8] {
        let folder = try TestEnvironment.temporaryFolder("ocsp")
        try TestEnvironment.write(authority.pem, to: folder + "/ca.pem")
        try TestEnvironment.write(try authorityKey.pkcs8PEM(), to: folder + "/ca.key")
        return try OCSPFixture.response(
            caPEM: folder + "/ca.pem",
            keyPEM: folder + "/ca.key",
            serial: serial,
            revoked: revoked,
            in: folder
        )
    }

    /// Issues one more certificate into `certificates/` and returns its serial.
    mutating func addCertificate(name: String, der: Bool = false, serial: String? = nil) throws -> String {
        let key = try PrivateKey.generateP256()
        let certificate = try CertificateBuilder(
            subject: [("C", "BE"), ("CN", name)],
            notBefore: Date(timeIntervalSince1970: 1_790_000_000),
            notAfter: Date(timeIntervalSince1970: 1_850_000_000),
            extensions: [("basicConstraints", "critical,CA:FALSE")],
            serial: serial.flatMap { Hex.decode($0.count % 2 == 0 ? $0 : "0" + $0) }
        ).issue(for: key, issuer: authority, issuerKey: authorityKey)
        let serial = certificate.serialHex
        serials.append(serial)
        if der {
            try TestEnvironment.write(certificate.der, to: root + "/certificates/\(serial).der")
        } else {
            try TestEnvironment.write(certificate.pem, to: root + "/certificates/\(serial).pem")
        }
        return serial
    }

    /// application, registration, approval and issuance events of one certificate.
    static func issuanceHistory(index: Int, issuer: String, serial: String) -> [String] {
        let app = "app-\(index)"
        let cert = "{\"issuer\":\"\(issuer)\",\"serial\":\"\(serial)\"}"
        return [
            "{\"event_id\":\"\(app)-1\",\"type\":\"application\",\"time\":\"2026-11-20T08:00:00Z\","
                + "\"application_id\":\"\(app)\",\"subject_id\":\"s\(index)\",\"subject_type\":\"natural_person\","
                + "\"policy\":\"QCP-n\",\"cp_cps_document\":\"cps-3.2\",\"certificate_usage\":\"esign\","
                + "\"qualification_basis\":\"eidas-art-24-1-a\"}",
            "{\"event_id\":\"\(app)-2\",\"type\":\"registration\",\"time\":\"2026-11-20T08:10:00Z\","
                + "\"application_id\":\"\(app)\",\"evidence\":[{\"kind\":\"identity\",\"method\":\"in_person\","
                + "\"sha256\":\"\(String(repeating: "ab", count: 32))\",\"reference\":\"id-\(index)\"}]}",
            "{\"event_id\":\"\(app)-3\",\"type\":\"approval\",\"time\":\"2026-11-20T08:20:00Z\","
                + "\"application_id\":\"\(app)\",\"decision\":\"approved\",\"approved_by\":\"ra-officer-7\"}",
            "{\"event_id\":\"\(app)-4\",\"type\":\"issuance\",\"time\":\"2026-11-20T08:30:00Z\","
                + "\"application_id\":\"\(app)\",\"certificate\":\(cert),\"terms_document\":\"terms-6\","
                + "\"pds_document\":\"pds-en-2\"}",
        ]
    }

    /// A later night's drop at `root`: batch `id`, revoking the certificate at `index`.
    func nextNight(at root: String, id: String, revoking index: Int = 0) throws -> String {
        try TestEnvironment.write("{\"batch_id\":\"\(id)\"}\n", to: root + "/batch.json")
        try TestEnvironment.write(
            Self.revocation(issuer: issuer, serial: serials[index], id: "rev-\(id)") + "\n",
            to: root + "/events/r.jsonl"
        )
        return root
    }

    /// A revocation of one certificate, as a second night would bring it.
    static func revocation(issuer: String, serial: String, id: String) -> String {
        "{\"event_id\":\"\(id)\",\"type\":\"revocation\",\"time\":\"2026-11-21T09:00:00Z\","
            + "\"certificate\":{\"issuer\":\"\(issuer)\",\"serial\":\"\(serial)\"},\"request_id\":\"r-\(id)\","
            + "\"reason\":\"keyCompromise\",\"revoked_at\":\"2026-11-21T09:00:00Z\"}"
    }
}
