/// Parses DER with an OpenSSL `d2i_*` function and counts the bytes after the structure: a file
/// that carries bytes no signature covers is not the file that was signed, so callers refuse them.
/// - Returns: the parsed object (nil when it is not that structure) and the number of bytes after it.
func decodeWholeDER<T>(
    _ bytes: [UInt8],
    _ d2i: (UnsafeMutablePointer<UnsafePointer<UInt8>?>, Int) -> T?
) -> (value: T?, trailing: Int) {
    bytes.withUnsafeBufferPointer { buffer in
        var cursor: UnsafePointer<UInt8>? = buffer.baseAddress
        let value = d2i(&cursor, buffer.count)
        let used = cursor.map { $0 - buffer.baseAddress! } ?? 0
        return (value, buffer.count - used)
    }
}
