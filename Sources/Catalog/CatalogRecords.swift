import Foundation
import Lifecycle

/// One nightly batch as the catalog knows it.
package struct BatchRecord: Sendable, Equatable {
    package enum State: String, Sendable { case importing, imported, sealed }

    package var id: BatchID
    package var source: String?
    package var cutoff: String?
    package var dropPath: String
    /// SHA-256 over the drop's sorted `path NUL sha256` lines: the same drop gives the same digest.
    package var dropDigest: String
    package var startedAt: Date
    package var sealedAt: Date?
    /// 1, 2, 3, … in the order batches were sealed: the order of the seal chain.
    package var sealOrder: Int?
    package var state: State

    package init(
        id: BatchID,
        source: String?,
        cutoff: String?,
        dropPath: String,
        dropDigest: String,
        startedAt: Date,
        sealedAt: Date? = nil,
        sealOrder: Int? = nil,
        state: State
    ) {
        self.sealOrder = sealOrder
        self.id = id
        self.source = source
        self.cutoff = cutoff
        self.dropPath = dropPath
        self.dropDigest = dropDigest
        self.startedAt = startedAt
        self.sealedAt = sealedAt
        self.state = state
    }
}

/// A file of a drop and where its bytes are kept.
package struct DropFileRecord: Sendable, Equatable {
    package var batchID: BatchID
    package var path: String
    package var sha256: String
    package var size: Int64
    package var kind: String

    package init(batchID: BatchID, path: String, sha256: String, size: Int64, kind: String) {
        self.batchID = batchID
        self.path = path
        self.sha256 = sha256
        self.size = size
        self.kind = kind
    }
}

/// An event as stored: the decoded event, its normalized JSON and where it came from.
package struct StoredEvent: Sendable, Equatable {
    package var event: LifecycleEvent
    /// The event re-encoded with sorted keys and only the contract's fields.
    package var normalizedJSON: String
    /// SHA-256 (hex) of `normalizedJSON`: equal content, equal hash.
    package var contentSHA256: String
    package var batchID: BatchID
    package var file: String
    package var line: Int

    package init(
        event: LifecycleEvent,
        normalizedJSON: String,
        contentSHA256: String,
        batchID: BatchID,
        file: String,
        line: Int
    ) {
        self.event = event
        self.normalizedJSON = normalizedJSON
        self.contentSHA256 = contentSHA256
        self.batchID = batchID
        self.file = file
        self.line = line
    }
}

/// What happened to a record offered to the catalog under its id.
package enum InsertOutcome: Sendable, Equatable {
    case inserted
    /// The same id with the same normalized content is already stored.
    case duplicate
    /// The id is already stored with different content, first seen in this batch.
    case conflict(firstBatch: BatchID, file: String, line: Int)
}

/// An audited (end-entity) certificate as imported from the drop.
package struct AuditCertificateRecord: Sendable, Equatable {
    package var ref: CertificateRef
    package var subject: String
    package var notBefore: Date
    package var notAfter: Date
    package var der: [UInt8]
    package var sha256: String
    package var spkiSHA256: String
    /// True when the signature verified against a CA certificate of the drop or catalog.
    package var issuerVerified: Bool
    /// "RSA", "EC", "Ed25519", …
    package var keyAlgorithm: String
    package var keyBits: Int
    /// certificatePolicies OIDs, in order.
    package var policyOIDs: [String]
    /// The decoded qcStatements as JSON (sorted keys), nil without the extension.
    package var qcStatementsJSON: String?
    package var batchID: BatchID
    package var sourceFile: String

    package init(
        ref: CertificateRef,
        subject: String,
        notBefore: Date,
        notAfter: Date,
        der: [UInt8],
        sha256: String,
        spkiSHA256: String,
        issuerVerified: Bool,
        keyAlgorithm: String,
        keyBits: Int,
        policyOIDs: [String],
        qcStatementsJSON: String?,
        batchID: BatchID,
        sourceFile: String
    ) {
        self.keyAlgorithm = keyAlgorithm
        self.keyBits = keyBits
        self.policyOIDs = policyOIDs
        self.qcStatementsJSON = qcStatementsJSON
        self.ref = ref
        self.subject = subject
        self.notBefore = notBefore
        self.notAfter = notAfter
        self.der = der
        self.sha256 = sha256
        self.spkiSHA256 = spkiSHA256
        self.issuerVerified = issuerVerified
        self.batchID = batchID
        self.sourceFile = sourceFile
    }
}

