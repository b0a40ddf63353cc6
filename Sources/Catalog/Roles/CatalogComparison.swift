/// What `verify --catalog` asks: the catalog in use against one rebuilt from the sealed archive.
package protocol CatalogComparison: AnyObject {
    /// Compares every table, row by row, with the SQLite catalog file at `rebuilt` (what `reindex`
    /// builds from the sealed files alone), without memory that grows with the catalog.
    /// - Returns: one difference per table that differs; none when both hold the same rows.
    func differences(from rebuilt: String) throws -> [CatalogDifference]
}
