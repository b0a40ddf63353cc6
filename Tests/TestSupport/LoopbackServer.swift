import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A test server that is not our code (a Python script under Tests/Fixtures: a TSA, a CRL
/// distribution point, an OCSP responder) on a free loopback port, which it prints first.
public struct LoopbackServer {
    public let process: Process
    public let port: Int

    /// Starts `python3 Tests/Fixtures/<script> <arguments>`; with `faketime` (e.g. "+365d") its
    /// clock and that of every program it runs are moved by libfaketime, preloaded in the server's
    /// own process (the faketime command's child would outlive a kill of the command).
    public init(_ script: String, _ arguments: [String], faketime: String? = nil) throws {
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", TestEnvironment.packageRoot + "/Tests/Fixtures/" + script] + arguments
        if let faketime {
            var environment = ProcessInfo.processInfo.environment
            environment["LD_PRELOAD"] = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1"
            environment["FAKETIME"] = faketime
            process.environment = environment
        }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = [UInt8]()
        while let byte = try output.fileHandleForReading.read(upToCount: 1)?.first, byte != 0x0A { line.append(byte) }
        port = Int(String(decoding: line, as: UTF8.self)) ?? 0
    }

    /// Stops the server for good: SIGKILL, because SIGTERM may arrive ignored (a disposition
    /// inherited from whatever started the tests), which left servers running after the suite.
    public func stop() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
