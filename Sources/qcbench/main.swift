import ArgumentParser
import ArchiveIO
import Foundation

/// The benchmark harness's drop generator (`make bench`, `make bench-smoke`).
struct QCBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qcbench",
        abstract: "Generate large deterministic drops for benchmarks.",
        subcommands: [Generate.self, SignRate.self]
    )

    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a drop of N certificates (night 1) or its continuation (night 2)."
        )
        @Option(help: "The drop folder to (re)create.") var out: String
        @Option(help: "New certificates in the night.") var certificates: Int = 2_000
        @Option(help: "OCSP log lines in the night.") var ocspLines: Int = 20_000
        @Option(help: "1 for the first night, 2 for the next.") var night: Int = 1

        func run() throws {
            let clock = ContinuousClock()
            let start = clock.now
            let result = try DropGenerator(certificates: certificates, night: night, ocspLines: ocspLines, out: out)
                .run()
            let elapsed = clock.now - start
            print(
                "Generated \(out): \(result.certificates) certificates, \(result.events) events, \(result.ocspLines) "
                    + "OCSP lines in \(elapsed)."
            )
        }
    }
}

ProcessLocale.useUTF8()
QCBench.main()
