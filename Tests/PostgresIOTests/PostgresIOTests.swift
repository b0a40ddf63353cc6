import Foundation
import PostgresIO
import TestSupport
import Testing

@Suite struct PostgresPlaceholderTests {
    @Test(arguments: [
        ("SELECT ?, ?", "SELECT $1, $2"),
        ("SELECT ?2, ?1, ?", "SELECT $2, $1, $3"),
        ("WHERE (?1 IS NULL OR a = ?1) AND b < ?3 AND c = ?", "WHERE ($1 IS NULL OR a = $1) AND b < $3 AND c = $4"),
        ("SELECT '?', \"col?\", ?", "SELECT '?', \"col?\", $1"),
        ("SELECT 'it''s ?', ?", "SELECT 'it''s ?', $1"),
        ("json_extract(body, '$.k') = ?", "json_extract(body, '$.k') = $1"),
        // As in documentIDs(governing:): an apostrophe in a comment opens no string.
        ("), about AS (  -- its application's\n SELECT ?1, ?2", "), about AS (  -- its application's\n SELECT $1, $2"),
        ("SELECT /* ? /* nested ' */ ? */ ?, ?", "SELECT /* ? /* nested ' */ ? */ $1, $2"),
        ("SELECT 1 - -1, ? -- ? at the end", "SELECT 1 - -1, $1 -- ? at the end"),
        ("SELECT 4 / 2, ?", "SELECT 4 / 2, $1"),
    ])
    func numbersParametersAsSQLiteDoes(sqlite: String, postgres: String) {
        #expect(PostgresPlaceholders.rewrite(sqlite) == postgres)
    }
}

/// Against a real server (Tests/Fixtures/postgres/cluster.sh), a database per test.
@Suite struct PostgresConnectionTests {
    static func connect(_ label: String = #function) throws -> PostgresConnection {
        try PostgresConnection(conninfo: try PostgresTestServer.newDatabase(label))
    }

    static func makeTable(_ db: PostgresConnection) throws {
        try db.execute(
            script: "CREATE TABLE item (id bigint PRIMARY KEY, name text, score double precision, der bytea);"
        )
    }

