/// A value bound to a PostgreSQL statement. Integers, reals and texts travel as text (the server
/// reads them by the parameter's inferred type); bytes travel in binary, which needs no escaping.
package enum PostgresValue: Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case bytes([UInt8])
}

/// Types that bind directly as statement arguments.
package protocol PostgresBindable: Sendable { var postgresValue: PostgresValue { get } }

extension Int64: PostgresBindable { package var postgresValue: PostgresValue { .integer(self) } }
extension Int: PostgresBindable { package var postgresValue: PostgresValue { .integer(Int64(self)) } }
/// As SQLite stores them: the catalog's flags are 0/1 integer columns.
extension Bool: PostgresBindable { package var postgresValue: PostgresValue { .integer(self ? 1 : 0) } }
extension Double: PostgresBindable { package var postgresValue: PostgresValue { .real(self) } }
extension String: PostgresBindable { package var postgresValue: PostgresValue { .text(self) } }
extension Array: PostgresBindable where Element == UInt8 {
    package var postgresValue: PostgresValue { .bytes(self) }
}
extension PostgresValue: PostgresBindable { package var postgresValue: PostgresValue { self } }
extension Optional: PostgresBindable where Wrapped: PostgresBindable {
    package var postgresValue: PostgresValue { self?.postgresValue ?? .null }
}
