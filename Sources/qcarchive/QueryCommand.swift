import ArgumentParser
import Catalog
import Foundation
import Gates
import Lifecycle
import Query
import Storage
import Nightly

struct QueryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Answer an auditor's or supervisory body's question from the catalog (read-only).",
        discussion:
            "Run 'qcarchive query --list' for the named queries. Times are RFC 3339 UTC (2026-11-20T00:00:00Z) or "
            + "dates (2026-11-20). "
            + ExitStatus.help
    )

    @Option(name: .customLong("archive"), help: "The archive folder (default: $QCARCHIVE_ARCHIVE).")
    var archiveOption: String?

    var archive: String? { ArchiveFlag.resolve(archiveOption) }

    @Flag(name: .long, help: "List the named queries.")
    var list = false

    @Argument(help: "The named query.")
    var name: String?

    @Option(name: .long, help: "A policy name (QCP-n, QCP-l, QCP-n-qscd, QCP-l-qscd, QEVCP-w, QNCP-w, QNCP-w-gen).")
    var policy: String?

    @Option(name: .long, help: "Start of the period (inclusive).")
    var from: String?

    @Option(name: .long, help: "End of the period (exclusive).")
    var to: String?

    @Option(name: .long, help: "A rule ID (POL-001 … REC-001).")
    var rule: String?

    @Option(name: .long, help: "The issuer DN of one certificate (RFC 4514, or as 'openssl x509 -issuer' prints it).")
    var issuer: String?

    @Option(name: .long, help: "The serial (hex) of one certificate.")
    var serial: String?

    @Option(name: .long, help: "A document id.")
    var document: String?

    @Option(name: .customLong("certification-id"), help: "A QSCD certification id.")
    var certificationID: String?

    @Option(name: .long, help: "A batch id: only the findings it raised or resolved (findings).")
    var batch: String?

    @Option(name: .long, help: "open (the default), resolved or all (findings).")
    var state: String?

    @Option(name: .long, help: "A row kind: an event type, ocsp_good, finding, or a prefix such as ocsp (timeline).")
    var kind: [String] = []

    @Flag(name: .long, help: "Every row, repeated OCSP answers and CRL publications not collapsed (timeline).")
    var all = false

    @Option(name: .long, help: "table, json or csv.")
    var format: String = "table"

    @Flag(name: .long, help: "Print the underlying library errors too.")
    var verbose = false

    func validate() throws {
        if list { return }
        try ArchiveFlag.require(archiveOption)
        guard let name else { throw ValidationError("Name a query; 'qcarchive query --list' lists them.") }
        guard QueryCatalog.named(name) != nil else {
            throw ValidationError(
                "Unknown query '\(name)'; known queries: \(QueryCatalog.all.map(\.name).joined(separator: ", "))."
            )
        }
        let parameters = try parameters()
        if let query = QueryCatalog.named(name) {
            let refused = parameters.given.subtracting(query.flags)
            if !refused.isEmpty {
                let takes = query.flags.sorted().map(\.rawValue).joined(separator: ", ")
                throw ValidationError(
                    "'\(name)' does not take \(refused.sorted().map(\.rawValue).joined(separator: ", ")); it takes "
                        + (takes.isEmpty ? "no filter." : takes + ".")
                )
            }
        }
        if let from = parameters.from, let to = parameters.to, from >= to {
            throw ValidationError("--from must come before --to.")
        }
        guard QueryFormat(rawValue: format) != nil else {
            throw ValidationError("--format takes table, json or csv, not '\(format)'.")
        }
    }

    func parameters() throws -> QueryParameters {
        var parameters = QueryParameters()
        if let policy { parameters.policy = try FlagValues.policy(policy) }
        parameters.from = try FlagValues.time("--from", from)
        parameters.to = try FlagValues.time("--to", to)
        if let rule {
            guard RuleID(rawValue: rule) != nil else {
                throw ValidationError(
                    "Unknown rule '\(rule)'; rules are \(RuleID.allCases.map(\.rawValue).joined(separator: ", "))."
                )
            }
            parameters.rule = rule
        }
        if (issuer == nil) != (serial == nil) { throw ValidationError("--issuer and --serial go together.") }
        if let issuer, let serial {
            parameters.certificate = try FlagValues.certificate(issuer: issuer, serial: serial)
        }
        parameters.document = document.map(DocumentID.init)
        parameters.certificationID = certificationID.map(CertificationID.init)
        parameters.batch = batch.map(BatchID.init)
        parameters.kinds = kind.isEmpty ? nil : kind
        parameters.all = all
        if let state {
            switch state {
            case "all": parameters.states = Set(FindingState.allCases)
            default:
                guard let one = FindingState(rawValue: state) else {
                    throw ValidationError("--state takes open, resolved or all, not '\(state)'.")
                }
                parameters.states = [one]
            }
        }
        return parameters
    }

    func run() async throws {
        if list {
            for query in QueryCatalog.all {
                print("\(query.name.padding(toLength: 28, withPad: " ", startingAt: 0))\(query.summary)")
            }
            return
        }
        try runMapped(verbose: verbose) {
            guard let archive, let name, let query = QueryCatalog.named(name),
                let format = QueryFormat(rawValue: format)
            else { return }
            let catalog = try ArchiveSession.open(ArchiveLayout(root: archive), .read).catalog
            let result = try query.run(try parameters(), catalog: catalog)
            try QueryRendering.write(
                result,
                as: format,
                width: TerminalWidth.ofStandardOutput,
                to: .standardOutput()
            )
        }
    }
}
