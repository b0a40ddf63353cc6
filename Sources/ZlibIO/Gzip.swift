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

extension Gzip {
    /// Inflates every gzip member of `bytes` (RFC 1952 §2.2 allows several), checking each member's
    /// CRC-32 and size trailer, and refusing anything after the last member.
    /// - Parameter limit: the most bytes the result may hold (a small file must not inflate into gigabytes).
    /// - Throws: `ZlibError` `.corrupt` (a bad trailer, bad data, trailing bytes), `.truncated`, or
    ///   `.failed` when the result would exceed `limit`.
    package static func decompressAll(_ bytes: [UInt8], limit: Int) throws(ZlibError) -> [UInt8] {
        try decompressMembers(bytes, limit: limit).output
    }

    /// `decompressAll`, with where each gzip member starts in `bytes`.
    /// - Throws: `ZlibError` as `decompressAll`.
    package static func decompressMembers(
        _ bytes: [UInt8],
        limit: Int
    ) throws(ZlibError) -> (output: [UInt8], memberStarts: [Int]) {
        var inflater = try GzipInflater()
        var output: [UInt8] = []
        var offset = 0
        while offset < bytes.count {
            let end = min(offset + 64 * 1024, bytes.count)
            output += try inflater.inflate(Array(bytes[offset..<end]))
            guard output.count <= limit else {
                throw ZlibError(
                    code: .failed,
                    message: "The data inflates to more than \(limit) bytes.",
                    library: "limit"
                )
            }
            offset = end
        }
        try inflater.finish()
        return (output, inflater.memberStarts)
    }
}

extension Gzip {
    /// The last gzip member of `bytes`, found without inflating the members before it: the nearest
    /// start to the end (`1f 8b 08`) from which exactly one member inflates, its CRC-32 and size
    /// checked, and ends where `bytes` end. A deflate stream that happens to hold those three bytes
    /// fails to inflate from there, so the real start is the one found.
    /// - Parameter limit: the most bytes the member may inflate to.
    /// - Returns: where the member starts and what it inflates to; nil when no such member ends `bytes`.
    package static func lastMember(of bytes: [UInt8], limit: Int) -> (start: Int, output: [UInt8])? {
        // The smallest member: a 10-byte header, 2 bytes of deflate data and an 8-byte trailer.
        var start = bytes.count - 20
        while start >= 0 {
            if bytes[start] == 0x1F, bytes[start + 1] == 0x8B, bytes[start + 2] == 0x08,
                let (output, starts) = try? decompressMembers(Array(bytes[start...]), limit: limit), starts == [0]
            {
                return (start, output)
            }
            start -= 1
        }
        return nil
    }
}
