import Catalog
import Foundation
import Lifecycle

/// `certificates`: certificates issued in a period (notBefore in `[from, to)`), by policy, with their status at `--to`
/// (or now).
struct CertificatesQuery: NamedQuery {
    let name = "certificates"
    let flags: Set<QueryFlag> = [.policy, .from, .to]
    let summary =
        "Certificates issued in a period (--from, --to) by policy (--policy), with their status at the end of the "
        + "period."

    func run(_ parameters: QueryParameters, catalog: any AnswerSource) throws -> QueryResult {
        let asOf = parameters.to ?? Date()
        let rows = QueryRows { emit in
            try catalog.forEachCertificateSummary(
                policy: parameters.policy?.rawValue,
                from: parameters.from,
                to: parameters.to
            ) { item in try emit(Self.row(item, asOf: asOf)) }
        }
        return QueryResult(
            columns: [
                "issuer", "serial", "subject", "policy", "application_id", "not_before", "not_after", "status",
                "revoked_at",
            ],
            rows: rows,
            tableColumns: ["serial", "policy", "not_before", "status"]
        )
    }

    private static func row(_ item: CertificateSummary, asOf: Date) -> [QueryValue] {
        let status: String
        if let revoked = item.revokedAt.flatMap(RFC3339.parse), revoked <= asOf {
            status = "revoked"
        } else if (RFC3339.parse(item.notAfter) ?? .distantFuture) < asOf {
            status = "expired"
        } else if item.suspended {
            status = "suspended"
        } else {
            status = "valid"
        }
        return [
            .text(item.ref.issuer), .text(item.ref.serial), .text(item.subject), .optional(item.policy),
            .optional(item.applicationID),
            .text(item.notBefore), .text(item.notAfter), .text(status), .optional(item.revokedAt),
        ]
    }
}

/// `revocation-latency`: per revocation, when the request arrived and when CRL and OCSP first showed it.
struct RevocationLatencyQuery: NamedQuery {
    let name = "revocation-latency"
    let flags: Set<QueryFlag> = [.policy, .from, .to]
    let summary =
        "Per revocation: request received, first CRL publication and first OCSP revoked answer, the two delays, over "
        + "24 h (--policy, --from, --to)."

    func run(_ parameters: QueryParameters, catalog: any AnswerSource) throws -> QueryResult {
        func seconds(_ from: String, _ to: String?) -> QueryValue {
            guard let to, let end = RFC3339.parse(to), let start = RFC3339.parse(from) else { return .null }
            return .integer(Int64(end.timeIntervalSince(start).rounded()))
        }
        let asOf = parameters.to ?? Date()
        let rows = QueryRows { emit in
            try catalog.forEachRevocationTiming(
                policy: parameters.policy?.rawValue,
                from: parameters.from,
                to: parameters.to
            ) { item in
                let crl = seconds(item.receivedAt, item.firstCRLPublishedAt)
                let ocsp = seconds(item.receivedAt, item.firstOCSPRevokedAt)
                // Late: a delay over 24 h, or nothing published at all once 24 h have passed.
                let deadlinePassed =
                    (RFC3339.parse(item.receivedAt).map { asOf.timeIntervalSince($0) > 86_400 }) ?? false
                let late = [crl, ocsp].contains {
                    if case .integer(let value) = $0 { value > 86_400 } else { deadlinePassed }
                }
                try emit([
                    .text(item.ref.issuer), .text(item.ref.serial), .optional(item.policy), .text(item.requestID),
                    .text(item.receivedAt), .optional(item.revokedAt),
                    .optional(item.firstCRLPublishedAt), crl, .optional(item.firstOCSPRevokedAt), ocsp, .bool(late),
                ])
            }
        }
        return QueryResult(
            columns: [
                "issuer", "serial", "policy", "request_id", "received_at", "revoked_at", "crl_first_published_at",
                "crl_latency_seconds",
                "ocsp_first_revoked_at", "ocsp_latency_seconds", "over_24h",
            ],
            rows: rows,
            tableColumns: ["serial", "received_at", "crl_latency_seconds", "ocsp_latency_seconds", "over_24h"]
        )
    }
}

/// `qscd-exposure`: certificates that depended on a QSCD certification that was withdrawn or expired.
struct QSCDExposureQuery: NamedQuery {
    let name = "qscd-exposure"
    let flags: Set<QueryFlag> = [.certificationID]
    let summary =
        "Certificates that depended on a withdrawn or expired QSCD certification, and whether they were still valid "
        + "then (--certification-id)."

