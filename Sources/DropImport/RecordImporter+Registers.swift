import Catalog
import Foundation
import Lifecycle

extension RecordImporter {
    mutating func importQSCD(_ entry: DropEntry) throws {
        try forEachLine(entry) { importer, line, bytes in
            let record: QSCDRecord
            switch RecordDecoding.result(QSCDRecord.self, from: bytes, decoder: importer.decoder) {
            case .success(let decoded): record = decoded
            case .failure(let reason):
                importer.report.reject(.qscd, file: entry.path, line: line, reason)
                return
            }
            let isNew = try importer.catalog.insert(record, source: importer.source(entry, line: line))
            importer.report.count(.qscd) { if isNew { $0.accepted += 1 } else { $0.duplicates += 1 } }
        }
    }

    /// An exception-register entry (the register itself is kept by the Exceptions layer).
    mutating func importException(_ entry: DropEntry, size: Int64) throws {
        guard let bytes = try readWhole(entry, size: size) else { return }
        let input: ExceptionEntryInput
        do {
            input = try RecordDecoding.decode(ExceptionEntryInput.self, from: bytes, decoder: decoder)
        } catch {
            report.reject(.exception, file: entry.path, line: nil, error)
            return
        }
        let (json, hash) = try normalized(input)
        let isNew = try catalog.insertException(body: json, contentSHA256: hash, source: source(entry, line: nil))
        report.count(.exception) { if isNew { $0.accepted += 1 } else { $0.duplicates += 1 } }
    }
}
