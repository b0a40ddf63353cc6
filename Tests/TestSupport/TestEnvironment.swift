import Foundation

/// Paths and helpers shared by the test targets: temp folders, the built binary, external tools.
public enum TestEnvironment {
    /// The package root (this file is Tests/TestSupport/TestEnvironment.swift).
    public static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The qcarchive binary: `QCARCHIVE_BIN` (set by `make test`), else the debug build.
    public static var binary: String {
        ProcessInfo.processInfo.environment["QCARCHIVE_BIN"] ?? packageRoot + "/.build/debug/qcarchive"
    }

    public static var samples: String { packageRoot + "/Samples" }

    /// A fresh, empty folder for one test.
    public static func temporaryFolder(_ label: String = #function) throws -> String {
        let safe = label.filter { $0.isLetter || $0.isNumber }
        let path = NSTemporaryDirectory() + "qcarchive-tests/\(safe)-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The result of running a program.
    public struct Run: Sendable, CustomStringConvertible {
        public var status: Int32
        public var stdout: String
        public var stderr: String
        public var description: String { "exit \(status)\nstdout:\n\(stdout)\nstderr:\n\(stderr)" }
    }

    /// Runs a program (looked up on PATH unless absolute) and waits for it.
    @discardableResult
    /// - Parameter environment: variables set (or, with an empty value, removed) on top of this process's.
    public static func run(
        _ program: String,
        _ arguments: [String],
        in directory: String? = nil,
        stdin: [UInt8]? = nil,
        environment: [String: String] = [:]
    ) throws -> Run {
        if program == "faketime" { removeStaleFaketimeFiles() }
        let process = Process()
        if !environment.isEmpty {
            var merged = ProcessInfo.processInfo.environment
            for (name, value) in environment { merged[name] = value.isEmpty ? nil : value }
            process.environment = merged
        }
        if program.hasPrefix("/") {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [program] + arguments
        }
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin)) }
        try input.fileHandleForWriting.close()
        // Read both pipes concurrently so that neither fills up and blocks the child.
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self)
        )
    }

    /// Edits a SQLite database with Python's sqlite3 (not our code), as a hostile editor or a stopped
    /// run would leave it.
    /// - Returns: the number of rows the script changed.
    public static func editDatabase(_ path: String, _ script: String) throws -> Int {
        let run = try run(
            "python3",
            [
                "-c",
                "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.executescript(sys.argv[2]); c.commit(); "
                    + "print(c.total_changes)",
                path, script,
            ]
        )
        guard run.status == 0, let changes = Int(run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "\(run)"])
        }
        return changes
    }

    /// The `faketime` wrapper names a semaphore and a shared-memory segment in /dev/shm after its pid
    /// and refuses to start ("sem_open: File exists") when a wrapper of the same pid was killed
    /// earlier (the crash tests kill runs) and left them: those of processes that are gone are
    /// removed before each run.
    static func removeStaleFaketimeFiles() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/dev/shm")) ?? []
        for name in names {
            let prefix = ["sem.faketime_sem_", "faketime_shm_"].first { name.hasPrefix($0) }
            guard let prefix, let pid = Int32(name.dropFirst(prefix.count)) else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink("/dev/shm/" + name) }
        }
    }

    /// Runs a bash script in `folder`, under `faketime -f <offset>` when an offset is given.
    public static func shell(_ script: String, in folder: String, faketime offset: String? = nil) throws -> Run {
        guard let offset else { return try run("bash", ["-c", script], in: folder) }
        return try run("faketime", ["-f", offset, "bash", "-c", script], in: folder)
    }

    /// Runs the qcarchive binary.
    @discardableResult
    public static func qcarchive(_ arguments: String...) throws -> Run {
        try run(binary, arguments)
    }

    /// Writes a file, creating its folder.
    public static func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }

    /// Writes bytes to a file, creating its folder.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent,
            withIntermediateDirectories: true
        )
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    /// Reads a file.
    public static func read(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// Every regular file below a folder, relative and sorted.
    public static func files(under root: String) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: root)
        var out: [String] = []
        while let next = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + next, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                out.append(next)
            }
        }
        return out.sorted()
    }
}
