import Catalog
import CryptoIO
import Foundation
import Lifecycle
import Storage

/// The exception register (SPEC "Exception register"): obligations that do not come from
/// EN 319 411-2, kept apart from the rule set. Every change is a new version, appended to the
/// catalog and to `exceptions/register.jsonl`; nothing is rewritten or deleted.
package struct ExceptionRegister {
    package var layout: ArchiveLayout
    package var catalog: any CatalogMaintenance & ExceptionLedger
    package var now: @Sendable () -> Date
    /// Who makes the changes, recorded in every version this register appends.
    package var actor: String?

    package init(
        layout: ArchiveLayout,
        catalog: any CatalogMaintenance & ExceptionLedger,
        actor: String? = nil,
        now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.layout = layout
        self.catalog = catalog
        self.actor = actor
        self.now = now
    }

    /// Adds an entry (version 1) and returns its id.
    /// - Throws: `ExceptionError` `.refused` for an EN 319 411-2 source or an invalid entry; `CatalogError`,
    ///   `StorageError`.
    package func add(_ entry: ExceptionEntryInput) throws -> String {
        try validate(entry)
        let id = try catalog.write {
            let id = ExceptionRegisterFile.nextID(after: try catalog.exceptionVersions())
            try append(
                ExceptionVersion(
                    entryID: id,
                    version: 1,
                    change: .add,
                    changedAt: RFC3339.format(now()),
                    entry: entry,
                    actor: actor
                )
            )
            return id
        }
        try writeFile()
        return id
    }

    /// Appends a new version of an entry with `change` applied to its latest version.
    /// - Throws: `ExceptionError` `.notFound` or `.refused`; `CatalogError`, `StorageError`.
    package func update(_ id: String, _ change: (inout ExceptionEntryInput) -> Void) throws -> ExceptionVersion {
        try appendVersion(id, kind: .update, change)
    }

    /// Closes an entry (a new version with status closed and the reason).
    /// - Throws: `ExceptionError` `.notFound`, or `.refused` for an entry already closed.
    package func close(_ id: String, reason: String) throws -> ExceptionVersion {
        try appendVersion(id, kind: .close) { entry in
            entry.status = "closed"
            entry.closeReason = reason
        }
    }

    /// Every version of an entry, oldest first.
    /// - Throws: `ExceptionError` `.notFound`.
    package func history(_ id: String) throws -> [ExceptionVersion] {
        let versions = try catalog.exceptionVersions().filter { $0.entryID == id }
        guard !versions.isEmpty else { throw ExceptionError(.notFound, "The exception register has no entry \(id).") }
        return versions
    }

    /// The latest version of every entry, by id.
    package func current() throws -> [ExceptionVersion] {
        try catalog.exceptionVersions().latestPerEntry
    }

    /// Stores an evidence file in the content store and returns its link.
    /// - Throws: `StorageError`.
    package func storeEvidence(at path: String) throws -> ExceptionEntryInput.EvidenceLink {
        let stored = try ContentStore(layout: layout).putFile(at: path)
        return .init(sha256: stored.digest.hex, description: (path as NSString).lastPathComponent)
    }

    private func appendVersion(
        _ id: String,
        kind: ExceptionVersion.Change,
        _ change: (inout ExceptionEntryInput) -> Void
    ) throws -> ExceptionVersion {
        let version = try catalog.write {
            let versions = try history(id)
            let latest = versions[versions.count - 1]
            guard latest.change != .close else {
                throw ExceptionError(
                    .refused,
                    "The entry \(id) is closed; a closed entry is not changed (add a new entry instead)."
                )
            }
            var entry = latest.entry
            change(&entry)
            try validate(entry)
            let version = ExceptionVersion(
                entryID: id,
                version: latest.version + 1,
                change: kind,
                changedAt: RFC3339.format(now()),
                entry: entry,
                actor: actor
            )
            try append(version)
            return version
        }
        try writeFile()
        return version
    }

    private func append(_ version: ExceptionVersion) throws {
        try catalog.append(version, entrySHA256: SHA256Digest.of(try DocumentJSON.normalized(version.entry)).hex)
    }

    /// The register file follows the committed catalog (written after the commit, never before).
    private func writeFile() throws {
        try ExceptionRegisterFile.write(try catalog.exceptionVersions(), layout: layout)
    }

    private func validate(_ entry: ExceptionEntryInput) throws {
        do {
            try entry.validate()
        } catch {
            throw ExceptionError(.refused, error.message)
        }
    }
}

/// A register change that cannot be made.
package struct ExceptionError: Error, Sendable, CustomStringConvertible {
    package enum Code: Sendable, Equatable { case refused, notFound }
    package var code: Code
    package var message: String
    package var description: String { message }
    package init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }
}
