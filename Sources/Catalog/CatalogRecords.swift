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
    package var state: State

    package init(id: BatchID, source: String?, cutoff: String?, dropPath: String, dropDigest: String, startedAt: Date, sealedAt: Date? = nil, state: State) {
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

    package init(event: LifecycleEvent, normalizedJSON: String, contentSHA256: String, batchID: BatchID, file: String, line: Int) {
        self.event = event
        self.normalizedJSON = normalizedJSON
        self.contentSHA256 = contentSHA256
        self.batchID = batchID
        self.file = file
        self.line = line
    }
}

/// What happened to an event offered to the catalog.
package enum EventInsertOutcome: Sendable, Equatable {
    case inserted
    /// The same `event_id` with the same normalized content is already stored.
    case duplicate
    /// The `event_id` is already stored with different content, first seen in this batch.
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
    package var batchID: BatchID
    package var sourceFile: String

    package init(ref: CertificateRef, subject: String, notBefore: Date, notAfter: Date, der: [UInt8], sha256: String, spkiSHA256: String, issuerVerified: Bool, batchID: BatchID, sourceFile: String) {
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
