import SQLiteIO
internal import PostgresIO

/// One row of a catalog query, whichever database answered it; valid only inside the closure it is
/// passed to (it borrows the database's own row, which lives only while its statement stands on it).
struct CatalogRow: ~Copyable {
    private enum Source {
        case sqlite(UnsafePointer<SQLiteRow>)
        case postgres(UnsafePointer<PostgresRow>)
    }

    private let source: Source

    /// Lends `row` to `body` as a catalog row.
    static func lend<T>(_ row: borrowing SQLiteRow, to body: (borrowing CatalogRow) throws -> T) throws -> T {
        try withUnsafePointer(to: row) { try body(CatalogRow(source: .sqlite($0))) }
    }

    /// Lends `row` to `body` as a catalog row.
    static func lend<T>(_ row: borrowing PostgresRow, to body: (borrowing CatalogRow) throws -> T) throws -> T {
        try withUnsafePointer(to: row) { try body(CatalogRow(source: .postgres($0))) }
    }

    /// The column as text, nil for NULL.
    func text(_ index: Int32) -> String? {
        switch source {
        case .sqlite(let row): row.pointee.text(index)
        case .postgres(let row): row.pointee.text(index)
        }
    }

    /// The column as an integer (a comparison as 1 or 0), nil for NULL.
    func integer(_ index: Int32) -> Int64? {
        switch source {
        case .sqlite(let row): row.pointee.integer(index)
        case .postgres(let row): row.pointee.integer(index)
        }
    }

    /// The column as bytes, nil for NULL.
    func blob(_ index: Int32) -> [UInt8]? {
        switch source {
        case .sqlite(let row): row.pointee.blob(index)
        case .postgres(let row): row.pointee.bytes(index)
        }
    }

    /// The column as a value to bind elsewhere: NULL, bytes, or text (which SQLite's column affinity
    /// stores as a number in a numeric column).
    func bindable(_ index: Int32) -> any CatalogBindable {
        switch source {
        case .sqlite(let row):
            switch row.pointee.value(index) {
            case .null: String?.none
            case .integer(let number): number
            case .real: row.pointee.text(index)
            case .text(let text): text
            case .blob(let bytes): bytes
            }
        case .postgres(let row):
            if row.pointee.isNull(index) {
                String?.none
            } else if row.pointee.isBytes(index) {
                row.pointee.bytes(index) ?? []
            } else {
                row.pointee.text(index)
            }
        }
    }

    /// The number of columns.
    var count: Int32 {
        switch source {
        case .sqlite(let row): row.pointee.count
        case .postgres(let row): row.pointee.count
        }
    }

    /// The name of a column, as the database spells it.
    func name(_ index: Int32) -> String {
        switch source {
        case .sqlite(let row): row.pointee.name(index)
        case .postgres(let row): row.pointee.name(index)
        }
    }

    /// The column as a person reads it in a message: `NULL`, its text, or the size of bytes.
    func display(_ index: Int32) -> String {
        switch source {
        case .sqlite(let row):
            switch row.pointee.value(index) {
            case .null: "NULL"
            case .integer(let number): String(number)
            case .real(let number): String(number)
            case .text(let text): text
            case .blob(let bytes): "<\(bytes.count) bytes>"
            }
        case .postgres(let row):
            if row.pointee.isNull(index) {
                "NULL"
            } else if row.pointee.isBytes(index) {
                "<\(row.pointee.bytes(index)?.count ?? 0) bytes>"
            } else {
                row.pointee.text(index) ?? ""
            }
        }
    }
}
