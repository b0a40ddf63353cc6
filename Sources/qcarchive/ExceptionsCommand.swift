import ArgumentParser
import Catalog
import Exceptions
import Foundation
import Lifecycle
import Nightly
import Query
import Storage

struct ExceptionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exceptions",
        abstract:
            "Keep the register of obligations that do not come from EN 319 411-2 (append-only, sealed with every "
            + "batch).",
        subcommands: [Add.self, List.self, Show.self, Update.self, Close.self]
    )

    /// The fields of an entry, shared by add and update.
    struct EntryOptions: ParsableArguments {
        @Option(
            name: .customLong("source-type"),
            help: "national-law, supervisory-body, cabf, contract or other-standard."
        )
        var sourceType: String?
        @Option(help: "The source's reference (law, article, guideline, contract clause).")
        var citation: String?
        @Option(help: "The obligation, in words.")
        var obligation: String?
        @Option(name: .customLong("policy"), help: "A policy the entry applies to (repeatable).")
        var policies: [String] = []
        @Option(
            name: .customLong("issuer"),
            help: "The issuer DN of a certificate the entry applies to (repeatable, with --serial)."
        )
        var issuers: [String] = []
        @Option(name: .customLong("serial"), help: "The serial of that certificate (repeatable, with --issuer).")
        var serials: [String] = []
        @Option(help: "Who answers for the obligation.") var owner: String?
        @Option(help: "Who approved the entry.") var approver: String?
        @Option(name: .customLong("compensating-controls"), help: "Controls that compensate.") var compensatingControls:
            String?
        @Option(help: "What the obligation changes in operation.") var effect: String?
        @Option(name: .customLong("review-by"), help: "Review date (YYYY-MM-DD).") var reviewBy: String?
        @Option(help: "Expiry date (YYYY-MM-DD).") var expires: String?
        @Option(help: "draft or active.") var status: String?
        @Option(
            name: .customLong("evidence"),
            help: "A file of evidence, stored in the archive by SHA-256 (repeatable)."
        )
        var evidence: [String] = []

        func validate() throws {
            if let sourceType, ["en-319-411-2", "en 319 411-2"].contains(sourceType.lowercased()) {
                throw ValidationError(
                    "An obligation from EN 319 411-2 belongs in the rule set, not the exception register."
                )
            }
            if let sourceType, !ExceptionEntryInput.sourceTypes.contains(sourceType) {
                throw ValidationError("--source-type takes \(ExceptionEntryInput.sourceTypes.joined(separator: ", ")).")
            }
            if issuers.count != serials.count { throw ValidationError("--issuer and --serial go in pairs.") }
            _ = try certificates()
            for policy in policies where Policy(rawValue: policy) == nil {
                throw ValidationError("Unknown policy '\(policy)'.")
            }
            for (flag, value) in [("--review-by", reviewBy), ("--expires", expires)] {
                if let value, RFC3339.parseDate(value) == nil {
                    throw ValidationError("\(flag) '\(value)' is not a date YYYY-MM-DD.")
                }
            }
            if let status, !["draft", "active"].contains(status) {
                throw ValidationError("--status takes draft or active; use 'exceptions close' to close.")
            }
        }

        /// The certificates of the `--issuer`/`--serial` pairs, in the form the catalog compares.
        func certificates() throws -> [CertificateRef] {
            try zip(issuers, serials).map { try FlagValues.certificate(issuer: $0, serial: $1) }
        }

        /// A warning line per certificate of the flags that the archive does not hold (the entry is
        /// still written: the certificate may arrive in a later drop).
        func unknownCertificateWarnings(_ catalog: any EvidenceSource) throws -> [String] {
            try certificates().filter { try catalog.certificate($0) == nil }.map { ref in
                let sameSerial = try catalog.certificates(serial: ref.serial)
                return "warning: the archive holds no certificate \(ref.serial) of "
                    + "\(TerminalText.escaped(ref.issuer))"
                    + (sameSerial.isEmpty
                        ? "; check the DN and serial (the entry applies to it once it arrives)."
                        : "; serial \(ref.serial) is held under "
                            + sameSerial.map { TerminalText.escaped($0.issuer) }.joined(separator: "; ") + ".")
            }
        }

        /// Applies the given flags to an entry.
        func apply(to entry: inout ExceptionEntryInput, register: ExceptionRegister) throws {
            if let sourceType { entry.sourceType = sourceType }
            if let citation { entry.citation = citation }
            if let obligation { entry.obligation = obligation }
            if !policies.isEmpty { entry.policies = policies }
            if !issuers.isEmpty { entry.certificates = try certificates() }
            if let owner { entry.owner = owner }
            if let approver { entry.approver = approver }
            if let compensatingControls { entry.compensatingControls = compensatingControls }
            if let effect { entry.effect = effect }
            if let reviewBy { entry.reviewBy = reviewBy }
            if let expires { entry.expires = expires }
            if let status { entry.status = status }
            if !evidence.isEmpty {
                entry.evidence = (entry.evidence ?? []) + (try evidence.map { try register.storeEvidence(at: $0) })
            }
        }
    }

    /// Prints warnings on standard error, a line each.
    static func warn(_ warnings: [String]) {
        for warning in warnings { FileHandle.standardError.write(Data((warning + "\n").utf8)) }
    }

    /// Who makes a change: `--actor`, recorded in the version it appends.
    struct ActorOption: ParsableArguments {
        @Option(help: "Who makes the change, recorded in the register's history (default: the login name).")
        var actor: String?

        var name: String { actor ?? NSUserName() }
    }

    /// Opens the register under the archive lock for a change by `actor`.
    static func withRegister<T>(
        _ global: GlobalOptions,
        actor: ActorOption,
        _ body: (ExceptionRegister, _ certificates: any EvidenceSource) throws -> T
    ) throws -> T {
        let archive = try global.open(.write)
        defer { withExtendedLifetime(archive) {} }  // the lock is held until the change is written
        let catalog = try archive.catalog
        return try body(ExceptionRegister(layout: global.layout, catalog: catalog, actor: actor.name), catalog)
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add an entry; prints its id.",
            discussion: ExitStatus.help
        )
        @OptionGroup var global: GlobalOptions
        @OptionGroup var entry: EntryOptions
        @OptionGroup var actor: ActorOption

        func validate() throws {
            guard entry.sourceType != nil, entry.citation != nil, entry.obligation != nil else {
                throw ValidationError("add needs --source-type, --citation and --obligation.")
            }
        }

        func run() async throws {
            try runMapped(verbose: global.verbose) {
                let (id, warnings) = try ExceptionsCommand.withRegister(global, actor: actor) {
                    register,
                    certificates in
                    var input = ExceptionEntryInput(
                        sourceType: entry.sourceType ?? "",
                        citation: entry.citation ?? "",
                        obligation: entry.obligation ?? ""
                    )
                    try entry.apply(to: &input, register: register)
                    return (try register.add(input), try entry.unknownCertificateWarnings(certificates))
                }
                ExceptionsCommand.warn(warnings)
                print(id)
            }
        }
    }

    struct Update: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a new version of an entry with the given fields changed.",
            discussion: ExitStatus.help
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "The entry id (EXC-0001).") var id: String
        @OptionGroup var entry: EntryOptions
        @OptionGroup var actor: ActorOption

        func run() async throws {
            try runMapped(verbose: global.verbose) {
                let (version, warnings) = try ExceptionsCommand.withRegister(global, actor: actor) {
                    register,
                    certificates in
                    var failure: (any Error)? = nil
                    let version = try register.update(id) { input in
                        do { try entry.apply(to: &input, register: register) } catch { failure = error }
                    }
                    if let failure { throw failure }
                    return (version, try entry.unknownCertificateWarnings(certificates))
                }
                ExceptionsCommand.warn(warnings)
                print("\(version.entryID) version \(version.version)")
            }
        }
    }

    struct Close: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Close an entry (a new version; nothing is deleted).",
            discussion: ExitStatus.help
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "The entry id.") var id: String
        @Option(help: "Why the entry is closed.") var reason: String
        @OptionGroup var actor: ActorOption

        func run() async throws {
            try runMapped(verbose: global.verbose) {
                let version = try ExceptionsCommand.withRegister(global, actor: actor) { register, _ in
                    try register.close(id, reason: reason)
                }
                print("\(version.entryID) closed (version \(version.version))")
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print an entry with every field, or its history (who changed what, when) with --history.",
            discussion: ExitStatus.help
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "The entry id.") var id: String
        @Flag(help: "Print every version, oldest first.") var history = false
        @Option(help: "table or json.") var format: String = "table"

        func validate() throws {
            guard ["table", "json"].contains(format) else { throw ValidationError("--format takes table or json.") }
        }

        func run() async throws {
            try runMapped(verbose: global.verbose) {
                let register = ExceptionRegister(layout: global.layout, catalog: try global.open(.read).catalog)
                let versions = try register.history(id).map(ExceptionVersionView.init)
                let shown = history ? versions : [versions[versions.count - 1]]
                if format == "json" {
                    let objects = shown.map(\.jsonObject)
                    let data = try JSONSerialization.data(
                        withJSONObject: history ? objects as Any : objects[0],
                        options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                    )
                    print(String(decoding: data, as: UTF8.self))
                    return
                }
                let result =
                    history
                    ? QueryResult(
                        columns: ["version", "change", "changed_at", "actor", "changed"],
                        rows: shown.enumerated().map { index, view in
                            [
                                .integer(Int64(view.version.version)), .text(view.version.change.rawValue),
                                .text(view.version.changedAt),
                                .text(view.version.actor ?? view.version.batchID.map { "drop of batch \($0)" } ?? "—"),
                                .text(
                                    view.changedFields(since: index > 0 ? shown[index - 1] : nil).joined(
                                        separator: ", "
                                    )
                                ),
                            ]
                        }
                    )
                    : QueryResult(
                        columns: ["field", "value"],
                        rows: shown[0].fields.map { [.text($0.name), .text(ExceptionVersionView.text($0.value))] }
                    )
                print(
                    try QueryRendering.render(result, as: .table, width: TerminalWidth.ofStandardOutput),
                    terminator: ""
                )
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the entries (latest versions), review dates and overdue reviews.",
            discussion: ExitStatus.help
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "table, json or csv.") var format: String = "table"

        func validate() throws {
            guard QueryFormat(rawValue: format) != nil else {
                throw ValidationError("--format takes table, json or csv.")
            }
        }

        func run() async throws {
            try runMapped(verbose: global.verbose) {
                let catalog = try global.open(.read).catalog
                let result = try QueryCatalog.named("exceptions")!.run(QueryParameters(), catalog: catalog)
                print(
                    try QueryRendering.render(
                        result,
                        as: QueryFormat(rawValue: format) ?? .table,
                        width: TerminalWidth.ofStandardOutput
                    ),
                    terminator: ""
                )
            }
        }
    }
}
