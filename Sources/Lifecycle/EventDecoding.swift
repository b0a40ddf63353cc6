import Foundation

/// Why a record of the drop was rejected: a class for counting and a sentence for the records officer.
package struct RejectReason: Error, Sendable, Equatable, CustomStringConvertible {
    package enum Class: String, Sendable, Codable, CaseIterable {
        case badJSON = "bad_json"
        case badUTF8 = "bad_utf8"
        case missingField = "missing_field"
        case wrongType = "wrong_type"
        case nonUTCTime = "non_utc_time"
        case unknownType = "unknown_type"
        case unknownPolicy = "unknown_policy"
        case invalidValue = "invalid_value"
        case badCertificate = "bad_certificate"
        case certificateSignature = "certificate_signature"
        case badCRL = "bad_crl"
        case crlSignature = "crl_signature"
        case documentHashMismatch = "document_hash_mismatch"
        case conflictingEventID = "conflicting_event_id"
        case lineTooLong = "line_too_long"
        case emptyFile = "empty_file"
        case pathOutsideDrop = "path_outside_drop"
        case symbolicLink = "symbolic_link"
        case unexpectedFile = "unexpected_file"
        case corruptFile = "corrupt_file"
        case fileTooLarge = "file_too_large"
    }

    package var reasonClass: Class
    package var message: String
    package var description: String { message }

    package init(_ reasonClass: Class, _ message: String) {
        self.reasonClass = reasonClass
        self.message = message
    }
}

extension LifecycleEvent {
    /// Decodes and validates one JSONL line: JSON syntax, known type, required fields, enumerated
    /// values, UTC times and canonical certificate references (SPEC "Bad input").
    /// - Throws: `RejectReason`.
    package static func decode(
        line: [UInt8],
        decoder: JSONDecoder = JSONDecoder()
    ) throws(RejectReason) -> LifecycleEvent {
        guard String(validating: line, as: UTF8.self) != nil else {
            throw RejectReason(.badUTF8, "The line is not valid UTF-8.")
        }
        if let event = LifecycleEvent(strictJSON: line) {
            try event.validate()
            if NULText.isIn(json: line) { throw NULText.rejected }
            return event
        }
        let data = Data(line)
        let event: LifecycleEvent
        do {
            event = try decoder.decode(LifecycleEvent.self, from: data)
        } catch {
            // The slow path runs for bad lines only: a missing or unknown type is named as such
            // rather than as whatever field failed first.
            if let probe = try? decoder.decode(TypeProbe.self, from: data) {
                guard let typeName = probe.type else {
                    throw RejectReason(.missingField, "The event has no \"type\" field.")
                }
                guard EventType(rawValue: typeName) != nil else {
                    throw RejectReason(
                        .unknownType,
                        "Unknown event type \"\(typeName)\"; expected one of "
                            + "\(EventType.allCases.map(\.rawValue).joined(separator: ", "))."
                    )
                }
            }
            throw RecordDecoding.reason(for: error)
        }
        try event.validate()
        if NULText.isIn(json: line) { throw NULText.rejected }  // after validate, which names an id field
        return event
    }

