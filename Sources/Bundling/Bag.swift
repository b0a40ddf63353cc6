import ArchiveIO
import CryptoIO
import Foundation
import Sealing
import ZlibIO

/// A bundle or batch record as read: inflated strictly (every gzip member's CRC and size checked),
/// its tar members, its one top-level folder, its files by their path inside the bag, and its
/// bag-info. `BundleVerifier`, `SealedBagReader` and the audit of an archive share this one reading.
package struct Bag: Sendable {
    /// The tar's one top-level folder.
    package var top: String
    /// Regular files by path relative to the top folder (`data/certificate.der`, `seal/…`).
    package var files: [String: [UInt8]]
    package var bagInfo: BagInfo
    /// What is wrong with the tar's form but still lets the bag be read: GNU headers, links,
    /// special files, unsafe or duplicate paths.
    package var formProblems: [BundleProblem]

    /// The most a bag may inflate to (its members are at most `TarReader.maximumMemberSize` each).
    static let maximumInflatedSize = 1 << 30

    /// Reads a bag from the bytes of its file (`.tar.gz` or `.tar`).
    /// - Parameter name: the file, for messages.
    /// - Throws: `BundleProblem` when the bytes are not a readable tar with one top-level folder.
    /// A gzip member header as zlib writes it for qcarchive: deflate, no flags, time 0, extra flags
    /// 0, 2 or 4 (by compression level), OS 3 (Unix).
    static func isWrittenHeader(_ header: ArraySlice<UInt8>) -> Bool {
        let fixed: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00]
        return header.count == 10 && header.prefix(8).elementsEqual(fixed)
            && [0x00, 0x02, 0x04].contains(header[header.startIndex + 8]) && header[header.startIndex + 9] == 0x03
    }

    package static func read(_ bytes: [UInt8], name: String) throws(BundleProblem) -> Bag {
        var tar = bytes
        if bytes.starts(with: [0x1F, 0x8B]) {
            let starts: [Int]
            do {
                (tar, starts) = try Gzip.decompressMembers(bytes, limit: maximumInflatedSize)
            } catch {
                throw BundleProblem(.unreadable, file: name, expected: "intact gzip members", found: error.description)
            }
            // No CRC covers a member header's flags, time, extra flags or OS: a changed byte there
            // would pass unnoticed. qcarchive writes them one way only, so any other is a change.
            for start in starts where !Self.isWrittenHeader(bytes[start..<min(start + 10, bytes.count)]) {
                throw BundleProblem(
                    .form,
                    file: name,
                    expected: "gzip members with the header qcarchive writes (1f8b0800 00000000 xx 03, no name, "
                        + "time or extra field)",
                    found: "the member at byte \(start) with "
                        + Hex.encode(Array(bytes[start..<min(start + 10, bytes.count)]))
                )
            }
        }
        // Readers stop at the end-of-archive marker; `tar -i` and others read on. Anything after it
        // (a gzip member appended to a sealed bundle) would be a second, unsealed content.
        guard Self.onlyZerosAfterEnd(tar) else {
            throw BundleProblem(
                .unsealed,
                file: name,
                expected: "nothing after the tar's end-of-archive marker",
                found: "more content"
            )
        }
        let read: (members: [TarMember], formats: Set<String>)
        do {
            read = try TarReader.members(of: tar)
        } catch {
            throw BundleProblem(.unreadable, file: name, expected: "a readable tar archive", found: "\(error)")
        }
        var problems: [BundleProblem] = []
        if let gnu = read.formats.first(where: { $0.localizedCaseInsensitiveContains("GNU") }) {
            problems.append(BundleProblem(.form, file: name, expected: "POSIX pax or ustar headers", found: gnu))
        }
        let tops = Set(read.members.map { $0.path.split(separator: "/", maxSplits: 1).first.map(String.init) ?? "" })
        guard tops.count == 1, let top = tops.first, !top.isEmpty else {
            throw BundleProblem(
                .form,
                file: name,
                expected: "exactly one top-level folder",
                found: tops.sorted().joined(separator: ", ")
            )
        }
        var files: [String: [UInt8]] = [:]
        for member in read.members {
            let components = member.path.split(separator: "/", omittingEmptySubsequences: false)
            if member.path.hasPrefix("/") || components.contains("..") || components.contains(".")
                || components.contains("")
            {
                // Two spellings of one path (a/./b, a//b) would let a second copy of a file pass unchecked.
                problems.append(
                    BundleProblem(
                        .form,
                        file: member.path,
                        expected: "a plain relative path inside the bundle",
                        found: "an absolute, '..', '.' or empty component"
                    )
                )
                continue
            }
            switch member.kind {
            case .file:
                let relative = member.path == top ? "" : String(member.path.dropFirst(top.count + 1))
                if files[relative] != nil {
                    problems.append(
                        BundleProblem(.form, file: relative, expected: "one member of this name", found: "a duplicate")
                    )
                }
                files[relative] = member.bytes
            case .directory: break
            case .symbolicLink, .hardLink:
                problems.append(BundleProblem(.form, file: member.path, expected: "no links in a bundle", found: "one"))
            case .other:
                problems.append(
                    BundleProblem(
                        .form,
                        file: member.path,
                        expected: "regular files and folders only",
                        found: "a special file"
                    )
                )
            }
        }
        return Bag(top: top, files: files, bagInfo: BagInfo(files["bag-info.txt"] ?? []), formProblems: problems)
    }

    /// The members a sealed bag may hold besides its payload: the BagIt tag files the tag manifest
    /// covers, and the seal (SPEC "Bundle"). Anything else is content no seal covers.
    package static let tagFiles: Set<String> = [
        "bagit.txt", "bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt",
    ]
    package static let sealFiles: Set<String> = [
        "seal/tagmanifest.p7s", "seal/evidence-record.ers", "seal/batch-seal.json", "seal/batch-seal.json.p7s",
    ]

    /// Walks the POSIX tar headers (512-byte blocks; a member's size in octal at offset 124) to the
    /// end-of-archive marker (two zero blocks) and checks that only zero bytes follow. False when the
    /// headers cannot be walked (a size that is not octal), so that such a tar is looked at closely.
    static func onlyZerosAfterEnd(_ tar: [UInt8]) -> Bool {
        var offset = 0
        while offset + 512 <= tar.count {
            let block = tar[offset..<offset + 512]
            if block.allSatisfy({ $0 == 0 }) {
                return tar[offset...].allSatisfy { $0 == 0 }
            }
            var size = 0
            for byte in block[(offset + 124)..<(offset + 136)] {
                if byte == 0 || byte == 0x20 { if size > 0 { break } else { continue } }
                guard (0x30...0x37).contains(byte), size < Int.max >> 4 else { return false }
                size = size * 8 + Int(byte - 0x30)
            }
            offset += 512 + (size + 511) / 512 * 512
        }
        return offset >= tar.count
    }
}
