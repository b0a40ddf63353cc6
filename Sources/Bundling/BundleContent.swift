import Catalog
import CryptoIO
import Foundation
import Lifecycle

/// The payload of one bundle, assembled from the catalog (SPEC "Bundle": `data/`): the certificate,
/// its lifecycle record, the governing document versions and the status evidence about it.
package enum BundleContent {
    /// Builds the payload files of a certificate's bundle.
    /// - Parameter register: the exception register's latest version of every entry, read once per batch.
    /// - Throws: `BundleError` `.certificateNotFound` when the catalog has no such certificate; `CatalogError`.
    package static func payload(
        for ref: CertificateRef,
        catalog: any EvidenceSource & FindingRegister,
        register: [ExceptionVersion]
    ) throws -> [BagIt.File] {
        guard let certificate = try catalog.certificate(ref) else {
            throw BundleError(.certificateNotFound, "The catalog has no certificate \(ref).")
        }
        let events = try catalog.events(about: ref)
        return [
            BagIt.File(path: "data/certificate.der", bytes: certificate.der),
            BagIt.File(path: "data/certificate.json", bytes: try DocumentJSON.encode(CertificateDocument(certificate))),
            BagIt.File(
                path: "data/lifecycle.json",
                bytes: try DocumentJSON.encode(LifecycleDocument(ref: ref, events: events))
            ),
            BagIt.File(
                path: "data/documents.json",
                bytes: try DocumentJSON.encode(try GoverningDocuments(events: events, catalog: catalog))
            ),
            BagIt.File(
                path: "data/status.json",
                bytes: try DocumentJSON.encode(try StatusEvidence(ref: ref, events: events, catalog: catalog))
            ),
            BagIt.File(
                path: "data/findings.json",
                bytes: try DocumentJSON.encode(
                    try catalog.findings(FindingFilter(certificate: ref)).map(FindingDocument.init)
                )
            ),
            BagIt.File(
                path: "data/exceptions.json",
                bytes: try DocumentJSON.encode(ApplicableExceptions(ref: ref, events: events, register: register))
            ),
        ]
    }
}

/// One entry of `data/findings.json`: a gate finding about the certificate, with the batch that raised
/// it, its state and the batch that resolved it.
package struct FindingDocument: Codable, Sendable {
    var rule: String
    var issuer: String?
    var serial: String?
    var applicationID: String?
    var severity: String
    var message: String
    var evidence: [String]
    var observedAt: String
    var batchID: String
    var policy: String?
    /// Tells findings of one rule about one subject apart (see `FindingRecord.key`); absent when empty.
    var key: String?
    /// "open" or "resolved"; absent in bundles sealed before findings had a state (open).
    var state: String?
    /// The batch whose evidence resolved it; null while open.
    var resolvedBy: String?

    enum CodingKeys: String, CodingKey {
        case rule, issuer, serial
        case applicationID = "application_id"
        case severity, message, evidence
        case observedAt = "observed_at"
        case batchID = "batch_id"
        case policy
        case key = "finding_key"
        case state
        case resolvedBy = "resolved_by_batch"
    }

    package init(_ record: FindingRecord) {
        rule = record.rule
        issuer = record.certificate?.issuer
        serial = record.certificate?.serial
        applicationID = record.applicationID?.rawValue
        severity = record.severity
        message = record.message
        evidence = record.evidence
        observedAt = record.observedAt
        batchID = record.batchID.rawValue
        policy = record.policy
        key = record.key.isEmpty ? nil : record.key
        state = record.state.rawValue
        resolvedBy = record.resolvedBy?.rawValue
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rule, forKey: .rule)
        try container.encode(issuer, forKey: .issuer)  // null, not absent, for an application-only finding
        try container.encode(serial, forKey: .serial)
        try container.encode(applicationID, forKey: .applicationID)
        try container.encode(severity, forKey: .severity)
        try container.encode(message, forKey: .message)
        try container.encode(evidence, forKey: .evidence)
        try container.encode(observedAt, forKey: .observedAt)
        try container.encode(batchID, forKey: .batchID)
        try container.encode(policy, forKey: .policy)
        try container.encodeIfPresent(key, forKey: .key)
        try container.encode(state, forKey: .state)
        try container.encode(resolvedBy, forKey: .resolvedBy)
    }
}

/// `data/exceptions.json`: the exception-register entries (latest versions) whose scope names the
/// certificate or its policy, kept apart from the findings and marked as not coming from EN 319 411-2.
struct ApplicableExceptions: Codable {
    var origin = "not from EN 319 411-2: obligations of the exception register, not lifecycle gates"
    var entries: [ExceptionVersion]

