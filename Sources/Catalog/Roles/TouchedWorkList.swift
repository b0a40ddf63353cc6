import Lifecycle

/// The seal step's work list: the certificates each batch touched, which get a new bundle version.
package protocol TouchedWorkList: AnyObject {
    /// Marks a certificate as touched by a batch.
    func markTouched(_ ref: CertificateRef, by batch: BatchID) throws
    /// Marks each certificate as touched, as `markTouched(_:by:)` one after the other would.
    func markTouched(_ refs: [CertificateRef], by batch: BatchID) throws
    /// Adds the certificates that a batch's events touch through their applications.
    func touchCertificatesOfApplications(in batch: BatchID) throws
    func touchedCertificates(in batch: BatchID) throws -> [CertificateRef]
    func touchedCount(in batch: BatchID) throws -> Int
    /// The issuers of the certificates a batch touched.
    func touchedIssuers(in batch: BatchID) throws -> [String]
    /// Calls `body` with every certificate of `issuers` that a batch touched, in the order of their
    /// bundle files within an issuer's folder: by the serial's last two digits (its shard, a one-digit
    /// serial with a leading zero), then by serial. The list is streamed; `body` may query the catalog.
    func forEachTouchedCertificate(
        in batch: BatchID,
        issuers: [String],
        _ body: (CertificateRef) throws -> Void
    ) throws
}
