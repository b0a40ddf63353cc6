import Foundation

/// One line of `status/crl-publications.jsonl`: when a CRL file was published where.
package struct CRLPublication: ValidatedRecord, Equatable, Codable {
    package static let recordName = "CRL publication"
    package var crl: String
    package var publishedAt: String
    package var distributionPoint: String

    enum CodingKeys: String, CodingKey {
        case crl
        case publishedAt = "published_at"
        case distributionPoint = "distribution_point"
    }

    package init(crl: String, publishedAt: String, distributionPoint: String) {
        self.crl = crl
        self.publishedAt = publishedAt
        self.distributionPoint = distributionPoint
    }

    package func validate() throws(RejectReason) {
        try IdentifierText.validate([("crl", crl), ("distribution_point", distributionPoint)])
        try RecordDecoding.requireUTC("published_at", publishedAt)
        if crl.isEmpty || crl.contains("/") || crl.contains("..") {
            throw RejectReason(.invalidValue, "The field \"crl\" must name a file of status/crl/, not \"\(crl)\".")
        }
        guard let colon = distributionPoint.firstIndex(of: ":"), colon != distributionPoint.startIndex,
            distributionPoint[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }
            ),
            distributionPoint.first?.isLetter == true, !distributionPoint.contains(" ")
        else {
            throw RejectReason(
                .invalidValue,
                "The field \"distribution_point\" must be a URI, not \"\(distributionPoint)\"."
            )
        }
    }
}

/// One line of an OCSP responder log (`status/ocsp/*.jsonl`).
package struct OCSPLogEntry: ValidatedRecord, Equatable, Codable {
    package static let recordName = "OCSP log line"
    package static let statuses = ["good", "revoked", "unknown"]
    /// RFC 5280 §5.3.1 CRLReason names.
    package static let reasons = [
        "unspecified", "keyCompromise", "cACompromise", "affiliationChanged", "superseded", "cessationOfOperation",
        "certificateHold", "removeFromCRL", "privilegeWithdrawn", "aACompromise",
    ]

    package var producedAt: String
    package var issuer: String
    package var serial: String
    package var status: String
    package var revocationTime: String?
    package var revocationReason: String?
    package var responder: String

    enum CodingKeys: String, CodingKey {
        case producedAt = "produced_at"
        case issuer, serial, status
        case revocationTime = "revocation_time"
        case revocationReason = "revocation_reason"
        case responder
    }

    package init(
        producedAt: String,
        issuer: String,
        serial: String,
        status: String,
        revocationTime: String?,
        revocationReason: String?,
        responder: String
    ) {
        self.producedAt = producedAt
        self.issuer = issuer
        self.serial = serial
        self.status = status
        self.revocationTime = revocationTime
        self.revocationReason = revocationReason
        self.responder = responder
    }

    /// The issuer DN is kept in the form certificates are compared in (`DistinguishedName`).
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        producedAt = try container.decode(String.self, forKey: .producedAt)
        issuer = DistinguishedName.canonical(try container.decode(String.self, forKey: .issuer))
        serial = try container.decode(String.self, forKey: .serial)
        status = try container.decode(String.self, forKey: .status)
        revocationTime = try container.decodeIfPresent(String.self, forKey: .revocationTime)
        revocationReason = try container.decodeIfPresent(String.self, forKey: .revocationReason)
        responder = try container.decode(String.self, forKey: .responder)
    }

    package var certificate: CertificateRef { CertificateRef(issuer: issuer, serial: serial) }

    package func validate() throws(RejectReason) {
        try IdentifierText.validate([("issuer", issuer), ("serial", serial), ("responder", responder)])
        try RecordDecoding.requireUTC("produced_at", producedAt)
        try RecordDecoding.requireUTC("revocation_time", revocationTime)
        try RecordDecoding.requireOneOf("status", status, Self.statuses)
        guard certificate.hasCanonicalSerial, !issuer.isEmpty else {
            throw RejectReason(
                .invalidValue,
                "The serial \"\(serial)\" must be lowercase hex without leading zeros, with an issuer DN."
            )
        }
        try RecordDecoding.requireOneOf("revocation_reason", revocationReason, Self.reasons)
        if status == "revoked", revocationTime == nil {
            throw RejectReason(.missingField, "A revoked OCSP answer needs the field \"revocation_time\".")
        }
    }
}

