import ArgumentParser
import Bundling
import Foundation
import Lifecycle
import Nightly
import Storage

struct EvidenceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence",
        abstract: "Write a bundle's complete RFC 4998 evidence record: the one sealed in it and every renewal.",
        discussion: "The record is verified first and written only when it proves the bundle. Bouncy Castle's "
            + "ERSEvidenceRecord and 'qcarchive verify --bundle FILE --evidence FILE.ers' validate it. "
            + ExitStatus.help
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "The bundle (a path, or relative to the archive folder).")
    var bundle: String

    @Option(name: .long, help: "Write the DER record here (FILE.ers) instead of standard output.")
    var out: String?

    func run() async throws {
        try runMapped(verbose: global.verbose) {
            let archive = try global.open(.verify)
            let layout = archive.layout
            let path = FileIO.exists(bundle) ? bundle : layout.absolute(bundle)
            let bag = try Bag.read(try FileIO.read(path), name: bundle)
            let assembled = try bag.completeRecord(name: bundle, layout: layout)
            // A record is written only when it proves the bundle now.
            var report = BundleVerificationReport(bundle: bundle)
            let record = BundleVerifier.RecordSource.given(assembled.record, file: "the complete record")
            try archive.verifier().verify(bag, name: bundle, into: &report, record: record)
            for problem in report.problems { print("FAIL " + TerminalText.escaped("\(bundle): \(problem)")) }
            if !report.isValid { throw ExitStatus.failed }
            let der = try assembled.record.der()
            guard let out else {
                FileHandle.standardOutput.write(Data(der))
                return
            }
            try FileIO.writeAtomically(der, to: out)
            let chains = assembled.record.sequence.chains.count
            print(
                TerminalText.escaped(
                    "Wrote the evidence record of \(bundle) (batch \(assembled.batch), \(assembled.renewals) "
                        + "renewal(s), \(chains) chain(s), \(der.count) bytes) to \(out)."
                )
            )
        }
    }
}
