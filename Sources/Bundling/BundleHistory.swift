import CryptoIO
import Foundation
import Sealing
import Storage

/// A bundle version extends the one before it (SPEC "versions chain and are never overwritten"):
/// the certificate is the same, and every event, finding and status record that version N−1 holds
/// appears unchanged in version N (a finding's state and resolving batch excepted: they follow the
/// evidence). A catalog edited after sealing (an event's time changed, a revocation removed) would
/// otherwise seal a new version that contradicts the old one; the seal step refuses it before
/// signing, and `verify` checks it across versions.
package enum BundleHistory {
    /// The payload files whose records only ever grow, and what each record is called in messages.
    static let appendOnlyFiles = ["data/lifecycle.json", "data/findings.json", "data/status.json"]

    /// - Parameters:
    ///   - previous: version N−1's files by path inside the bag.
    ///   - next: version N's files by path inside the bag.
    /// - Returns: one problem per file and list whose earlier records are not all kept unchanged.
    package static func problems(previous: [String: [UInt8]], next: [String: [UInt8]]) -> [BundleProblem] {
        var problems: [BundleProblem] = []
        if let before = previous["data/certificate.der"], next["data/certificate.der"] != before {
            problems.append(
                BundleProblem(
                    .history,
                    file: "data/certificate.der",
                    expected: "the certificate of the previous version",
                    found: "another one"
                )
            )
        }
        for file in appendOnlyFiles {
            let ignored = file == "data/findings.json" ? Self.findingStateKeys : []
            guard let before = previous[file].flatMap({ Self.lists($0, ignoring: ignored) }) else { continue }
            guard let after = next[file].flatMap({ Self.lists($0, ignoring: ignored) }) else {
                problems.append(
                    BundleProblem(.history, file: file, expected: "the records of the previous version", found: "none")
                )
                continue
            }
            for (name, records) in before.sorted(by: { $0.key < $1.key }) {
                let kept = Set(after[name] ?? [])
                let lost = records.filter { !kept.contains($0) }
                guard let first = lost.first else { continue }
                problems.append(
                    BundleProblem(
                        .history,
                        file: file,
                        expected: "every record of the previous version in \(name.isEmpty ? "the list" : name) "
                            + "kept unchanged",
                        found: "\(lost.count) changed or missing, the first \(Self.excerpt(first))"
                    )
                )
            }
        }
        return problems
    }

    /// What of a finding follows the evidence from version to version (SPEC "Findings follow the
    /// evidence"); everything else a finding says when raised is kept unchanged.
    static let findingStateKeys: Set<String> = ["state", "resolved_by_batch"]

    /// The lists a payload document holds: the document itself when it is a list (key ""), else each
    /// list-valued member; records in canonical JSON (sorted keys, without the `ignoring` members of
    /// a record that is an object), so that equal records compare equal.
    static func lists(_ bytes: [UInt8], ignoring: Set<String> = []) -> [String: [String]]? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]) else {
            return nil
        }
        func canonical(_ value: Any) -> String {
            var value = value
            if !ignoring.isEmpty, var record = value as? [String: Any] {
                for key in ignoring { record.removeValue(forKey: key) }
                value = record
            }
            let data = try? JSONSerialization.data(
                withJSONObject: value,
                options: [.sortedKeys, .fragmentsAllowed, .withoutEscapingSlashes]
            )
            return data.map { String(decoding: $0, as: UTF8.self) } ?? "\(value)"
        }
        if let list = object as? [Any] { return ["": list.map(canonical)] }
        guard let members = object as? [String: Any] else { return nil }
        var lists: [String: [String]] = [:]
        for (name, value) in members {
            if let list = value as? [Any] { lists[name] = list.map(canonical) }
        }
        return lists
    }

    /// A short, single-line excerpt of a record for a message.
    static func excerpt(_ record: String) -> String {
        record.count > 100 ? String(record.prefix(100)) + "…" : record
    }

    /// Refuses a new version that does not extend the sealed one before it.
    /// - Parameters:
    ///   - path: the previous version's bundle file.
    ///   - tagManifestSHA256: the previous version's tag manifest digest as the catalog recorded it.
    ///   - payload: the new version's payload.
    /// - Throws: `BundleError` `.historyRewritten` naming the certificate and what changed;
    ///   `.unreadable` when the previous version cannot be read.
    package static func requireExtension(
        of path: String,
        tagManifestSHA256: String,
        by payload: [BagIt.File],
        name: BundleName
    ) throws {
        let previous: Bag
        do {
            previous = try Bag.read(try FileIO.read(path), name: path)
        } catch {
            throw BundleError(
                .unreadable,
                "The previous version of \(name.folder) (\(path)) cannot be read, so version \(name.version) is not "
                    + "sealed; run 'qcarchive verify --all'.",
                underlying: error
            )
        }
        var problems: [BundleProblem] = []
        let found = previous.files["tagmanifest-sha256.txt"].map { SHA256Digest.of($0).hex } ?? "none"
        if found != tagManifestSHA256 {
            problems.append(
                BundleProblem(
                    .history,
                    file: "tagmanifest-sha256.txt",
                    expected: "the previous version's tag manifest SHA-256 \(tagManifestSHA256) (the catalog)",
                    found: found
                )
            )
        }
        problems += Self.problems(
            previous: previous.files,
            next: Dictionary(payload.map { ($0.path, $0.bytes) }, uniquingKeysWith: { a, _ in a })
        )
        guard problems.isEmpty else {
            throw BundleError(
                .historyRewritten,
                "Version \(name.version) of the bundle of serial \(name.ref.serial) (\(name.ref.issuer)) would not "
                    + "extend version \(name.version - 1): "
                    + problems.prefix(3).map(\.description).joined(separator: "; ")
                    + ". The catalog no longer matches the sealed archive (edited?); nothing was sealed. Run "
                    + "'qcarchive verify --catalog' to see what differs, then 'qcarchive reindex'."
            )
        }
    }
}
