import Foundation

/// The one JSON form of every document the product writes (reports, bundle payloads, seals):
/// sorted keys, unescaped slashes, two-space indentation and a final newline, so equal content
/// gives equal bytes.
package enum DocumentJSON {
    /// Encodes a document.
    /// - Throws: `EncodingError` for a value JSON cannot hold (a non-finite number).
    package static func encode(_ value: some Encodable) throws -> [UInt8] {
        if let bytes = try? DocumentEncoder.encode(value) { return bytes }
        return try foundationEncode(value)
    }

    /// `encode` through Foundation's `JSONEncoder` alone (the reference `DocumentEncoder` is tested against).
    package static func foundationEncode(_ value: some Encodable) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value)) + [0x0A]
    }

    /// The compact normalized form of a record (sorted keys, no whitespace): equal content, equal
    /// bytes. Event identity (duplicate or conflict) is decided on its SHA-256.
    /// - Throws: `EncodingError`.
    package static func normalized(_ value: some Encodable) throws -> String {
        if let bytes = try? DocumentEncoder.encode(value, pretty: false) {
            return String(decoding: bytes, as: UTF8.self)
        }
        return try foundationNormalized(value)
    }

    /// `normalized` through Foundation's `JSONEncoder` alone.
    package static func foundationNormalized(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
