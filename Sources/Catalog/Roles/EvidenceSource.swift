import Lifecycle

/// What the archive holds about one certificate: what its bundle, its timeline and an export show.
package protocol EvidenceSource: AnyObject {
    func certificate(_ ref: CertificateRef) throws -> AuditCertificateRecord?
    /// The certificates with this serial, whatever their issuer.
    func certificates(serial: String) throws -> [CertificateRef]
    /// The policy of the application that issued a certificate (nil when none is known).
    func policy(of ref: CertificateRef) throws -> String?
    /// Every event about a certificate: its own, those naming it as predecessor, and those of its
    /// applications, by time.
    func events(about ref: CertificateRef) throws -> [StoredEvent]
    func document(_ id: DocumentID) throws -> DocumentVersion?
    /// Every CRL entry about a certificate, oldest CRL first, with each CRL's publications.
    func crlListings(of ref: CertificateRef) throws -> [CRLListing]
    /// Every OCSP answer about a certificate, oldest first.
    func ocspAnswers(about ref: CertificateRef) throws -> [OCSPAnswerRecord]
    /// The DER of every stored CA certificate whose subject is `subject`.
    func caCertificates(subject: String) throws -> [[UInt8]]
    /// The DER of every stored CA certificate.
    func allCACertificates() throws -> [[UInt8]]
    func latestBundle(of ref: CertificateRef) throws -> BundleRecord?
    func bundle(of ref: CertificateRef, version: Int) throws -> BundleRecord?
}
