import Storage
import ZlibIO

/// Streams the lines of a JSONL file (optionally gzip-compressed) with bounded memory: a line longer
/// than `maximumLineLength` is skipped to its end and reported, never held whole.
package enum JSONLines {
    /// The longest line accepted (1 MiB): event, OCSP and QSCD records are a few hundred bytes.
    package static let maximumLineLength = 1 << 20

    /// One line as read: its 1-based number and its bytes, or the reason it could not be read.
    package enum Line: Sendable {
        case record(number: Int, bytes: [UInt8])
        case tooLong(number: Int, length: Int)
    }

    /// Calls `body` for every non-blank line of the file.
    /// - Throws: `StorageError` for an unreadable file, `ZlibError` for corrupt gzip, or what `body` throws.
    package static func forEach(path: String, gzip: Bool, _ body: (Line) throws -> Void) throws {
        var splitter = Splitter()
        if gzip {
            var inflater = try GzipInflater()
            try FileIO.forEachChunk(of: path) { chunk in try splitter.feed(try inflater.inflate(chunk), body) }
            try inflater.finish()
        } else {
            try FileIO.forEachChunk(of: path) { chunk in try splitter.feed(chunk, body) }
        }
        try splitter.finish(body)
    }

    private struct Splitter {
        var pending: [UInt8] = []
        var overflow = 0
        var number = 0

        mutating func feed(_ chunk: [UInt8], _ body: (Line) throws -> Void) throws {
            var start = 0
            while let newline = chunk[start...].firstIndex(of: 0x0A) {
                try accept(chunk[start..<newline])
                try endLine(body)
                start = newline + 1
            }
            try accept(chunk[start...])
        }

        mutating func accept(_ part: ArraySlice<UInt8>) throws {
            if overflow > 0 {
                overflow += part.count
            } else if pending.count + part.count > JSONLines.maximumLineLength {
                overflow = pending.count + part.count
                pending = []
            } else {
                pending.append(contentsOf: part)
            }
        }

        mutating func endLine(_ body: (Line) throws -> Void) throws {
            number += 1
            defer {
                pending.removeAll(keepingCapacity: true)
                overflow = 0
            }
            if overflow > 0 {
                try body(.tooLong(number: number, length: overflow))
                return
            }
            if pending.last == 0x0D { pending.removeLast() }
            if pending.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
            try body(.record(number: number, bytes: pending))
        }

        mutating func finish(_ body: (Line) throws -> Void) throws {
            if !pending.isEmpty || overflow > 0 { try endLine(body) }
        }
    }
}
