extension LifecycleEvent {
    /// Reads an event from JSON without Foundation's `JSONDecoder`, for the bulk paths (the drop's
    /// event lines, the catalog's normalized events). Returns nil whenever `JSONDecoder` might see
    /// the document differently: anything `StrictJSON` does not read, a value of another JSON type
    /// than the field's, a missing required field, an unknown `type`. The caller then decodes with
    /// `JSONDecoder`, which decides and names the problem. Fields beyond the contract are ignored,
    /// as `JSONDecoder` ignores them; `validate()` is not called here.
    package init?(strictJSON bytes: some Collection<UInt8>) {
        guard case .object(let members)? = StrictJSON.parse(bytes) else { return nil }
        var eventID: EventID?
        var type: EventType?
        var time: String?
        var event = LifecycleEvent(eventID: EventID(""), type: .application, time: "")
        for member in members {
            guard let field = Field(rawValue: member.key) else { continue }
            let value = member.value
            switch field {
            case .eventID:
                guard case .string(let text) = value else { return nil }
                eventID = EventID(text)
            case .type:
                guard case .string(let text) = value, let known = EventType(rawValue: text) else { return nil }
                type = known
            case .time:
                guard case .string(let text) = value else { return nil }
                time = text
            case .applicationID:
                guard Self.read(value, into: &event.applicationID, ApplicationID.init) else { return nil }
            case .certificate: guard Self.read(value, into: &event.certificate) else { return nil }
            case .predecessor: guard Self.read(value, into: &event.predecessor) else { return nil }
            case .subjectID: guard Self.read(value, into: &event.subjectID) else { return nil }
            case .subjectType: guard Self.read(value, into: &event.subjectType) else { return nil }
            case .policy: guard Self.read(value, into: &event.policy) else { return nil }
            case .cpCpsDocument: guard Self.read(value, into: &event.cpCpsDocument, DocumentID.init) else { return nil }
            case .certificateUsage: guard Self.read(value, into: &event.certificateUsage) else { return nil }
            case .qualificationBasis: guard Self.read(value, into: &event.qualificationBasis) else { return nil }
            case .spkiSHA256: guard Self.read(value, into: &event.spkiSHA256) else { return nil }
            case .keyGeneration: guard Self.read(value, into: &event.keyGeneration) else { return nil }
            case .evidence: guard Self.read(value, into: &event.evidence) else { return nil }
            case .decision: guard Self.read(value, into: &event.decision) else { return nil }
            case .approvedBy: guard Self.read(value, into: &event.approvedBy) else { return nil }
            case .reusedValidationFrom: guard Self.read(value, into: &event.reusedValidationFrom) else { return nil }
            case .termsDocument: guard Self.read(value, into: &event.termsDocument, DocumentID.init) else { return nil }
            case .pdsDocument: guard Self.read(value, into: &event.pdsDocument, DocumentID.init) else { return nil }
            case .trustedListNotice: guard Self.read(value, into: &event.trustedListNotice) else { return nil }
            case .changedAttributes: guard Self.read(value, into: &event.changedAttributes) else { return nil }
            case .attributesVerifiedBy: guard Self.read(value, into: &event.attributesVerifiedBy) else { return nil }
            case .subscriberAgreement: guard Self.read(value, into: &event.subscriberAgreement) else { return nil }
            case .keyCompromiseKnown: guard Self.read(value, into: &event.keyCompromiseKnown) else { return nil }
            case .certificationID:
                guard Self.read(value, into: &event.certificationID, CertificationID.init) else { return nil }
            case .keyGeneratedInQSCD: guard Self.read(value, into: &event.keyGeneratedInQSCD) else { return nil }
            case .reason: guard Self.read(value, into: &event.reason) else { return nil }
            case .requestID: guard Self.read(value, into: &event.requestID) else { return nil }
            case .requester: guard Self.read(value, into: &event.requester) else { return nil }
            case .authenticated: guard Self.read(value, into: &event.authenticated) else { return nil }
            case .receivedAt: guard Self.read(value, into: &event.receivedAt) else { return nil }
            case .authenticationMethod: guard Self.read(value, into: &event.authenticationMethod) else { return nil }
            case .revokedAt: guard Self.read(value, into: &event.revokedAt) else { return nil }
            }
        }
        guard let eventID, let type, let time else { return nil }
        (event.eventID, event.type, event.time) = (eventID, type, time)
        self = event
    }

    /// An optional string field: absent or null is nil, a string is kept, anything else is not read.
    private static func read<T>(_ value: StrictJSON, into field: inout T?, _ make: (String) -> T) -> Bool {
        switch value {
        case .null: field = nil
        case .string(let text): field = make(text)
        default: return false
        }
        return true
    }

    private static func read(_ value: StrictJSON, into field: inout String?) -> Bool {
        read(value, into: &field) { $0 }
    }

    private static func read(_ value: StrictJSON, into field: inout Bool?) -> Bool {
        switch value {
        case .null: field = nil
        case .bool(let flag): field = flag
        default: return false
        }
        return true
    }

    private static func read(_ value: StrictJSON, into field: inout [String]?) -> Bool {
        switch value {
        case .null: field = nil
        case .array(let elements):
            var texts: [String] = []
            for element in elements {
                guard case .string(let text) = element else { return false }
                texts.append(text)
            }
            field = texts
        default: return false
        }
        return true
    }

