import Foundation

/// One value of a query result.
package enum QueryValue: Sendable, Equatable {
    case null
    case text(String)
    case integer(Int64)
    case real(Double)
    case bool(Bool)
    case list([String])

    /// The value as a table or CSV cell.
    package var cell: String {
        switch self {
        case .null: ""
        case .text(let text): text
        case .integer(let value): String(value)
        case .real(let value): String(format: "%.3f", value)
        case .bool(let value): value ? "true" : "false"
        case .list(let values): values.joined(separator: "; ")
        }
    }
}

/// The rows a named query answers, with snake_case column names (also the JSON keys).
package struct QueryResult {
    package var columns: [String]
    package var rows: QueryRows
    /// The columns the 80-column table shows (all others stay in JSON and CSV).
    package var tableColumns: [String]

    package init(columns: [String], rows: [[QueryValue]], tableColumns: [String]? = nil) {
        self.init(columns: columns, rows: QueryRows(rows), tableColumns: tableColumns)
    }

    package init(columns: [String], rows: QueryRows, tableColumns: [String]? = nil) {
        self.columns = columns
        self.rows = rows
        self.tableColumns = tableColumns ?? columns
    }
}
