import SwiftASN1

/// A detached CMS SignedData (RFC 5652 §5) of the one shape qcarchive's seals have, read with
/// swift-asn1 so that a signer seen before is verified without OpenSSL decoding its certificate
/// again: version 1, SHA-256 alone, id-data content left out, the certificates and no CRLs, one
/// SignerInfo naming its certificate by issuer and serial (§5.3), signed attributes with one
/// content type (id-data) and one message digest, an ECDSA-with-SHA256 signature. Nil for
/// anything else: `CMSSignature.verify` then decides alone.
struct DetachedSignedData {
    /// The certificate the SignerInfo names, as it is in the SignedData.
    var signerCertificate: [UInt8]
    /// The message-digest attribute: the SHA-256 the signature says the content has.
    var messageDigest: ArraySlice<UInt8>
    /// The signed attributes DER-encoded as a SET OF, which is what is signed (§5.4).
    var signedAttributes: [UInt8]
    /// The ECDSA signature over `signedAttributes`.
    var signature: ArraySlice<UInt8>

    static let signedData: ASN1ObjectIdentifier = [1, 2, 840, 113_549, 1, 7, 2]
    static let data: ASN1ObjectIdentifier = [1, 2, 840, 113_549, 1, 7, 1]
    static let contentType: ASN1ObjectIdentifier = [1, 2, 840, 113_549, 1, 9, 3]
    static let messageDigestType: ASN1ObjectIdentifier = [1, 2, 840, 113_549, 1, 9, 4]
    static let sha256: ASN1ObjectIdentifier = [2, 16, 840, 1, 101, 3, 4, 2, 1]
    static let ecdsaWithSHA256: ASN1ObjectIdentifier = [1, 2, 840, 10_045, 4, 3, 2]

    init?(der: [UInt8]) {
        guard let parsed = try? Self.read(der) else { return nil }
        self = parsed
    }

    private init(
        signerCertificate: [UInt8],
        messageDigest: ArraySlice<UInt8>,
        signedAttributes: [UInt8],
        signature: ArraySlice<UInt8>
    ) {
        self.signerCertificate = signerCertificate
        self.messageDigest = messageDigest
        self.signedAttributes = signedAttributes
        self.signature = signature
    }

    private struct Shape: Error {}

    private static func children(_ node: ASN1Node, _ identifier: ASN1Identifier) throws -> [ASN1Node] {
        guard node.identifier == identifier, case .constructed(let nodes) = node.content else { throw Shape() }
        return Array(nodes)
    }

    private static func bytes(_ node: ASN1Node, _ identifier: ASN1Identifier) throws -> ArraySlice<UInt8> {
        guard node.identifier == identifier, case .primitive(let bytes) = node.content else { throw Shape() }
        return bytes
    }

    private static func oid(_ node: ASN1Node) throws -> ASN1ObjectIdentifier {
        try ASN1ObjectIdentifier(derEncoded: node)
    }

    /// An AlgorithmIdentifier with no parameters or NULL ones.
    private static func algorithm(_ node: ASN1Node) throws -> ASN1ObjectIdentifier {
        let fields = try children(node, .sequence)
        guard fields.count == 1 || (fields.count == 2 && fields[1].identifier == .null) else { throw Shape() }
        return try oid(fields[0])
    }

    private static func read(_ der: [UInt8]) throws -> DetachedSignedData {
        let contentInfo = try children(try DER.parse(der), .sequence)
        guard contentInfo.count == 2, try oid(contentInfo[0]) == signedData else { throw Shape() }
        let wrapped = try children(contentInfo[1], ASN1Identifier(tagWithNumber: 0, tagClass: .contextSpecific))
        guard wrapped.count == 1 else { throw Shape() }
        let fields = try children(wrapped[0], .sequence)
        // version, digestAlgorithms, encapContentInfo, [0] certificates, SignerInfos (no CRLs).
        guard fields.count == 5, try Int(derEncoded: fields[0]) == 1 else { throw Shape() }
        let digestAlgorithms = try children(fields[1], .set)
        guard digestAlgorithms.count == 1, try algorithm(digestAlgorithms[0]) == sha256 else { throw Shape() }
        let encapsulated = try children(fields[2], .sequence)
        guard encapsulated.count == 1, try oid(encapsulated[0]) == data else { throw Shape() }
        let certificates = try children(fields[3], ASN1Identifier(tagWithNumber: 0, tagClass: .contextSpecific))
        let signerInfos = try children(fields[4], .set)
        guard signerInfos.count == 1 else { throw Shape() }
        let info = try children(signerInfos[0], .sequence)
        // version 1, issuerAndSerialNumber, digestAlgorithm, [0] signedAttrs, signatureAlgorithm, signature.
        guard info.count == 6, try Int(derEncoded: info[0]) == 1 else { throw Shape() }
        let sid = try children(info[1], .sequence)
        guard sid.count == 2, sid[1].identifier == .integer else { throw Shape() }
        guard try algorithm(info[2]) == sha256 else { throw Shape() }
        let attributesTag = ASN1Identifier(tagWithNumber: 0, tagClass: .contextSpecific)
        let attributes = try children(info[3], attributesTag)
        var seen: Set<ASN1ObjectIdentifier> = []
        var digest: ArraySlice<UInt8>? = nil
        var typed = false
        for attribute in attributes {
            let parts = try children(attribute, .sequence)
            guard parts.count == 2 else { throw Shape() }
            let type = try oid(parts[0])
            guard seen.insert(type).inserted else { throw Shape() }
            let values = try children(parts[1], .set)
            if type == contentType {
                guard values.count == 1, try oid(values[0]) == data else { throw Shape() }
                typed = true
            } else if type == messageDigestType {
                guard values.count == 1 else { throw Shape() }
                digest = try bytes(values[0], .octetString)
            }
        }
        guard typed, let digest, digest.count == 32 else { throw Shape() }
        guard try algorithm(info[4]) == ecdsaWithSHA256 else { throw Shape() }
        let signature = try bytes(info[5], .octetString)
        // The certificate the SignerInfo names: its issuer Name and serial INTEGER, byte for byte.
        let named = try certificates.filter { certificate in
            let tbs = try children(try children(certificate, .sequence)[0], .sequence)
            let offset = tbs.first?.identifier == ASN1Identifier(tagWithNumber: 0, tagClass: .contextSpecific) ? 1 : 0
            guard tbs.count > offset + 2 else { throw Shape() }
            return tbs[offset].encodedBytes == sid[1].encodedBytes
                && tbs[offset + 2].encodedBytes == sid[0].encodedBytes
        }
        guard named.count == 1 else { throw Shape() }
        // What is signed is the attributes with the SET OF tag in place of [0] IMPLICIT (§5.4).
        var signed = Array(info[3].encodedBytes)
        signed[0] = 0x31
        return DetachedSignedData(
            signerCertificate: Array(named[0].encodedBytes),
            messageDigest: digest,
            signedAttributes: signed,
            signature: signature
        )
    }
}
