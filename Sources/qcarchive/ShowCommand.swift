import ArgumentParser
import Catalog
import Lifecycle
import Nightly
import Query
import Storage

struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print the timeline of one certificate for a person: events, documents, status evidence, findings.",
        discussion: ExitStatus.help
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "The issuer DN (RFC 4514, or as 'openssl x509 -issuer' prints it).")
    var issuer: String

    @Option(name: .long, help: "The serial (hex; 0x, colons, upper case and leading zeros are fine).")
    var serial: String

    func validate() throws {
        _ = try FlagValues.certificate(issuer: issuer, serial: serial)
    }

    func run() async throws {
        try runMapped(verbose: global.verbose) {
            let catalog = try global.open(.read).catalog
            let ref = try FlagValues.certificate(issuer: issuer, serial: serial)
            let result = try TimelineQuery().run(QueryParameters(certificate: ref), catalog: catalog)
            print("Certificate \(ref.serial) of \(TerminalText.escaped(ref.issuer))")
            if let certificate = try catalog.certificate(ref) {
                print(
                    "  subject \(certificate.subject), valid \(RFC3339.format(certificate.notBefore)) to "
                        + "\(RFC3339.format(certificate.notAfter)), \(certificate.keyAlgorithm) \(certificate.keyBits)"
                )
            }
            print(QueryRendering.render(result, as: .table), terminator: "")
        }
    }
}
