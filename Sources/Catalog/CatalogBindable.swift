import SQLiteIO
internal import PostgresIO

/// A value the catalog binds to a statement parameter, on either database.
protocol CatalogBindable: SQLiteBindable, PostgresBindable {}

extension String: CatalogBindable {}
extension Int: CatalogBindable {}
extension Int64: CatalogBindable {}
extension Bool: CatalogBindable {}
extension Array: CatalogBindable where Element == UInt8 {}
extension Optional: CatalogBindable where Wrapped: CatalogBindable {}