/// One sealed evidence bundle version of a certificate.
package struct BundleRecord: Sendable, Equatable {
    package var ref: CertificateRef
    package var version: Int
    /// Relative to the archive root.
    package var path: String
    package var tagmanifestSHA256: String
    package var batchID: BatchID

    package init(ref: CertificateRef, version: Int, path: String, tagmanifestSHA256: String, batchID: BatchID) {
        self.ref = ref
        self.version = version
        self.path = path
        self.tagmanifestSHA256 = tagmanifestSHA256
        self.batchID = batchID
    }
}

/// A rejected record of a batch (SPEC report.json `rejects`).
package struct RejectRecord: Sendable, Equatable {
    package var batchID: BatchID
    package var file: String
    package var line: Int?
    package var reasonClass: String
    package var message: String

    package init(batchID: BatchID, file: String, line: Int?, reasonClass: String, message: String) {
        self.batchID = batchID
        self.file = file
        self.line = line
        self.reasonClass = reasonClass
        self.message = message
    }
}

/// A document version and where its metadata came from.
package struct DocumentRecord: Sendable, Equatable {
    package var document: DocumentVersion
    /// SHA-256 of the normalized metadata: equal content, equal hash.
    package var contentSHA256: String
    package var batchID: BatchID
    package var file: String

    package init(document: DocumentVersion, contentSHA256: String, batchID: BatchID, file: String) {
        self.document = document
        self.contentSHA256 = contentSHA256
        self.batchID = batchID
        self.file = file
    }
}

/// A CRL as published, with its entries.
package struct CRLRecord: Sendable, Equatable {
    package struct Entry: Sendable, Equatable {
        package var serial: String
        package var revokedAt: Date
        package var reason: String?
        package init(serial: String, revokedAt: Date, reason: String?) {
            self.serial = serial
            self.revokedAt = revokedAt
            self.reason = reason
        }
    }

    package var sha256: String
    package var issuer: String
    package var crlNumber: String?
    package var thisUpdate: Date
    package var nextUpdate: Date?
    /// The file name in `status/crl/` (what crl-publications.jsonl refers to).
    package var fileName: String
    package var entries: [Entry]
    package var batchID: BatchID
    /// A delta or partitioned CRL's reach; nil for a complete CRL of the whole issuer.
    package var scope: CRLScope?

    package init(
        sha256: String,
        issuer: String,
        crlNumber: String?,
        thisUpdate: Date,
        nextUpdate: Date?,
        fileName: String,
        entries: [Entry],
        batchID: BatchID,
        scope: CRLScope? = nil
    ) {
        self.scope = scope
        self.sha256 = sha256
        self.issuer = issuer
        self.crlNumber = crlNumber
        self.thisUpdate = thisUpdate
        self.nextUpdate = nextUpdate
        self.fileName = fileName
        self.entries = entries
        self.batchID = batchID
    }
}

/// Where a record line came from, for evidence and reject messages.
package struct RecordSource: Sendable, Equatable {
    package var batchID: BatchID
    package var file: String
    package var line: Int?
    package init(batchID: BatchID, file: String, line: Int?) {
        self.batchID = batchID
        self.file = file
        self.line = line
    }
}

/// A certificate's entry on one CRL, with that CRL's publications.
package struct CRLListing: Sendable, Equatable {
    package struct Publication: Sendable, Equatable {
        package var publishedAt: String
        package var distributionPoint: String
        package var source: RecordSource

        package init(publishedAt: String, distributionPoint: String, source: RecordSource) {
            self.publishedAt = publishedAt
            self.distributionPoint = distributionPoint
            self.source = source
        }
    }

    package var crlSHA256: String
    package var crlFile: String
    package var crlNumber: String?
    package var thisUpdate: String
    package var nextUpdate: String?
    package var revokedAt: String
    package var reason: String?
    package var publications: [Publication]

    package init(
        crlSHA256: String,
        crlFile: String,
        crlNumber: String?,
        thisUpdate: String,
        nextUpdate: String?,
        revokedAt: String,
        reason: String?,
        publications: [Publication]
    ) {
        self.crlSHA256 = crlSHA256
        self.crlFile = crlFile
        self.crlNumber = crlNumber
        self.thisUpdate = thisUpdate
        self.nextUpdate = nextUpdate
        self.revokedAt = revokedAt
        self.reason = reason
        self.publications = publications
    }
}

