import SwiftASN1

/// The qcStatements certificate extension (RFC 3739 §3.2.6, ETSI EN 319 412-5 §4):
///
/// ```
/// QCStatements ::= SEQUENCE OF QCStatement
/// QCStatement ::= SEQUENCE { statementId OBJECT IDENTIFIER, statementInfo ANY DEFINED BY statementId OPTIONAL }
/// QcType ::= SEQUENCE OF OBJECT IDENTIFIER
/// QcPDS ::= PdsLocations; PdsLocations ::= SEQUENCE SIZE (1..MAX) OF PdsLocation
/// PdsLocation ::= SEQUENCE { url IA5String, language PrintableString (SIZE(2)) }
/// QcEuRetentionPeriod ::= INTEGER
/// ```
package struct QCStatements: Sendable, Equatable, Codable {
    package static let extensionOID = "1.3.6.1.5.5.7.1.3"
    package static let qcCompliance = "0.4.0.1862.1.1"
    package static let qcRetentionPeriod = "0.4.0.1862.1.3"
    package static let qcSSCD = "0.4.0.1862.1.4"
    package static let qcPDS = "0.4.0.1862.1.5"
    package static let qcType = "0.4.0.1862.1.6"

    /// The QcType values by their EN 319 412-5 names.
    package enum QcType: String, Sendable, Codable, Equatable {
        case esign, eseal, web
        static let byOID: [String: QcType] = [
            "0.4.0.1862.1.6.1": .esign, "0.4.0.1862.1.6.2": .eseal, "0.4.0.1862.1.6.3": .web,
        ]
    }

    /// One PDS location.
    package struct PDSLocation: Sendable, Equatable, Codable {
        package var url: String
        package var language: String
    }

    /// Every statement id present, in order.
    package var statementIDs: [String] = []
    package var qcCompliance: Bool { statementIDs.contains(Self.qcCompliance) }
    package var qcSSCD: Bool { statementIDs.contains(Self.qcSSCD) }
    /// The QcType values (unknown type OIDs are kept in `unknownTypes`).
    package var types: [QcType] = []
    package var unknownTypes: [String] = []
    package var pdsLocations: [PDSLocation] = []
    package var retentionPeriodYears: Int?

    enum CodingKeys: String, CodingKey {
        case statementIDs = "statement_ids"
        case types
        case unknownTypes = "unknown_types"
        case pdsLocations = "pds_locations"
        case retentionPeriodYears = "retention_period_years"
    }

    /// Decodes the extension value.
    /// - Throws: `CryptoIOError` `.parseFailed`.
    package init(der: [UInt8]) throws(CryptoIOError) {
        do {
            let root = try DER.parse(der)
            guard case .constructed(let statements) = root.content, root.identifier == .sequence else {
                throw ASN1Error.unexpectedFieldType(root.identifier)
            }
            for statement in statements {
                try DER.sequence(statement, identifier: .sequence) { nodes in
                    let id = try ObjectIdentifierText.read(&nodes)
                    statementIDs.append(id)
                    let info = nodes.next()
                    switch id {
                    case Self.qcType:
                        guard let info else { break }
                        guard info.identifier == .sequence, case .constructed(let oids) = info.content else {
                            throw ASN1Error.unexpectedFieldType(info.identifier)
                        }
                        for node in oids {
                            let oid = try ObjectIdentifierText.text(node)
                            if let known = QcType.byOID[oid] { types.append(known) } else { unknownTypes.append(oid) }
                        }
                    case Self.qcPDS:
                        guard let info else { break }
                        pdsLocations = try DER.sequence(of: PDSLocationDER.self, identifier: .sequence, rootNode: info)
                            .map(\.location)
                    case Self.qcRetentionPeriod:
                        guard let info else { break }
                        retentionPeriodYears = try Int(derEncoded: info)
                    default:
                        break  // other statements are recorded by id only
                    }
                    while nodes.next() != nil {}
                }
            }
        } catch let error as CryptoIOError {
            throw error
        } catch {
            throw CryptoIOError(.parseFailed, "The qcStatements extension is malformed (\(error)).")
        }
    }

    private struct PDSLocationDER: DERParseable {
        var location: PDSLocation
        init(derEncoded node: ASN1Node) throws {
            location = try DER.sequence(node, identifier: .sequence) { nodes in
                let url = try ASN1IA5String(derEncoded: &nodes)
                let language = try ASN1PrintableString(derEncoded: &nodes)
                return PDSLocation(url: String(url), language: String(language))
            }
        }
    }
}

/// certificatePolicies (RFC 5280 §4.2.1.4): `SEQUENCE OF PolicyInformation`, where
/// `PolicyInformation ::= SEQUENCE { policyIdentifier OBJECT IDENTIFIER, policyQualifiers ... OPTIONAL }`.
enum CertificatePolicies {
    static func oids(fromDER der: [UInt8]) throws(CryptoIOError) -> [String] {
        do {
            let root = try DER.parse(der)
            guard case .constructed(let policies) = root.content, root.identifier == .sequence else {
                throw ASN1Error.unexpectedFieldType(root.identifier)
            }
            return try policies.map { policy in
                try DER.sequence(policy, identifier: .sequence) { nodes in
                    let oid = try ObjectIdentifierText.read(&nodes)
                    while nodes.next() != nil {}
                    return oid
                }
            }
        } catch {
            throw CryptoIOError(.parseFailed, "The certificatePolicies extension is malformed (\(error)).")
        }
    }
}