    /// - Parameter register: the latest version of every entry (`latestPerEntry`).
    init(ref: CertificateRef, events: [StoredEvent], register: [ExceptionVersion]) {
        let policy = events.first { $0.event.type == .application && $0.event.certificate == nil }?.event.policy
        entries = register.filter { $0.entry.applies(to: ref, policy: policy) }
    }
}

/// `data/certificate.json`: what was issued, as parsed from the certificate itself.
struct CertificateDocument: Codable {
    var issuer: String
    var serial: String
    var subject: String
    var notBefore: String
    var notAfter: String
    var sha256: String
    var spkiSHA256: String
    var keyAlgorithm: String
    var keyBits: Int
    var policyOIDs: [String]
    var qcStatements: QCStatements?
    var qcStatementsMalformed: String?
    var issuerSignatureVerified: Bool
    var sourceFile: String
    var sourceBatchID: String

    enum CodingKeys: String, CodingKey {
        case issuer, serial, subject
        case notBefore = "not_before"
        case notAfter = "not_after"
        case sha256
        case spkiSHA256 = "spki_sha256"
        case keyAlgorithm = "key_algorithm"
        case keyBits = "key_bits"
        case policyOIDs = "policy_oids"
        case qcStatements = "qc_statements"
        case qcStatementsMalformed = "qc_statements_malformed"
        case issuerSignatureVerified = "issuer_signature_verified"
        case sourceFile = "source_file"
        case sourceBatchID = "source_batch_id"
    }

    init(_ record: AuditCertificateRecord) {
        issuer = record.ref.issuer
        serial = record.ref.serial
        subject = record.subject
        notBefore = RFC3339.format(record.notBefore)
        notAfter = RFC3339.format(record.notAfter)
        sha256 = record.sha256
        spkiSHA256 = record.spkiSHA256
        keyAlgorithm = record.keyAlgorithm
        keyBits = record.keyBits
        policyOIDs = record.policyOIDs
        let json = Data((record.qcStatementsJSON ?? "null").utf8)
        qcStatements = try? JSONDecoder().decode(QCStatements.self, from: json)
        qcStatementsMalformed = (try? JSONDecoder().decode([String: String].self, from: json))?["malformed"]
        issuerSignatureVerified = record.issuerVerified
        sourceFile = record.sourceFile
        sourceBatchID = record.batchID.rawValue
    }
}

/// `data/lifecycle.json`: every event so far, normalized, with where each came from.
struct LifecycleDocument: Codable {
    struct Entry: Codable {
        var event: LifecycleEvent
        var batchID: String
        var file: String
        var line: Int
        enum CodingKeys: String, CodingKey {
            case event
            case batchID = "batch_id"
            case file, line
        }

        static func list(_ events: [StoredEvent]) -> [Entry] {
            events.map { Entry(event: $0.event, batchID: $0.batchID.rawValue, file: $0.file, line: $0.line) }
        }
    }

    var certificate: CertificateRef
    var events: [Entry]

    init(ref: CertificateRef, events: [StoredEvent]) {
        certificate = ref
        self.events = Entry.list(events)
    }
}

/// `data/documents.json`: the CP/CPS, terms and PDS versions the events name. The documents
/// themselves live once in the archive's store (by SHA-256) and travel in packs.
struct GoverningDocuments: Encodable {
    struct Reference: Encodable {
        var eventID: String
        var field: String
        enum CodingKeys: String, CodingKey {
            case eventID = "event_id"
            case field
        }
    }

    struct Entry: Encodable {
        var documentID: String
        /// Nil when the archive has no metadata for the id (the reference is kept, and gates report it).
        var version: DocumentVersion?
        var referencedBy: [Reference]
        enum CodingKeys: String, CodingKey {
            case documentID = "document_id"
            case version = "metadata"
            case referencedBy = "referenced_by"
        }
    }

    var documents: [Entry]

    init(events: [StoredEvent], catalog: any EvidenceSource) throws {
        var references: [DocumentID: [Reference]] = [:]
        for stored in events {
            let event = stored.event
            for (field, id) in event.documentFields {
                references[id, default: []].append(Reference(eventID: event.eventID.rawValue, field: field.name))
            }
        }
        documents = try references.keys.sorted().map { id in
            Entry(documentID: id.rawValue, version: try catalog.document(id), referencedBy: references[id] ?? [])
        }
    }
}

