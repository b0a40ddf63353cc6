import Lifecycle

/// The seal step's work list: the certificates each batch touched, which get a new bundle version.
package protocol TouchedWorkList: AnyObject {
    /// Marks a certificate as touched by a batch.
    func markTouched(_ ref: CertificateRef, by batch: BatchID) throws
    /// Adds the certificates that a batch's events touch through their applications.
    func touchCertificatesOfApplications(in batch: BatchID) throws
    func touchedCertificates(in batch: BatchID) throws -> [CertificateRef]
}
