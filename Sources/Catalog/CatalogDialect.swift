/// Where the catalog's SQL differs between its two databases, each difference named once
/// (docs/postgresql/dialect.md has the reasons, tested statement by statement).
enum CatalogDialect: Sendable {
    case sqlite, postgreSQL

    /// The column that keeps a table's import order (`event`, `crl`, `exceptionVersion`): SQLite's
    /// rowid, PostgreSQL's identity column `seq`. It breaks ties so that both answer the same order.
    var importOrder: String {
        switch self {
        case .sqlite: "rowid"
        case .postgreSQL: "seq"
        }
    }

    /// A column the planner must not pick an index for, because another index finds the rows: SQLite's
    /// unary `+`; PostgreSQL plans from its statistics and has no such hint.
    func unindexed(_ column: String) -> String {
        switch self {
        case .sqlite: "+" + column
        case .postgreSQL: column
        }
    }

    /// `FROM table`, read through `index` on SQLite, which would otherwise read the wider table.
    func from(_ table: String, indexedBy index: String) -> String {
        switch self {
        case .sqlite: "\(table) INDEXED BY \(index)"
        case .postgreSQL: table
        }
    }

    /// An `INSERT` (the text after the word) that keeps the existing row when a unique key is taken.
    func insertKeepingExisting(_ statement: String) -> String {
        switch self {
        case .sqlite: "INSERT OR IGNORE " + statement
        case .postgreSQL: "INSERT " + statement + "\nON CONFLICT DO NOTHING"
        }
    }

    /// Whether the parameter is NULL, where PostgreSQL must be told the parameter's type because
    /// this is its only use, or its first.
    func isNull(_ parameter: String, _ type: ParameterType) -> String {
        switch self {
        case .sqlite: "\(parameter) IS NULL"
        case .postgreSQL: "\(parameter)::\(type.rawValue) IS NULL"
        }
    }

    /// The texts of the JSON array bound at `parameter`, as a one-column subquery.
    func jsonTexts(_ parameter: String) -> String {
        switch self {
        case .sqlite: "SELECT value FROM json_each(\(parameter))"
        case .postgreSQL: "SELECT json_array_elements_text(\(parameter)::json)"
        }
    }

    /// The last two characters of a text: SQLite's `substr(x, -2)` is PostgreSQL's `right(x, 2)` (its
    /// `substr` with a negative start counts from before the first character instead).
    func lastTwoCharacters(_ text: String) -> String {
        switch self {
        case .sqlite: "substr(\(text), -2)"
        case .postgreSQL: "right(\(text), 2)"
        }
    }

    /// What brings the planner's statistics up to date after a bulk load, before the statements that
    /// join what was loaded: PostgreSQL plans from them, and tables filled inside the import's own
    /// transaction look empty to it (it read every event once per certificate at 100,000 a night).
    /// `ANALYZE` counts the transaction's own rows. SQLite runs without statistics (its plans are
    /// steered with `unindexed`), so nothing.
    var statisticsRefresh: String? {
        switch self {
        case .sqlite: nil
        case .postgreSQL: "ANALYZE"
        }
    }

    /// A temporary table of certificates for one connection, created empty.
    func temporaryCertificateTable(_ name: String) -> String {
        switch self {
        case .sqlite:
            """
            DROP TABLE IF EXISTS temp.\(name);
            CREATE TEMP TABLE \(name) (
              issuer TEXT NOT NULL, serial TEXT NOT NULL, PRIMARY KEY (issuer, serial)
            ) WITHOUT ROWID;
            """
        case .postgreSQL:
            """
            DROP TABLE IF EXISTS pg_temp.\(name);
            CREATE TEMP TABLE \(name) (
              issuer text COLLATE "C" NOT NULL, serial text COLLATE "C" NOT NULL, PRIMARY KEY (issuer, serial)
            );
            """
        }
    }

    /// A temporary table's qualified name.
    func temporary(_ name: String) -> String {
        switch self {
        case .sqlite: "temp." + name
        case .postgreSQL: "pg_temp." + name
        }
    }

    /// The SQL type a parameter is declared as where PostgreSQL cannot infer it.
    enum ParameterType: String {
        case text
        case bigint
    }
}
