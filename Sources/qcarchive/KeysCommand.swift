import ArgumentParser
import CryptoIO
import Foundation
import Lifecycle
import Nightly
import Storage

struct KeysCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "List the sealing and TSA certificates over time, or rotate to a new sealing key or TSA.",
        discussion: ExitStatus.help,
        subcommands: [List.self, Rotate.self]
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Every sealing certificate and TSA with validity, fingerprint and the batches it served.",
            discussion: ExitStatus.help
        )
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try runMapped(verbose: global.verbose) {
                let archive = try global.open(.read)
                for entry in try KeyInventory.list(archive) {
                    let batches =
                        entry.batches.isEmpty
                        ? "no batch yet"
                        : entry.batches.count > 4
                            ? "\(entry.batches.count) batches, \(entry.batches[0]) … "
                                + "\(entry.batches[entry.batches.count - 1])"
                            : entry.batches.joined(separator: ", ")
                    let role = (entry.role == .sealing ? "sealing" : "tsa").padding(
                        toLength: 8,
                        withPad: " ",
                        startingAt: 0
                    )
                    let validity = "\(RFC3339.format(entry.notBefore)) to \(RFC3339.format(entry.notAfter))"
                    let hsm = archive.configuration.pkcs11
                    let uri = entry.current ? (entry.role == .sealing ? hsm?.sealKey : hsm?.tsaKey) : nil
                    let text =
                        "\(role)\(entry.current ? "(current) " : "          ")\(entry.subject)\n"
                        + "    sha256 \(entry.sha256)\n    valid \(validity); served: \(batches)"
                        + (uri.map { "\n    key in the HSM: \($0)" } ?? "")
                    print(TerminalText.escaped(text, keepNewlines: true))
                }
                if let module = archive.configuration.pkcs11?.module { print("pkcs11 module \(module)") }
                // The head keys (trust/head.vkey, newest first): the checkpoints they signed keep verifying.
                let heads = FileIO.exists(archive.layout.headVerifierKey) ? try HeadJob.verifiers(archive.layout) : []
                for (index, head) in heads.enumerated() {
                    let state = index == 0 ? "(current) " : "          "
                    let uri = index == 0 ? archive.configuration.pkcs11?.headKey : nil
                    print(
                        TerminalText.escaped(
                            "head    \(state)\(head.name)\n    key ID \(Hex.encode(head.keyID))"
                                + (uri.map { "\n    key in the HSM: \($0)" } ?? ""),
                            keepNewlines: true
                        )
                    )
                }
            }
        }
    }

    struct Rotate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Seal new batches with a new key, or timestamp them with a new TSA; earlier batches keep verifying.",
            discussion: ExitStatus.help
        )
        @OptionGroup var global: GlobalOptions
        @OptionGroup var keys: KeyOptions
        @Option(name: .customLong("tsa"), help: "'local': a new in-process demo TSA key (not qualified).") var tsa:
            String?
        @Option(name: .customLong("tsa-url"), help: "A new RFC 3161 authority over HTTP.") var tsaURL: String?
        @Option(name: .customLong("tsa-ca"), help: "PEM trust anchor(s) of the --tsa-url authority.") var tsaCA: String?
        @Flag(
            name: .customLong("head"),
            help: "A new head key for 'qcarchive head' (earlier checkpoints keep verifying)."
        )
        var head = false

        func validate() throws {
            let moduleAlone = keys.pkcs11Module != nil && !keys.namesHSMKey
            let changes = [
                keys.sealKey != nil || keys.sealCertificate != nil, tsa != nil, tsaURL != nil, head, moduleAlone,
            ]
            .filter { $0 }.count
            guard changes == 1 else {
                throw ValidationError(
                    "Give one of --seal-key KEY --seal-cert CERT, --tsa local [--tsa-key KEY --tsa-cert CERT], "
                        + "--tsa-url URL --tsa-ca CA, --head [--head-key pkcs11:…], or --pkcs11-module PATH alone (the "
                        + "archive's HSM keys through another module)."
                )
            }
            if let tsa, tsa != "local" { throw ValidationError("--tsa takes 'local'.") }
            if keys.tsaKey != nil && tsa == nil { throw ValidationError("--tsa-key goes with --tsa local.") }
            if keys.headKey != nil && !head { throw ValidationError("--head-key goes with --head.") }
            if (tsaURL == nil) != (tsaCA == nil) { throw ValidationError("--tsa-url and --tsa-ca go together.") }
        }

        func run() async throws {
            try runMapped(verbose: global.verbose) {
                let archive = try global.open(.write)
                defer { withExtendedLifetime(archive) {} }  // the lock is held until archive.json is written
                let change: KeyRotationJob.Change
                if let module = keys.pkcs11Module, !keys.namesHSMKey {
                    change = .module(module)
                } else if let supplied = try keys.suppliedSealKey {
                    change = .sealKey(supplied)
                } else if head {
                    change = .head(keys.headKey)
                } else if let tsaURL, let tsaCA {
                    change = .remoteTSA(url: tsaURL, anchorsPEM: try FileIO.read(tsaCA))
                } else {
                    change = .localTSA(try keys.suppliedTSAKey)
                }
                var job = KeyRotationJob(archive: archive)
                job.pkcs11Module = keys.pkcs11Module
                let result = try job.run(change)
                switch change {
                case .sealKey:
                    print(
                        "New batches are sealed by \(result?.subject ?? "the new key") (sha256 "
                            + "\(result?.sha256 ?? ""))."
                    )
                case .localTSA(let supplied):
                    print(
                        "New batches are timestamped by the new local TSA \(result?.subject ?? "")"
                            + (supplied == nil ? " (not qualified)." : ".")
                    )
                case .remoteTSA(let url, _): print("New batches are timestamped by \(url).")
                case .module(let module):
                    print("The archive's HSM keys are now used through \(module); each signed through it first.")
                    return
                case .head:
                    print("New checkpoints are signed by the head key \(result?.subject ?? "") (trust/head.vkey).")
                    print("Earlier checkpoints keep verifying: trust/head.vkey keeps every head key.")
                    return
                }
                print("Earlier batches keep verifying under their own keys: trust/ and archive.json keep every one.")
            }
        }
    }
}
