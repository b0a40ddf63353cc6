import SwiftASN1

/// RFC 4998 §5.1: the archive timestamps of one hash algorithm, each after the first renewing
/// the one before it (§5.2, a timestamp over the previous one's `timeStamp` field).
///
/// ```
/// ArchiveTimeStampChain ::= SEQUENCE OF ArchiveTimeStamp
/// ```
package struct ArchiveTimeStampChain: DERImplicitlyTaggable, Sendable, Hashable {
    package static var defaultIdentifier: ASN1Identifier { .sequence }

    package var stamps: [ArchiveTimeStamp]

    package init(_ stamps: [ArchiveTimeStamp]) { self.stamps = stamps }

    package init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        stamps = try DER.sequence(of: ArchiveTimeStamp.self, identifier: identifier, rootNode: node)
        guard !stamps.isEmpty else { throw ASN1Error.invalidASN1Object(reason: "an empty ArchiveTimeStampChain") }
    }

    package func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.serializeSequenceOf(stamps, identifier: identifier)
    }
}

/// RFC 4998 §5.1: the chains of an evidence record, each after the first made when the hash
/// algorithm was replaced (§5.3, hash-tree renewal).
///
/// ```
/// ArchiveTimeStampSequence ::= SEQUENCE OF ArchiveTimeStampChain
/// ```
package struct ArchiveTimeStampSequence: DERImplicitlyTaggable, Sendable, Hashable {
    package static var defaultIdentifier: ASN1Identifier { .sequence }

    package var chains: [ArchiveTimeStampChain]

    package init(_ chains: [ArchiveTimeStampChain]) { self.chains = chains }

    package init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        chains = try DER.sequence(of: ArchiveTimeStampChain.self, identifier: identifier, rootNode: node)
        guard !chains.isEmpty else { throw ASN1Error.invalidASN1Object(reason: "an empty ArchiveTimeStampSequence") }
    }

    package func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.serializeSequenceOf(chains, identifier: identifier)
    }
}
