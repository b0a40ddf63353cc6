import Lifecycle

/// What an import (and `reindex`, replaying the sealed drops) writes, and the little it must read
/// back to decide how.
package protocol ImportSink: AnyObject {
    /// Stores an event unless its `event_id` is known; reports a duplicate or a conflict instead.
    func insert(_ event: StoredEvent) throws -> InsertOutcome
    /// Stores events as `insert(_:)` would one after the other, in few statements: each one's outcome,
    /// in order (an event with the id of an earlier one of the same call is its duplicate or conflict).
    func insert(_ events: [StoredEvent]) throws -> [InsertOutcome]
    /// Stores a certificate; returns false when the same certificate was already stored.
    func insert(_ certificate: AuditCertificateRecord) throws -> Bool
    /// Stores an issuing or root CA certificate (DER) once, by its SHA-256; false when known.
    func insertCACertificate(sha256: String, subject: String, der: [UInt8], batch: BatchID) throws -> Bool
    /// Stores a document version unless its id is known with the same content.
    func insert(_ document: DocumentRecord) throws -> InsertOutcome
    /// Stores a CRL and its entries; false when the same CRL (by SHA-256) was stored before.
    func insert(_ crl: CRLRecord) throws -> Bool
    /// The SHA-256 of the latest CRL stored under a file name of `status/crl/`.
    func crlSHA256(fileName: String) throws -> String?
    /// True when an earlier CRL than `excluding` already listed the serial.
    func isListedOnEarlierCRL(_ ref: CertificateRef, excluding sha256: String) throws -> Bool
    func insert(_ publication: CRLPublication, crlSHA256: String?, source: RecordSource) throws -> Bool
    func insert(_ answer: OCSPLogEntry, source: RecordSource) throws -> Bool
    /// Stores OCSP answers as `insert(_:source:)` would one after the other, in few statements:
    /// whether each was new, in order.
    func insert(_ answers: [(answer: OCSPLogEntry, source: RecordSource)]) throws -> [Bool]
    func insert(_ record: QSCDRecord, source: RecordSource) throws -> Bool
    /// Brings each certificate's issuance application, policy and counts (`coverage`) up to date for
    /// the certificates `batch` touched, and the certificate each document use of the applications
    /// it brought events of is attributed to (nil: all), after their events are in.
    func refreshOrigins(touchedIn batch: BatchID?) throws
}
