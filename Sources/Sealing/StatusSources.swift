import CryptoIO
import Foundation
import SwiftASN1

/// Where a certificate says its revocation status is published (RFC 5280): the http URLs of its
/// CRL distribution points and of its OCSP responders.
package struct StatusSources: Sendable, Equatable {
    package var crlURLs: [String] = []
    package var ocspURLs: [String] = []

    /// Reads the certificate's cRLDistributionPoints (2.5.29.31) and authorityInfoAccess
    /// (1.3.6.1.5.5.7.1.1) extensions; a malformed extension names no source.
    package init(of certificate: SigningCertificate) {
        crlURLs = certificate.crlDistributionPoints.filter {
            $0.lowercased().hasPrefix("http://") || $0.lowercased().hasPrefix("https://")
        }
        if let extensionDER = certificate.extensionValue(oid: "1.3.6.1.5.5.7.1.1")?.der {
            ocspURLs = (try? Self.ocspURLs(extensionDER)) ?? []
        }
    }

    package init(crlURLs: [String], ocspURLs: [String]) {
        self.crlURLs = crlURLs
        self.ocspURLs = ocspURLs
    }

    /// ```
    /// AuthorityInfoAccessSyntax ::= SEQUENCE SIZE (1..MAX) OF AccessDescription
    /// AccessDescription ::= SEQUENCE { accessMethod OBJECT IDENTIFIER, accessLocation GeneralName }
    /// id-ad-ocsp OBJECT IDENTIFIER ::= { id-ad 1 }   -- 1.3.6.1.5.5.7.48.1
    /// ```
    static func ocspURLs(_ der: [UInt8]) throws -> [String] {
        let ocsp: ASN1ObjectIdentifier = [1, 3, 6, 1, 5, 5, 7, 48, 1]
        return try children(of: DER.parse(der)).compactMap { description in
            let parts = try children(of: description)
            guard parts.count == 2, try ASN1ObjectIdentifier(derEncoded: parts[0]) == ocsp else { return nil }
            return httpURI(parts[1])
        }
    }

    private static func children(of node: ASN1Node) throws -> [ASN1Node] {
        guard case .constructed(let nodes) = node.content else {
            throw ASN1Error.unexpectedFieldType(node.identifier)
        }
        return Array(nodes)
    }

    /// A uniformResourceIdentifier [6] naming an http URL (RFC 5280 §4.2.1.13: the CRL over HTTP).
    private static func httpURI(_ node: ASN1Node) -> String? {
        guard node.identifier == ASN1Identifier(tagWithNumber: 6, tagClass: .contextSpecific),
            case .primitive(let bytes) = node.content, let text = String(bytes: bytes, encoding: .ascii),
            text.lowercased().hasPrefix("http://") || text.lowercased().hasPrefix("https://")
        else { return nil }
        return text
    }
}