    func run(_ parameters: QueryParameters, catalog: any AnswerSource) throws -> QueryResult {
        let rows = QueryRows { emit in
            try catalog.forEachQSCDExposure(certificationID: parameters.certificationID) { item in
                let change = RFC3339.parse(item.from) ?? .distantPast
                let revoked = item.revokedAt.flatMap(RFC3339.parse).map { $0 <= change } ?? false
                let valid =
                    !revoked && (RFC3339.parse(item.notBefore) ?? .distantFuture) <= change
                    && change <= (RFC3339.parse(item.notAfter) ?? .distantPast)
                try emit([
                    .text(item.certificationID), .text(item.model), .text(item.status), .text(item.from),
                    .text(item.ref.issuer), .text(item.ref.serial),
                    .text(item.notAfter), .bool(valid),
                ])
            }
        }
        return QueryResult(
            columns: [
                "certification_id", "model", "status", "status_from", "issuer", "serial", "not_after",
                "valid_at_change",
            ],
            rows: rows,
            tableColumns: ["certification_id", "status", "serial", "valid_at_change"]
        )
    }
}

/// `status-beyond-expiry`: revoked certificates past expiry, and whether their status was still published.
struct StatusBeyondExpiryQuery: NamedQuery {
    let name = "status-beyond-expiry"
    let flags: Set<QueryFlag> = [.to]
    let summary =
        "Revoked certificates past expiry (at --to, or now) and the last CRL and OCSP publication of their status "
        + "after expiry."

    func run(_ parameters: QueryParameters, catalog: any AnswerSource) throws -> QueryResult {
        let rows = QueryRows { emit in
            try catalog.forEachStatusBeyondExpiry(asOf: parameters.to ?? Date()) { item in
                try emit([
                    .text(item.ref.issuer), .text(item.ref.serial), .text(item.notAfter), .text(item.revokedAt),
                    .optional(item.lastCRLListingPublishedAt),
                    .optional(item.lastOCSPRevokedAt),
                    .bool(item.lastCRLListingPublishedAt != nil || item.lastOCSPRevokedAt != nil),
                ])
            }
        }
        return QueryResult(
            columns: [
                "issuer", "serial", "not_after", "revoked_at", "last_crl_listing_after_expiry",
                "last_ocsp_revoked_after_expiry", "published_beyond_expiry",
            ],
            rows: rows,
            tableColumns: ["serial", "not_after", "published_beyond_expiry"]
        )
    }
}

/// `coverage`: per policy, what the archive holds.
struct CoverageQuery: NamedQuery {
    let name = "coverage"
    let flags: Set<QueryFlag> = []
    let summary =
        "Per policy: certificates, events, bundles sealed, open findings by rule; the archive's rejected records in "
        + "the last row."

    func run(_ parameters: QueryParameters, catalog: any AnswerSource) throws -> QueryResult {
        let coverage = try catalog.coverage()
        func counts(_ byRule: [String: Int]) -> [QueryValue] {
            [
                .integer(Int64(byRule.values.reduce(0, +))),
                .list(byRule.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }),
            ]
        }
        var rows: [[QueryValue]] = coverage.map { item in
            [
                .text(item.policy), .integer(Int64(item.certificates)), .integer(Int64(item.events)),
                .integer(Int64(item.bundles)),
            ]
                + counts(item.findingsByRule) + [.null]
        }
        // Every finding is in one policy row (its policy or "(unknown)"), so the rows add up to all of them.
        let allByRule = coverage.reduce(into: [String: Int]()) { total, item in
            total.merge(item.findingsByRule, uniquingKeysWith: +)
        }
        rows.append(
            [
                .text("(all)"), .integer(Int64(try catalog.certificateCount())),
                .integer(Int64(try catalog.eventCount())),
                .integer(Int64(try catalog.bundleCount())),
            ] + counts(allByRule) + [.integer(Int64(try catalog.rejectCount()))]
        )
        return QueryResult(
            columns: ["policy", "certificates", "events", "bundles", "findings", "findings_by_rule", "rejects"],
            rows: rows,
            tableColumns: ["policy", "certificates", "events", "bundles", "findings", "rejects"]
        )
    }
}

/// `governing-documents`: which CP/CPS, terms and PDS versions governed each event of a certificate.
struct GoverningDocumentsQuery: NamedQuery {
    let name = "governing-documents"
    let flags: Set<QueryFlag> = [.certificate]
    let summary = "Which CP/CPS, terms and PDS versions governed each event of one certificate (--issuer, --serial)."

    func run(_ parameters: QueryParameters, catalog: any AnswerSource) throws -> QueryResult {
        guard let certificate = parameters.certificate else {
            throw QueryError("governing-documents needs --issuer and --serial.")
        }
        let references = try catalog.documentReferences(certificate: certificate)
        return DocumentRows.result(catalog: catalog) { body in try references.forEach(body) }
    }
}