    /// Checks the per-type requirements of SPEC "Event types".
    /// - Throws: `RejectReason`.
    package func validate() throws(RejectReason) {
        for field in type.requiredFields where !has(field) {
            throw RejectReason(.missingField, "A \(type.rawValue) event needs the field \"\(field.rawValue)\".")
        }
        if type == .subscriberAgreement, certificate == nil, applicationID == nil {
            throw RejectReason(
                .missingField,
                "A subscriber_agreement event needs \"certificate\" or \"application_id\"."
            )
        }
        for (field, value) in [(Field.time, time), (.receivedAt, receivedAt), (.revokedAt, revokedAt)] {
            if let value, RFC3339.parse(value) == nil {
                throw RejectReason(
                    .nonUTCTime,
                    "The field \"\(field.rawValue)\" is \"\(value)\", not an RFC 3339 UTC time ending in Z."
                )
            }
        }
        if let policy, Policy(rawValue: policy) == nil {
            throw RejectReason(
                .unknownPolicy,
                "Unknown policy \"\(policy)\"; expected one of "
                    + "\(Policy.allCases.map(\.rawValue).joined(separator: ", "))."
            )
        }
        try Self.check(.subjectType, subjectType, SubjectType.allCases.map(\.rawValue))
        try Self.check(.keyGeneration, keyGeneration, KeyGeneration.allCases.map(\.rawValue))
        try Self.check(.decision, decision, ["approved", "rejected"])
        for (field, reference) in [(Field.certificate, certificate), (.predecessor, predecessor)] {
            if let reference, !reference.hasCanonicalSerial || reference.issuer.isEmpty {
                throw RejectReason(
                    .invalidValue,
                    "The \"\(field.rawValue)\" reference needs an issuer DN and a lowercase hex serial without leading "
                        + "zeros; got serial \"\(reference.serial)\"."
                )
            }
        }
        if eventID.rawValue.isEmpty { throw RejectReason(.invalidValue, "The \"event_id\" is empty.") }
        try IdentifierText.validate([
            ("event_id", eventID.rawValue), ("application_id", applicationID?.rawValue),
            ("certificate.issuer", certificate?.issuer), ("certificate.serial", certificate?.serial),
            ("predecessor.issuer", predecessor?.issuer), ("predecessor.serial", predecessor?.serial),
            ("subject_id", subjectID), ("cp_cps_document", cpCpsDocument?.rawValue),
            ("terms_document", termsDocument?.rawValue), ("pds_document", pdsDocument?.rawValue),
            ("certification_id", certificationID?.rawValue), ("request_id", requestID),
            ("approved_by", approvedBy), ("requester", requester), ("reused_validation_from", reusedValidationFrom),
        ])
    }

    private static func check(_ field: Field, _ value: String?, _ allowed: [String]) throws(RejectReason) {
        if let value, !allowed.contains(value) {
            throw RejectReason(
                .invalidValue,
                "The field \"\(field.rawValue)\" is \"\(value)\"; expected one of \(allowed.joined(separator: ", "))."
            )
        }
    }

    private func has(_ field: Field) -> Bool {
        switch field {
        case .eventID, .type, .time: true
        case .applicationID: applicationID != nil
        case .certificate: certificate != nil
        case .predecessor: predecessor != nil
        case .subjectID: subjectID != nil
        case .subjectType: subjectType != nil
        case .policy: policy != nil
        case .cpCpsDocument: cpCpsDocument != nil
        case .certificateUsage: certificateUsage != nil
        case .qualificationBasis: qualificationBasis != nil
        case .spkiSHA256: spkiSHA256 != nil
        case .keyGeneration: keyGeneration != nil
        case .evidence: evidence != nil
        case .decision: decision != nil
        case .approvedBy: approvedBy != nil
        case .reusedValidationFrom: reusedValidationFrom != nil
        case .termsDocument: termsDocument != nil
        case .pdsDocument: pdsDocument != nil
        case .trustedListNotice: trustedListNotice != nil
        case .changedAttributes: changedAttributes != nil
        case .attributesVerifiedBy: attributesVerifiedBy != nil
        case .subscriberAgreement: subscriberAgreement != nil
        case .keyCompromiseKnown: keyCompromiseKnown != nil
        case .certificationID: certificationID != nil
        case .keyGeneratedInQSCD: keyGeneratedInQSCD != nil
        case .reason: reason != nil
        case .requestID: requestID != nil
        case .requester: requester != nil
        case .authenticated: authenticated != nil
        case .receivedAt: receivedAt != nil
        case .authenticationMethod: authenticationMethod != nil
        case .revokedAt: revokedAt != nil
        }
    }

    private struct TypeProbe: Decodable { var type: String? }
}
