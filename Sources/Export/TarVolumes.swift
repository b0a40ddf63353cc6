import ArchiveIO
import Foundation

/// An export written as one tar, or as numbered tars of at most `volumeSize` bytes each
/// (`--volume-size`): `NAME.part-001.tar`, `NAME.part-002.tar`, … Each volume is a whole tar; a
/// member never spans two (a member larger than the volume size fills a volume of its own), so
/// that each extracts alone and together they verify as one. Every volume is written as
/// `….partial` and renamed when the last is complete.
package final class TarVolumes {
    private let out: String
    private let volumeSize: Int?
    private var current: TarStreamWriter
    private var used = 0
    private(set) var count = 1

    /// - Throws: `ArchiveIOError` `.openFailed`.
    init(out: String, volumeSize: Int?) throws {
        self.out = out
        self.volumeSize = volumeSize
        Self.removePartials(out)
        current = try TarStreamWriter(path: Self.path(out, volume: volumeSize == nil ? nil : 1) + ".partial")
    }

    /// The file of volume `number` (nil: the one tar of an export without volumes).
    static func path(_ out: String, volume number: Int?) -> String {
        guard let number else { return out }
        let stem = out.hasSuffix(".tar") ? String(out.dropLast(4)) : out
        return stem + ".part-" + String(format: "%03d", number) + ".tar"
    }

    /// The volumes of a multi-volume export named by any one of them, in order, and the volumes
    /// missing between them; nil for a file that is not named `….part-NNN.tar`.
    package static func siblings(of path: String) -> (volumes: [String], missing: [String])? {
        guard let range = path.range(of: #"\.part-[0-9]{3}\.tar$"#, options: .regularExpression) else { return nil }
        let stem = String(path[..<range.lowerBound])
        let folder = (stem as NSString).deletingLastPathComponent
        let prefix = (stem as NSString).lastPathComponent + ".part-"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        let numbers = names.compactMap { name -> Int? in
            guard name.hasPrefix(prefix), name.hasSuffix(".tar"), name.count == prefix.count + 7 else { return nil }
            return Int(name.dropFirst(prefix.count).prefix(3))
        }.sorted()
        let volumes = numbers.map { Self.path(stem + ".tar", volume: $0) }
        let missing = (1...max(numbers.last ?? 1, 1)).filter { !numbers.contains($0) }
        return (volumes, missing.map { Self.path(stem + ".tar", volume: $0) })
    }

    /// At most what a member adds to a tar: its header, a pax header for a long name, and its
    /// content padded to 512 bytes.
    static func footprint(_ member: String, size: Int) -> Int {
        512 + (member.utf8.count > 99 ? 1536 : 0) + (size + 511) / 512 * 512
    }

    func addFile(
        _ member: String,
        size: Int,
        modificationTime: Date,
        mode: UInt32,
        content: (_ write: ([UInt8]) throws -> Void) throws -> Void
    ) throws {
        let needed = Self.footprint(member, size: size)
        if let volumeSize, used > 0, used + needed + 1024 > volumeSize {  // 1024: the end-of-archive blocks
            try current.finish()
            count += 1
            current = try TarStreamWriter(path: Self.path(out, volume: count) + ".partial")
            used = 0
        }
        try current.addFile(member, size: size, modificationTime: modificationTime, mode: mode, content: content)
        used += needed
    }

    func addFile(_ member: String, bytes: [UInt8], modificationTime: Date, mode: UInt32 = 0o644) throws {
        try addFile(member, size: bytes.count, modificationTime: modificationTime, mode: mode) { write in
            try write(bytes)
        }
    }

    /// Closes the last volume and renames every volume into place.
    /// - Returns: the files written.
    func finish() throws -> [String] {
        try current.finish()
        let names = volumeSize == nil ? [out] : (1...count).map { Self.path(out, volume: $0) }
        for name in names where rename(name + ".partial", name) != 0 {
            throw ExportError(.writeFailed, "Could not move the finished \(name).partial into place.")
        }
        return names
    }

    /// Removes what an interrupted export left: `OUT.partial` and `OUT.part-NNN.tar.partial`.
    static func removePartials(_ out: String) {
        unlink(out + ".partial")
        var number = 1
        while unlink(path(out, volume: number) + ".partial") == 0 { number += 1 }
    }
}
