import Foundation
import SQLiteIO
import Testing

@Suite struct SQLiteConnectionTests {
    static func temporaryDatabase() -> String {
        NSTemporaryDirectory() + "qcarchive-sqlite-\(UUID().uuidString).sqlite"
    }

    @Test func bindsAndReadsEveryValueKind() throws {
        let db = try SQLiteConnection(path: ":memory:")
        try db.execute(script: "CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, n TEXT)")
        try db.execute(
            "INSERT INTO t VALUES (?, ?, ?, ?, ?)",
            [Int64(42), 1.5, "Zoë", [UInt8]([0, 1, 255]), String?.none]
        )
        let row = try #require(
            try db.firstRow("SELECT i, r, s, b, n FROM t") {
                ($0.integer(0), $0.real(1), $0.text(2), $0.blob(3), $0.text(4))
            }
        )
        #expect(row.0 == 42)
        #expect(row.1 == 1.5)
        #expect(row.2 == "Zoë")
        #expect(row.3 == [0, 1, 255])
        #expect(row.4 == nil)
    }

    @Test func rollsBackATransactionThatThrows() throws {
        let db = try SQLiteConnection(path: ":memory:")
        try db.execute(script: "CREATE TABLE t (id TEXT PRIMARY KEY)")
        struct Abort: Error {}
        #expect(throws: Abort.self) {
            try db.transaction {
                try db.execute("INSERT INTO t VALUES (?)", ["a"])
                throw Abort()
            }
        }
        #expect(try db.firstRow("SELECT count(*) FROM t") { $0.integer(0) } == 0)
    }

    @Test func reportsAConstraintViolationAsSuch() throws {
        let db = try SQLiteConnection(path: ":memory:")
        try db.execute(script: "CREATE TABLE t (id TEXT PRIMARY KEY)")
        try db.execute("INSERT INTO t VALUES (?)", ["a"])
        let error = #expect(throws: SQLiteError.self) { try db.execute("INSERT INTO t VALUES (?)", ["a"]) }
        #expect(error?.code == .constraint)
    }

    @Test func aReadOnlyConnectionCannotWrite() throws {
        let path = Self.temporaryDatabase()
        do {
            let db = try SQLiteConnection(path: path)
            try db.execute(script: "CREATE TABLE t (id TEXT)")
        }
        let reader = try SQLiteConnection(path: path, readOnly: true)
        let error = #expect(throws: SQLiteError.self) { try reader.execute("INSERT INTO t VALUES (?)", ["x"]) }
        #expect(error?.code == .readOnly)
        #expect(try reader.firstRow("SELECT count(*) FROM t") { $0.integer(0) } == 0)
    }

    @Test func bindsInjectionAttemptsAsPlainText() throws {
        let db = try SQLiteConnection(path: ":memory:")
        try db.execute(script: "CREATE TABLE t (id TEXT)")
        let hostile = "x'); DROP TABLE t; --"
        try db.execute("INSERT INTO t VALUES (?)", [hostile])
        #expect(try db.firstRow("SELECT id FROM t") { $0.text(0) } == hostile)
    }

    @Test func refusesAFileThatIsNotADatabase() throws {
        let path = Self.temporaryDatabase()
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
        #expect(throws: SQLiteError.self) {
            let db = try SQLiteConnection(path: path)
            try db.execute(script: "SELECT * FROM sqlite_master")
        }
    }
}
