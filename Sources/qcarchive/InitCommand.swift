import ArgumentParser
import Catalog
import Nightly
import Sealing
import Storage

struct InitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create an archive: catalog, trust anchors, sealing key and timestamp authority.",
        discussion:
            "Without --seal-key, a demo sealing key and a demo TSA key are made; they are marked as not qualified. "
            + ExitStatus.help
    )

    @OptionGroup var global: GlobalOptions

    @OptionGroup var keys: KeyOptions

    @Option(name: .customLong("tsa"), help: "The timestamp authority: 'local' (in-process, not qualified).")
    var tsa: String?

    @Option(name: .customLong("tsa-url"), help: "An RFC 3161 timestamp authority over HTTP.")
    var tsaURL: String?

    @Option(
        name: .customLong("tsa-ca"),
        help: "PEM trust anchor(s) of the --tsa-url authority (becomes trust/tsa-ca.pem)."
    )
    var tsaCA: String?

    @Option(
        name: .customLong("catalog"),
        help:
            "A PostgreSQL database for the catalog (postgresql://user@host/db, no password) instead of catalog.sqlite."
    )
    var catalog: String?

    func validate() throws {
        if let catalog {
            do {
                _ = try CatalogLocation.postgreSQL(parsing: catalog)
            } catch let error as CatalogError {
                throw ValidationError(error.message)
            }
        }
        if keys.pkcs11Module != nil && !keys.namesHSMKey {
            throw ValidationError("--pkcs11-module goes with a pkcs11: key.")
        }
        if keys.tsaKey != nil && tsaURL != nil {
            throw ValidationError("--tsa-key is the local TSA's key; it does not go with --tsa-url.")
        }
        if let tsa, tsa != "local" {
            throw ValidationError("--tsa takes 'local'; use --tsa-url for a remote authority.")
        }
        if tsa != nil && tsaURL != nil { throw ValidationError("Give either --tsa local or --tsa-url, not both.") }
        if tsaCA != nil && tsaURL == nil { throw ValidationError("--tsa-ca goes with --tsa-url.") }
        if tsaURL != nil && tsaCA == nil {
            throw ValidationError(
                "--tsa-url needs --tsa-ca, the trust anchor of that authority (the demo TSA's would make every night "
                    + "fail)."
            )
        }
        if let tsaURL, !(tsaURL.hasPrefix("http://") || tsaURL.hasPrefix("https://")) {
            throw ValidationError("--tsa-url must be an http:// or https:// URL.")
        }
    }

    func run() async throws {
        try runMapped(verbose: global.verbose) {
            var job = ArchiveInitJob(
                layout: global.layout,
                sealKey: try keys.suppliedSealKey,
                timestampAuthority: tsaURL.map { .remote($0) } ?? .local
            )
            job.tsaKey = try keys.suppliedTSAKey
            job.headKey = keys.headKey
            job.pkcs11Module = keys.pkcs11Module
            job.tsaTrustAnchorsPEM = try tsaCA.map { try FileIO.read($0) }
            job.catalog = try catalog.map(CatalogLocation.postgreSQL(parsing:))
            switch try job.run() {
            case .created(let demoKeys):
                print("Created the archive \(global.layout.root).")
                if demoKeys {
                    print("  sealing key   DEMO key, not qualified (keys/seal-key.pem, readable by the owner only)")
                }
                for (role, uri) in [
                    ("sealing key", keys.sealKey), ("TSA key", keys.tsaKey), ("head key", keys.headKey),
                ]
                where uri.map(HSMKey.names) == true {
                    print("  \(role.padding(toLength: 14, withPad: " ", startingAt: 0))in the HSM, \(uri ?? "")")
                }
                print("  trust anchors trust/seal-ca.pem, trust/tsa-ca.pem")
                print("Next: qcarchive nightly --archive \(global.archive) --drop DROP")
            case .alreadyInitialized:
                print("\(global.layout.root) is already an archive; nothing changed.")
            }
        }
    }
}
