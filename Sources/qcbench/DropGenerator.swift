import CryptoIO
import Foundation
import Lifecycle
import Storage

/// Writes a large, deterministic drop per SPEC "The drop" for benchmarks: certificates over all
/// seven policies with their full pre-issuance history, 5% revocations with CRLs, publications and
/// OCSP lines, documents and QSCD records. Ed25519 keys come from seeds and Ed25519 signatures are
/// deterministic (RFC 8032), so the same arguments give the same bytes.
struct DropGenerator {
    var certificates: Int
    var night: Int
    var ocspLines: Int
    var out: String

    static let day = Date(timeIntervalSince1970: 1_795_132_800)  // 2026-11-20T00:00:00Z
    static let policies = Policy.allCases

    func seed(_ label: String) -> [UInt8] { SHA256Digest.of("qcbench/" + label).bytes }

    func run() throws -> (certificates: Int, events: Int, ocspLines: Int) {
        try? FileManager.default.removeItem(atPath: out)
        for folder in ["certificates/ca", "events", "documents", "status/crl", "status/ocsp", "qscd"] {
            try FileIO.makeDirectory(out + "/" + folder)
        }
        let night = Self.day.addingTimeInterval(Double(self.night - 1) * 86_400)
        let caKey = try PrivateKey.ed25519(seed: seed("ca"))
        let ca = try CertificateBuilder(
            subject: [("C", "BE"), ("O", "Bench Trust Services SA"), ("CN", "Bench Qualified CA")],
            notBefore: Self.day.addingTimeInterval(-3 * 365 * 86_400),
            notAfter: Self.day.addingTimeInterval(10 * 365 * 86_400),
            extensions: [("basicConstraints", "critical,CA:TRUE"), ("keyUsage", "critical,keyCertSign,cRLSign")],
            serial: [1]
        ).issue(for: caKey, issuer: nil, issuerKey: caKey)
        try FileIO.writeAtomically(ca.pem, to: out + "/certificates/ca/bench-ca.pem")
        let issuer = ca.subject
        try FileIO.writeAtomically(
            Array(
                ("{\"batch_id\":\"bench-night-\(self.night)\",\"source\":\"qcbench\","
                    + "\"cutoff\":\"\(RFC3339.format(night.addingTimeInterval(86_399)))\"}\n").utf8
            ),
            to: out + "/batch.json"
        )
        try writeDocuments()
        try FileIO.writeAtomically(
            Array(
                ("{\"certification_id\":\"BENCH-QSCD-1\",\"model\":\"Bench "
                    + "Card\",\"status\":\"certified\",\"from\":\"2024-01-01T00:00:00Z\"}\n").utf8
            ),
            to: out + "/qscd/registry.jsonl"
        )

        var events = ""
        events.reserveCapacity(certificates * 1_500)
        var eventCount = 0
        var revoked: [(serial: String, at: Date)] = []
        var ocsp = ""
        var ocspCount = 0
        let offset = (self.night - 1) * certificates  // night 2 continues the serials
        let answersPerCertificate = max(1, ocspLines / max(1, certificates))
        for index in 0..<certificates {
            let number = offset + index
            let policy = Self.policies[number % Self.policies.count]
            let planted = PlantedViolation.of(number, policy: policy)
            let serial = String(0x1000_0000 + number, radix: 16)
            let app = "bench-app-\(number)"
            let at = night.addingTimeInterval(Double(index % 80_000))
            let key = try PrivateKey.ed25519(seed: seed("subscriber/\(number)"))
            let certificate = try CertificateBuilder(
                subject: [("C", "BE"), ("CN", "Bench Subject \(number)")],
                notBefore: at.addingTimeInterval(600),
                notAfter: at.addingTimeInterval(365 * 86_400),
                extensions: [
                    ("basicConstraints", "critical,CA:FALSE"),
                    (
                        "2.5.29.32",
                        "DER:" + Self.policiesDER(planted == .iss001 ? Self.policies[(number + 1) % 7] : policy)
                    ),
                    ("1.3.6.1.5.5.7.1.3", "DER:" + Self.qcStatementsDER(policy, planted: planted)),
                ],
                serial: Hex.decode(serial.count % 2 == 0 ? serial : "0" + serial)
            ).issue(for: key, issuer: ca, issuerKey: caKey)
            try FileIO.writeStaging(certificate.der, to: "\(out)/certificates/\(serial).der")
            let ref = "{\"issuer\":\"\(issuer)\",\"serial\":\"\(serial)\"}"
            let t = { (seconds: Double) in RFC3339.format(at.addingTimeInterval(seconds)) }
            let subjectType =
                planted == .pol002 ? Self.otherSubjectType(policy.subjectType) : policy.subjectType.rawValue
            let evidence =
                switch policy.subjectType {
                case _ where planted == .reg001: "[]"
                case .naturalPerson: "[{\"kind\":\"identity\",\"method\":\"video\"}]"
                case .legalPerson:
                    "[{\"kind\":\"legal_identity\",\"method\":\"register\"},{\"kind\":\"authorized_representative\","
                        + "\"method\":\"mandate\"}]"
                case .website:
                    "[{\"kind\":\"legal_identity\",\"method\":\"register\"},{\"kind\":\"domain_control\","
                        + "\"method\":\"dns\"}]"
                }
            let spki = SHA256Digest.of(certificate.subjectPublicKeyInfo + (planted == .iss006 ? [0] : [])).hex
            let decision = planted == .app001 ? "rejected" : "approved"
            let terms = planted == .iss005 ? "bench-terms-2" : "bench-terms-1"
            let revokedAnswerAt: Double = planted == .rev002 ? 3_600 + 25 * 3_600 : 3_960  // REV-002: a day late
            var lines = [
                "{\"event_id\":\"\(app)-1\",\"type\":\"application\",\"time\":\"\(t(0))\","
                    + "\"application_id\":\"\(app)\",\"subject_id\":\"s-\(number)\","
                    + "\"subject_type\":\"\(subjectType)\","
                    + "\"policy\":\"\(policy.rawValue)\","
                    + "\"cp_cps_document\":\"\(planted == .pol001 ? "bench-terms-1" : "bench-cps-1")\","
                    + "\"certificate_usage\":\"bench\",\"qualification_basis\":\"eIDAS\","
                    + (planted == .reg002 ? "\"key_generation\":\"subscriber\"," : "")
                    + "\"spki_sha256\":\"\(spki)\"}",
                "{\"event_id\":\"\(app)-2\",\"type\":\"registration\",\"time\":\"\(t(60))\","
                    + "\"application_id\":\"\(app)\",\"evidence\":\(evidence)}",
                "{\"event_id\":\"\(app)-3\",\"type\":\"approval\",\"time\":\"\(t(120))\",\"application_id\":\"\(app)\","
                    + "\"decision\":\"\(decision)\",\"approved_by\":\"ra-\(number % 17)\"}",
                "{\"event_id\":\"\(app)-4\",\"type\":\"subscriber_agreement\",\"time\":\"\(t(180))\","
                    + "\"application_id\":\"\(app)\",\"terms_document\":\"bench-terms-1\"}",
            ]
            if planted == .rec001 { lines.remove(at: 2) }  // no approval
            if policy.requiresQSCD && planted != .qsc001 {
                lines.append(
                    "{\"event_id\":\"\(app)-5\",\"type\":\"qscd_verification\",\"time\":\"\(t(240))\","
                        + "\"application_id\":\"\(app)\",\"certification_id\":\"BENCH-QSCD-1\","
                        + "\"key_generated_in_qscd\":true}"
                )
            }
            lines.append(
                "{\"event_id\":\"\(app)-6\",\"type\":\"issuance\",\"time\":\"\(t(600))\",\"application_id\":\"\(app)\","
                    + "\"certificate\":\(ref),\"terms_document\":\"\(terms)\","
                    + "\"pds_document\":\"bench-pds-1\"}"
            )
            let willBeRevoked = number % 20 == 0
            // A revoked certificate's responder answers good only before the revocation (REV-003).
            for answer in 0..<(willBeRevoked ? 1 : answersPerCertificate) {
                ocspCount += 1
                ocsp +=
                    "{\"produced_at\":\"\(t(900 + Double(answer) * 3_600))\",\"issuer\":\"\(issuer)\","
                    + "\"serial\":\"\(serial)\",\"status\":\"good\",\"responder\":\"ocsp-bench\"}\n"
            }
            if willBeRevoked {  // 5% are revoked the same night, in time
                ocspCount += 1
                lines.append(
                    "{\"event_id\":\"\(app)-7\",\"type\":\"revocation_request\",\"time\":\"\(t(3_600))\","
                        + "\"certificate\":\(ref),\"request_id\":\"r-\(number)\",\"requester\":\"subscriber\","
                        + "\"authenticated\":\(planted != .rev001),\"received_at\":\"\(t(3_600))\"}"
                )
                lines.append(
                    "{\"event_id\":\"\(app)-8\",\"type\":\"revocation\",\"time\":\"\(t(3_900))\","
                        + "\"certificate\":\(ref),\"request_id\":\"r-\(number)\",\"reason\":\"superseded\","
                        + "\"revoked_at\":\"\(t(3_900))\"}"
                )
                if planted == .rev003 {  // good after the revocation: a reinstatement
                    ocspCount += 1
                    ocsp +=
                        "{\"produced_at\":\"\(t(5_000))\",\"issuer\":\"\(issuer)\",\"serial\":\"\(serial)\","
                        + "\"status\":\"good\",\"responder\":\"ocsp-bench\"}\n"
                }
                ocsp +=
                    "{\"produced_at\":\"\(t(revokedAnswerAt))\",\"issuer\":\"\(issuer)\",\"serial\":\"\(serial)\","
                    + "\"status\":\"revoked\",\"revocation_time\":\"\(t(3_900))\",\"revocation_reason\":\"superseded\","
                    + "\"responder\":\"ocsp-bench\"}\n"
                revoked.append((serial, at.addingTimeInterval(3_900)))
            }
            eventCount += lines.count
            events += lines.joined(separator: "\n") + "\n"
        }
        try FileIO.writeAtomically(Array(events.utf8), to: out + "/events/ra.jsonl")
        try FileIO.writeAtomically(Array(ocsp.utf8), to: out + "/status/ocsp/bench-responder.jsonl")
        // One CRL at the end of the night listing every revocation so far (earlier nights' too:
        // a later CRL without them would be a reinstatement), published at once.
        for earlier in stride(from: 0, to: offset, by: 20) {
            let earlierNight = Self.day.addingTimeInterval(Double(earlier / certificates) * 86_400)
            revoked.append(
                (
                    String(0x1000_0000 + earlier, radix: 16),
                    earlierNight.addingTimeInterval(Double((earlier % certificates) % 80_000) + 3_900)
                )
            )
        }
        let crlTime = night.addingTimeInterval(86_000)
        let crl = try RevocationListBuilder(
            thisUpdate: crlTime,
            nextUpdate: crlTime.addingTimeInterval(86_400),
            crlNumber: 1_000 + self.night,
            entries: revoked.map { ($0.serial, $0.at, 4) }
        ).issue(issuer: ca, key: caKey)
        try FileIO.writeAtomically(crl, to: out + "/status/crl/bench-\(self.night).crl")
        try FileIO.writeAtomically(
            Array(
                ("{\"crl\":\"bench-\(self.night).crl\","
                    + "\"published_at\":\"\(RFC3339.format(crlTime.addingTimeInterval(60)))\","
                    + "\"distribution_point\":\"http://crl.bench.example/ca.crl\"}\n").utf8
            ),
            to: out + "/status/crl-publications.jsonl"
        )
        return (certificates, eventCount, ocspCount)
    }

