internal import CZlib

/// Streaming gzip/zlib decompression (RFC 1952/1950), for compressed drop files such as rotated
/// OCSP responder logs (`*.jsonl.gz`). Memory stays bounded by the chunk sizes the caller feeds.
package struct GzipInflater: ~Copyable {
    private let stream: UnsafeMutablePointer<z_stream>
    /// True once the end of the compressed stream was reached.
    package private(set) var finished = false
    /// Where each gzip member starts in the input fed so far (the first at 0).
    package private(set) var memberStarts: [Int] = [0]
    /// The input bytes fed so far.
    private var consumed = 0

    /// Starts a decoder that accepts gzip or zlib headers (window bits 15 + 32).
    /// - Throws: `ZlibError` `.failed` when zlib cannot start.
    package init() throws(ZlibError) {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let status = qc_inflate_init2(stream, 15 + 32)
        guard status == Z_OK else {
            stream.deallocate()
            throw ZlibError(
                code: .failed,
                message: "Could not start gzip decompression.",
                library: "inflateInit2 returned \(status)"
            )
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deallocate()
    }

    /// Decompresses one chunk and returns the bytes it yields.
    /// - Throws: `ZlibError` `.corrupt` for data that is not a valid deflate stream.
    package mutating func inflate(_ chunk: [UInt8]) throws(ZlibError) -> [UInt8] {
        guard !chunk.isEmpty else { return [] }
        if finished {
            // A new gzip member after the end of the last (RFC 1952 §2.2: a file may hold several).
            guard inflateReset(stream) == Z_OK else {
                throw ZlibError(code: .failed, message: "Could not restart decompression.", library: "inflateReset")
            }
            finished = false
            memberStarts.append(consumed)
        }
        let chunkStart = consumed
        consumed += chunk.count
        var starts: [Int] = []
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var input = chunk
        let status: Int32 = input.withUnsafeMutableBufferPointer { inputBuffer in
            stream.pointee.next_in = inputBuffer.baseAddress
            stream.pointee.avail_in = UInt32(inputBuffer.count)
            var status = Z_OK
            while true {
                status = buffer.withUnsafeMutableBufferPointer { outputBuffer in
                    stream.pointee.next_out = outputBuffer.baseAddress
                    stream.pointee.avail_out = UInt32(outputBuffer.count)
                    return CZlib.inflate(stream, Z_NO_FLUSH)
                }
                let produced = buffer.count - Int(stream.pointee.avail_out)
                output.append(contentsOf: buffer[0..<produced])
                if status == Z_STREAM_END && stream.pointee.avail_in > 0 {
                    // Another member follows in this chunk.
                    starts.append(chunkStart + inputBuffer.count - Int(stream.pointee.avail_in))
                    guard inflateReset(stream) == Z_OK else { break }
                    status = Z_OK
                    continue
                }
                guard status == Z_OK && (stream.pointee.avail_in > 0 || stream.pointee.avail_out == 0) else { break }
            }
            stream.pointee.next_in = nil
            return status
        }
        memberStarts += starts
        switch status {
        case Z_STREAM_END: finished = true
        case Z_OK, Z_BUF_ERROR: break
        default:
            let text = stream.pointee.msg.map { String(cString: $0) } ?? "no message"
            throw ZlibError(
                code: .corrupt,
                message: "The compressed data is corrupt.",
                library: "inflate returned \(status): \(text)"
            )
        }
        return output
    }

    /// Throws when the input ended before the compressed stream did.
    /// - Throws: `ZlibError` `.truncated`.
    package func finish() throws(ZlibError) {
        guard finished else {
            throw ZlibError(
                code: .truncated,
                message: "The compressed data ends before its end marker.",
                library: "inflate: no Z_STREAM_END"
            )
        }
    }
}