/// An OCSP answer as stored, with where it came from.
package struct OCSPAnswerRecord: Sendable, Equatable {
    package var answer: OCSPLogEntry
    package var source: RecordSource

    package init(answer: OCSPLogEntry, source: RecordSource) {
        self.answer = answer
        self.source = source
    }
}

/// A gate finding as stored (SPEC "Lifecycle gates": `{rule, certificate?, application_id?, severity, message,
/// evidence}`).
package struct FindingRecord: Sendable, Equatable, Codable {
    package var rule: String
    /// Nil for a finding about an application that has no certificate.
    package var certificate: CertificateRef?
    package var applicationID: ApplicationID?
    /// Tells findings of one rule about one subject apart (a request id, "crl", "ocsp", …).
    package var key: String
    package var policy: String?
    package var severity: String
    package var message: String
    /// The records that show it: `event:<id>`, `crl:<sha256>`, `ocsp:<file>:<line>`, `document:<id>`, `qscd:<id>`.
    package var evidence: [String]
    /// When the violating fact happened (issuance, publication, for REV-002 the deadline), RFC 3339 UTC.
    package var observedAt: String
    /// The batch that raised it.
    package var batchID: BatchID
    /// Open while its condition holds; resolved once later evidence settles it (SPEC "Findings follow the evidence").
    package var state: FindingState
    /// The batch whose evidence resolved it; nil while open.
    package var resolvedBy: BatchID?

    package init(
        rule: String,
        certificate: CertificateRef?,
        applicationID: ApplicationID?,
        key: String,
        policy: String?,
        severity: String,
        message: String,
        evidence: [String],
        observedAt: String,
        batchID: BatchID,
        state: FindingState = .open,
        resolvedBy: BatchID? = nil
    ) {
        self.state = state
        self.resolvedBy = resolvedBy
        self.rule = rule
        self.certificate = certificate
        self.applicationID = applicationID
        self.key = key
        self.policy = policy
        self.severity = severity
        self.message = message
        self.evidence = evidence
        self.observedAt = observedAt
        self.batchID = batchID
    }
}

/// Whether a finding's condition still holds.
package enum FindingState: String, Sendable, Codable, CaseIterable {
    case open, resolved
}

/// What identifies a finding across batches: its rule, its subject and its key.
package struct FindingIdentity: Hashable, Sendable {
    package var rule: String
    package var certificate: CertificateRef?
    package var applicationID: ApplicationID?
    package var key: String

    package init(_ finding: FindingRecord) {
        rule = finding.rule
        certificate = finding.certificate
        applicationID = finding.applicationID
        key = finding.key
    }
}

/// One CRL of an issuer as seen from one serial: when it was made and first published, and whether it lists the serial.
package struct IssuerCRL: Sendable, Equatable {
    package var sha256: String
    package var crlNumber: String?
    package var thisUpdate: Date
    package var firstPublishedAt: Date?
    package var listsSerial: Bool
    package var entryReason: String?
    /// A delta or partitioned CRL's reach; nil for a complete CRL of the whole issuer.
    package var scope: CRLScope?

    package init(
        sha256: String,
        crlNumber: String?,
        thisUpdate: Date,
        firstPublishedAt: Date?,
        listsSerial: Bool,
        entryReason: String?,
        scope: CRLScope? = nil
    ) {
        self.scope = scope
        self.sha256 = sha256
        self.crlNumber = crlNumber
        self.thisUpdate = thisUpdate
        self.firstPublishedAt = firstPublishedAt
        self.listsSerial = listsSerial
        self.entryReason = entryReason
    }
}

/// Filters of the findings query.
package struct FindingFilter: Sendable, Equatable {
    package var rule: String?
    package var policy: String?
    package var from: Date?
    package var to: Date?
    package var certificate: CertificateRef?
    /// Only the findings a batch raised or resolved.
    package var batchID: BatchID?
    /// Only the findings about an application without a certificate.
    package var applicationOnly = false
    /// Only the findings in these states (all when empty).
    package var states: Set<FindingState> = []
    package init(
        rule: String? = nil,
        policy: String? = nil,
        from: Date? = nil,
        to: Date? = nil,
        certificate: CertificateRef? = nil,
        batchID: BatchID? = nil,
        applicationOnly: Bool = false,
        states: Set<FindingState> = []
    ) {
        self.states = states
        self.batchID = batchID
        self.applicationOnly = applicationOnly
        self.rule = rule
        self.policy = policy
        self.from = from
        self.to = to
        self.certificate = certificate
    }
}
