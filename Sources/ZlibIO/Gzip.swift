internal import CZlib

/// One-shot gzip compression (RFC 1952), for tests and small documents.
package enum Gzip {
    /// Compresses `bytes` into a gzip member at the given level (0...9).
    /// - Throws: `ZlibError` `.failed`.
    package static func compress(_ bytes: [UInt8], level: Int32 = 6) throws(ZlibError) -> [UInt8] {
        // zlib keeps the stream's address (deflateStateCheck): it lives on the heap, not in a Swift local.
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        defer { stream.deallocate() }
        var status = qc_deflate_init2(stream, level, 15 + 16)
        guard status == Z_OK else {
            throw ZlibError(
                code: .failed,
                message: "Could not start gzip compression.",
                library: "deflateInit2 returned \(status)"
            )
        }
        defer { deflateEnd(stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(stream, UInt(bytes.count))) + 32)
        var input = bytes
        status = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                stream.pointee.next_in = inputBuffer.baseAddress
                stream.pointee.avail_in = UInt32(inputBuffer.count)
                stream.pointee.next_out = outputBuffer.baseAddress
                stream.pointee.avail_out = UInt32(outputBuffer.count)
                return deflate(stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else {
            throw ZlibError(
                code: .failed,
                message: "Could not compress the data.",
                library: "deflate returned \(status)"
            )
        }
        return Array(output[0..<Int(stream.pointee.total_out)])
    }
}
