import Foundation
import Lifecycle

/// One certificate as the `certificates` query lists it.
package struct CertificateSummary: Sendable, Equatable {
    package var ref: CertificateRef
    package var subject: String
    package var policy: String?
    package var applicationID: String?
    package var notBefore: String
    package var notAfter: String
    /// The first non-hold revocation time, if any.
    package var revokedAt: String?
    /// True when the latest suspension is not lifted.
    package var suspended: Bool
}

/// One revocation with when its status reached CRL and OCSP (`revocation-latency`).
package struct RevocationTiming: Sendable, Equatable {
    package var ref: CertificateRef
    package var policy: String?
    package var requestID: String
    package var receivedAt: String
    /// Nil for a request that led to no revocation (yet).
    package var revokedAt: String?
    package var firstCRLPublishedAt: String?
    package var firstOCSPRevokedAt: String?
}

/// A certificate that depended on a QSCD certification whose status left `certified` (`qscd-exposure`).
package struct QSCDExposure: Sendable, Equatable {
    package var certificationID: String
    package var model: String
    package var status: String
    package var from: String
    package var ref: CertificateRef
    package var notBefore: String
    package var notAfter: String
    package var revokedAt: String?
}

/// A revoked certificate past its expiry and what was published about it afterwards (`status-beyond-expiry`).
package struct StatusBeyondExpiry: Sendable, Equatable {
    package var ref: CertificateRef
    package var notAfter: String
    package var revokedAt: String
    package var lastCRLListingPublishedAt: String?
    package var lastOCSPRevokedAt: String?
}

/// Per policy: what the archive holds (`coverage`).
package struct PolicyCoverage: Sendable, Equatable {
    package var policy: String
    package var certificates: Int
    package var events: Int
    package var bundles: Int
    package var findingsByRule: [String: Int]
}

/// An event that names a document (`governing-documents`, `certificates-under-document`).
package struct DocumentReference: Sendable, Equatable {
    package var ref: CertificateRef?
    package var eventID: String
    package var eventType: String
    package var eventTime: String
    package var field: String
    package var documentID: String
}

/// One batch of the chain with what it brought (`qcarchive batches`).
package struct BatchSummary: Sendable, Equatable {
    package var batch: BatchRecord
    package var dropFiles: Int
    package var certificatesTouched: Int
    package var bundles: Int
    package var rejects: Int
    /// Findings this batch raised.
    package var findings: Int
    /// Findings raised before that this batch's evidence resolved.
    package var resolvedFindings: Int
}
