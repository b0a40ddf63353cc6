import Catalog
import Foundation
import TestSupport
import Testing

/// Two "nodes" sharing one PostgreSQL catalog (issue #17): the second is refused, naming the first.
@Suite struct PostgreSQLArchiveLockTests {
    @Test func aSecondRunIsRefusedNamingTheHolderUntilTheFirstEnds() throws {
        let conninfo = try PostgresTestServer.newDatabase()
        var first: PostgreSQLArchiveLock? = try PostgreSQLArchiveLock(
            conninfo: conninfo,
            holder: "pid=4242 host=node-a started=1795255200"
        )
        let refused = #expect(throws: CatalogError.self) {
            try PostgreSQLArchiveLock(conninfo: conninfo, holder: "pid=7 host=node-b started=1795255300")
        }
        #expect(refused?.code == .busy)
        #expect(
            refused?.message
                == "The archive is locked by another qcarchive run (qcarchive pid=4242 host=node-a "
                + "started=1795255200); wait for it to finish.",
            "\(String(describing: refused))"
        )
        #expect(first != nil)
        first = nil  // the first run ends: its session closes
        let second = try PostgreSQLArchiveLock(conninfo: conninfo, holder: "pid=7 host=node-b started=1795255300")
        withExtendedLifetime(second) {}
    }

    @Test func eachCatalogDatabaseHasItsOwnLock() throws {
        let (one, two) = (try PostgresTestServer.newDatabase(), try PostgresTestServer.newDatabase())
        let first = try PostgreSQLArchiveLock(conninfo: one, holder: "pid=1 host=a started=1")
        let second = try PostgreSQLArchiveLock(conninfo: two, holder: "pid=2 host=b started=2")
        withExtendedLifetime((first, second)) {}
    }

    @Test func aHolderWhoseSessionDiesReleasesTheLock() throws {
        let conninfo = try PostgresTestServer.newDatabase()
        let dead = try PostgreSQLArchiveLock(conninfo: conninfo, holder: "pid=99 host=crashed started=1")
        // The server ends the holder's session, as when its machine or process dies.
        let kill = try TestEnvironment.run(
            "psql",
            [
                conninfo, "-qAt", "-c",
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name LIKE '%host=crashed%'",
            ]
        )
        #expect(kill.stdout == "t\n", "\(kill)")
        var taken: PostgreSQLArchiveLock? = nil
        for _ in 0..<50 where taken == nil {  // the backend exits within moments of the signal
            taken = try? PostgreSQLArchiveLock(conninfo: conninfo, holder: "pid=100 host=next started=2")
            if taken == nil { Thread.sleep(forTimeInterval: 0.1) }
        }
        #expect(taken != nil)
        withExtendedLifetime(dead) {}
    }

    @Test func anUnreachableCatalogCannotBeLocked() {
        let refused = #expect(throws: CatalogError.self) {
            try PostgreSQLArchiveLock(conninfo: "host=127.0.0.1 port=1 dbname=x connect_timeout=2", holder: "pid=1")
        }
        #expect(refused?.code == .openFailed)
    }
}
