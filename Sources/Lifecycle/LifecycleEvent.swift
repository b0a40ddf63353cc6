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
        case eventID = "event_id"
        case type, time
        case applicationID = "application_id"
        case certificate, predecessor
        case subjectID = "subject_id"
        case subjectType = "subject_type"
        case policy
        case cpCpsDocument = "cp_cps_document"
        case certificateUsage = "certificate_usage"
        case qualificationBasis = "qualification_basis"
        case spkiSHA256 = "spki_sha256"
        case keyGeneration = "key_generation"
        case evidence, decision
        case approvedBy = "approved_by"
        case reusedValidationFrom = "reused_validation_from"
        case termsDocument = "terms_document"
        case pdsDocument = "pds_document"
        case trustedListNotice = "trusted_list_notice"
        case changedAttributes = "changed_attributes"
        case attributesVerifiedBy = "attributes_verified_by"
        case subscriberAgreement = "subscriber_agreement"
        case keyCompromiseKnown = "key_compromise_known"
        case certificationID = "certification_id"
        case keyGeneratedInQSCD = "key_generated_in_qscd"
        case reason
        case requestID = "request_id"
        case requester, authenticated
        case receivedAt = "received_at"
        case authenticationMethod = "authentication_method"
        case revokedAt = "revoked_at"
    }

    typealias CodingKeys = Field

    /// The certificate the event is about: the new one for renewal, re-key and modification.
    package var subject: CertificateRef? { certificate }

    /// The instant of `time`.
    package var instant: Date { RFC3339.parse(time) ?? .distantPast }
}
