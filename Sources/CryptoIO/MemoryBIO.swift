internal import COpenSSL

/// Owns an OpenSSL memory BIO: either a read-only view of bytes or a growable sink.
final class MemoryBIO {
    let pointer: OpaquePointer
    /// Keeps the bytes a read-only BIO points into alive for the BIO's lifetime.
    private let backing: UnsafeMutableRawBufferPointer?

    /// A read-only BIO over a copy of `bytes`.
    init(reading bytes: [UInt8]) throws(CryptoIOError) {
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 1)
        copy.copyBytes(from: bytes)
        backing = copy
        guard let bio = BIO_new_mem_buf(copy.baseAddress, Int32(bytes.count)) else {
            copy.deallocate()
            throw CryptoIOError(.parseFailed, "Could not allocate a memory buffer.", library: drainOpenSSLErrors())
        }
        pointer = bio
    }

    /// An empty, growable BIO to write into.
    init() throws(CryptoIOError) {
        backing = nil
        pointer = try checked(
            BIO_new(BIO_s_mem()),
            .parseFailed,
            "Could not allocate a memory buffer.",
            function: "BIO_new"
        )
    }

    /// Everything written so far.
    var bytes: [UInt8] {
        var data: UnsafeMutablePointer<CChar>? = nil
        let count = qc_bio_get_mem_data(pointer, &data)
        guard let data, count > 0 else { return [] }
        return Array(UnsafeRawBufferPointer(start: data, count: count))
    }

    deinit {
        BIO_free(pointer)
        backing?.deallocate()
    }
}

/// Runs an `i2d_*` encoder that allocates its output, and returns the DER bytes.
func encodeDER(_ encode: (UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>) -> Int32) -> [UInt8]? {
    var out: UnsafeMutablePointer<UInt8>? = nil
    let count = encode(&out)
    guard count > 0, let out else { return nil }
    defer { qc_openssl_free(out) }
    return Array(UnsafeBufferPointer(start: out, count: Int(count)))
}
