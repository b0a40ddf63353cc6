import ArchiveIO
import Sealing

/// The member names of an export's tar as they stream by: every member under one top folder whose
/// name starts with `prefix`, each name once whatever its kind, regular files and folders only, and
/// no folder that holds no listed file (a folder member named as a listed file, for one, would
/// extract in its place).
struct ExportMembers {
    let prefix: String
    private(set) var top = ""
    private var folders: Set<String> = []
    private var names: Set<String> = []
    private(set) var problems: [BundleProblem] = []

    init(prefix: String) { self.prefix = prefix }

    /// Admits a member: its path below the top folder when it is a regular file to read; nil (and
    /// a problem when it is one) for anything else.
    mutating func admit(_ member: TarStreamMember) -> String? {
        func refuse(_ expected: String, _ found: String) -> String? {
            problems.append(BundleProblem(.form, file: member.path, expected: expected, found: found))
            return nil
        }
        let name = member.path.hasSuffix("/") ? String(member.path.dropLast()) : member.path
        let parts = name.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first, !first.isEmpty, !parts.contains(where: { $0.hasPrefix("../") || $0 == ".." })
        else { return refuse("one top folder \(prefix)…/", "this member outside it") }
        if top.isEmpty { top = first }
        guard first == top, first.hasPrefix(prefix) else {
            return refuse("one top folder \(top.isEmpty ? prefix + "…" : top)/", "this member outside it")
        }
        guard names.insert(name).inserted else { return refuse("one member of this name", "several") }
        switch member.kind {
        case .directory:
            if parts.count == 2 { folders.insert(parts[1]) }
            return nil
        case .file:
            guard parts.count == 2, !parts[1].split(separator: "/").contains("..") else {
                return refuse("files inside the top folder", "a file named as the folder itself or leaving it")
            }
            return parts[1]
        default:
            return refuse("regular files and folders only", "\(member.kind)")
        }
    }

    /// After the stream: the folder members that hold no file of `listed` (paths below the top).
    func folderProblems(listed: some Sequence<String>) -> [BundleProblem] {
        guard !folders.isEmpty else { return [] }
        var holding: Set<String> = []
        for path in listed {
            var parts = path.split(separator: "/").dropLast()
            while !parts.isEmpty {
                guard holding.insert(parts.joined(separator: "/")).inserted else { break }
                parts = parts.dropLast()
            }
        }
        return folders.subtracting(holding).sorted().map {
            BundleProblem(
                .unsealed,
                file: top + "/" + $0 + "/",
                expected: "folders that hold listed files",
                found: "a folder no listed file is in"
            )
        }
    }
}
