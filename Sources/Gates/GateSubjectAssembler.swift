import Catalog
import CryptoIO
import Foundation
import Lifecycle

/// Reads what the gates need about one certificate or application from the catalog.
package struct GateSubjectAssembler {
    let catalog: any EvidenceSource & GateFacts
    let asOf: Date

    package init(catalog: any EvidenceSource & GateFacts, asOf: Date) {
        self.catalog = catalog
        self.asOf = asOf
    }

    /// The subject of an issued certificate, or nil when the catalog has no certificate file for it yet.
    /// - Throws: `CatalogError`.
    package func subject(for ref: CertificateRef) throws -> GateSubject? {
        guard let certificate = try catalog.certificate(ref) else { return nil }
        let certificateEvents = try catalog.events(about: ref).map(\.event).filter { $0.certificate == ref }
        let origin =
            certificateEvents.first { $0.type == .issuance } ?? certificateEvents.first { $0.type.replacesCertificate }
        let applicationEvents =
            try origin?.applicationID.map { try catalog.events(ofApplication: $0).map(\.event) } ?? []
        var predecessor: GateSubject.Predecessor? = nil
        if let old = certificateEvents.first(where: { $0.type.replacesCertificate })?.predecessor {
            predecessor = .init(
                certificate: try catalog.certificate(old),
                events: try catalog.events(about: old).map(\.event).filter { $0.certificate == old },
                crls: try catalog.crls(of: old.issuer, listing: old.serial)
            )
        }
        var subject = try base(
            applicationID: origin?.applicationID,
            applicationEvents: applicationEvents,
            certificateEvents: certificateEvents
        )
        subject.certificate = certificate
        subject.qcStatements = certificate.qcStatementsJSON.flatMap {
            try? JSONDecoder().decode(QCStatements.self, from: Data($0.utf8))
        }
        subject.predecessor = predecessor
        subject.crls = try catalog.crls(of: ref.issuer, listing: ref.serial)
        if subject.crls.contains(where: { $0.scope?.distributionPoints.isEmpty == false }) {
            subject.crlDistributionPoints = (try? SigningCertificate(der: certificate.der))?.crlDistributionPoints ?? []
        }
        subject.ocspAnswers = try catalog.ocspAnswers(about: ref)
        subject.issuerUsesCRL = try catalog.issuerUsesCRL(ref.issuer)
        subject.issuerUsesOCSP = try catalog.issuerUsesOCSP(ref.issuer)
        return subject
    }

    /// The subject of an application that has no certificate yet (application-only gates).
    /// - Throws: `CatalogError`.
    package func subject(forApplication id: ApplicationID) throws -> GateSubject {
        try base(
            applicationID: id,
            applicationEvents: try catalog.events(ofApplication: id).map(\.event),
            certificateEvents: []
        )
    }

    private func base(
        applicationID: ApplicationID?,
        applicationEvents: [LifecycleEvent],
        certificateEvents: [LifecycleEvent]
    ) throws -> GateSubject {
        let all = applicationEvents + certificateEvents
        var documents: [DocumentID: DocumentVersion] = [:]
        for id in Set(all.flatMap { [$0.cpCpsDocument, $0.termsDocument, $0.pdsDocument].compactMap { $0 } }) {
            if let document = try catalog.document(id) { documents[id] = document }
        }
        var qscd: [CertificationID: [QSCDRecord]] = [:]
        for id in Set(all.compactMap(\.certificationID)) { qscd[id] = try catalog.qscdRecords(id) }
        return GateSubject(
            certificate: nil,
            qcStatements: nil,
            applicationID: applicationID,
            applicationEvents: applicationEvents,
            certificateEvents: certificateEvents,
            predecessor: nil,
            documents: documents,
            qscdRecords: qscd,
            crls: [],
            ocspAnswers: [],
            issuerUsesCRL: false,
            issuerUsesOCSP: false,
            asOf: asOf
        )
    }
}
