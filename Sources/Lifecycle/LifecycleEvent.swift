import Foundation

/// One lifecycle event of the drop, with the fields SPEC.md names; fields a producer adds beyond
/// them stay in the raw file and are not decoded.
package struct LifecycleEvent: Sendable, Codable, Equatable {
    /// One item of a registration's `evidence` list.
    package struct Evidence: Sendable, Codable, Equatable {
        package var kind: String
        package var method: String?
        package var sha256: String?
        package var reference: String?
    }

    package var eventID: EventID
    package var type: EventType
    package var time: String

    package var applicationID: ApplicationID?
    package var certificate: CertificateRef?
    package var predecessor: CertificateRef?

    // application
    package var subjectID: String?
    package var subjectType: String?
    package var policy: String?
    package var cpCpsDocument: DocumentID?
    package var certificateUsage: String?
    package var qualificationBasis: String?
    package var spkiSHA256: String?
    package var keyGeneration: String?
    // registration
    package var evidence: [Evidence]?
    // approval
    package var decision: String?
    package var approvedBy: String?
    package var reusedValidationFrom: String?
    // issuance, subscriber agreement
    package var termsDocument: DocumentID?
    package var pdsDocument: DocumentID?
    package var trustedListNotice: String?
    // renewal, rekey, modification
    package var changedAttributes: [String]?
    package var attributesVerifiedBy: String?
    package var subscriberAgreement: Bool?
    package var keyCompromiseKnown: Bool?
    // qscd_verification
    package var certificationID: CertificationID?
    package var keyGeneratedInQSCD: Bool?
    // suspension, revocation
    package var reason: String?
    package var requestID: String?
    package var requester: String?
    package var authenticated: Bool?
    package var receivedAt: String?
    package var authenticationMethod: String?
    package var revokedAt: String?

    /// The field names as the drop spells them.
    package enum Field: String, CodingKey, CaseIterable, Sendable {
        case eventID = "event_id", type, time
        case applicationID = "application_id", certificate, predecessor
        case subjectID = "subject_id", subjectType = "subject_type", policy
        case cpCpsDocument = "cp_cps_document", certificateUsage = "certificate_usage"
        case qualificationBasis = "qualification_basis", spkiSHA256 = "spki_sha256", keyGeneration = "key_generation"
        case evidence, decision, approvedBy = "approved_by", reusedValidationFrom = "reused_validation_from"
        case termsDocument = "terms_document", pdsDocument = "pds_document", trustedListNotice = "trusted_list_notice"
        case changedAttributes = "changed_attributes", attributesVerifiedBy = "attributes_verified_by"
        case subscriberAgreement = "subscriber_agreement", keyCompromiseKnown = "key_compromise_known"
        case certificationID = "certification_id", keyGeneratedInQSCD = "key_generated_in_qscd"
        case reason, requestID = "request_id", requester, authenticated, receivedAt = "received_at"
        case authenticationMethod = "authentication_method", revokedAt = "revoked_at"
    }

    typealias CodingKeys = Field

    /// The certificate the event is about: the new one for renewal, re-key and modification.
    package var subject: CertificateRef? { certificate }

    /// The instant of `time`.
    package var instant: Date { RFC3339.parse(time) ?? .distantPast }
}
