import ArchiveIO
import CryptoIO

/// A bag's own BagIt fixity (RFC 8493 §3): every file its `manifest-sha256.txt` and
/// `tagmanifest-sha256.txt` list is there with that SHA-256, and no payload file is unlisted. A pack
/// exports and proves bundles whole; this is what says a bundle did not rot inside.
enum BagFixity {
    /// - Parameter members: the bag's tar members, under its one top folder.
    /// - Returns: what does not hold, one sentence each (empty when the bag holds).
    static func problems(_ members: [TarMember]) -> [String] {
        var files: [String: [UInt8]] = [:]
        for member in members where member.kind == .file {
            guard let slash = member.path.firstIndex(of: "/") else { continue }
            files[String(member.path[member.path.index(after: slash)...])] = member.bytes
        }
        var problems: [String] = []
        var listed: Set<String> = []
        for name in ["manifest-sha256.txt", "tagmanifest-sha256.txt"] {
            guard let bytes = files[name], let manifest = HandoverManifest(bytes: bytes) else {
                problems.append("\(name) missing or unreadable")
                continue
            }
            for entry in manifest.entries {
                listed.insert(entry.path)
                guard let content = files[entry.path] else {
                    problems.append("\(entry.path), listed in \(name), missing")
                    continue
                }
                let found = SHA256Digest.of(content)
                if found != entry.digest {
                    problems.append("\(entry.path): SHA-256 \(found.hex), \(name) says \(entry.digest.hex)")
                }
            }
        }
        for path in files.keys.sorted() where path.hasPrefix("data/") && !listed.contains(path) {
            problems.append("\(path), a payload file manifest-sha256.txt does not list")
        }
        return problems
    }
}
