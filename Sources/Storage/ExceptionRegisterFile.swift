import Foundation
import Lifecycle

/// `exceptions/register.jsonl`: the exception register as a file of the archive (the archive is
/// the truth), one version per line in the order appended, rewritten whole and atomically after
/// every change. Because versions are only ever appended, each sealed snapshot of it is a prefix
/// of every later one: `verify --chain` relies on that to detect a rewritten register.
package enum ExceptionRegisterFile {
    /// Writes the register file from its versions.
    /// - Throws: `StorageError`, `EncodingError`.
    package static func write(_ versions: [ExceptionVersion], layout: ArchiveLayout) throws {
        try FileIO.writeAtomically(try bytes(versions), to: layout.exceptionRegister)
    }

    /// The file's bytes for `versions`.
    /// - Throws: `EncodingError`.
    package static func bytes(_ versions: [ExceptionVersion]) throws -> [UInt8] {
        Array(try versions.map { try $0.line() + "\n" }.joined().utf8)
    }

    /// Reads the register file; empty when the archive has none.
    /// - Throws: `StorageError` `.ioFailed` for an unreadable or malformed file.
    package static func read(layout: ArchiveLayout) throws -> [ExceptionVersion] {
        guard FileIO.exists(layout.exceptionRegister) else { return [] }
        let decoder = JSONDecoder()
        return try String(decoding: try FileIO.read(layout.exceptionRegister), as: UTF8.self).split(separator: "\n")
            .enumerated().map { index, line in
                do {
                    return try decoder.decode(ExceptionVersion.self, from: Data(line.utf8))
                } catch {
                    throw StorageError(
                        .ioFailed,
                        "Line \(index + 1) of exceptions/register.jsonl is not a register version.",
                        library: "\(error)"
                    )
                }
            }
    }

    /// The next entry id: EXC-0001, EXC-0002, …
    package static func nextID(after versions: [ExceptionVersion]) -> String {
        let highest = versions.compactMap { Int($0.entryID.dropFirst(4)) }.max() ?? 0
        return String(format: "EXC-%04d", highest + 1)
    }
}
