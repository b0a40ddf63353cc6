import Foundation

/// The PostgreSQL server the tests use (Debian's, not our code): the one `make test` started and named
/// in `QCARCHIVE_TEST_POSTGRES`, or else one this process starts with Tests/Fixtures/postgres/cluster.sh
/// and stops when it exits. Each test takes a database of its own (`newDatabase`).
public enum PostgresTestServer {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var started: String?
    /// The cluster folder this process started, stopped at exit.
    nonisolated(unsafe) private static var ownCluster: String?

    /// The server's conninfo (its `postgres` database).
    public static func conninfo() throws -> String {
        try lock.withLock {
            if let started { return started }
            if let given = ProcessInfo.processInfo.environment["QCARCHIVE_TEST_POSTGRES"], !given.isEmpty {
                started = given
                return given
            }
            let folder = NSTemporaryDirectory() + "qcarchive-postgres-\(getpid())"
            // Not through a pipe: the server would inherit its end, and reading to the end would never end.
            let log = folder + ".log"
            _ = FileManager.default.createFile(atPath: log, contents: nil)
            let output = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
            let process = Process()
            process.executableURL = URL(fileURLWithPath: script)
            process.arguments = ["start", folder]
            (process.standardOutput, process.standardError) = (output, output)
            try process.run()
            process.waitUntilExit()
            try? output.close()
            guard process.terminationStatus == 0,
                let info = try? String(contentsOfFile: folder + "/conninfo", encoding: .utf8)
            else {
                let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
                throw FixtureError("Could not start a PostgreSQL cluster in \(folder): \(text)")
            }
            ownCluster = folder
            atexit {
                guard let folder = PostgresTestServer.ownCluster else { return }
                _ = try? TestEnvironment.run(PostgresTestServer.script, ["stop", folder])
                try? FileManager.default.removeItem(atPath: folder + ".log")
            }
            let trimmed = info.trimmingCharacters(in: .whitespacesAndNewlines)
            started = trimmed
            return trimmed
        }
    }

    /// A new, empty database for one test, as the `postgresql://` URI `init --catalog` takes.
    public static func newDatabaseURI(_ label: String = #function) throws -> String {
        let fields = Dictionary(
            try newDatabase(label).split(separator: " ").map { field in
                let pair = field.split(separator: "=", maxSplits: 1).map(String.init)
                return (pair[0], pair.count > 1 ? pair[1] : "")
            },
            uniquingKeysWith: { _, last in last }
        )
        let user = fields["user"].map { $0 + "@" } ?? ""
        let port = fields["port"].map { ":" + $0 } ?? ""
        return "postgresql://\(user)\(fields["host"] ?? "127.0.0.1")\(port)/\(fields["dbname"] ?? "")"
    }

    /// A new, empty database for one test; its conninfo.
    public static func newDatabase(_ label: String = #function) throws -> String {
        let server = try conninfo()
        let name =
            "t_" + label.lowercased().filter { $0.isLetter || $0.isNumber }.prefix(30) + "_"
            + UUID().uuidString.prefix(8).lowercased()
        let run = try TestEnvironment.run(
            "psql",
            [server, "-qAt", "-v", "ON_ERROR_STOP=1", "-c", "CREATE DATABASE \(name)"]
        )
        guard run.status == 0 else { throw FixtureError("Could not create database \(name): \(run)") }
        return server.replacingOccurrences(of: "dbname=postgres", with: "dbname=\(name)")
    }

    static var script: String { TestEnvironment.packageRoot + "/Tests/Fixtures/postgres/cluster.sh" }
}
