import Foundation

/// A drop record type that checks itself after JSON decoding (times, enumerations, references).
package protocol ValidatedRecord: Decodable, Sendable {
    /// The record's kind in reject messages ("OCSP log line", "QSCD record").
    static var recordName: String { get }
    /// - Throws: `RejectReason`.
    func validate() throws(RejectReason)
}

/// Decodes one JSON record of the drop and turns every failure into a `RejectReason`.
package enum RecordDecoding {
    /// Decodes and validates one record (a JSONL line or a whole JSON file).
    /// - Throws: `RejectReason`.
    package static func decode<T: ValidatedRecord>(
        _ type: T.Type,
        from bytes: [UInt8],
        decoder: JSONDecoder = JSONDecoder()
    ) throws(RejectReason) -> T {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw RejectReason(.badUTF8, "The \(T.recordName) is not valid UTF-8.")
        }
        let record: T
        do {
            record = try decoder.decode(T.self, from: Data(bytes))
        } catch {
            throw reason(for: error)
        }
        try record.validate()
        if NULText.isIn(json: bytes) { throw NULText.rejected }  // after validate, which names an id field
        return record
    }

    /// `decode` as a `Result`, for closures whose typed throws Swift cannot infer.
    package static func result<T: ValidatedRecord>(
        _ type: T.Type,
        from bytes: [UInt8],
        decoder: JSONDecoder = JSONDecoder()
    ) -> Result<T, RejectReason> {
        Result { () throws(RejectReason) in try decode(type, from: bytes, decoder: decoder) }
    }

    /// Checks an RFC 3339 UTC time field.
    /// - Throws: `RejectReason` `.nonUTCTime`.
    package static func requireUTC(_ field: String, _ value: String?) throws(RejectReason) {
        if let value, RFC3339.parse(value) == nil {
            throw RejectReason(
                .nonUTCTime,
                "The field \"\(field)\" is \"\(value)\", not an RFC 3339 UTC time ending in Z."
            )
        }
    }

    /// Checks an enumerated field.
    /// - Throws: `RejectReason` `.invalidValue`.
    package static func requireOneOf(_ field: String, _ value: String?, _ allowed: [String]) throws(RejectReason) {
        if let value, !allowed.contains(value) {
            throw RejectReason(
                .invalidValue,
                "The field \"\(field)\" is \"\(value)\"; expected one of \(allowed.joined(separator: ", "))."
            )
        }
    }

    static func reason(for error: any Error) -> RejectReason {
        guard let error = error as? DecodingError else {
            return RejectReason(.badJSON, "The line is not a JSON object.")
        }
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            let prefix = path(context)
            return RejectReason(
                .missingField,
                "The field \"\(prefix.isEmpty ? key.stringValue : prefix + "." + key.stringValue)\" is missing."
            )
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            if context.codingPath.isEmpty { return RejectReason(.badJSON, "The line is not a JSON object.") }
            return RejectReason(.wrongType, "The field \"\(path(context))\" has the wrong type.")
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return RejectReason(.badJSON, "The line is not valid JSON.") }
            return RejectReason(.invalidValue, "The field \"\(path(context))\" has an invalid value.")
        @unknown default:
            return RejectReason(.badJSON, "The line is not valid JSON.")
        }
    }
}
