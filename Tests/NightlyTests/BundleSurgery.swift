import ArchiveIO
import Foundation
import TestSupport

/// Rewrites a bundle with changed members, as an attacker or an accident would.
enum BundleSurgery {
    static func members(_ bundle: String) throws -> [TarMember] {
        try TarReader.members(of: try TestEnvironment.read(bundle)).members
    }

    static func write(_ members: [TarMember], to path: String) throws {
        let bytes = try TarWriter.archive(compression: .gzip) { tar in
            for member in members {
                if member.kind == .directory {
                    try tar.addDirectory(member.path, modificationTime: Date(timeIntervalSince1970: 0))
                } else {
                    try tar.addFile(member.path, bytes: member.bytes, modificationTime: Date(timeIntervalSince1970: 0))
                }
            }
        }
        try TestEnvironment.write(bytes, to: path)
    }

    static func member(_ members: [TarMember], _ suffix: String) -> TarMember? {
        members.first { $0.path.hasSuffix(suffix) }
    }
}
