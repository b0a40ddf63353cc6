import ArgumentParser
import Catalog
import Lifecycle
import Nightly
import Query
import Storage

struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "One certificate for a person: status now, bundle versions, exceptions, findings, then its timeline.",
        discussion: ExitStatus.help
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "The issuer DN (RFC 4514, or as 'openssl x509 -issuer' prints it).")
    var issuer: String

    @Option(name: .long, help: "The serial (hex; 0x, colons, upper case and leading zeros are fine).")
    var serial: String

    @Option(name: .long, help: "Only timeline rows from this time (inclusive).")
    var from: String?

    @Option(name: .long, help: "Only timeline rows before this time (exclusive).")
    var to: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Only timeline rows of this kind: an event type, ocsp_good, crl_published, finding, or a prefix "
                + "such as ocsp (repeatable)."
        )
    )
    var kind: [String] = []

    @Flag(name: .long, help: "List every OCSP answer and CRL publication instead of collapsing repeated ones.")
    var all = false

    func validate() throws {
        _ = try parameters()
    }

    func parameters() throws -> QueryParameters {
        var parameters = QueryParameters(certificate: try FlagValues.certificate(issuer: issuer, serial: serial))
        parameters.from = try FlagValues.time("--from", from)
        parameters.to = try FlagValues.time("--to", to)
        if let from = parameters.from, let to = parameters.to, from >= to {
            throw ValidationError("--from must come before --to.")
        }
        parameters.kinds = kind.isEmpty ? nil : kind
        parameters.all = all
        return parameters
    }

    func run() async throws {
        try runMapped(verbose: global.verbose) {
            let catalog = try global.open(.read).catalog
            let parameters = try parameters()
            guard let ref = parameters.certificate else { return }
            let overview = try CertificateOverview(ref, catalog: catalog)
            let result = try TimelineQuery().run(parameters, catalog: catalog)
            for line in overview.lines { print(TerminalText.escaped(line)) }
            print("")
            print(try QueryRendering.render(result, as: .table, width: TerminalWidth.ofStandardOutput), terminator: "")
        }
    }
}
