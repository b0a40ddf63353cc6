/// One version of an exception-register entry. The register is append-only: every add, update,
/// close or import is a new version; nothing is rewritten or deleted (SPEC "Exception register").
extension Array where Element == ExceptionVersion {
    /// The latest version of every entry (versions are appended in order), by entry id.
    package var latestPerEntry: [ExceptionVersion] {
        var latest: [String: ExceptionVersion] = [:]
        for version in self { latest[version.entryID] = version }
        return latest.values.sorted { $0.entryID < $1.entryID }
    }
}

package struct ExceptionVersion: Sendable, Codable, Equatable {
    package enum Change: String, Sendable, Codable { case add, update, close, `import` }

    package var entryID: String
    package var version: Int
    package var change: Change
    package var changedAt: String
    package var entry: ExceptionEntryInput
    /// The batch and drop file of an imported entry.
    package var batchID: String?
    package var sourceFile: String?
    /// Who made the change (`--actor`, by default the login name); nil for an imported entry and for
    /// versions written before 0.15.
    package var actor: String?

    enum CodingKeys: String, CodingKey {
        case entryID = "entry_id"
        case version, change
        case changedAt = "changed_at"
        case entry
        case batchID = "batch_id"
        case sourceFile = "source_file"
        case actor
    }

    package init(
        entryID: String,
        version: Int,
        change: Change,
        changedAt: String,
        entry: ExceptionEntryInput,
        batchID: String? = nil,
        sourceFile: String? = nil,
        actor: String? = nil
    ) {
        self.actor = actor
        self.entryID = entryID
        self.version = version
        self.change = change
        self.changedAt = changedAt
        self.entry = entry
        self.batchID = batchID
        self.sourceFile = sourceFile
    }

    /// The line of `exceptions/register.jsonl` (normalized JSON).
    package func line() throws -> String { try DocumentJSON.normalized(self) }
}
