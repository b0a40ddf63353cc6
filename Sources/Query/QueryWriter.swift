import Foundation
import Lifecycle

/// Rendered bytes on their way out: kept in a buffer, handed to `sink` each time it passes a
/// megabyte (a streamed answer's memory stays that), or kept whole when there is no sink.
package final class QueryWriter {
    private var buffer: [UInt8] = []
    private let sink: (([UInt8]) throws -> Void)?
    private static let flushSize = 1 << 20

    /// - Parameter sink: where full buffers go; nil keeps everything (`text`).
    package init(sink: (([UInt8]) throws -> Void)? = nil) {
        self.sink = sink
        buffer.reserveCapacity(sink == nil ? 4_096 : Self.flushSize + 65_536)
    }

    /// Writes to standard output.
    package static func standardOutput() -> QueryWriter {
        QueryWriter { try FileHandle.standardOutput.write(contentsOf: $0) }
    }

    /// Everything written, when there is no sink.
    package var text: String { String(decoding: buffer, as: UTF8.self) }

    package func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.flushSize { try flush() }
    }

    package func write(bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.flushSize { try flush() }
    }

    /// Hands what is buffered to the sink (nothing without one).
    package func flush() throws {
        guard let sink, !buffer.isEmpty else { return }
        try sink(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
