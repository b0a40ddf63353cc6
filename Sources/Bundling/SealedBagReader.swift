import ArchiveIO
import Catalog
import CryptoIO
import Foundation
import Sealing
import Lifecycle

/// Reads back what a sealed bag carries that the content store does not: the certificate as bundled,
/// the lifecycle events with their provenance, the findings, and a batch record's batch, drop files
/// and rejects. `reindex` takes documents and status evidence from the store instead (whole CRLs,
/// every OCSP answer), so the bags' copies of those are not read back.
package struct SealedBagContent: Sendable {
    package var bagInfo: [String: String] = [:]
    package var certificateDER: [UInt8]?
    package var certificateBatchID: BatchID?
    package var certificateSourceFile: String?
    package var issuerVerified = false
    package var events: [StoredEvent] = []
    package var findings: [FindingRecord] = []
    // Batch records only.
    package var batch: BatchRecord?
    package var dropFiles: [DropFileRecord] = []
    package var rejects: [RejectRecord] = []

    /// The certificate version of a certificate bundle.
    package var certificate: (ref: CertificateRef, version: Int)? {
        guard let issuer = bagInfo["Certificate-Issuer"], let serial = bagInfo["Certificate-Serial"],
            let version = bagInfo["Bundle-Version"].flatMap(Int.init)
        else { return nil }
        // Versions before 0.15 wrote a non-ASCII DN with \XX escapes: indexed in the form certificates are compared in.
        return (CertificateRef(issuer: DistinguishedName.canonical(issuer), serial: serial), version)
    }
}

package enum SealedBagReader {
    /// Decodes a bundle or batch record.
    /// - Throws: `BundleError` `.unreadable` naming the member that cannot be read.
    package static func read(_ bytes: [UInt8], name: String) throws -> SealedBagContent {
        try read(try Bag.read(bytes, name: name), name: name)
    }

    /// Decodes a bag already read (`Bag.read`).
    /// - Throws: `BundleError` `.unreadable` naming the member that cannot be read.
    package static func read(_ bag: Bag, name: String) throws -> SealedBagContent {
        let files = bag.files
        var content = SealedBagContent()
        content.bagInfo = Dictionary(bag.bagInfo.fields.map { ($0.label, $0.value) }, uniquingKeysWith: { a, _ in a })
        let decoder = JSONDecoder()
        func decode<T: Decodable>(_ type: T.Type, _ path: String) throws -> T? {
            guard let data = files[path] else { return nil }
            do {
                return try decoder.decode(type, from: Data(data))
            } catch {
                throw BundleError(.unreadable, "\(name): \(path) cannot be read back (\(error)).", underlying: error)
            }
        }
        func stored(_ entries: [LifecycleDocument.Entry]) -> [StoredEvent] {
            entries.map { entry in
                let json = entry.event.normalizedJSON
                return StoredEvent(
                    event: entry.event,
                    normalizedJSON: json,
                    contentSHA256: SHA256Digest.of(json).hex,
                    batchID: BatchID(entry.batchID),
                    file: entry.file,
                    line: entry.line
                )
            }
        }
        content.certificateDER = files["data/certificate.der"]
        if let certificate = try decode(CertificateDocument.self, "data/certificate.json") {
            content.certificateBatchID = BatchID(certificate.sourceBatchID)
            content.certificateSourceFile = certificate.sourceFile
            content.issuerVerified = certificate.issuerSignatureVerified
        }
        content.events = stored(try decode(LifecycleDocument.self, "data/lifecycle.json")?.events ?? [])
        content.events += stored(try decode([LifecycleDocument.Entry].self, "data/events.json") ?? [])
        content.findings = try (decode([FindingDocument].self, "data/findings.json") ?? []).map(\.record)
        if let batch = try decode(BatchRecordContent.BatchDocument.self, "data/batch.json") {
            content.batch = BatchRecord(
                id: BatchID(batch.batchID),
                source: batch.source,
                cutoff: batch.cutoff,
                dropPath: batch.dropPath,
                dropDigest: batch.dropDigest,
                startedAt: RFC3339.parse(batch.startedAt) ?? .distantPast,
                state: .sealed
            )
            content.dropFiles = try (decode([BatchRecordContent.DropFileDocument].self, "data/drop-files.json") ?? [])
                .map {
                    DropFileRecord(
                        batchID: BatchID(batch.batchID),
                        path: $0.path,
                        sha256: $0.sha256,
                        size: $0.size,
                        kind: $0.kind
                    )
                }
            struct Report: Decodable {
                struct Reject: Decodable {
                    var file: String
                    var line: Int?
                    var reasonClass: String
                    var reason: String
                    enum CodingKeys: String, CodingKey { case file, line, reasonClass = "reason_class", reason }
                }
                var rejects: [Reject]
            }
            content.rejects = try (decode(Report.self, "data/report.json")?.rejects ?? []).map {
                RejectRecord(
                    batchID: BatchID(batch.batchID),
                    file: $0.file,
                    line: $0.line,
                    reasonClass: $0.reasonClass,
                    message: $0.reason
                )
            }
        }
        return content
    }
}

extension FindingDocument {
    /// The catalog record of a finding read back from a bag.
    var record: FindingRecord {
        FindingRecord(
            rule: rule,
            certificate: serial.flatMap { serial in issuer.map { CertificateRef(issuer: $0, serial: serial) } },
            applicationID: applicationID.map(ApplicationID.init),
            key: key ?? "",
            policy: policy,
            severity: severity,
            message: message,
            evidence: evidence,
            observedAt: observedAt,
            batchID: BatchID(batchID),
            state: state.flatMap(FindingState.init) ?? .open,
            resolvedBy: resolvedBy.map(BatchID.init)
        )
    }
}
