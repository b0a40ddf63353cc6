import Catalog
import Foundation
import TestSupport
import Testing

/// The PostgreSQL catalog's schema against a real server (issue #17): what its migrations make is
/// `Schemas/catalog-postgresql.sql`, at SQLite's version, once however many programs migrate.
@Suite struct PostgreSQLSchemaTests {
    static var committed: String {
        get throws {
            try String(contentsOfFile: TestEnvironment.packageRoot + "/Schemas/catalog-postgresql.sql", encoding: .utf8)
        }
    }

    static func version(_ conninfo: String) throws -> String {
        try TestEnvironment.run("psql", [conninfo, "-qAt", "-c", "SELECT version FROM catalogVersion"]).stdout
    }

    @Test func aNewCatalogGetsTheCommittedSchemaAtSQLitesVersion() throws {
        let conninfo = try PostgresTestServer.newDatabase()
        try PostgreSQLSchema.migrate(conninfo: conninfo)
        let dumped = try PostgreSQLSchema.dumpSchema(conninfo: conninfo)
        #expect(dumped == (try Self.committed), "run the dump and update Schemas/catalog-postgresql.sql:\n\(dumped)")
        #expect(PostgreSQLSchema.version == CatalogSchema.version)
        #expect(try Self.version(conninfo) == "\(CatalogSchema.version)\n")
        // Opening again changes nothing.
        try PostgreSQLSchema.migrate(conninfo: conninfo)
        #expect(try PostgreSQLSchema.dumpSchema(conninfo: conninfo) == dumped)
        #expect(try Self.version(conninfo) == "\(CatalogSchema.version)\n")
    }

    @Test func programsMigratingTogetherMakeTheSchemaOnce() throws {
        let conninfo = try PostgresTestServer.newDatabase()
        let lock = NSLock()
        nonisolated(unsafe) var failures: [String] = []
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            do { try PostgreSQLSchema.migrate(conninfo: conninfo) } catch {
                lock.withLock { failures.append("\(error)") }
            }
        }
        #expect(failures == [])
        #expect(try PostgreSQLSchema.dumpSchema(conninfo: conninfo) == (try Self.committed))
    }

    @Test func aNewerCatalogIsRefusedUntouched() throws {
        let conninfo = try PostgresTestServer.newDatabase()
        try PostgreSQLSchema.migrate(conninfo: conninfo)
        let edit = try TestEnvironment.run("psql", [conninfo, "-qc", "UPDATE catalogVersion SET version = 99"])
        #expect(edit.status == 0)
        let refused = #expect(throws: CatalogError.self) { try PostgreSQLSchema.migrate(conninfo: conninfo) }
        #expect(refused?.code == .newerSchema)
        #expect(refused?.message.contains("schema version 99, newer than this qcarchive") == true)
        #expect(try Self.version(conninfo) == "99\n")
    }

    @Test func aServerThatIsNotThereCannotBeOpened() {
        let refused = #expect(throws: CatalogError.self) {
            try PostgreSQLSchema.migrate(conninfo: "host=127.0.0.1 port=1 user=postgres dbname=x connect_timeout=2")
        }
        #expect(refused?.code == .openFailed)
    }
}
