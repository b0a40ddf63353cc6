import Catalog
import Foundation
import Lifecycle

/// The payload documents of one bundle, assembled from the catalog (SPEC "Bundle": `data/`).
package struct BundleContent {
    /// `data/certificate.json`: the certificate's parsed identity.
    struct CertificateDocument: Encodable {
        var issuer: String
        var serial: String
        var subject: String
        var notBefore: String
        var notAfter: String
        var sha256: String
        var spkiSHA256: String
        var issuerSignatureVerified: Bool
        var sourceFile: String
        var sourceBatchID: String

        enum CodingKeys: String, CodingKey {
            case issuer, serial, subject, notBefore = "not_before", notAfter = "not_after", sha256
            case spkiSHA256 = "spki_sha256", issuerSignatureVerified = "issuer_signature_verified"
            case sourceFile = "source_file", sourceBatchID = "source_batch_id"
        }
    }

    /// `data/lifecycle.json`: every event so far, normalized, with where each came from.
    struct LifecycleDocument: Encodable {
        struct Entry: Encodable {
            var event: LifecycleEvent
            var batchID: String
            var file: String
            var line: Int
            enum CodingKeys: String, CodingKey { case event, batchID = "batch_id", file, line }
        }
        var certificate: CertificateRef
        var events: [Entry]
    }

    /// Builds the payload files of a certificate's bundle.
    /// - Throws: `BundleError` `.certificateNotFound` when the catalog has no such certificate.
    package static func payload(for ref: CertificateRef, catalog: any ArchiveCatalog) throws -> [BagIt.File] {
        guard let certificate = try catalog.certificate(ref) else {
            throw BundleError(.certificateNotFound, "The catalog has no certificate \(ref).")
        }
        let events = try catalog.events(about: ref)
        let certificateDocument = CertificateDocument(
            issuer: ref.issuer, serial: ref.serial, subject: certificate.subject,
            notBefore: RFC3339.format(certificate.notBefore), notAfter: RFC3339.format(certificate.notAfter),
            sha256: certificate.sha256, spkiSHA256: certificate.spkiSHA256, issuerSignatureVerified: certificate.issuerVerified,
            sourceFile: certificate.sourceFile, sourceBatchID: certificate.batchID.rawValue)
        let lifecycle = LifecycleDocument(
            certificate: ref,
            events: events.map { .init(event: $0.event, batchID: $0.batchID.rawValue, file: $0.file, line: $0.line) })
        return [
            BagIt.File(path: "data/certificate.der", bytes: certificate.der),
            BagIt.File(path: "data/certificate.json", bytes: try DocumentJSON.encode(certificateDocument)),
            BagIt.File(path: "data/lifecycle.json", bytes: try DocumentJSON.encode(lifecycle)),
        ]
    }
}
