import CryptoIO
import SwiftASN1

/// RFC 4998 §4.1, in the RFC's module (IMPLICIT TAGS):
///
/// ```
/// ArchiveTimeStamp ::= SEQUENCE {
///   digestAlgorithm [0] AlgorithmIdentifier OPTIONAL,
///   attributes      [1] Attributes OPTIONAL,
///   reducedHashtree [2] SEQUENCE OF PartialHashtree OPTIONAL,
///   timeStamp       ContentInfo }
///
/// PartialHashtree ::= SEQUENCE OF OCTET STRING
///
/// Attributes ::= SET SIZE (1..MAX) OF Attribute
/// ```
///
/// The timeStamp is an RFC 3161 TimeStampToken (a CMS ContentInfo), kept as its DER bytes.
package struct ArchiveTimeStamp: DERImplicitlyTaggable, Sendable, Hashable {
    package static var defaultIdentifier: ASN1Identifier { .sequence }
    static let digestAlgorithmTag = ASN1Identifier(tagWithNumber: 0, tagClass: .contextSpecific)
    static let attributesTag = ASN1Identifier(tagWithNumber: 1, tagClass: .contextSpecific)
    static let reducedHashTreeTag = ASN1Identifier(tagWithNumber: 2, tagClass: .contextSpecific)

    /// The AlgorithmIdentifier's OID (parameters absent when written); nil when the field is absent
    /// (RFC 4998 §4.1: then the algorithm is the one of the time-stamp's imprint).
    package var digestAlgorithm: ASN1ObjectIdentifier?
    /// Kept as read and written back unchanged; this archive writes none.
    package var attributes: ASN1Any?
    /// The partial hash trees, first (with the data object's hash) to last; empty when absent.
    package var reducedHashTree: [[[UInt8]]]
    /// The TimeStampToken's DER.
    package var timeStamp: [UInt8]

    package init(
        digestAlgorithm: ASN1ObjectIdentifier?,
        reducedHashTree: [[[UInt8]]],
        timeStamp: [UInt8],
        attributes: ASN1Any? = nil
    ) {
        self.digestAlgorithm = digestAlgorithm
        self.attributes = attributes
        self.reducedHashTree = reducedHashTree
        self.timeStamp = timeStamp
    }

    /// An archive timestamp this archive writes: the algorithm named, the reduced tree, the token.
    package init(algorithm: HashAlgorithm, reducedHashTree: [[Digest]], timeStamp: [UInt8]) {
        self.init(
            digestAlgorithm: algorithm.objectIdentifier,
            reducedHashTree: reducedHashTree.map { $0.map(\.bytes) },
            timeStamp: timeStamp
        )
    }

    /// The hash algorithm of the reduced tree: the one named, else (RFC 4998 §4.1) the one of the
    /// token's imprint; nil when that is not SHA-256, SHA-384 or SHA-512 or the token is unreadable.
    package var algorithm: HashAlgorithm? {
        if let digestAlgorithm { return HashAlgorithm(oidComponents: digestAlgorithm.oidComponents) }
        return (try? TimeStampProtocol.claimedImprint(of: timeStamp))?.algorithm
    }

    /// The reduced tree as digests of `algorithm`; nil when a hash has another length.
    package func reducedTree(_ algorithm: HashAlgorithm) -> [[Digest]]? {
        guard reducedHashTree.allSatisfy({ $0.allSatisfy { $0.count == algorithm.length } }) else { return nil }
        return reducedHashTree.map { $0.map { Digest(algorithm, bytes: $0) } }
    }

    /// Parses one DER ArchiveTimeStamp (a renewal file); bytes after it are refused.
    /// - Throws: `CryptoIOError` `.parseFailed`.
    package init(der: [UInt8]) throws(CryptoIOError) {
        do {
            self = try ArchiveTimeStamp(derEncoded: DER.parse(der))
        } catch {
            throw CryptoIOError(.parseFailed, "Not an RFC 4998 ArchiveTimeStamp (\(error)).")
        }
    }

    package init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        var digestAlgorithm: ASN1ObjectIdentifier?
        var attributes: ASN1Any?
        var tree: [[[UInt8]]] = []
        var timeStamp: [UInt8]?
        self = try DER.sequence(node, identifier: identifier) { nodes in
            while let part = nodes.next() {
                guard timeStamp == nil else {
                    throw ASN1Error.invalidASN1Object(reason: "ArchiveTimeStamp: a field after timeStamp")
                }
                switch part.identifier {
                case Self.digestAlgorithmTag:
                    digestAlgorithm = try DER.sequence(part, identifier: Self.digestAlgorithmTag) {
                        let oid = try ASN1ObjectIdentifier(derEncoded: &$0)
                        _ = $0.next()  // parameters: absent or NULL for the hash algorithms
                        return oid
                    }
                case Self.attributesTag:
                    attributes = ASN1Any(derEncoded: part)
                case Self.reducedHashTreeTag:
                    guard case .constructed(let lists) = part.content else {
                        throw ASN1Error.invalidASN1Object(reason: "reducedHashtree is not a SEQUENCE OF")
                    }
                    tree = try lists.map { list in
                        try DER.sequence(of: ASN1OctetString.self, identifier: .sequence, rootNode: list).map {
                            Array($0.bytes)
                        }
                    }
                default:
                    timeStamp = Array(part.encodedBytes)
                }
            }
            guard let timeStamp else { throw ASN1Error.invalidASN1Object(reason: "ArchiveTimeStamp: no timeStamp") }
            return ArchiveTimeStamp(
                digestAlgorithm: digestAlgorithm,
                reducedHashTree: tree,
                timeStamp: timeStamp,
                attributes: attributes
            )
        }
    }

    package func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        // The token is one DER element (checked when read, or made by the TSA): written as it is.
        try coder.appendConstructedNode(identifier: identifier) { stamp in
            if let digestAlgorithm {
                try stamp.appendConstructedNode(identifier: Self.digestAlgorithmTag) {
                    try $0.serialize(digestAlgorithm)
                }
            }
            if let attributes { try stamp.serialize(attributes) }
            if !reducedHashTree.isEmpty {
                try stamp.appendConstructedNode(identifier: Self.reducedHashTreeTag) { tree in
                    for list in reducedHashTree {
                        try tree.appendConstructedNode(identifier: .sequence) { partial in
                            for hash in list { try partial.serialize(ASN1OctetString(contentBytes: ArraySlice(hash))) }
                        }
                    }
                }
            }
            stamp.serializeRawBytes(timeStamp)
        }
    }
}

extension HashAlgorithm {
    /// The AlgorithmIdentifier OID (RFC 5754 §2).
    package var objectIdentifier: ASN1ObjectIdentifier {
        // The arcs are constants of RFC 5754 with at least two components: this cannot throw.
        try! ASN1ObjectIdentifier(elements: oidComponents)
    }
}
