import CryptoIO
import Catalog
import Foundation
import Lifecycle
import Storage
import ZlibIO

/// Parses the records of one drop file into the catalog, counting and rejecting as it goes.
/// One extension per input kind (`RecordImporter+Events.swift`, …).
struct RecordImporter {
    let catalog: any ImportCatalog
    let batchID: BatchID
    let store: ContentStore
    /// The SHA-256 of every file of the drop, by path relative to the drop.
    let digests: [String: SHA256Digest]
    var report: ImportReport
    let decoder = JSONDecoder()
    /// The batch's time, for imported register versions.
    var now = Date()
    /// True when an exception-register entry was imported (the register file is rewritten).
    var registerChanged = false
    /// Told the number of lines read in the current file, every `progressInterval` lines.
    var progress: ((Int) -> Void)?
    static let progressInterval = 1 << 14

    /// Events and OCSP answers waiting to be written together (a PostgreSQL catalog takes a thousand
    /// in a few statements instead of a round trip each). Written every `bulkSize`, at the end of each
    /// file and before any reject, so that counts, rejects and touched certificates come in line order.
    var pendingEvents: [StoredEvent] = []
    var pendingAnswers: [(answer: OCSPLogEntry, source: RecordSource, kind: DropFileKind)] = []
    static let bulkSize = 1_000

    /// The longest single-document file read whole (certificates, CRLs, metadata): 16 MiB.
    static let maximumDocumentSize: Int64 = 16 << 20

    mutating func importFile(_ entry: DropEntry, digest: SHA256Digest, size: Int64) throws {
        try importRecords(entry, digest: digest, size: size)
        try flushPending()
    }

    /// Reports a rejected record or file, after the records read before it are written.
    mutating func reject(_ kind: DropFileKind, file: String, line: Int?, _ reason: RejectReason) throws {
        try flushPending()
        report.reject(kind, file: file, line: line, reason)
    }

    /// Writes the pending events and answers, and counts, rejects and touches as each one's outcome says.
    mutating func flushPending() throws {
        if !pendingEvents.isEmpty {
            let events = pendingEvents
            pendingEvents.removeAll(keepingCapacity: true)
            var touched: [CertificateRef] = []
            for (stored, outcome) in zip(events, try catalog.insert(events)) {
                switch outcome {
                case .inserted:
                    report.count(.events) { $0.accepted += 1 }
                    touched += [stored.event.certificate, stored.event.predecessor].compactMap { $0 }
                case .duplicate:
                    report.count(.events) { $0.duplicates += 1 }
                case .conflict(let firstBatch, let firstFile, let firstLine):
                    report.reject(
                        .events,
                        file: stored.file,
                        line: stored.line,
                        RejectReason(
                            .conflictingEventID,
                            "The event_id \"\(stored.event.eventID)\" was already imported with different content "
                                + "(batch \(firstBatch), \(firstFile) line \(firstLine)); the first version stands."
                        )
                    )
                }
            }
            try catalog.markTouched(touched, by: batchID)
        }
        if !pendingAnswers.isEmpty {
            let answers = pendingAnswers
            pendingAnswers.removeAll(keepingCapacity: true)
            var touched: [CertificateRef] = []
            for (item, isNew) in zip(answers, try catalog.insert(answers.map { ($0.answer, $0.source) })) {
                guard isNew else {
                    report.count(item.kind) { $0.duplicates += 1 }
                    continue
                }
                report.count(item.kind) { $0.accepted += 1 }
                if item.answer.status != "good" { touched.append(item.answer.certificate) }
            }
            try catalog.markTouched(touched, by: batchID)
        }
    }

    private mutating func importRecords(_ entry: DropEntry, digest: SHA256Digest, size: Int64) throws {
        progress?(0)
        if size == 0 {
            try reject(entry.kind, file: entry.path, line: nil, RejectReason(.emptyFile, "The file is empty."))
            return
        }
        switch entry.kind {
        case .batchInfo: break  // read before the transaction, by ImportJob
        case .caCertificate: try importCACertificate(entry, size: size)
        case .certificate: try importCertificates([(entry, size)])
        case .events: try importEvents(entry)
        case .documentMetadata: try importDocument(entry, size: size)
        case .documentFile: report.count(.documentFile) { $0.accepted += 1 }  // archived; checked through its metadata
        case .crl: try importCRL(entry, digest: digest, size: size)
        case .crlPublications: try importCRLPublications(entry)
        case .ocspLog: try importOCSPLog(entry)
        case .ocspResponse: try importOCSPResponse(entry, size: size)
        case .qscd: try importQSCD(entry)
        case .exception: try importException(entry, size: size)
        case .unrecognized:
            let why =
                entry.nameIsUTF8
                ? "The file is not part of the drop layout (SPEC \"The drop\")"
                : "The file name is not valid UTF-8 or holds a backslash (shown with \\xHH escapes)"
            try reject(
                .unrecognized,
                file: entry.path,
                line: nil,
                RejectReason(.unexpectedFile, why + "; it was archived as-is but not read.")
            )
        }
    }

