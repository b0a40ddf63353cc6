import CryptoIO
import Catalog
import Foundation
import Lifecycle

extension RecordImporter {
    /// Document metadata: the file it names must be in the drop (or already in the archive's store)
    /// with the SHA-256 the metadata claims.
    mutating func importDocument(_ entry: DropEntry, size: Int64) throws {
        guard let bytes = try readWhole(entry, size: size) else { return }
        let document: DocumentVersion
        do {
            document = try RecordDecoding.decode(DocumentVersion.self, from: bytes, decoder: decoder)
        } catch {
            try reject(.documentMetadata, file: entry.path, line: nil, error)
            return
        }
        let filePath = "documents/" + document.file
        if let actual = digests[filePath] {
            guard actual.hex == document.sha256 else {
                try reject(
                    .documentMetadata,
                    file: entry.path,
                    line: nil,
                    RejectReason(
                        .documentHashMismatch,
                        "The metadata of \(document.documentID) says \(filePath) has SHA-256 \(document.sha256), but "
                            + "the file has \(actual.hex)."
                    )
                )
                return
            }
        } else if let claimed = SHA256Digest(hex: document.sha256), (try? store.get(claimed)) == nil {
            try reject(
                .documentMetadata,
                file: entry.path,
                line: nil,
                RejectReason(
                    .documentHashMismatch,
                    "The document file \(filePath) of \(document.documentID) is neither in this drop nor in the "
                        + "archive."
                )
            )
            return
        }
        let (_, hash) = try Self.normalized(document)
        switch try catalog.insert(
            DocumentRecord(document: document, contentSHA256: hash, batchID: batchID, file: entry.path)
        ) {
        case .inserted: report.count(.documentMetadata) { $0.accepted += 1 }
        case .duplicate: report.count(.documentMetadata) { $0.duplicates += 1 }
        case .conflict(let firstBatch, let firstFile, _):
            try reject(
                .documentMetadata,
                file: entry.path,
                line: nil,
                RejectReason(
                    .conflictingEventID,
                    "The document_id \"\(document.documentID)\" was already imported with different metadata (batch "
                        + "\(firstBatch), \(firstFile)); a new version needs a new document_id."
                )
            )
        }
    }
}
