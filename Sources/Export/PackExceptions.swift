import Lifecycle

/// `data/exceptions.json` of a supervision pack: the exception-register entries in scope of the
/// selection, each with its whole history, under a label that says they are obligations that do not
/// come from ETSI EN 319 411-2. An entry is in scope when any of its versions names a selected
/// certificate or the policy of one, or when none names policies or certificates (it applies to the
/// whole service).
struct PackExceptions: Codable, Equatable {
    struct Entry: Codable, Equatable {
        var entryID: String
        var inScopeBecause: String
        var history: [ExceptionVersion]

        enum CodingKeys: String, CodingKey {
            case history
            case entryID = "entry_id"
            case inScopeBecause = "in_scope_because"
        }
    }

    var label =
        "Obligations that do not come from ETSI EN 319 411-2 (national law, supervisory body, CA/Browser Forum, "
        + "contract, other standard), kept apart from the EN 319 411-2 findings."
    var entries: [Entry]

    init(versions: [ExceptionVersion], policies: Set<String>, certificates: Set<CertificateRef>) throws {
        var history: [String: [ExceptionVersion]] = [:]
        for version in versions { history[version.entryID, default: []].append(version) }
        entries = history.keys.sorted().compactMap { id in
            guard let versions = history[id] else { return nil }
            // In scope when any version was (an entry re-scoped later keeps its history in the pack).
            let everyCertificate = Set(versions.flatMap { $0.entry.certificates ?? [] })
            let everyPolicy = Set(versions.flatMap { $0.entry.policies ?? [] })
            let named = everyCertificate.intersection(certificates)
            let covered = everyPolicy.intersection(policies)
            let reason: String
            if !named.isEmpty {
                reason = "names \(named.count) selected certificate(s)"
            } else if !covered.isEmpty {
                reason = "names the policy " + covered.sorted().joined(separator: ", ")
            } else if everyCertificate.isEmpty && everyPolicy.isEmpty {
                reason = "applies to the whole service"
            } else {
                return nil
            }
            return Entry(entryID: id, inScopeBecause: reason, history: versions.sorted { $0.version < $1.version })
        }
    }
}
