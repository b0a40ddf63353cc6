import Foundation
import Lifecycle

/// The catalog: the archive's index of batches, events, certificates, bundles and rejects.
///
/// All SQL lives behind this one interface (SQLite today; PostgreSQL is a second conformance,
/// not a rewrite). Implementations are not thread-safe: one value stays in one task.
package protocol ArchiveCatalog: AnyObject {
    /// Runs `body` in one write transaction: all of it is committed, or none.
    func write<T>(_ body: () throws -> T) throws -> T

    /// Writes a consistent copy of the catalog, as committed, to a new SQLite file at `path` (a
    /// handover's catalog snapshot).
    /// - Throws: `CatalogError` `.queryFailed`.
    func snapshot(into path: String) throws

    /// The one file that holds the whole catalog as committed, when there is one: for SQLite, the
    /// database after its write-ahead log is checkpointed into it, which holds while no other
    /// connection writes (the caller holds the archive's lock). Nil when it cannot be made so
    /// (a reader keeps the log); `snapshot(into:)` then.
    func committedFile() throws -> String?

    /// Opens further read-only connections to the same catalog, for workers on other threads; they
    /// see what is committed.
    func readerOpener() -> @Sendable () throws -> any ArchiveCatalog

    func batch(_ id: BatchID) throws -> BatchRecord?
    func batch(withDropDigest digest: String) throws -> BatchRecord?
    func batches() throws -> [BatchRecord]
    func save(_ batch: BatchRecord) throws

    func record(_ file: DropFileRecord) throws
    func dropFiles(of batch: BatchID) throws -> [DropFileRecord]

    /// Stores an event unless its `event_id` is known; reports a duplicate or a conflict instead.
    func insert(_ event: StoredEvent) throws -> InsertOutcome
    /// Every event about a certificate: its own, those naming it as predecessor, and those of its applications, by
    /// time.
    func events(about ref: CertificateRef) throws -> [StoredEvent]
    func eventCount() throws -> Int
    /// The events a batch brought that none of its certificate bundles carries (application-only
    /// events, events of a certificate whose file has not arrived): the batch record keeps them.
    func eventsCarriedByNoBundle(of batch: BatchID, bundledIn batches: [BatchID]) throws -> [StoredEvent]

    /// Stores a certificate; returns false when the same certificate was already stored.
    func insert(_ certificate: AuditCertificateRecord) throws -> Bool
    func certificate(_ ref: CertificateRef) throws -> AuditCertificateRecord?
    func certificateCount() throws -> Int

    /// Stores an issuing or root CA certificate (DER) once, by its SHA-256; false when known.
    func insertCACertificate(sha256: String, subject: String, der: [UInt8], batch: BatchID) throws -> Bool
    /// The DER of every stored CA certificate whose subject is `subject`.
    func caCertificates(subject: String) throws -> [[UInt8]]
    /// The DER of every stored CA certificate.
    func allCACertificates() throws -> [[UInt8]]

    /// Stores a document version unless its id is known with the same content.
    func insert(_ document: DocumentRecord) throws -> InsertOutcome
    func document(_ id: DocumentID) throws -> DocumentVersion?
    /// Stores a CRL and its entries; false when the same CRL (by SHA-256) was stored before.
    func insert(_ crl: CRLRecord) throws -> Bool
    /// The SHA-256 of the latest CRL stored under a file name of `status/crl/`.
    func crlSHA256(fileName: String) throws -> String?
    /// True when an earlier CRL than `excluding` already listed the serial.
    func isListedOnEarlierCRL(_ ref: CertificateRef, excluding sha256: String) throws -> Bool
    func insert(_ publication: CRLPublication, crlSHA256: String?, source: RecordSource) throws -> Bool
    func insert(_ answer: OCSPLogEntry, source: RecordSource) throws -> Bool
    func insert(_ record: QSCDRecord, source: RecordSource) throws -> Bool
    /// Appends a version to the exception register.
    func append(_ version: ExceptionVersion, entrySHA256: String) throws
    /// Every version, in the order they were appended (the order of `exceptions/register.jsonl`).
    func exceptionVersions() throws -> [ExceptionVersion]
    /// True when an entry with this content was already imported from a drop.
    func hasImportedException(entrySHA256: String) throws -> Bool

    /// Every CRL entry about a certificate, oldest CRL first, with each CRL's publications.
    func crlListings(of ref: CertificateRef) throws -> [CRLListing]
    /// Every OCSP answer about a certificate, oldest first.
    func ocspAnswers(about ref: CertificateRef) throws -> [OCSPAnswerRecord]

    /// Every QSCD record of a certification, oldest `from` first.
    func qscdRecords(_ id: CertificationID) throws -> [QSCDRecord]
    /// Every CRL of an issuer, oldest first, with whether it lists `serial`.
    func crls(of issuer: String, listing serial: String) throws -> [IssuerCRL]
    /// True when any OCSP answer about a certificate of `issuer` is stored (the issuer runs OCSP).
    func issuerUsesOCSP(_ issuer: String) throws -> Bool
    /// True when any CRL of `issuer` is stored (the issuer publishes CRLs).
    func issuerUsesCRL(_ issuer: String) throws -> Bool
    /// Applications that have no issuance event (application-only findings).
    func applicationsWithoutCertificate(touchedIn batch: BatchID) throws -> [ApplicationID]
    /// Events of one application, by time.
    func events(ofApplication id: ApplicationID) throws -> [StoredEvent]
    /// Certificates whose gates may change because of what a batch brought besides their own records:
    /// a QSCD status change of their certification, a new CRL of their issuer after revocation or
    /// expiry, a late-delivered publication of a CRL that lists them, or an OCSP answer after revocation.
    func certificatesAffected(by batch: BatchID) throws -> [CertificateRef]
    /// Certificates with a revocation request whose 24-hour deadline falls in `(start, end]`: judged
    /// by the first batch whose cutoff passes it, even when that batch brings nothing about them.
    func certificatesWithRevocationDeadline(after start: Date?, upTo end: Date) throws -> [CertificateRef]

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

    // Queries for auditors (read-only).

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
    /// Every batch in seal order (unsealed ones last, by start), with its counts.
    func batchSummaries() throws -> [BatchSummary]
    func rejectCount() throws -> Int
    /// The events of one certificate (its own and its application's) that name documents.
    func documentReferences(certificate: CertificateRef) throws -> [DocumentReference]
    /// Every event that names `document`, by time (a document can govern a million certificates): an
    /// application-level event is attributed to the application's first certificate.
    func forEachDocumentReference(naming document: DocumentID, _ body: (DocumentReference) throws -> Void) throws

    /// What a supervision pack selects (SPEC "Exports"): the certificates of `policies` (any when
    /// empty) with a lifecycle event in `[from, to)`: an event about the certificate, one naming it
    /// as predecessor, or one of the application that issued it. Sorted by issuer and serial.
    func certificatesWithEvents(policies: [String], from: Date?, to: Date?) throws -> [CertificateRef]
    /// The policy of the application that issued a certificate (nil when none is known).
    func policy(of ref: CertificateRef) throws -> String?
    /// The certificates with this serial, whatever their issuer.
    func certificates(serial: String) throws -> [CertificateRef]
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

    /// Marks a certificate as touched by a batch (it gets a new bundle version).
    func markTouched(_ ref: CertificateRef, by batch: BatchID) throws
    /// Adds the certificates that a batch's events touch through their applications.
    func touchCertificatesOfApplications(in batch: BatchID) throws
    func touchedCertificates(in batch: BatchID) throws -> [CertificateRef]
    /// Brings each certificate's issuance application and policy up to date, for the certificates
    /// `batch` touched (nil: all), after their events are in.
    func refreshOrigins(touchedIn batch: BatchID?) throws
    /// Moves touched certificates from one batch to another (a batch continued in a further batch).
    func moveTouched(_ refs: [CertificateRef], from batch: BatchID, to other: BatchID) throws

    func insert(_ bundle: BundleRecord) throws
    func latestBundle(of ref: CertificateRef) throws -> BundleRecord?
    func bundle(of ref: CertificateRef, version: Int) throws -> BundleRecord?
    func bundles(in batch: BatchID) throws -> [BundleRecord]
    func bundleCount() throws -> Int

    func insert(_ reject: RejectRecord) throws
}

extension ArchiveCatalog {
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
