import SwiftASN1

/// Dotted text of a DER OBJECT IDENTIFIER (X.690 §8.19), decoded here because swift-asn1 1.7.4
/// splits the first subidentifier by 40 even under arc 2, printing 2.999.1 as 26.39.1.
enum ObjectIdentifierText {
    /// Reads the next node as an OBJECT IDENTIFIER and returns it in dotted form.
    /// - Throws: `ASN1Error` for a node that is not a well-formed OID.
    static func read(_ nodes: inout ASN1NodeCollection.Iterator) throws -> String {
        guard let node = nodes.next() else { throw ASN1Error.invalidASN1Object(reason: "missing OBJECT IDENTIFIER") }
        return try text(node)
    }

    /// The dotted form of an OBJECT IDENTIFIER node.
    /// - Throws: `ASN1Error` for a node that is not a well-formed OID.
    static func text(_ node: ASN1Node) throws -> String {
        guard node.identifier == .objectIdentifier, case .primitive(let content) = node.content, !content.isEmpty,
            content.last! & 0x80 == 0
        else {
            throw ASN1Error.invalidASN1Object(reason: "malformed OBJECT IDENTIFIER")
        }
        var values: [UInt64] = []
        var current: UInt64 = 0
        for byte in content {
            guard current >> 57 == 0 else {
                throw ASN1Error.invalidASN1Object(reason: "OBJECT IDENTIFIER arc too large")
            }
            current = current << 7 | UInt64(byte & 0x7f)
            if byte & 0x80 == 0 {
                values.append(current)
                current = 0
            }
        }
        let first = values[0]
        let head: [UInt64] = first < 40 ? [0, first] : first < 80 ? [1, first - 40] : [2, first - 80]
        return (head + values.dropFirst()).map(String.init).joined(separator: ".")
    }
}
