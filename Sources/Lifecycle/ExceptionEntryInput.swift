/// An exception-register entry as the drop's `exceptions/*.json` brings it (the keys of
/// `exceptions add`'s flags, snake_case). Obligations from EN 319 411-2 itself are refused: they
/// belong in the rule set, not the register (SPEC "Exception register").
package struct ExceptionEntryInput: ValidatedRecord, Equatable, Codable {
    package static let recordName = "exception-register entry"
    package static let sourceTypes = ["national-law", "supervisory-body", "cabf", "contract", "other-standard"]

    package struct EvidenceLink: Sendable, Equatable, Codable {
        package var sha256: String
        package var description: String?
        package init(sha256: String, description: String?) {
            self.sha256 = sha256
            self.description = description
        }
    }

    package var sourceType: String
    package var citation: String
    package var obligation: String
    package var policies: [String]?
    package var certificates: [CertificateRef]?
    package var owner: String?
    package var approver: String?
    package var compensatingControls: String?
    package var effect: String?
    package var reviewBy: String?
    package var expires: String?
    package var status: String?
    package var evidence: [EvidenceLink]?
    /// Why the entry was closed (`exceptions close --reason`).
    package var closeReason: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case sourceType = "source_type"
        case citation, obligation, policies, certificates, owner, approver
        case compensatingControls = "compensating_controls"
        case effect
        case reviewBy = "review_by"
        case expires, status, evidence
        case closeReason = "close_reason"
    }

    package init(sourceType: String, citation: String, obligation: String) {
        self.sourceType = sourceType
        self.citation = citation
        self.obligation = obligation
    }

    /// Every field an entry has, in the order of the contract (what `exceptions show` prints).
    package static let fieldNames = CodingKeys.allCases.map(\.stringValue)

    /// True when the entry applies to a certificate of `policy` (or to `ref` by name).
    package func applies(to ref: CertificateRef, policy: String?) -> Bool {
        (certificates ?? []).contains(ref) || policy.map { (policies ?? []).contains($0) } ?? false
    }

    package func validate() throws(RejectReason) {
        if ["en-319-411-2", "en 319 411-2", "etsi-en-319-411-2"].contains(sourceType.lowercased()) {
            throw RejectReason(
                .invalidValue,
                "An obligation from EN 319 411-2 belongs in the rule set, not the exception register."
            )
        }
        try RecordDecoding.requireOneOf("source_type", sourceType, Self.sourceTypes)
        try RecordDecoding.requireOneOf("status", status, ["draft", "active", "expired", "closed"])
        for policy in policies ?? [] where Policy(rawValue: policy) == nil {
            throw RejectReason(.unknownPolicy, "Unknown policy \"\(policy)\" in the scope of the entry.")
        }
        for reference in certificates ?? [] where !reference.hasCanonicalSerial || reference.issuer.isEmpty {
            throw RejectReason(
                .invalidValue,
                "A certificate in the scope needs an issuer DN and a lowercase hex serial without leading zeros; got "
                    + "\"\(reference.serial)\"."
            )
        }
        for (field, value) in [("review_by", reviewBy), ("expires", expires)] {
            if let value, RFC3339.parseDate(value) == nil, RFC3339.parse(value) == nil {
                throw RejectReason(
                    .nonUTCTime,
                    "The field \"\(field)\" is \"\(value)\", not a date YYYY-MM-DD or an RFC 3339 UTC time."
                )
            }
        }
        if citation.isEmpty || obligation.isEmpty {
            throw RejectReason(.missingField, "An exception-register entry needs a non-empty citation and obligation.")
        }
    }
}
