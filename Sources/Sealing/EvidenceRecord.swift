import CryptoIO
import SwiftASN1

/// RFC 4998 §3, in the RFC's module (IMPLICIT TAGS):
///
/// ```
/// EvidenceRecord ::= SEQUENCE {
///   version                   INTEGER { v1(1) } ,
///   digestAlgorithms          SEQUENCE OF AlgorithmIdentifier,
///   cryptoInfos               [0] CryptoInfos OPTIONAL,
///   encryptionInfo            [1] EncryptionInfo OPTIONAL,
///   archiveTimeStampSequence  ArchiveTimeStampSequence }
/// ```
///
/// A bundle's record as sealed holds one chain of one archive timestamp: SHA-256, the reduced hash
/// tree from the tag manifest's hash to the batch root, and the batch's token (SPEC "Bundle").
package struct EvidenceRecord: DERImplicitlyTaggable, Sendable, Hashable {
    package static var defaultIdentifier: ASN1Identifier { .sequence }
    /// id-sha256 (RFC 5754 §2.2; parameters absent).
    package static let sha256OID: ASN1ObjectIdentifier = [2, 16, 840, 1, 101, 3, 4, 2, 1]

    /// Every hash algorithm the record uses (AlgorithmIdentifier OIDs; parameters absent when written).
    package var digestAlgorithms: [ASN1ObjectIdentifier]
    /// Kept as read and written back unchanged; this archive writes neither.
    package var cryptoInfos: ASN1Any?
    package var encryptionInfo: ASN1Any?
    package var sequence: ArchiveTimeStampSequence

    package init(digestAlgorithms: [ASN1ObjectIdentifier], sequence: ArchiveTimeStampSequence) {
        self.digestAlgorithms = digestAlgorithms
        self.sequence = sequence
    }

    /// The record a bundle is sealed with: SHA-256, one chain of one archive timestamp.
    package init(reducedHashTree: [[Digest]], timeStampToken: [UInt8]) {
        let stamp = ArchiveTimeStamp(algorithm: .sha256, reducedHashTree: reducedHashTree, timeStamp: timeStampToken)
        self.init(
            digestAlgorithms: [Self.sha256OID],
            sequence: ArchiveTimeStampSequence([ArchiveTimeStampChain([stamp])])
        )
    }

    /// The first archive timestamp: the one over the data object, made when the batch was sealed.
    package var initial: ArchiveTimeStamp { sequence.chains[0].stamps[0] }

    package init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.sequence(node, identifier: identifier) { nodes in
            guard try Int(derEncoded: &nodes) == 1 else {
                throw ASN1Error.invalidASN1Object(reason: "version is not v1")
            }
            guard let algorithms = nodes.next() else {
                throw ASN1Error.invalidASN1Object(reason: "no digestAlgorithms")
            }
            let oids = try DER.sequence(of: AlgorithmIdentifierOID.self, identifier: .sequence, rootNode: algorithms)
            var next = nodes.next()
            var cryptoInfos: ASN1Any?
            var encryptionInfo: ASN1Any?
            if let node = next, node.identifier == ASN1Identifier(tagWithNumber: 0, tagClass: .contextSpecific) {
                cryptoInfos = ASN1Any(derEncoded: node)
                next = nodes.next()
            }
            if let node = next, node.identifier == ASN1Identifier(tagWithNumber: 1, tagClass: .contextSpecific) {
                encryptionInfo = ASN1Any(derEncoded: node)
                next = nodes.next()
            }
            guard let sequenceNode = next else {
                throw ASN1Error.invalidASN1Object(reason: "no archiveTimeStampSequence")
            }
            var record = EvidenceRecord(
                digestAlgorithms: oids.map(\.oid),
                sequence: try ArchiveTimeStampSequence(derEncoded: sequenceNode)
            )
            record.cryptoInfos = cryptoInfos
            record.encryptionInfo = encryptionInfo
            return record
        }
    }

    package func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { record in
            try record.serialize(1)
            try record.serializeSequenceOf(digestAlgorithms.map(AlgorithmIdentifierOID.init))
            if let cryptoInfos { try record.serialize(cryptoInfos) }
            if let encryptionInfo { try record.serialize(encryptionInfo) }
            try record.serialize(sequence)
        }
    }

    /// The DER encoding.
    /// - Throws: `CryptoIOError` `.parseFailed` when the encoder fails.
    package func der() throws(CryptoIOError) -> [UInt8] { try Self.der(of: self) }

    /// The DER encoding of any of the record's productions.
    /// - Throws: `CryptoIOError` `.parseFailed` when the encoder fails.
    package static func der(of value: some DERSerializable) throws(CryptoIOError) -> [UInt8] {
        do {
            var serializer = DER.Serializer()
            try serializer.serialize(value)
            return serializer.serializedBytes
        } catch {
            throw CryptoIOError(.parseFailed, "Could not encode the evidence record (\(error)).")
        }
    }

    /// Parses a DER EvidenceRecord; bytes after it are refused.
    /// - Throws: `CryptoIOError` `.parseFailed` naming what is not as RFC 4998 says.
    package init(der: [UInt8]) throws(CryptoIOError) {
        do {
            self = try EvidenceRecord(derEncoded: DER.parse(der))
        } catch {
            throw CryptoIOError(.parseFailed, "The evidence record is not an RFC 4998 EvidenceRecord (\(error)).")
        }
    }
}

/// An AlgorithmIdentifier of a hash algorithm (RFC 5280 §4.1.1.2): its OID; parameters, absent or
/// NULL, are not kept, and are written absent (RFC 5754 §2).
struct AlgorithmIdentifierOID: DERImplicitlyTaggable, Hashable {
    static var defaultIdentifier: ASN1Identifier { .sequence }
    var oid: ASN1ObjectIdentifier

    init(_ oid: ASN1ObjectIdentifier) { self.oid = oid }

    init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        oid = try DER.sequence(node, identifier: identifier) {
            let oid = try ASN1ObjectIdentifier(derEncoded: &$0)
            _ = $0.next()
            return oid
        }
    }

    func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { try $0.serialize(oid) }
    }
}
