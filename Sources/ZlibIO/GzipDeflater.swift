internal import CZlib

/// Streaming gzip compression (RFC 1952): the member `Gzip.compress` makes of the same bytes at the
/// same level, fed in chunks of any size, so that a large file is compressed without being held.
package final class GzipDeflater {
    // zlib keeps the stream's address (deflateStateCheck): it lives on the heap, not in a Swift value.
    // A class, so that a reader's closure can feed it.
    private let stream: UnsafeMutablePointer<z_stream>

    /// Starts a member at the given level (0...9).
    /// - Throws: `ZlibError` `.failed`.
    package init(level: Int32) throws(ZlibError) {
        stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let status = qc_deflate_init2(stream, level, 15 + 16)
        guard status == Z_OK else {
            stream.deallocate()
            throw ZlibError(
                code: .failed,
                message: "Could not start gzip compression.",
                library: "deflateInit2 returned \(status)"
            )
        }
    }

    deinit {
        deflateEnd(stream)
        stream.deallocate()
    }

    /// Compresses the next bytes; returns what zlib has ready (often nothing).
    /// - Throws: `ZlibError` `.failed`.
    package func compress(_ chunk: [UInt8]) throws(ZlibError) -> [UInt8] {
        try run(chunk, flush: Z_NO_FLUSH)
    }

    /// Ends the member: the rest of the compressed bytes and the CRC-32 and size trailer. Nothing
    /// may be compressed after it.
    /// - Throws: `ZlibError` `.failed`.
    package func finish() throws(ZlibError) -> [UInt8] {
        try run([], flush: Z_FINISH)
    }

    private func run(_ chunk: [UInt8], flush: Int32) throws(ZlibError) -> [UInt8] {
        var input = chunk
        var output: [UInt8] = []
        var status = Z_OK
        let stream = self.stream
        input.withUnsafeMutableBufferPointer { inputBuffer in
            stream.pointee.next_in = inputBuffer.baseAddress
            stream.pointee.avail_in = UInt32(inputBuffer.count)
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            repeat {
                let produced = buffer.withUnsafeMutableBufferPointer { outputBuffer in
                    stream.pointee.next_out = outputBuffer.baseAddress
                    stream.pointee.avail_out = UInt32(outputBuffer.count)
                    status = deflate(stream, flush)
                    return outputBuffer.count - Int(stream.pointee.avail_out)
                }
                output += buffer[..<produced]
                // More to do while the output buffer came back full, input is left, or the end is not written.
            } while status == Z_OK
                && (stream.pointee.avail_out == 0 || stream.pointee.avail_in > 0 || flush == Z_FINISH)
            stream.pointee.next_in = nil
        }
        let done = flush == Z_FINISH ? status == Z_STREAM_END : status == Z_OK || status == Z_BUF_ERROR
        guard done else {
            throw ZlibError(
                code: .failed,
                message: "Could not compress the data.",
                library: "deflate returned \(status)"
            )
        }
        return output
    }
}