    @Test func valuesRoundTripByteForByte() throws {
        let db = try Self.connect()
        try Self.makeTable(db)
        let bytes: [UInt8] = [0x00, 0x01, 0x5c, 0x09, 0x0a, 0xff]
        let texts = ["plain", "Liège, Zürich", "tab\there\nnewline \\ backslash", "'quoted' \"double\" ?1", ""]
        for (index, text) in texts.enumerated() {
            let values: [any PostgresBindable] = [index, text, 0.5 + Double(index), bytes]
            #expect(try db.execute("INSERT INTO item VALUES (?, ?, ?, ?)", values) == 1)
        }
        #expect(try db.execute("INSERT INTO item (id) VALUES (?)", [Int64.max]) == 1)
        let rows = try db.rows("SELECT id, name, score, der FROM item ORDER BY id") {
            ($0.integer(0), $0.text(1), $0.real(2), $0.bytes(3), $0.isNull(1))
        }
        #expect(rows.count == texts.count + 1)
        for (index, text) in texts.enumerated() {
            #expect(rows[index].0 == Int64(index))
            #expect(rows[index].1 == text)
            #expect(rows[index].2 == 0.5 + Double(index))
            #expect(rows[index].3 == bytes)
        }
        let last = try #require(rows.last)
        #expect(last.0 == Int64.max && last.1 == nil && last.2 == nil && last.3 == nil && last.4)
        #expect(
            try db.firstRow("SELECT count(*), 1 < 2 FROM item WHERE name = ?1 OR name = ?1", ["plain"]) {
                [$0.integer(0), $0.integer(1)]
            } == [1, 1]
        )
        #expect(try db.firstRow("SELECT id FROM item WHERE name = ?", ["absent"]) { $0.integer(0) } == nil)
    }

    @Test func changesAreCountedAsSQLiteCountsThem() throws {
        let db = try Self.connect()
        try Self.makeTable(db)
        #expect(try db.execute("INSERT INTO item (id, name) VALUES (?, ?) ON CONFLICT DO NOTHING", [1, "a"]) == 1)
        #expect(try db.execute("INSERT INTO item (id, name) VALUES (?, ?) ON CONFLICT DO NOTHING", [1, "b"]) == 0)
        #expect(try db.execute("UPDATE item SET name = ? WHERE id > ?", ["c", 0]) == 1)
        #expect(try db.execute("DELETE FROM item WHERE id = ?", [2]) == 0)
    }

    @Test func aLargeAnswerStreamsAndAStoppedWalkLeavesTheConnectionUsable() throws {
        let db = try Self.connect()
        var count = 0
        var sum: Int64 = 0
        try db.forEachRow("SELECT g FROM generate_series(1, ?) AS g", [200_000]) {
            count += 1
            sum += $0.integer(0) ?? 0
        }
        #expect(count == 200_000 && sum == 200_000 * 200_001 / 2)
        struct Stop: Error {}
        // Outside a transaction the query is cancelled: without the cancel this would read ten
        // billion rows. Inside one it is read to its end (a cancel would abort the transaction).
        for (inTransaction, rows) in [(false, "10000000000"), (true, "100000")] {
            var seen = 0
            let walk = {
                try db.forEachRow("SELECT generate_series(1, \(rows)::bigint)") { _ in
                    seen += 1
                    if seen == 10 { throw Stop() }
                }
            }
            #expect(throws: Stop.self) {
                if inTransaction { try db.transaction { try walk() } } else { try walk() }
            }
            #expect(seen == 10)
            #expect(try db.firstRow("SELECT 41 + 1") { $0.integer(0) } == 42)
        }
    }

    @Test func noStatementRunsWhileRowsAreReadForItWouldCutTheirAnswerShort() throws {
        let db = try Self.connect()
        var seen = 0
        let refused = #expect(throws: PostgresError.self) {
            try db.forEachRow("SELECT g FROM generate_series(1, 100) AS g") { _ in
                seen += 1
                _ = try db.firstRow("SELECT 1") { $0.integer(0) }
            }
        }
        #expect(refused?.message.contains("while a query's rows were being read") == true)
        #expect(seen == 1)
        #expect(try db.rows("SELECT g FROM generate_series(1, 3) AS g") { $0.integer(0) } == [1, 2, 3])
    }

    @Test func aBodyThatRunsStatementsReadsThroughACursorInOrOutsideATransaction() throws {
        let db = try Self.connect()
        try Self.makeTable(db)
        // 2,500 rows: three fetches of `cursorBatch`, each body writing while the cursor stands.
        let count = PostgresConnection.cursorBatch * 2 + 500
        try db.transaction {
            try db.forEachRow("SELECT g FROM generate_series(1, ?::int) AS g", [count]) { row in
                try db.execute("INSERT INTO item (id) VALUES (?)", [row.integer(0) ?? 0])
            }
        }
        #expect(
            try db.firstRow("SELECT count(*), sum(id) FROM item") { [$0.integer(0), $0.integer(1)] }
                == [Int64(count), Int64(count * (count + 1) / 2)]
        )
        // Outside a transaction: a WITH HOLD cursor, each statement of the body committed on its own.
        var seen: [Int64] = []
        try db.forEachRow("SELECT id FROM item WHERE id <= 3 ORDER BY id", statementsInBody: true) { row in
            seen.append(row.integer(0) ?? 0)
            try db.execute("DELETE FROM item WHERE id = ?", [row.integer(0) ?? 0])
        }
        #expect(seen == [1, 2, 3])
        #expect(try db.firstRow("SELECT min(id) FROM item") { $0.integer(0) } == 4)
        // A body that throws closes its cursor: the next one of the same name is free, the connection usable.
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try db.forEachRow("SELECT id FROM item ORDER BY id", statementsInBody: true) { _ in throw Stop() }
        }
        #expect(try db.firstRow("SELECT count(*) FROM pg_cursors WHERE name LIKE 'qc_cursor%'") { $0.integer(0) } == 0)
    }

    @Test func aRoleWithoutThePrivilegeIsToldSo() throws {
        let conninfo = try PostgresTestServer.newDatabase()
        let owner = try PostgresConnection(conninfo: conninfo)
        try Self.makeTable(owner)
        let role = "reader_\(UUID().uuidString.prefix(8).lowercased())"
        try owner.execute(script: "CREATE ROLE \(role) LOGIN")
        let reader = try PostgresConnection(
            conninfo: conninfo.replacingOccurrences(of: "user=postgres", with: "user=\(role)")
        )
        let refused = #expect(throws: PostgresError.self) { try reader.execute("INSERT INTO item (id) VALUES (1)") }
        #expect(refused?.code == .permissionDenied && refused?.sqlState == "42501", "\(String(describing: refused))")
    }

    @Test func aTransactionKeepsAllOrNothingAndAFailedStatementIsNamed() throws {
        let db = try Self.connect()
        try Self.makeTable(db)
        #expect(try db.transaction { try db.execute("INSERT INTO item (id) VALUES (1)") } == 1)
        let failure = #expect(throws: PostgresError.self) {
            try db.transaction {
                try db.execute("INSERT INTO item (id) VALUES (2)")
                try db.execute("INSERT INTO item (id) VALUES (1)")
            }
        }
        #expect(failure?.code == .constraint)
        #expect(failure?.sqlState == "23505")
        #expect(failure?.library.contains("duplicate key") == true, "\(String(describing: failure))")
        #expect(try db.rows("SELECT id FROM item ORDER BY id") { $0.integer(0) } == [1])
        // An error caught inside still aborts the transaction: nothing is committed, and it says so.
        let aborted = #expect(throws: PostgresError.self) {
            try db.transaction {
                try db.execute("INSERT INTO item (id) VALUES (3)")
                _ = try? db.execute("INSERT INTO item (id) VALUES (1)")
            }
        }
        #expect(aborted?.message.contains("nothing was committed") == true, "\(String(describing: aborted))")
        let nested = #expect(throws: PostgresError.self) {
            try db.transaction { try db.transaction { try db.execute("INSERT INTO item (id) VALUES (4)") } }
        }
        #expect(nested?.message.contains("already open") == true)
        #expect(try db.rows("SELECT id FROM item ORDER BY id") { $0.integer(0) } == [1])
        let syntax = #expect(throws: PostgresError.self) { try db.execute("SELEKT 1") }
        #expect(syntax?.code == .failed && syntax?.sqlState == "42601")
    }

    @Test func aTextWithNULIsRefusedBeforeItIsSent() throws {
        let db = try Self.connect()
        try Self.makeTable(db)
        let refused = #expect(throws: PostgresError.self) {
            try db.execute("INSERT INTO item (id, name) VALUES (?, ?)", [1, "a\u{0}b"])
        }
        #expect(refused?.message.contains("U+0000") == true)
        #expect(try db.firstRow("SELECT count(*) FROM item") { $0.integer(0) } == 0)
    }

    @Test func copyLoadsEveryValueAsAnInsertWould() throws {
        let db = try Self.connect()
        try Self.makeTable(db)
        let rows: [[any PostgresBindable]] = [
            [1, "tab\tnewline\ncr\rbackslash\\", 1.25, [UInt8]([0x00, 0xff])],
            [2, "\\N is text here", nil as Double?, nil as [UInt8]?],
            [3, nil as String?, -0.5, [UInt8]()],
            [4, "Ünïcödé", 3.0, [UInt8](repeating: 0x5c, count: 3)],
        ]
        let many = (5...70_000).map { [$0, "row \($0)", Double($0), [UInt8]()] as [any PostgresBindable] }
        let loaded = try db.copy(into: "item", columns: ["id", "name", "score", "der"], rows: rows + many)
        #expect(loaded == 70_000)
        let read = try db.rows("SELECT name, score, der FROM item WHERE id <= 4 ORDER BY id") {
            ($0.text(0), $0.real(1), $0.bytes(2))
        }
        #expect(read[0].0 == "tab\tnewline\ncr\rbackslash\\" && read[0].1 == 1.25 && read[0].2 == [0x00, 0xff])
        #expect(read[1].0 == "\\N is text here" && read[1].1 == nil && read[1].2 == nil)
        #expect(read[2].0 == nil && read[2].1 == -0.5 && read[2].2 == [])
        #expect(read[3].0 == "Ünïcödé" && read[3].2 == [0x5c, 0x5c, 0x5c])
        // One bad row fails the whole COPY: nothing of it is kept, and the connection goes on.
        let bad: [[any PostgresBindable]] = [[100_001, "ok", 1.0, [UInt8]()], [1, "duplicate id", 1.0, [UInt8]()]]
        let failure = #expect(throws: PostgresError.self) {
            try db.copy(into: "item", columns: ["id", "name", "score", "der"], rows: bad)
        }
        #expect(failure?.sqlState == "23505")
        #expect(try db.firstRow("SELECT count(*) FROM item") { $0.integer(0) } == 70_000)
    }

    @Test func aCopyAbandonedOnATextItCannotSendKeepsNothing() throws {
        let db = try Self.connect()
        try Self.makeTable(db)
        // The bad row comes after a full 64 KiB chunk was sent: the server already holds rows of it.
        let good = (1...5_000).map { [$0, "row \($0)", 1.0, [UInt8]()] as [any PostgresBindable] }
        let rows = good + [[5_001, "a\u{0}b", 1.0, [UInt8]()]]
        let refused = #expect(throws: PostgresError.self) {
            try db.copy(into: "item", columns: ["id", "name", "score", "der"], rows: rows)
        }
        #expect(refused?.message.contains("U+0000") == true)
        #expect(try db.firstRow("SELECT count(*) FROM item") { $0.integer(0) } == 0)
        #expect(try db.execute("INSERT INTO item (id) VALUES (1)") == 1)
    }

    @Test func aMissingServerOrDatabaseCannotBeOpened() throws {
        let server = try PostgresTestServer.conninfo()
        let noDatabase = server.replacingOccurrences(of: "dbname=postgres", with: "dbname=no_such_database")
        let missing = #expect(throws: PostgresError.self) { try PostgresConnection(conninfo: noDatabase) }
        #expect(missing?.code == .openFailed)
        #expect(missing?.library.contains("no_such_database") == true, "\(String(describing: missing))")
        // A port nothing listens on.
        let closed = #expect(throws: PostgresError.self) {
            try PostgresConnection(conninfo: "host=127.0.0.1 port=1 user=postgres dbname=postgres connect_timeout=2")
        }
        #expect(closed?.code == .openFailed)
    }

    @Test func aConnectionTheServerEndsFailsAsAnIOError() throws {
        let conninfo = try PostgresTestServer.newDatabase()
        let (victim, killer) = (try PostgresConnection(conninfo: conninfo), try PostgresConnection(conninfo: conninfo))
        let pid = try #require(try victim.firstRow("SELECT pg_backend_pid()") { $0.integer(0) })
        #expect(try killer.firstRow("SELECT pg_terminate_backend(?::int)", [pid]) { $0.integer(0) } == 1)
        let lost = #expect(throws: PostgresError.self) { try victim.execute("SELECT 1") }
        #expect(lost?.code == .ioFailed, "\(String(describing: lost))")
    }

    @Test func theSessionNamesItselfAndRunsInUTC() throws {
        let db = try PostgresConnection(
            conninfo: try PostgresTestServer.newDatabase(),
            applicationName: "qcarchive pid=42 host=node-a"
        )
        let settings = try db.rows(
            "SELECT current_setting(name) FROM unnest(ARRAY['application_name', 'TimeZone', 'bytea_output']) AS name"
        ) { $0.text(0) }
        #expect(settings == ["qcarchive pid=42 host=node-a", "UTC", "hex"])
        // A conninfo that names its own connect_timeout, beside the default one, still connects.
        let own = try PostgresConnection(conninfo: try PostgresTestServer.conninfo() + " connect_timeout=3")
        #expect(try own.firstRow("SELECT 1") { $0.integer(0) } == 1)
        #expect(db.serverVersion >= 150_000)
    }
}