/// One line of `qscd/*.jsonl`: a QSCD certification's status over `[from, to)`.
package struct QSCDRecord: ValidatedRecord, Equatable, Codable {
    package static let recordName = "QSCD record"
    package static let statuses = ["certified", "withdrawn", "expired"]

    package var certificationID: CertificationID
    package var model: String
    package var status: String
    package var from: String
    package var to: String?

    enum CodingKeys: String, CodingKey {
        case certificationID = "certification_id"
        case model, status, from, to
    }

    package init(certificationID: CertificationID, model: String, status: String, from: String, to: String?) {
        self.certificationID = certificationID
        self.model = model
        self.status = status
        self.from = from
        self.to = to
    }

    package func validate() throws(RejectReason) {
        try IdentifierText.validate([("certification_id", certificationID.rawValue)])
        try RecordDecoding.requireUTC("from", from)
        try RecordDecoding.requireUTC("to", to)
        try RecordDecoding.requireOneOf("status", status, Self.statuses)
        if let to, let end = RFC3339.parse(to), let start = RFC3339.parse(from), end <= start {
            throw RejectReason(.invalidValue, "The QSCD record ends (\(to)) before it starts (\(from)).")
        }
    }
}

/// `documents/*.json`: the metadata of one CP, CPS, terms or PDS version.
package struct DocumentVersion: ValidatedRecord, Equatable, Codable {
    package static let recordName = "document metadata"
    package static let kinds = ["cp", "cps", "cp_cps", "terms", "pds"]

    package var documentID: DocumentID
    package var kind: String
    package var version: String
    package var effectiveFrom: String
    package var effectiveTo: String?
    package var policies: [String]
    package var file: String
    package var sha256: String

    enum CodingKeys: String, CodingKey {
        case documentID = "document_id"
        case kind, version
        case effectiveFrom = "effective_from"
        case effectiveTo = "effective_to"
        case policies, file, sha256
    }

    package init(
        documentID: DocumentID,
        kind: String,
        version: String,
        effectiveFrom: String,
        effectiveTo: String?,
        policies: [String],
        file: String,
        sha256: String
    ) {
        self.documentID = documentID
        self.kind = kind
        self.version = version
        self.effectiveFrom = effectiveFrom
        self.effectiveTo = effectiveTo
        self.policies = policies
        self.file = file
        self.sha256 = sha256
    }

    /// True for the kinds that can govern an application (POL-001).
    package var isPolicyDocument: Bool { ["cp", "cps", "cp_cps"].contains(kind) }

    package func validate() throws(RejectReason) {
        try IdentifierText.validate([("document_id", documentID.rawValue), ("file", file), ("version", version)])
        try RecordDecoding.requireOneOf("kind", kind, Self.kinds)
        try RecordDecoding.requireUTC("effective_from", effectiveFrom)
        try RecordDecoding.requireUTC("effective_to", effectiveTo)
        for policy in policies where Policy(rawValue: policy) == nil {
            throw RejectReason(
                .unknownPolicy,
                "Unknown policy \"\(policy)\"; expected one of "
                    + "\(Policy.allCases.map(\.rawValue).joined(separator: ", "))."
            )
        }
        if file.isEmpty || file.contains("/") || file.contains("..") {
            throw RejectReason(
                .invalidValue,
                "The field \"file\" must name a file beside the metadata in documents/, not \"\(file)\"."
            )
        }
        guard sha256.count == 64, sha256.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
        else {
            throw RejectReason(.invalidValue, "The field \"sha256\" must be 64 lowercase hex digits.")
        }
    }
}
