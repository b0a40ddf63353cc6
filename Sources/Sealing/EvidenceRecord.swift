import CryptoIO
import SwiftASN1

/// An RFC 4998 Evidence Record (DER, the RFC's ASN.1 module with implicit tags) with one
/// ArchiveTimeStampChain of one ArchiveTimeStamp:
///
/// ```
/// EvidenceRecord ::= SEQUENCE { version INTEGER { v1(1) }, digestAlgorithms SEQUENCE OF AlgorithmIdentifier,
///     cryptoInfos [0] CryptoInfos OPTIONAL, encryptionInfo [1] EncryptionInfo OPTIONAL,
///     archiveTimeStampSequence ArchiveTimeStampSequence }
/// ArchiveTimeStampSequence ::= SEQUENCE OF ArchiveTimeStampChain
/// ArchiveTimeStampChain ::= SEQUENCE OF ArchiveTimeStamp
/// ArchiveTimeStamp ::= SEQUENCE { digestAlgorithm [0] AlgorithmIdentifier OPTIONAL, attributes [1] Attributes
/// OPTIONAL,
///     reducedHashtree [2] SEQUENCE OF PartialHashtree OPTIONAL, timeStamp ContentInfo }
/// PartialHashtree ::= SEQUENCE OF OCTET STRING
/// ```
package struct EvidenceRecord: Sendable, Equatable {
    /// id-sha256 (RFC 5754 §2.2; parameters absent).
    static let sha256OID: ASN1ObjectIdentifier = [2, 16, 840, 1, 101, 3, 4, 2, 1]

    /// The reduced hash tree from the data object's hash to the root; empty for a single leaf.
    package var reducedHashTree: [[SHA256Digest]]
    /// The RFC 3161 TimeStampToken (a CMS ContentInfo) over the root.
    package var timeStampToken: [UInt8]

    package init(reducedHashTree: [[SHA256Digest]], timeStampToken: [UInt8]) {
        self.reducedHashTree = reducedHashTree
        self.timeStampToken = timeStampToken
    }

    /// The DER encoding.
    /// - Throws: `CryptoIOError` `.parseFailed` when the token is not one DER element.
    package func der() throws(CryptoIOError) -> [UInt8] {
        do {
            var serializer = DER.Serializer()
            try serializer.appendConstructedNode(identifier: .sequence) { record in
                try record.serialize(1)
                try record.appendConstructedNode(identifier: .sequence) { algorithms in
                    try algorithms.appendConstructedNode(identifier: .sequence) { try $0.serialize(Self.sha256OID) }
                }
                try record.appendConstructedNode(identifier: .sequence) { sequence in
                    try sequence.appendConstructedNode(identifier: .sequence) { chain in
                        try chain.appendConstructedNode(identifier: .sequence) { stamp in
                            try stamp.appendConstructedNode(
                                identifier: ASN1Identifier(tagWithNumber: 0, tagClass: .contextSpecific)
                            ) {
                                try $0.serialize(Self.sha256OID)
                            }
                            if !reducedHashTree.isEmpty {
                                try stamp.appendConstructedNode(
                                    identifier: ASN1Identifier(tagWithNumber: 2, tagClass: .contextSpecific)
                                ) { tree in
                                    for list in reducedHashTree {
                                        try tree.appendConstructedNode(identifier: .sequence) { partial in
                                            for hash in list {
                                                try partial.serialize(
                                                    ASN1OctetString(contentBytes: ArraySlice(hash.bytes))
                                                )
                                            }
                                        }
                                    }
                                }
                            }
                            let token = try DER.parse(timeStampToken)
                            stamp.serialize(token)
                        }
                    }
                }
            }
            return serializer.serializedBytes
        } catch {
            throw CryptoIOError(.parseFailed, "Could not encode the evidence record (\(error)).")
        }
    }

    /// Parses a DER EvidenceRecord of the shape this archive writes (SHA-256, one chain, one stamp).
    /// - Throws: `CryptoIOError` `.parseFailed` naming what is not as expected.
    package init(der: [UInt8]) throws(CryptoIOError) {
        do {
            let root = try DER.parse(der)
            var tree: [[SHA256Digest]] = []
            var token: [UInt8] = []
            try DER.sequence(root, identifier: .sequence) { nodes in
                guard try Int(derEncoded: &nodes) == 1 else {
                    throw ASN1Error.invalidASN1Object(reason: "version is not v1")
                }
                guard let algorithms = nodes.next(), case .constructed(let list) = algorithms.content,
                    list.map({
                        (try? DER.sequence($0, identifier: .sequence) { try ASN1ObjectIdentifier(derEncoded: &$0) })
                    }) == [Self.sha256OID]
                else { throw ASN1Error.invalidASN1Object(reason: "digestAlgorithms is not exactly SHA-256") }
                var next = nodes.next()
                // cryptoInfos, encryptionInfo
                while let node = next, node.identifier.tagClass == .contextSpecific { next = nodes.next() }
                guard let sequence = next, case .constructed(let chainNodes) = sequence.content,
                    Array(chainNodes).count == 1,
                    let chain = Array(chainNodes).first, case .constructed(let stampNodes) = chain.content,
                    Array(stampNodes).count == 1,
                    let stamp = Array(stampNodes).first, case .constructed(let parts) = stamp.content
                else {
                    throw ASN1Error.invalidASN1Object(reason: "not one ArchiveTimeStampChain of one ArchiveTimeStamp")
                }
                for part in parts {
                    switch (part.identifier.tagClass, part.identifier.tagNumber) {
                    case (.contextSpecific, 2):
                        guard case .constructed(let lists) = part.content else {
                            throw ASN1Error.invalidASN1Object(reason: "reducedHashtree")
                        }
                        tree = try lists.map { list in
                            try DER.sequence(of: ASN1OctetString.self, identifier: .sequence, rootNode: list).map {
                                octets in
                                guard octets.bytes.count == 32 else {
                                    throw ASN1Error.invalidASN1Object(reason: "a hash is not 32 bytes")
                                }
                                return SHA256Digest(bytes: Array(octets.bytes))
                            }
                        }
                    case (.contextSpecific, _): continue
                    default: token = Array(part.encodedBytes)
                    }
                }
            }
            guard !token.isEmpty else { throw ASN1Error.invalidASN1Object(reason: "no timeStamp") }
            self.reducedHashTree = tree
            self.timeStampToken = token
        } catch let error as CryptoIOError {
            throw error
        } catch {
            throw CryptoIOError(
                .parseFailed,
                "The evidence record is not an RFC 4998 EvidenceRecord of the expected shape (\(error))."
            )
        }
    }
}
