import Catalog
import Storage
import Foundation
import Lifecycle

extension RecordImporter {
    mutating func importQSCD(_ entry: DropEntry) throws {
        try forEachRecord(entry, QSCDRecord.self) { importer, line, record in
            let isNew = try importer.catalog.insert(record, source: importer.source(entry, line: line))
            importer.report.count(.qscd) { if isNew { $0.accepted += 1 } else { $0.duplicates += 1 } }
        }
    }

    /// An exception-register entry: added to the register (a new entry, version 1, change `import`)
    /// unless the same entry was imported before.
    mutating func importException(_ entry: DropEntry, size: Int64) throws {
        guard let bytes = try readWhole(entry, size: size) else { return }
        let input: ExceptionEntryInput
        do {
            input = try RecordDecoding.decode(ExceptionEntryInput.self, from: bytes, decoder: decoder)
        } catch {
            try reject(.exception, file: entry.path, line: nil, error)
            return
        }
        let (_, hash) = try Self.normalized(input)
        guard try !catalog.hasImportedException(entrySHA256: hash) else {
            report.count(.exception) { $0.duplicates += 1 }
            return
        }
        let versions = try catalog.exceptionVersions()
        let id = ExceptionRegisterFile.nextID(after: versions)
        try catalog.append(
            ExceptionVersion(
                entryID: id,
                version: 1,
                change: .import,
                changedAt: RFC3339.format(now),
                entry: input,
                batchID: batchID.rawValue,
                sourceFile: entry.path
            ),
            entrySHA256: hash
        )
        registerChanged = true
        report.count(.exception) { $0.accepted += 1 }
    }
}
