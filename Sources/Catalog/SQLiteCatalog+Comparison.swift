import Foundation

/// What one table of a catalog holds that a catalog rebuilt from the sealed archive does not, and
/// the reverse.
package struct CatalogDifference: Sendable, Equatable, CustomStringConvertible {
    package var table: String
    /// Rows only in the catalog in use (edited or added after sealing).
    package var onlyInCatalog: Int
    /// Rows only in the rebuilt catalog (deleted or edited in the catalog in use).
    package var onlyInArchive: Int
    /// One row of each side, as text, for the person to look at.
    package var exampleInCatalog: String?
    package var exampleInArchive: String?

    package var description: String {
        var text =
            "\(table): \(onlyInCatalog) row(s) the sealed archive does not hold, \(onlyInArchive) row(s) "
            + "of the sealed archive missing or different"
        if let exampleInCatalog { text += "; in the catalog: \(exampleInCatalog)" }
        if let exampleInArchive { text += "; in the archive: \(exampleInArchive)" }
        return text
    }
}

extension SQLiteCatalog {
    /// Compares every table, row by row, with the catalog at `rebuilt` (of the same schema): SQLite
    /// computes both differences itself (`EXCEPT` over an attached database), so memory does not
    /// grow with the catalog. `touched` is left out: it is the work list of the seal step (which
    /// certificates a batch bundles), not evidence, and a rebuild files a format-1 night's
    /// continuation batches' certificates under the batch that imported them.
    /// - Returns: one difference per table that differs; none when the catalogs hold the same rows.
    /// - Throws: `CatalogError` `.queryFailed`.
    package func differences(from rebuilt: String) throws -> [CatalogDifference] {
        do {
            _ = try db.execute("ATTACH DATABASE ? AS rebuilt", [rebuilt])
            defer { _ = try? db.execute("DETACH DATABASE rebuilt") }
            let tables = try db.rows(
                "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                    + "AND name != 'touched' ORDER BY name"
            ) { $0.text(0) ?? "" }
            var differences: [CatalogDifference] = []
            for table in tables {
                let here = "SELECT * FROM main.\"\(table)\" EXCEPT SELECT * FROM rebuilt.\"\(table)\""
                let there = "SELECT * FROM rebuilt.\"\(table)\" EXCEPT SELECT * FROM main.\"\(table)\""
                let onlyHere = try db.firstRow("SELECT count(*) FROM (\(here))") { $0.integer(0) ?? 0 } ?? 0
                let onlyThere = try db.firstRow("SELECT count(*) FROM (\(there))") { $0.integer(0) ?? 0 } ?? 0
                guard onlyHere > 0 || onlyThere > 0 else { continue }
                var mine = try db.firstRow(here + " LIMIT 1", [], Self.fields)
                var theirs = try db.firstRow(there + " LIMIT 1", [], Self.fields)
                // The same row edited: show its key and only the columns that differ.
                if let a = mine, let b = theirs, a.first?.value == b.first?.value, a.count == b.count {
                    let differing = a.indices.filter { $0 == 0 || a[$0].value != b[$0].value }
                    mine = differing.map { a[$0] }
                    theirs = differing.map { b[$0] }
                }
                differences.append(
                    CatalogDifference(
                        table: table,
                        onlyInCatalog: Int(onlyHere),
                        onlyInArchive: Int(onlyThere),
                        exampleInCatalog: mine.map(Self.text),
                        exampleInArchive: theirs.map(Self.text)
                    )
                )
            }
            return differences
        } catch let error as CatalogError {
            throw error
        } catch {
            throw CatalogError(.queryFailed, "Could not compare the catalog with the rebuilt one.", underlying: error)
        }
    }

    /// A row as (column, value) pairs.
    static func fields(_ row: borrowing CatalogRow) -> [(name: String, value: String)] {
        (0..<row.count).map { (row.name($0), row.display($0)) }
    }

    /// `name=value` pairs, long values cut, for a message.
    static func text(_ fields: [(name: String, value: String)]) -> String {
        fields.map { "\($0.name)=" + ($0.value.count > 240 ? String($0.value.prefix(240)) + "…" : $0.value) }
            .joined(separator: " ")
    }
}
