import Foundation
import Lifecycle

/// What a supervision pack selects and carries beyond each certificate's evidence (SPEC "Exports").
package protocol SupervisionSource: AnyObject {
    /// The certificates of `policies` (any when empty) with a lifecycle event in `[from, to)`: an
    /// event about the certificate, one naming it as predecessor, or one of the application that
    /// issued it. Sorted by issuer and serial.
    func certificatesWithEvents(policies: [String], from: Date?, to: Date?) throws -> [CertificateRef]
    /// The archived files that speak about a certificate's status: the CRLs that list it and the raw
    /// OCSP responses the catalog took an answer about it from, as drop files (their content-store
    /// objects). A raw response whose answer the catalog already held (from the responder log) is
    /// not among them: `dropFiles(kind:)` lists those.
    func statusFiles(about ref: CertificateRef) throws -> [DropFileRecord]
    /// The documents (CP/CPS, terms, PDS) that the events of a certificate and of its application
    /// name: what `documentReferences(certificate:)` lists, as ids only, sorted.
    func documentIDs(governing ref: CertificateRef) throws -> [DocumentID]
    /// The CP, CPS and CP/CPS versions in force at some time in `[from, to)` (open ends when nil) for
    /// any of `policies` (any policy when empty), by effective date.
    func policyDocumentsInForce(policies: [String], from: Date?, to: Date?) throws -> [DocumentID]
    /// Every drop file of one kind (`ocsp_responses`, …) in every batch, by batch and path.
    func dropFiles(kind: String) throws -> [DropFileRecord]
    /// A document version's metadata file and the document file it names, as drop files.
    func documentFiles(_ id: DocumentID) throws -> [DropFileRecord]
}
