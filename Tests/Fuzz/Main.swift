import Foundation

/// `qcfuzz TARGET [libFuzzer options] [CORPUS…]` fuzzes one parser when built for fuzzing
/// (`make fuzz`: coverage instrumentation, AddressSanitizer and libFuzzer's driver); in an ordinary
/// build, `qcfuzz TARGET FILE…` runs the given inputs through the parser once (the committed corpus,
/// as a regression check in the test suite).
@main
struct QCFuzz {
    static func main() {
        var arguments = CommandLine.arguments
        // The target is the first argument, or QCFUZZ_TARGET for the workers libFuzzer starts (-jobs),
        // which get libFuzzer's options only.
        let named = arguments.count >= 2 ? FuzzTarget(rawValue: arguments[1]) : nil
        guard let target = named ?? ProcessInfo.processInfo.environment["QCFUZZ_TARGET"].flatMap(FuzzTarget.init)
        else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
            FileHandle.standardError.write(Data("usage: qcfuzz \(names) [options] [corpus…]\n".utf8))
            exit(64)
        }
        #if FUZZING
        Fuzzing.target = target
        if named != nil { arguments.remove(at: 1) }
        setenv("QCFUZZ_TARGET", target.rawValue, 1)
        exit(Fuzzing.drive(arguments))
        #else
        var count = 0
        for path in arguments.dropFirst(2) {
            for file in inputs(path) {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                target.run(Array(data))
                count += 1
            }
        }
        print("\(target.rawValue): \(count) input(s) read without a crash")
        #endif
    }

    /// A file, or every file in a folder.
    static func inputs(_ path: String) -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return [] }
        guard isFolder.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.sorted().map { path + "/" + $0 }
    }
}
