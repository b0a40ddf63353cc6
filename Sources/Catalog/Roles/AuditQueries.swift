import Foundation
import Lifecycle

/// The auditors' questions over the whole archive (read-only), each answered row by row where an
/// answer can be large.
package protocol AuditQueries: AnyObject {
    func certificateCount() throws -> Int
    func eventCount() throws -> Int
    func bundleCount() throws -> Int
    func rejectCount() throws -> Int
    /// Every batch in seal order (unsealed ones last, by start), with its counts.
    func batchSummaries() throws -> [BatchSummary]

    /// Certificates with notBefore in `[from, to)`, of `policy` when given, by notBefore, read one at a time.
    func forEachCertificateSummary(
        policy: String?,
        from: Date?,
        to: Date?,
        _ body: (CertificateSummary) throws -> Void
    ) throws
    /// Revocations whose request was received in `[from, to)`, of `policy` when given.
    func forEachRevocationTiming(
        policy: String?,
        from: Date?,
        to: Date?,
        _ body: (RevocationTiming) throws -> Void
    ) throws
    /// Certificates that depended on a certification whose status became withdrawn or expired.
    func forEachQSCDExposure(certificationID: CertificationID?, _ body: (QSCDExposure) throws -> Void) throws
    /// Revoked certificates that expired before `asOf`.
    func forEachStatusBeyondExpiry(asOf: Date, _ body: (StatusBeyondExpiry) throws -> Void) throws
    func coverage() throws -> [PolicyCoverage]
    /// The events of one certificate (its own and its application's) that name documents.
    func documentReferences(certificate: CertificateRef) throws -> [DocumentReference]
    /// Every event that names `document`, by time (a document can govern a million certificates): an
    /// application-level event is attributed to the application's first certificate.
    func forEachDocumentReference(naming document: DocumentID, _ body: (DocumentReference) throws -> Void) throws
}

extension AuditQueries {
    /// Every revocation timing of `forEachRevocationTiming`, collected.
    package func revocationTimings(policy: String?, from: Date?, to: Date?) throws -> [RevocationTiming] {
        var timings: [RevocationTiming] = []
        try forEachRevocationTiming(policy: policy, from: from, to: to) { timings.append($0) }
        return timings
    }

    /// Every certificate of `forEachStatusBeyondExpiry`, collected.
    package func statusBeyondExpiry(asOf: Date) throws -> [StatusBeyondExpiry] {
        var items: [StatusBeyondExpiry] = []
        try forEachStatusBeyondExpiry(asOf: asOf) { items.append($0) }
        return items
    }
}
