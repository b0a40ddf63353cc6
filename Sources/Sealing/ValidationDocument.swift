import Foundation

/// `data/validation/validation.json` in a batch's record (SPEC "Evidence over time", validation
/// data, sealed): the chains of the sealing and TSA certificates and the revocation status of
/// each certificate below its root, as collected just before the batch was timestamped. The
/// certificates, CRLs and OCSP responses themselves are files beside it, named by their SHA-256.
package struct ValidationDocument: Sendable, Codable, Equatable {
    package static let currentFormat = "qcarchive-validation-data/1"
    /// The folder of the batch record that holds the document and its files.
    package static let folder = "data/validation"
    package static let path = folder + "/validation.json"

    /// Which key a chain belongs to.
    package enum Chain: String, Sendable, Codable {
        case sealing, timestamping
    }

    /// The outcome of one status check.
    package enum Result: String, Sendable, Codable {
        case good, revoked
        /// No status could be collected (no source named, a source down); a warning says why.
        case notCollected = "not-collected"
    }

    /// Where a status came from.
    package enum Source: String, Sendable, Codable {
        /// A CRL fetched from the distribution point the certificate names.
        case crl
        /// An OCSP response from the responder the certificate names.
        case ocsp
        /// A CRL the archive keeps in `trust/crls/` (the demo CAs publish theirs there).
        case archiveCRL = "archive-crl"
    }

    /// The revocation status of one certificate.
    package struct Status: Sendable, Codable, Equatable {
        package var result: Result
        package var source: Source?
        package var url: String?
        /// The CRL or OCSP response, relative to the bag.
        package var file: String?
        package var thisUpdate: String?
        package var nextUpdate: String?
        package var revokedAt: String?
        package var reason: String?

        enum CodingKeys: String, CodingKey {
            case result, source, url, file
            case thisUpdate = "this_update"
            case nextUpdate = "next_update"
            case revokedAt = "revoked_at"
            case reason
        }
    }

    /// One certificate of a chain: position 0 is the key's own certificate, the last one the root.
    package struct Entry: Sendable, Codable, Equatable {
        package var chain: Chain
        package var position: Int
        package var subject: String
        package var serial: String
        package var sha256: String
        package var notBefore: String
        package var notAfter: String
        /// The certificate in DER, relative to the bag.
        package var file: String
        /// Nil for a self-signed root: a trust anchor has no revocation status.
        package var status: Status?

        enum CodingKeys: String, CodingKey {
            case chain, position, subject, serial, sha256
            case notBefore = "not_before"
            case notAfter = "not_after"
            case file, status
        }
    }

    package var format = Self.currentFormat
    package var collectedAt: String
    package var certificates: [Entry]
    /// Status that could not be collected, in words; also in the batch's report.json.
    package var warnings: [String]

    enum CodingKeys: String, CodingKey {
        case format
        case collectedAt = "collected_at"
        case certificates, warnings
    }

    package init(collectedAt: String, certificates: [Entry], warnings: [String]) {
        self.collectedAt = collectedAt
        self.certificates = certificates
        self.warnings = warnings
    }
}

/// The validation data of one batch: the document and the files it names (bag-relative paths).
package struct ValidationData: Sendable {
    package var document: ValidationDocument
    package var files: [(path: String, bytes: [UInt8])]

    package init(document: ValidationDocument, files: [(path: String, bytes: [UInt8])]) {
        self.document = document
        self.files = files
    }

    /// The first certificate of `chain` that is revoked, if any: nothing may be sealed with it.
    package func revoked(in chain: ValidationDocument.Chain) -> ValidationDocument.Entry? {
        document.certificates.first { $0.chain == chain && $0.status?.result == .revoked }
    }
}