    private static func read(_ value: StrictJSON, into field: inout CertificateRef?) -> Bool {
        switch value {
        case .null: field = nil
        case .object:
            guard case .string(let issuer)? = value["issuer"], case .string(let serial)? = value["serial"] else {
                return false
            }
            field = CertificateRef(issuer: DistinguishedName.canonical(issuer), serial: serial)
        default: return false
        }
        return true
    }

    private static func read(_ value: StrictJSON, into field: inout [Evidence]?) -> Bool {
        switch value {
        case .null: field = nil
        case .array(let elements):
            var items: [Evidence] = []
            for element in elements {
                guard case .object = element, case .string(let kind)? = element["kind"] else { return false }
                var item = Evidence(kind: kind)
                guard read(element["method"] ?? .null, into: &item.method),
                    read(element["sha256"] ?? .null, into: &item.sha256),
                    read(element["reference"] ?? .null, into: &item.reference)
                else { return false }
                items.append(item)
            }
            field = items
        default: return false
        }
        return true
    }
}

extension LifecycleEvent {
    /// The compact normalized JSON of the event, byte for byte what `DocumentJSON.normalized`
    /// makes of it (sorted keys, absent fields left out), without Foundation's `JSONEncoder`.
    package var normalizedJSON: String {
        var out: [UInt8] = []
        out.reserveCapacity(512)
        out.append(UInt8(ascii: "{"))
        var first = true
        func key(_ field: Field) {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            JSONText.appendString(field.rawValue, to: &out)
            out.append(UInt8(ascii: ":"))
        }
        func string(_ field: Field, _ value: String?) {
            guard let value else { return }
            key(field)
            JSONText.appendString(value, to: &out)
        }
        func flag(_ field: Field, _ value: Bool?) {
            guard let value else { return }
            key(field)
            out.append(contentsOf: (value ? "true" : "false").utf8)
        }
        func reference(_ field: Field, _ value: CertificateRef?) {
            guard let value else { return }
            key(field)
            out.append(contentsOf: #"{"issuer":"#.utf8)
            JSONText.appendString(value.issuer, to: &out)
            out.append(contentsOf: #","serial":"#.utf8)
            JSONText.appendString(value.serial, to: &out)
            out.append(UInt8(ascii: "}"))
        }
        for field in Self.fieldsInKeyOrder {
            switch field {
            case .applicationID: string(field, applicationID?.rawValue)
            case .approvedBy: string(field, approvedBy)
            case .attributesVerifiedBy: string(field, attributesVerifiedBy)
            case .authenticated: flag(field, authenticated)
            case .authenticationMethod: string(field, authenticationMethod)
            case .certificate: reference(field, certificate)
            case .certificateUsage: string(field, certificateUsage)
            case .certificationID: string(field, certificationID?.rawValue)
            case .changedAttributes:
                guard let changedAttributes else { continue }
                key(field)
                out.append(UInt8(ascii: "["))
                for (index, attribute) in changedAttributes.enumerated() {
                    if index > 0 { out.append(UInt8(ascii: ",")) }
                    JSONText.appendString(attribute, to: &out)
                }
                out.append(UInt8(ascii: "]"))
            case .cpCpsDocument: string(field, cpCpsDocument?.rawValue)
            case .decision: string(field, decision)
            case .eventID: string(field, eventID.rawValue)
            case .evidence:
                guard let evidence else { continue }
                key(field)
                out.append(UInt8(ascii: "["))
                for (index, item) in evidence.enumerated() {
                    if index > 0 { out.append(UInt8(ascii: ",")) }
                    out.append(contentsOf: #"{"kind":"#.utf8)
                    JSONText.appendString(item.kind, to: &out)
                    for (name, value) in [
                        ("method", item.method), ("reference", item.reference), ("sha256", item.sha256),
                    ] {
                        guard let value else { continue }
                        out.append(contentsOf: ",\"\(name)\":".utf8)
                        JSONText.appendString(value, to: &out)
                    }
                    out.append(UInt8(ascii: "}"))
                }
                out.append(UInt8(ascii: "]"))
            case .keyCompromiseKnown: flag(field, keyCompromiseKnown)
            case .keyGeneratedInQSCD: flag(field, keyGeneratedInQSCD)
            case .keyGeneration: string(field, keyGeneration)
            case .pdsDocument: string(field, pdsDocument?.rawValue)
            case .policy: string(field, policy)
            case .predecessor: reference(field, predecessor)
            case .qualificationBasis: string(field, qualificationBasis)
            case .reason: string(field, reason)
            case .receivedAt: string(field, receivedAt)
            case .requestID: string(field, requestID)
            case .requester: string(field, requester)
            case .reusedValidationFrom: string(field, reusedValidationFrom)
            case .revokedAt: string(field, revokedAt)
            case .spkiSHA256: string(field, spkiSHA256)
            case .subjectID: string(field, subjectID)
            case .subjectType: string(field, subjectType)
            case .subscriberAgreement: flag(field, subscriberAgreement)
            case .termsDocument: string(field, termsDocument?.rawValue)
            case .time: string(field, time)
            case .trustedListNotice: string(field, trustedListNotice)
            case .type: string(field, type.rawValue)
            }
        }
        out.append(UInt8(ascii: "}"))
        return String(decoding: out, as: UTF8.self)
    }

    /// The fields in the order `.sortedKeys` writes them: by the UTF-8 bytes of their names.
    private static let fieldsInKeyOrder = Field.allCases.sorted {
        $0.rawValue.utf8.lexicographicallyPrecedes($1.rawValue.utf8)
    }
}