    private func writeDocuments() throws {
        // bench-terms-2 comes into force only in 2030: recorded at issuance, it breaks ISS-005.
        for (id, kind, from) in [
            ("bench-cps-1", "cp_cps", "2024"), ("bench-terms-1", "terms", "2024"), ("bench-pds-1", "pds", "2024"),
            ("bench-terms-2", "terms", "2030"),
        ] {
            let file = Array("<html><body>\(id)</body></html>\n".utf8)
            try FileIO.writeAtomically(file, to: "\(out)/documents/\(id).html")
            let policies = Policy.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ",")
            try FileIO.writeAtomically(
                Array(
                    ("{\"document_id\":\"\(id)\",\"kind\":\"\(kind)\",\"version\":\"1\","
                        + "\"effective_from\":\"\(from)-01-01T00:00:00Z\",\"policies\":[\(policies)],"
                        + "\"file\":\"\(id).html\",\"sha256\":\"\(SHA256Digest.of(file).hex)\"}\n").utf8
                ),
                to: "\(out)/documents/\(id).json"
            )
        }
    }

    /// certificatePolicies { policy OID } as hex DER.
    static func policiesDER(_ policy: Policy) -> String {
        let oid = objectIdentifier(policy.oid)
        return Hex.encode(tlv(0x30, tlv(0x30, oid)))
    }

    /// qcStatements: QcCompliance, QcType for the subject type, QcSSCD on the -qscd policies (each
    /// wrong for the certificate that is to break ISS-002, ISS-004 or ISS-003).
    static func qcStatementsDER(_ policy: Policy, planted: PlantedViolation?) -> String {
        let types: [SubjectType: String] = [
            .naturalPerson: "0.4.0.1862.1.6.1", .legalPerson: "0.4.0.1862.1.6.2", .website: "0.4.0.1862.1.6.3",
        ]
        let subjectType =
            planted == .iss004 ? SubjectType(rawValue: otherSubjectType(policy.subjectType))! : policy.subjectType
        var statements: [UInt8] = planted == .iss002 ? [] : tlv(0x30, objectIdentifier("0.4.0.1862.1.1"))
        statements += tlv(0x30, objectIdentifier("0.4.0.1862.1.6") + tlv(0x30, objectIdentifier(types[subjectType]!)))
        if policy.requiresQSCD != (planted == .iss003) { statements += tlv(0x30, objectIdentifier("0.4.0.1862.1.4")) }
        return Hex.encode(tlv(0x30, statements))
    }

    /// The next subject type after `type`: one the policy does not fit.
    static func otherSubjectType(_ type: SubjectType) -> String {
        let all = SubjectType.allCases
        return all[(all.firstIndex(of: type)! + 1) % all.count].rawValue
    }

    static func tlv(_ tag: UInt8, _ content: [UInt8]) -> [UInt8] {
        precondition(content.count < 128, "short form only")
        return [tag, UInt8(content.count)] + content
    }

    static func objectIdentifier(_ text: String) -> [UInt8] {
        let parts = text.split(separator: ".").compactMap { UInt64($0) }
        var out: [UInt8] = [UInt8(parts[0] * 40 + parts[1])]
        for part in parts.dropFirst(2) {
            var chunk: [UInt8] = [UInt8(part & 0x7f)]
            var rest = part >> 7
            while rest > 0 {
                chunk.insert(UInt8(rest & 0x7f) | 0x80, at: 0)
                rest >>= 7
            }
            out += chunk
        }
        return tlv(0x06, out)
    }
}
