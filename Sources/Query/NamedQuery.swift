import Catalog
import Foundation
import Lifecycle

/// The parameters a named query may take, validated by the command line before the query runs.
package struct QueryParameters: Sendable, Equatable {
    package var policy: Policy?
    package var from: Date?
    package var to: Date?
    package var rule: String?
    package var certificate: CertificateRef?
    package var document: DocumentID?
    package var certificationID: CertificationID?
    /// Only what this batch raised or resolved (`findings --batch`).
    package var batch: BatchID?
    /// Only findings in these states (`findings --state`; nil: the query's default).
    package var states: Set<FindingState>?
    /// Only rows of these kinds (`timeline --kind`: an event type, `ocsp_good`, or a prefix as `ocsp`).
    package var kinds: [String]?
    /// Every row, routine evidence uncollapsed (`timeline --all`).
    package var all = false

    package init(
        policy: Policy? = nil,
        from: Date? = nil,
        to: Date? = nil,
        rule: String? = nil,
        certificate: CertificateRef? = nil,
        document: DocumentID? = nil,
        certificationID: CertificationID? = nil,
        batch: BatchID? = nil,
        states: Set<FindingState>? = nil
    ) {
        self.states = states
        self.policy = policy
        self.from = from
        self.to = to
        self.rule = rule
        self.certificate = certificate
        self.document = document
        self.certificationID = certificationID
        self.batch = batch
    }
}

/// A flag of `qcarchive query` that a named query may take.
package enum QueryFlag: String, CaseIterable, Sendable, Comparable {
    case policy = "--policy"
    case from = "--from"
    case to = "--to"
    case rule = "--rule"
    case certificate = "--issuer/--serial"
    case document = "--document"
    case certificationID = "--certification-id"
    case batch = "--batch"
    case state = "--state"
    case kind = "--kind"
    case all = "--all"

    package static func < (lhs: QueryFlag, rhs: QueryFlag) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

extension QueryParameters {
    /// The flags these parameters were given.
    package var given: Set<QueryFlag> {
        var flags: Set<QueryFlag> = []
        if policy != nil { flags.insert(.policy) }
        if from != nil { flags.insert(.from) }
        if to != nil { flags.insert(.to) }
        if rule != nil { flags.insert(.rule) }
        if certificate != nil { flags.insert(.certificate) }
        if document != nil { flags.insert(.document) }
        if certificationID != nil { flags.insert(.certificationID) }
        if batch != nil { flags.insert(.batch) }
        if states != nil { flags.insert(.state) }
        if kinds != nil { flags.insert(.kind) }
        if all { flags.insert(.all) }
        return flags
    }
}

/// A question auditors and supervisory bodies ask, answered from the catalog alone (read-only).
package protocol NamedQuery: Sendable {
    /// The name on the command line (`qcarchive query NAME`).
    var name: String { get }
    /// The flags it applies; any other is refused rather than ignored.
    var flags: Set<QueryFlag> { get }
    /// One line for `query --list`.
    var summary: String { get }
    /// - Throws: `QueryError` for parameters it needs and lacks; `CatalogError`.
    func run(_ parameters: QueryParameters, catalog: any AnswerSource) throws -> QueryResult
}

/// A query that cannot run as asked.
package struct QueryError: Error, Sendable, CustomStringConvertible {
    package var message: String
    /// The question names something the archive does not hold (exit 1), rather than being ill-formed (exit 64).
    package var isNotFound = false
    package var description: String { message }
    package init(_ message: String) { self.message = message }

    /// The archive holds no such certificate, document or entry.
    package static func notFound(_ message: String) -> QueryError {
        var error = QueryError(message)
        error.isNotFound = true
        return error
    }
}

/// The named queries of SPEC.md, by name.
package enum QueryCatalog {
    package static let all: [any NamedQuery] = [
        FindingsQuery(), CertificatesQuery(), TimelineQuery(), GoverningDocumentsQuery(),
        CertificatesUnderDocumentQuery(),
        RevocationLatencyQuery(), QSCDExposureQuery(), StatusBeyondExpiryQuery(), ExceptionsQuery(), CoverageQuery(),
    ]

    package static func named(_ name: String) -> (any NamedQuery)? { all.first { $0.name == name } }
}
