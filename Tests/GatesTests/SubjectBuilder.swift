import Catalog
import CryptoIO
import Foundation
import Gates
import Lifecycle

/// Builds gate subjects from real records (events decoded from drop JSON, certificate records,
/// document versions, CRLs, OCSP answers), starting from a certificate that passes every gate.
struct SubjectBuilder {
    static let issuer = "CN=Example Qualified CA,O=Example Trust Services SA,C=BE"
    var serial = "1a2b"
    var policy = Policy.qcpN
    var subjectType = "natural_person"
    var applicationExtra: [String: Any] = [:]
    var evidenceKinds = ["identity"]
    var registrationTime = "2026-11-20T08:10:00Z"
    var approvalTime = "2026-11-20T08:20:00Z"
    var approvalDecision = "approved"
    var issuanceTime = "2026-11-20T09:00:00Z"
    var includeRegistration = true
    var terms = "terms-6"
    var extraApplicationEvents: [[String: Any]] = []
    var certificateEvents: [[String: Any]] = []
    var keyAlgorithm = "EC"
    var keyBits = 256
    var spki = String(repeating: "aa", count: 32)
    var policyOIDs: [String]? = nil
    var qcStatementIDs: [String]? = nil
    var qcTypes: [String]? = nil
    var notBefore = "2026-11-20T09:00:00Z"
    var notAfter = "2027-11-20T09:00:00Z"
    var crls: [IssuerCRL] = []
    var ocsp: [(producedAt: String, status: String)] = []
    var qscd: [QSCDRecord] = []
    var predecessor: GateSubject.Predecessor? = nil
    var asOf = "2026-12-01T00:00:00Z"
    var usesCRL = true
    var usesOCSP = true

    var ref: CertificateRef { CertificateRef(issuer: Self.issuer, serial: serial) }
    var certificateJSON: [String: Any] { ["issuer": Self.issuer, "serial": serial] }

    static func event(_ fields: [String: Any]) -> LifecycleEvent {
        var fields = fields
        if fields["event_id"] == nil { fields["event_id"] = "t-\(UUID().uuidString.prefix(8))" }
        let data = try! JSONSerialization.data(withJSONObject: fields)
        do {
            return try LifecycleEvent.decode(line: Array(data))
        } catch {
            fatalError("test event \(fields) is invalid: \(error)")
        }
    }

    static func date(_ text: String) -> Date { RFC3339.parse(text)! }

    static let documents: [DocumentID: DocumentVersion] = [
        DocumentID("cps-3"): DocumentVersion(
            documentID: DocumentID("cps-3"),
            kind: "cp_cps",
            version: "3",
            effectiveFrom: "2025-01-01T00:00:00Z",
            effectiveTo: nil,
            policies: Policy.allCases.map(\.rawValue),
            file: "cps.html",
            sha256: String(repeating: "0", count: 64)
        ),
        DocumentID("terms-5"): DocumentVersion(
            documentID: DocumentID("terms-5"),
            kind: "terms",
            version: "5",
            effectiveFrom: "2025-01-01T00:00:00Z",
            effectiveTo: "2026-09-01T00:00:00Z",
            policies: [],
            file: "t5.html",
            sha256: String(repeating: "0", count: 64)
        ),
        DocumentID("terms-6"): DocumentVersion(
            documentID: DocumentID("terms-6"),
            kind: "terms",
            version: "6",
            effectiveFrom: "2026-09-01T00:00:00Z",
            effectiveTo: nil,
            policies: [],
            file: "t6.html",
            sha256: String(repeating: "0", count: 64)
        ),
        DocumentID("pds-2"): DocumentVersion(
            documentID: DocumentID("pds-2"),
            kind: "pds",
            version: "2",
            effectiveFrom: "2025-01-01T00:00:00Z",
            effectiveTo: nil,
            policies: [],
            file: "p.html",
            sha256: String(repeating: "0", count: 64)
        ),
    ]