/// `certificates-under-document`: the certificates whose events name a document version.
struct CertificatesUnderDocumentQuery: NamedQuery {
    let name = "certificates-under-document"
    let flags: Set<QueryFlag> = [.document]
    let summary = "The certificates (and applications) whose events name one CP/CPS, terms or PDS version (--document)."

    func run(_ parameters: QueryParameters, catalog: any AnswerSource) throws -> QueryResult {
        guard let document = parameters.document else {
            throw QueryError("certificates-under-document needs --document.")
        }
        return DocumentRows.result(catalog: catalog) { body in
            try catalog.forEachDocumentReference(naming: document, body)
        }
    }
}

enum DocumentRows {
    /// - Parameter references: calls its argument with each reference, in order.
    static func result(
        catalog: any AnswerSource,
        references: @escaping (_ body: (DocumentReference) throws -> Void) throws -> Void
    ) -> QueryResult {
        let rows = QueryRows { emit in
            var documents: [String: DocumentColumns] = [:]
            var row = [QueryValue](repeating: .null, count: 10)
            try references { reference in
                let document: DocumentColumns
                if let known = documents[reference.documentID] {
                    document = known
                } else {
                    document = DocumentColumns(try catalog.document(DocumentID(reference.documentID)))
                    documents[reference.documentID] = document
                }
                // Reused: an answer walked to its output copies nothing; one collected copies each row.
                row[0] = .optional(reference.ref?.issuer)
                row[1] = .optional(reference.ref?.serial)
                row[2] = .text(reference.eventID)
                row[3] = .text(reference.eventType)
                row[4] = .text(reference.eventTime)
                row[5] = .text(reference.field)
                row[6] = .text(reference.documentID)
                row[7] = document.kind
                row[8] = document.version
                row[9] = document.inForce(at: RFC3339.parse(reference.eventTime) ?? .distantPast)
                try emit(row)
            }
        }
        return QueryResult(
            columns: [
                "issuer", "serial", "event_id", "event_type", "event_time", "field", "document_id", "kind", "version",
                "in_force_at_event",
            ],
            rows: rows,
            tableColumns: ["serial", "event_type", "document_id", "version", "in_force_at_event"]
        )
    }
}

/// What a document reference's row says of the version it names (nil: not in the catalog).
private struct DocumentColumns {
    let kind: QueryValue
    let version: QueryValue
    let window: Range<Date>?

    init(_ document: DocumentVersion?) {
        kind = .optional(document?.kind)
        version = .optional(document?.version)
        window = document.map { document in
            let from = RFC3339.parse(document.effectiveFrom) ?? .distantFuture
            return from..<max(from, document.effectiveTo.flatMap(RFC3339.parse) ?? .distantFuture)
        }
    }

    /// Whether the version was in force at `time`: null when the catalog does not hold it.
    func inForce(at time: Date) -> QueryValue {
        window.map { .bool($0.contains(time)) } ?? .null
    }
}

/// `exceptions`: the obligations from outside EN 319 411-2 the archive holds (the latest version of
/// each register entry), with their scope; a review date passed on an entry not closed is flagged.
struct ExceptionsQuery: NamedQuery {
    let name = "exceptions"
    let flags: Set<QueryFlag> = [.to]
    let summary =
        "Exception-register entries (obligations not from EN 319 411-2) with scope and review date; overdue reviews "
        + "flagged (at --to, or now)."

    func run(_ parameters: QueryParameters, catalog: any AnswerSource) throws -> QueryResult {
        let now = parameters.to ?? Date()
        let rows: [[QueryValue]] = try catalog.exceptionVersions().latestPerEntry.map { version in
            let entry = version.entry
            let review = entry.reviewBy.flatMap { RFC3339.parseDate($0) ?? RFC3339.parse($0) }
            let open = entry.status != "closed" && version.change != .close
            return [
                .text(version.entryID), .integer(Int64(version.version)), .text(entry.sourceType),
                .text(entry.citation), .text(entry.obligation),
                .list(entry.policies ?? []), .list((entry.certificates ?? []).map { "\($0.issuer) \($0.serial)" }),
                .optional(entry.owner),
                .text(version.change == .close ? "closed" : entry.status ?? "active"), .optional(entry.reviewBy),
                .bool(open && review.map { $0 < now } ?? false), .optional(entry.expires),
                .text("not from EN 319 411-2"),
            ]
        }
        return QueryResult(
            columns: [
                "entry_id", "version", "source_type", "citation", "obligation", "policies", "certificates", "owner",
                "status", "review_by",
                "review_overdue", "expires", "origin",
            ],
            rows: rows,
            tableColumns: ["entry_id", "source_type", "status", "review_by", "review_overdue", "citation"]
        )
    }
}

extension QueryValue {
    static func optional(_ text: String?) -> QueryValue { text.map(QueryValue.text) ?? .null }
}
