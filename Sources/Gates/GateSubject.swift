import Catalog
import CryptoIO
import Foundation
import Lifecycle

/// Everything the gates read about one certificate (or one application that has none yet), as of
/// one instant: its application and events, the certificate as issued, its predecessor, the
/// governing documents, its QSCD certification, and the issuer's status services.
package struct GateSubject: Sendable {
    /// The predecessor of a renewed, re-keyed or modified certificate.
    package struct Predecessor: Sendable {
        package var certificate: AuditCertificateRecord?
        package var events: [LifecycleEvent]
        package var crls: [IssuerCRL]

        package init(certificate: AuditCertificateRecord?, events: [LifecycleEvent], crls: [IssuerCRL]) {
            self.certificate = certificate
            self.events = events
            self.crls = crls
        }
    }

    package var certificate: AuditCertificateRecord?
    package var qcStatements: QCStatements?
    package var applicationID: ApplicationID?
    /// Events of the application (pre-issuance events and the issuance).
    package var applicationEvents: [LifecycleEvent]
    /// Events naming the certificate itself (issuance, suspension, revocation, …), by time.
    package var certificateEvents: [LifecycleEvent]
    package var predecessor: Predecessor?
    package var documents: [DocumentID: DocumentVersion]
    package var qscdRecords: [CertificationID: [QSCDRecord]]
    /// The issuer's CRLs, each with whether it lists this serial.
    package var crls: [IssuerCRL]
    /// Where the certificate says its CRLs are published (what a partitioned CRL must name to speak of it).
    package var crlDistributionPoints: [String] = []
    package var ocspAnswers: [OCSPAnswerRecord]
    package var issuerUsesCRL: Bool
    package var issuerUsesOCSP: Bool
    /// The instant the gates judge at (the batch cutoff): deadlines not yet passed are not violations.
    package var asOf: Date

    package init(
        certificate: AuditCertificateRecord?,
        qcStatements: QCStatements?,
        applicationID: ApplicationID?,
        applicationEvents: [LifecycleEvent],
        certificateEvents: [LifecycleEvent],
        predecessor: Predecessor?,
        documents: [DocumentID: DocumentVersion],
        qscdRecords: [CertificationID: [QSCDRecord]],
        crls: [IssuerCRL],
        ocspAnswers: [OCSPAnswerRecord],
        issuerUsesCRL: Bool,
        issuerUsesOCSP: Bool,
        asOf: Date
    ) {
        self.certificate = certificate
        self.qcStatements = qcStatements
        self.applicationID = applicationID
        self.applicationEvents = applicationEvents
        self.certificateEvents = certificateEvents
        self.predecessor = predecessor
        self.documents = documents
        self.qscdRecords = qscdRecords
        self.crls = crls
        self.ocspAnswers = ocspAnswers
        self.issuerUsesCRL = issuerUsesCRL
        self.issuerUsesOCSP = issuerUsesOCSP
        self.asOf = asOf
    }

    package var ref: CertificateRef? { certificate?.ref }

    /// The `application` event.
    package var application: LifecycleEvent? { applicationEvents.first { $0.type == .application } }
    package var policy: Policy? { application?.policy.flatMap(Policy.init(rawValue:)) }
    package var subjectType: SubjectType? { application?.subjectType.flatMap(SubjectType.init(rawValue:)) }

    /// The issuance event of this certificate.
    package var issuance: LifecycleEvent? {
        certificateEvents.first { $0.type == .issuance }
            ?? applicationEvents.first { $0.type == .issuance && $0.certificate == ref }
    }

    /// The renewal, re-key or modification that produced this certificate.
    package var replacement: LifecycleEvent? {
        certificateEvents.first { $0.type.replacesCertificate && $0.certificate == ref }
    }

    /// The instant of issuance: the issuance event, else the replacement event, else notBefore.
    package var issuedAt: Date? { issuance?.instant ?? replacement?.instant ?? certificate?.notBefore }

    /// Application events strictly before issuance.
    package func beforeIssuance(_ type: EventType) -> [LifecycleEvent] {
        guard let issuedAt else { return [] }
        return applicationEvents.filter { $0.type == type && $0.instant < issuedAt }
    }

    /// The first revocation event (a certificateHold "revocation" is a suspension, not a revocation).
    package var revocation: LifecycleEvent? {
        certificateEvents.first { $0.type == .revocation && $0.reason != "certificateHold" }
    }

    /// The instant of revocation.
    package var revokedAt: Date? { revocation.map { $0.revokedAt.flatMap(RFC3339.parse) ?? $0.instant } }

    /// Valid at an instant: within the validity period and not revoked before it.
    /// True when `crl` speaks of this certificate at all (a partition for other distribution points,
    /// kinds or reasons does not); a delta CRL does, for what it lists.
    package func isSpokenOf(by crl: IssuerCRL) -> Bool {
        crl.scope?.covers(certificatePoints: crlDistributionPoints, reason: revocation?.reason) ?? true
    }

    /// True when the serial's absence from `crl` says the certificate is not revoked: a complete CRL
    /// that speaks of it (RFC 5280 §5.2.4: a delta lists only changes).
    package func isWhollyStatedBy(_ crl: IssuerCRL) -> Bool {
        crl.scope?.absenceMeansNotRevoked(certificatePoints: crlDistributionPoints, reason: revocation?.reason)
            ?? true
    }

    package func isValid(at instant: Date) -> Bool {
        guard let certificate else { return false }
        if let revokedAt, revokedAt <= instant { return false }
        return certificate.notBefore <= instant && instant <= certificate.notAfter
    }

    /// `event:<id>` evidence labels.
    package static func cite(_ events: [LifecycleEvent?]) -> [String] {
        events.compactMap { $0.map { "event:\($0.eventID)" } }
    }
}
