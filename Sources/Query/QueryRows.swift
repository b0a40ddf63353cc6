/// The rows of an answer, produced one at a time: a large answer goes from the catalog to the output
/// row by row, so memory does not grow with it. A produced answer reads the catalog each time it is
/// walked; a table walks it once, collected.
package struct QueryRows {
    private let produce: ((_ row: [QueryValue]) throws -> Void) throws -> Void

    /// Rows already at hand.
    package init(_ rows: [[QueryValue]]) {
        produce = { body in for row in rows { try body(row) } }
    }

    /// Rows read as they are walked (`produce` calls its argument once per row, in order).
    package init(producedBy produce: @escaping ((_ row: [QueryValue]) throws -> Void) throws -> Void) {
        self.produce = produce
    }

    package func forEach(_ body: ([QueryValue]) throws -> Void) throws {
        try withoutActuallyEscaping(body) { try produce($0) }
    }

    package func collected() throws -> [[QueryValue]] {
        var rows: [[QueryValue]] = []
        try forEach { rows.append($0) }
        return rows
    }
}
