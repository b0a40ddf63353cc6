import Foundation
import Lifecycle

/// `data/index.json` of a supervision pack, indexed the way audit attestations are: what was
/// selected and for which period, the issuing CA certificates by SHA-256 fingerprint, the CP/CPS
/// versions in force, and counts per policy and per rule.
package struct PackIndex: Codable, Sendable, Equatable {
    package struct Selection: Codable, Sendable, Equatable {
        /// "policies-and-period" or "serials-file".
        var kind: String
        var policies: [String]
        /// RFC 3339; nil when open.
        var from: String?
        var to: String?
        var serialsFile: String?
        var serialsListed: Int?

        enum CodingKeys: String, CodingKey {
            case kind, policies, from, to
            case serialsFile = "serials_file"
            case serialsListed = "serials_listed"
        }

        init(_ selection: SupervisionSelection) {
            switch selection {
            case .period(let policies, let from, let to):
                kind = "policies-and-period"
                self.policies = policies.map(\.rawValue)
                self.from = from.map(RFC3339.format)
                self.to = to.map(RFC3339.format)
            case .listed(let file, let listed):
                kind = "serials-file"
                policies = []
                serialsFile = (file as NSString).lastPathComponent
                serialsListed = listed.count
            }
        }
    }

    package struct IssuingCA: Codable, Sendable, Equatable {
        var subject: String
        var sha256: String
    }

    package struct Document: Codable, Sendable, Equatable {
        var documentID: String
        var kind: String
        var version: String
        var effectiveFrom: String
        var effectiveTo: String?
        var policies: [String]
        var sha256: String

        enum CodingKeys: String, CodingKey {
            case kind, version, policies, sha256
            case documentID = "document_id"
            case effectiveFrom = "effective_from"
            case effectiveTo = "effective_to"
        }
    }

    package struct Certificate: Codable, Sendable, Equatable {
        var issuer: String
        var serial: String
        var policy: String?
        var bundleVersions: Int

        enum CodingKeys: String, CodingKey {
            case issuer, serial, policy
            case bundleVersions = "bundle_versions"
        }
    }

    var format = "qcarchive-supervision-pack/1"
    var archiveID: String
    var createdAt: String
    var selection: Selection
    var conformanceBoundary: String
    var issuingCAs: [IssuingCA]
    var cpCpsInForce: [Document]
    var otherDocuments: [Document]
    var certificatesPerPolicy: [String: Int]
    var findingsPerRule: [String: Int]
    var exceptionEntries: Int
    var batches: [String]
    var certificates: [Certificate]

    enum CodingKeys: String, CodingKey {
        case format, selection, batches, certificates
        case archiveID = "archive_id"
        case createdAt = "created_at"
        case conformanceBoundary = "conformance_boundary"
        case issuingCAs = "issuing_cas"
        case cpCpsInForce = "cp_cps_in_force"
        case otherDocuments = "other_documents"
        case certificatesPerPolicy = "certificates_per_policy"
        case findingsPerRule = "findings_per_rule"
        case exceptionEntries = "exception_entries"
    }
}
