import Foundation
import SwiftASN1

/// The URIs of RFC 5280 distribution point names: a certificate's cRLDistributionPoints
/// (2.5.29.31) and a CRL's issuingDistributionPoint (2.5.29.28) name where a CRL is published the
/// same way, and a partitioned CRL covers the certificates whose distribution point it names.
package enum DistributionPoints {
    /// ```
    /// CRLDistributionPoints ::= SEQUENCE SIZE (1..MAX) OF DistributionPoint
    /// DistributionPoint ::= SEQUENCE {
    ///      distributionPoint       [0]     DistributionPointName OPTIONAL,
    ///      reasons                 [1]     ReasonFlags OPTIONAL,
    ///      cRLIssuer               [2]     GeneralNames OPTIONAL }
    /// ```
    /// - Returns: every uniformResourceIdentifier of every point's full name, in order.
    package static func uris(ofCRLDistributionPoints der: [UInt8]) throws -> [String] {
        try children(of: DER.parse(der)).flatMap { point in
            try children(of: point).filter { $0.identifier == context(0) }.flatMap(uris(ofName:))
        }
    }

    /// ```
    /// DistributionPointName ::= CHOICE {
    ///      fullName                [0]     GeneralNames,
    ///      nameRelativeToCRLIssuer [1]     RelativeDistinguishedName }
    /// GeneralName ::= CHOICE { ... uniformResourceIdentifier [6] IA5String, ... }
    /// ```
    /// - Parameter name: the `[0]` (explicit, constructed) node holding a DistributionPointName.
    static func uris(ofName name: ASN1Node) throws -> [String] {
        try children(of: name).filter { $0.identifier == context(0) }.flatMap { fullName in
            try children(of: fullName).compactMap { general -> String? in
                guard general.identifier == context(6), case .primitive(let bytes) = general.content else {
                    return nil
                }
                return String(bytes: bytes, encoding: .ascii)
            }
        }
    }

    static func context(_ number: UInt) -> ASN1Identifier {
        ASN1Identifier(tagWithNumber: number, tagClass: .contextSpecific)
    }

    static func children(of node: ASN1Node) throws -> [ASN1Node] {
        guard case .constructed(let nodes) = node.content else {
            throw ASN1Error.unexpectedFieldType(node.identifier)
        }
        return Array(nodes)
    }
}

extension SigningCertificate {
    /// Where the certificate says its CRLs are published (cRLDistributionPoints full names); empty
    /// without the extension or when it is malformed.
    package var crlDistributionPoints: [String] {
        guard let value = extensionValue(oid: "2.5.29.31") else { return [] }
        return (try? DistributionPoints.uris(ofCRLDistributionPoints: value.der)) ?? []
    }
}
