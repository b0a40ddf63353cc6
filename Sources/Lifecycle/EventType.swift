/// The lifecycle event types of the drop (SPEC "Event types").
package enum EventType: String, CaseIterable, Sendable, Codable {
    case application, registration, approval, issuance
    case subscriberAgreement = "subscriber_agreement"
    case renewal, rekey, modification
    case qscdVerification = "qscd_verification"
    case suspension
    case suspensionLifted = "suspension_lifted"
    case revocationRequest = "revocation_request"
    case revocation

    /// The fields an event of this type must carry beyond `event_id`, `type` and `time`.
    package var requiredFields: [LifecycleEvent.Field] {
        switch self {
        case .application:
            [.applicationID, .subjectID, .subjectType, .policy, .cpCpsDocument, .certificateUsage, .qualificationBasis]
        case .registration: [.applicationID, .evidence]
        case .approval: [.applicationID, .decision, .approvedBy]
        case .issuance: [.applicationID, .certificate, .termsDocument, .pdsDocument]
        case .subscriberAgreement: [.termsDocument]
        case .renewal, .rekey, .modification: [.certificate, .predecessor, .applicationID]
        case .qscdVerification: [.applicationID, .certificationID, .keyGeneratedInQSCD]
        case .suspension, .suspensionLifted: [.certificate]
        case .revocationRequest: [.certificate, .requestID, .requester, .authenticated, .receivedAt]
        case .revocation: [.certificate, .requestID, .reason, .revokedAt]
        }
    }

    /// True for the three events that issue a new certificate from an old one.
    package var replacesCertificate: Bool { self == .renewal || self == .rekey || self == .modification }
}