    /// Reads a single-document file whole, or rejects it when it is larger than any such document.
    mutating func readWhole(_ entry: DropEntry, size: Int64) throws -> [UInt8]? {
        guard size <= Self.maximumDocumentSize else {
            try reject(
                entry.kind,
                file: entry.path,
                line: nil,
                RejectReason(
                    .fileTooLarge,
                    "The file has \(size) bytes; a \(entry.kind.rawValue) file is at most \(Self.maximumDocumentSize)."
                )
            )
            return nil
        }
        return try FileIO.read(entry.absolutePath)
    }

    /// Lines decoded at once by one worker: large enough to outweigh the hand-over, small enough to keep memory flat.
    static let linesPerChunk = 512

    /// Streams the JSONL lines of a file: `decode` runs on the other cores, a chunk of lines at a
    /// time, while this thread hands each decoded line to `body` in file order. Overlong lines and
    /// corrupt compression become rejects, in line order with the rest.
    mutating func forEachLine<Decoded: Sendable>(
        _ entry: DropEntry,
        decode: @escaping @Sendable ([UInt8], JSONDecoder) -> Decoded,
        _ body: (inout RecordImporter, Int, Decoded) throws -> Void
    ) throws {
        var work = OrderedWork<[DecodedLine<Decoded>]>(limit: 4)
        var chunk: [JSONLines.Line] = []
        func handle(_ results: [Result<[DecodedLine<Decoded>], any Error>]) throws {
            for result in results {
                for line in try result.get() {
                    switch line {
                    case .tooLong(let number, let length):
                        try reject(
                            entry.kind,
                            file: entry.path,
                            line: number,
                            RejectReason(
                                .lineTooLong,
                                "The line has \(length) bytes; a record is at most \(JSONLines.maximumLineLength)."
                            )
                        )
                    case .record(let number, let decoded):
                        if number % Self.progressInterval == 0 { progress?(number) }
                        try body(&self, number, decoded)
                    }
                }
            }
        }
        func submit() throws {
            let lines = chunk
            chunk.removeAll(keepingCapacity: true)
            try handle(
                work.submit {
                    let decoder = JSONDecoder()
                    return lines.map { line in
                        switch line {
                        case .tooLong(let number, let length): .tooLong(number, length)
                        case .record(let number, let bytes): .record(number, decode(bytes, decoder))
                        }
                    }
                }
            )
        }
        do {
            try JSONLines.forEach(path: entry.absolutePath, gzip: entry.path.hasSuffix(".gz")) { line in
                chunk.append(line)
                if chunk.count == Self.linesPerChunk { try submit() }
            }
            try submit()
            try handle(work.finish())
        } catch let error as StorageError {
            throw error
        } catch let error as CatalogError {
            throw error
        } catch let error as ZlibError {
            // The lines before the damage are records like any other.
            try submit()
            try handle(work.finish())
            try reject(
                entry.kind,
                file: entry.path,
                line: nil,
                RejectReason(
                    .corruptFile,
                    "The compressed file is corrupt or truncated (\(error)); records after the damage were not read."
                )
            )
        }
    }

    /// Streams the JSONL records of a file: each valid record goes to `body`, each invalid line is a reject.
    mutating func forEachRecord<T: ValidatedRecord>(
        _ entry: DropEntry,
        _ type: T.Type,
        _ body: (inout RecordImporter, Int, T) throws -> Void
    ) throws {
        try forEachLine(
            entry,
            decode: { bytes, decoder in RecordDecoding.result(T.self, from: bytes, decoder: decoder) }
        ) { importer, line, decoded in
            switch decoded {
            case .success(let record): try body(&importer, line, record)
            case .failure(let reason): try importer.reject(entry.kind, file: entry.path, line: line, reason)
            }
        }
    }

    /// The normalized JSON of a record (the contract's fields only, sorted keys) and its SHA-256.
    static func normalized(_ value: some Encodable) throws -> (json: String, sha256: String) {
        let json = try DocumentJSON.normalized(value)
        return (json, SHA256Digest.of(json).hex)
    }

    func source(_ entry: DropEntry, line: Int?) -> RecordSource {
        RecordSource(batchID: batchID, file: entry.path, line: line)
    }
}

/// One line of a JSONL file after a worker decoded it.
enum DecodedLine<Decoded: Sendable>: Sendable {
    case tooLong(Int, Int)
    case record(Int, Decoded)
}
