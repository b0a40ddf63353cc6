internal import PostgresIO

/// The archive lock when the catalog is on PostgreSQL (issue #17): a session-level advisory lock in
/// the catalog's database, so that two machines sharing the archive folder and the database cannot
/// write at once, where each one's `flock` on its own view of the folder would not see the other.
/// The holder names itself in its session's `application_name`, which every other session of the
/// database can read (unlike the client address or start time); the server releases the lock when
/// the session ends, also when the process dies, so no stale lock is ever left.
package final class PostgreSQLArchiveLock {
    private let connection: PostgresConnection

    /// "qcarchlk": the archive lock's key (migrations take another).
    static let key: Int64 = 0x7163_6172_6368_6c6b

    /// Takes the lock without waiting.
    /// - Parameter holder: who takes it (`pid=… host=… started=…`), shown to whoever finds it taken;
    ///   `application_name` keeps 63 bytes of it.
    /// - Throws: `CatalogError` `.busy` naming the holder when another session holds it (exit 75),
    ///   `.openFailed` when the database cannot be reached.
    package init(conninfo: String, holder: String) throws {
        do {
            connection = try PostgresConnection(conninfo: conninfo, applicationName: "qcarchive " + holder)
        } catch {
            throw CatalogError(error)
        }
        do {
            // A holder whose machine dies sends nothing more: the server's keepalive probes find it gone
            // within about a minute (30 s idle, then 3 probes 10 s apart) and end its session, which
            // frees the lock; the system default waits two hours. (Ignored on a Unix socket.)
            try connection.execute(
                script: "SET tcp_keepalives_idle = 30; SET tcp_keepalives_interval = 10; SET tcp_keepalives_count = 3"
            )
            let taken = try connection.firstRow("SELECT pg_try_advisory_lock(?::bigint)", [Self.key]) { $0.integer(0) }
            guard taken == 1 else {
                let other = try connection.firstRow(
                    """
                    SELECT a.application_name FROM pg_locks AS l JOIN pg_stat_activity AS a ON a.pid = l.pid
                    WHERE l.locktype = 'advisory' AND l.granted AND l.database = (
                      SELECT oid FROM pg_database WHERE datname = current_database())
                      AND (l.classid::bigint << 32 | l.objid::bigint) = ?::bigint AND l.objsubid = 1
                    """,
                    [Self.key]
                ) { $0.text(0) }
                throw CatalogError(
                    .busy,
                    "The archive is locked by another qcarchive run"
                        + ((other ?? nil).map { " (\($0))" } ?? "") + "; wait for it to finish."
                )
            }
        } catch let error as PostgresError {
            throw CatalogError(error)
        }
    }

    // Closing the session releases the lock.
}
