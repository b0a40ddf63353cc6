import ArchiveIO
import ArgumentParser
import Lifecycle

@main
struct Qcarchive: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qcarchive",
        abstract: "Keeps the lifecycle evidence of EU qualified certificates (ETSI EN 319 411-2) provable for decades.",
        discussion: ExitStatus.help,
        version: SoftwareVersion.current,
        subcommands: [
            InitCommand.self, NightlyCommand.self, ImportCommand.self, SealCommand.self, VerifyCommand.self,
            QueryCommand.self, ShowCommand.self, ExceptionsCommand.self, KeysCommand.self, ReindexCommand.self,
            HeadCommand.self, RenewCommand.self, EvidenceCommand.self, ExportCommand.self, BatchesCommand.self,
        ]
    )

    static func main() async {
        ProcessLocale.useUTF8()  // before any thread: libarchive converts names through the C locale
        Interruption.install()
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
