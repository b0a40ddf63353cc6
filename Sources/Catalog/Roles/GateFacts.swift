import Foundation
import Lifecycle

/// What only the lifecycle gates ask: the facts around a certificate beyond its own evidence, and
/// which certificates and applications a batch puts before them.
package protocol GateFacts: AnyObject {
    /// Events of one application, by time.
    func events(ofApplication id: ApplicationID) throws -> [StoredEvent]
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
    /// Calls `body` with every certificate a batch puts before the gates, once each, by issuer and
    /// serial: those it touched; those whose gates may change because of what it brought besides
    /// their own records (a QSCD status change of their certification, a new CRL of their issuer
    /// after revocation or expiry, a late-delivered publication of a CRL that lists them, an OCSP
    /// answer after revocation); and those with a revocation request whose 24-hour deadline falls in
    /// `(start, end]` (judged by the first batch whose cutoff passes it, even when that batch brings
    /// nothing about them). `body` may write to the catalog.
    func forEachGateCandidate(
        of batch: BatchID,
        deadlinesAfter start: Date?,
        upTo end: Date,
        _ body: (CertificateRef) throws -> Void
    ) throws
}
