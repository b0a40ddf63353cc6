import Lifecycle

/// The gates' findings: raised, kept open while their condition holds, resolved by a later batch.
package protocol FindingRegister: AnyObject {
    /// Stores a finding; one raised before (same rule, subject and key) keeps its text, and takes the
    /// given state when that differs. True when the finding is new or its state changed.
    func insert(_ finding: FindingRecord) throws -> Bool
    /// Marks resolved by `batch` the open findings about a certificate, or about an application
    /// without one, that the gates no longer raise (`raised`). Returns how many.
    func resolveFindings(
        about certificate: CertificateRef?,
        application: ApplicationID?,
        except raised: Set<FindingIdentity>,
        by batch: BatchID
    ) throws -> Int
    func findings(_ filter: FindingFilter) throws -> [FindingRecord]
}
