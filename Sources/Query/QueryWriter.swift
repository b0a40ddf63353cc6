import Foundation

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

    package func write(byte: UInt8) {
        buffer.append(byte)
    }

    /// Hands what is buffered to the sink (nothing without one).
    package func flush() throws {
        guard let sink, !buffer.isEmpty else { return }
        try sink(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// A JSON string: most values need no escape and are copied whole, which a million-row answer notices.
    package func writeJSONString(_ text: String) {
        buffer.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            guard bytes.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
                buffer.append(contentsOf: bytes)
                return
            }
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\""): buffer.append(contentsOf: #"\""#.utf8)
                case UInt8(ascii: "\\"): buffer.append(contentsOf: #"\\"#.utf8)
                case UInt8(ascii: "\n"): buffer.append(contentsOf: #"\n"#.utf8)
                case UInt8(ascii: "\r"): buffer.append(contentsOf: #"\r"#.utf8)
                case UInt8(ascii: "\t"): buffer.append(contentsOf: #"\t"#.utf8)
                case ..<0x20: buffer.append(contentsOf: String(format: "\\u%04x", byte).utf8)
                default: buffer.append(byte)
                }
            }
        }
        buffer.append(UInt8(ascii: "\""))
    }
}