    func build() -> GateSubject {
        var application: [String: Any] = [
            "type": "application", "time": "2026-11-20T08:00:00Z", "application_id": "app-1", "subject_id": "s-1",
            "subject_type": subjectType, "policy": policy.rawValue, "cp_cps_document": "cps-3",
            "certificate_usage": "esign",
            "qualification_basis": "eIDAS art. 28",
        ]
        application.merge(applicationExtra) { $1 }
        var applicationEvents = [Self.event(application)]
        if includeRegistration {
            applicationEvents.append(
                Self.event([
                    "type": "registration", "time": registrationTime, "application_id": "app-1",
                    "evidence": evidenceKinds.map { ["kind": $0, "method": "in_person"] },
                ])
            )
        }
        applicationEvents.append(
            Self.event([
                "type": "approval", "time": approvalTime, "application_id": "app-1", "decision": approvalDecision,
                "approved_by": "ra-7",
            ])
        )
        applicationEvents += extraApplicationEvents.map { Self.event(["application_id": "app-1"].merging($0) { $1 }) }
        let issuance = Self.event([
            "type": "issuance", "time": issuanceTime, "application_id": "app-1", "certificate": certificateJSON,
            "terms_document": terms, "pds_document": "pds-2",
        ])
        applicationEvents.append(issuance)
        let ownEvents =
            [issuance] + certificateEvents.map { Self.event(["certificate": certificateJSON].merging($0) { $1 }) }

        let types =
            qcTypes ?? [subjectType == "natural_person" ? "esign" : subjectType == "legal_person" ? "eseal" : "web"]
        let ids =
            qcStatementIDs ?? (["0.4.0.1862.1.1", "0.4.0.1862.1.6"] + (policy.requiresQSCD ? ["0.4.0.1862.1.4"] : []))
        let qcJSON = try! JSONSerialization.data(withJSONObject: [
            "statement_ids": ids, "types": types, "unknown_types": [], "pds_locations": [],
        ])
        let certificate = AuditCertificateRecord(
            ref: ref,
            subject: "CN=Subject",
            notBefore: Self.date(notBefore),
            notAfter: Self.date(notAfter),
            der: [1],
            sha256: "c0ffee",
            spkiSHA256: spki,
            issuerVerified: true,
            keyAlgorithm: keyAlgorithm,
            keyBits: keyBits,
            policyOIDs: policyOIDs ?? [policy.oid],
            qcStatementsJSON: String(decoding: qcJSON, as: UTF8.self),
            batchID: BatchID("b1"),
            sourceFile: "certificates/x.der"
        )
        var qscdRecords: [CertificationID: [QSCDRecord]] = [:]
        for record in qscd { qscdRecords[record.certificationID, default: []].append(record) }
        return GateSubject(
            certificate: certificate,
            qcStatements: try? JSONDecoder().decode(QCStatements.self, from: qcJSON),
            applicationID: ApplicationID("app-1"),
            applicationEvents: applicationEvents.sorted { $0.instant < $1.instant },
            certificateEvents: ownEvents.sorted { $0.instant < $1.instant },
            predecessor: predecessor,
            documents: Self.documents,
            qscdRecords: qscdRecords,
            crls: crls,
            ocspAnswers: ocsp.enumerated().map { index, answer in
                OCSPAnswerRecord(
                    answer: OCSPLogEntry(
                        producedAt: answer.producedAt,
                        issuer: Self.issuer,
                        serial: serial,
                        status: answer.status,
                        revocationTime: answer.status == "revoked" ? "2026-11-20T10:00:00Z" : nil,
                        revocationReason: nil,
                        responder: "CN=OCSP"
                    ),
                    source: RecordSource(batchID: BatchID("b1"), file: "status/ocsp/a.jsonl", line: index + 1)
                )
            },
            issuerUsesCRL: usesCRL,
            issuerUsesOCSP: usesOCSP,
            asOf: Self.date(asOf)
        )
    }

    /// The rules that fire on the built subject.
    func rules() -> [String] { GateEngine.evaluate(build()).map(\.rule.rawValue) }

    static func crl(
        _ thisUpdate: String,
        published: String?,
        lists: Bool,
        reason: String? = "keyCompromise",
        number: String = "1"
    ) -> IssuerCRL {
        IssuerCRL(
            sha256: "crl-\(number)",
            crlNumber: number,
            thisUpdate: date(thisUpdate),
            firstPublishedAt: published.map(date),
            listsSerial: lists,
            entryReason: lists ? reason : nil
        )
    }

    /// A revocation request at `received` and the revocation that followed it.
    mutating func revoke(
        received: String = "2026-11-20T10:00:00Z",
        revokedAt: String = "2026-11-20T10:30:00Z",
        reason: String = "keyCompromise",
        authenticated: Bool = true
    ) {
        certificateEvents += [
            [
                "type": "revocation_request", "time": received, "request_id": "r1", "requester": "subscriber",
                "authenticated": authenticated, "received_at": received,
            ],
            ["type": "revocation", "time": revokedAt, "request_id": "r1", "reason": reason, "revoked_at": revokedAt],
        ]
    }
}
