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

    @Option(name: .long, help: "The issuer DN (RFC 4514).")
    var issuer: String

    @Option(name: .long, help: "The serial (lowercase hex).")
    var serial: String

    func validate() throws {
        guard CertificateRef(issuer: issuer, serial: serial).hasCanonicalSerial else {
            throw ValidationError("--serial must be lowercase hex without leading zeros, not '\(serial)'.")
        }
    }

    func run() async throws {
        try runMapped(verbose: global.verbose) {
            let catalog = try global.open(.read).catalog
            let ref = CertificateRef(issuer: issuer, serial: serial)
            let result = try TimelineQuery().run(QueryParameters(certificate: ref), catalog: catalog)
            print("Certificate \(serial) of \(issuer)")
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