/// `data/status.json`: the status evidence about the certificate: every CRL that lists it with
/// that CRL's publications, and the OCSP answers about it. `good` answers before the first sign of
/// revocation are summarized (count, first, last); every answer from then on is kept whole, since
/// that is what the revocation gates (REV-002, REV-003, REV-004) read.
struct StatusEvidence: Encodable {
    struct OCSPEntry: Encodable {
        var producedAt: String
        var status: String
        var revocationTime: String?
        var revocationReason: String?
        var responder: String
        var batchID: String
        var file: String
        var line: Int?
        enum CodingKeys: String, CodingKey {
            case producedAt = "produced_at"
            case status
            case revocationTime = "revocation_time"
            case revocationReason = "revocation_reason"
            case responder
            case batchID = "batch_id"
            case file, line
        }
    }

    struct GoodSummary: Encodable {
        var count: Int
        var firstProducedAt: String?
        var lastProducedAt: String?
        enum CodingKeys: String, CodingKey {
            case count
            case firstProducedAt = "first_produced_at"
            case lastProducedAt = "last_produced_at"
        }
    }

    struct CRLEntry: Encodable {
        struct Publication: Encodable {
            var publishedAt: String
            var distributionPoint: String
            var batchID: String
            var file: String
            var line: Int?
            enum CodingKeys: String, CodingKey {
                case publishedAt = "published_at"
                case distributionPoint = "distribution_point"
                case batchID = "batch_id"
                case file, line
            }
        }
        var crlSHA256: String
        var crlFile: String
        var crlNumber: String?
        var thisUpdate: String
        var nextUpdate: String?
        var revokedAt: String
        var reason: String?
        var publications: [Publication]
        enum CodingKeys: String, CodingKey {
            case crlSHA256 = "crl_sha256"
            case crlFile = "crl_file"
            case crlNumber = "crl_number"
            case thisUpdate = "this_update"
            case nextUpdate = "next_update"
            case revokedAt = "revoked_at"
            case reason, publications
        }
    }

    var crlListings: [CRLEntry]
    var ocspGoodBeforeRevocation: GoodSummary
    var ocspAnswers: [OCSPEntry]

    enum CodingKeys: String, CodingKey {
        case crlListings = "crl_listings"
        case ocspGoodBeforeRevocation = "ocsp_good_before_revocation"
        case ocspAnswers = "ocsp_answers"
    }

    init(ref: CertificateRef, events: [StoredEvent], catalog: any EvidenceSource) throws {
        crlListings = try catalog.crlListings(of: ref).map { listing in
            CRLEntry(
                crlSHA256: listing.crlSHA256,
                crlFile: listing.crlFile,
                crlNumber: listing.crlNumber,
                thisUpdate: listing.thisUpdate,
                nextUpdate: listing.nextUpdate,
                revokedAt: listing.revokedAt,
                reason: listing.reason,
                publications: listing.publications.map {
                    .init(
                        publishedAt: $0.publishedAt,
                        distributionPoint: $0.distributionPoint,
                        batchID: $0.source.batchID.rawValue,
                        file: $0.source.file,
                        line: $0.source.line
                    )
                }
            )
        }
        let answers = try catalog.ocspAnswers(about: ref)
        // The first sign of revocation: a revocation request or revocation event, or a non-good answer.
        let signs =
            events.compactMap { stored -> Date? in
                switch stored.event.type {
                case .revocationRequest: stored.event.receivedAt.flatMap(RFC3339.parse) ?? stored.event.instant
                case .revocation, .suspension: stored.event.instant
                default: nil
                }
            } + answers.filter { $0.answer.status != "good" }.compactMap { RFC3339.parse($0.answer.producedAt) }
        let boundary = signs.min() ?? .distantFuture
        let before = answers.filter {
            $0.answer.status == "good" && (RFC3339.parse($0.answer.producedAt) ?? .distantPast) < boundary
        }
        ocspGoodBeforeRevocation = GoodSummary(
            count: before.count,
            firstProducedAt: before.first?.answer.producedAt,
            lastProducedAt: before.last?.answer.producedAt
        )
        ocspAnswers = answers.filter {
            !($0.answer.status == "good" && (RFC3339.parse($0.answer.producedAt) ?? .distantPast) < boundary)
        }.map {
            OCSPEntry(
                producedAt: $0.answer.producedAt,
                status: $0.answer.status,
                revocationTime: $0.answer.revocationTime,
                revocationReason: $0.answer.revocationReason,
                responder: $0.answer.responder,
                batchID: $0.source.batchID.rawValue,
                file: $0.source.file,
                line: $0.source.line
            )
        }
    }
}
