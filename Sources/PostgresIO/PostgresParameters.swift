import Glibc

/// Statement arguments laid out for libpq in one buffer: texts NUL-terminated (format 0), bytes as
/// they are (format 1, binary, with their length), NULL as a null pointer.
struct Parameters {
    private var storage: [UInt8] = [0]  // never empty: its base address exists
    private var offsets: [Int?] = []
    private var lengths: [Int32] = []
    private var formats: [Int32] = []

    /// - Throws: `PostgresError` `.failed` for a text holding U+0000, which PostgreSQL cannot store.
    init(_ arguments: [any PostgresBindable]) throws(PostgresError) {
        for argument in arguments {
            let value = argument.postgresValue
            let bytes: [UInt8]?
            switch value {
            case .null: bytes = nil
            case .integer(let number): bytes = Array(String(number).utf8)
            case .real(let number): bytes = Array(String(number).utf8)
            case .text(let text):
                guard !text.utf8.contains(0) else {
                    throw PostgresError.textWithNUL
                }
                bytes = Array(text.utf8)
            case .bytes(let raw): bytes = raw
            }
            guard let bytes else {
                offsets.append(nil)
                lengths.append(0)
                formats.append(0)
                continue
            }
            offsets.append(storage.count)
            storage += bytes
            if case .bytes = value {
                formats.append(1)
            } else {
                storage.append(0)
                formats.append(0)
            }
            lengths.append(Int32(bytes.count))
        }
    }

    /// Calls `body` with libpq's `paramValues`, `paramLengths` and `paramFormats`.
    func withPointers<T>(
        _ body: (
            UnsafePointer<UnsafePointer<CChar>?>?, UnsafePointer<Int32>?, UnsafePointer<Int32>?
        ) throws(PostgresError) -> T
    ) throws(PostgresError) -> T {
        try storage.withUnsafeBufferPointer { (buffer) throws(PostgresError) -> T in
            let base = UnsafeRawPointer(buffer.baseAddress!)
            let values: [UnsafePointer<CChar>?] = offsets.map { offset in
                offset.map { (base + $0).assumingMemoryBound(to: CChar.self) }
            }
            return try values.withUnsafeBufferPointer { (values) throws(PostgresError) -> T in
                try lengths.withUnsafeBufferPointer { (lengths) throws(PostgresError) -> T in
                    try formats.withUnsafeBufferPointer { (formats) throws(PostgresError) -> T in
                        try body(values.baseAddress, lengths.baseAddress, formats.baseAddress)
                    }
                }
            }
        }
    }
}

/// NUL-terminated copies of Swift strings for a C `const char *const *` argument.
enum CStrings {
    static func with<T>(_ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> T) -> T {
        let copies = strings.map { strdup($0) }
        defer { copies.forEach { free($0) } }
        let pointers: [UnsafePointer<CChar>?] = copies.map { $0.map { UnsafePointer($0) } } + [nil]
        return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
    }
}
