import ArgumentParser
import Foundation
import Lifecycle
import Nightly
import Storage

struct HeadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "head",
        abstract: "Write the published head: a signed C2SP checkpoint of the seal chain, to keep outside the archive.",
        discussion: "Give it to the supervisory body, an auditor or a witness; 'qcarchive verify --archive DIR "
            + "--chain --head FILE' later proves that the archive still holds every batch it covers. "
            + ExitStatus.help
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "Write the checkpoint to this file instead of standard output.")
    var out: String?

    func run() async throws {
        try runMapped(verbose: global.verbose) {
            let archive = try global.open(.write)  // the head key is made on first use
            defer { withExtendedLifetime(archive) {} }
            let (note, checkpoint) = try HeadJob.run(archive: archive)
            guard let out else {
                print(note, terminator: "")
                return
            }
            try FileIO.writeAtomically(Array(note.utf8), to: out)
            print(
                TerminalText.escaped(
                    "Wrote the checkpoint of \(checkpoint.size) batch(es)"
                        + (checkpoint.newestBatch.map { " (up to \($0))" } ?? "") + " to \(out); its first line is "
                        + "\(checkpoint.origin), verifier key trust/head.vkey."
                )
            )
        }
    }
}
