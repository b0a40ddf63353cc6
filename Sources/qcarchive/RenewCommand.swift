import ArgumentParser
import CryptoIO
import Foundation
import Lifecycle
import Nightly
import Sealing

struct RenewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "renew",
        abstract: "Renew the evidence of every batch before its timestamp or hash algorithm weakens (RFC 4998 §5).",
        discussion: "Timestamp renewal for each batch whose newest timestamp's TSA certificate expires within "
            + "--due-within days (or --all); hash-tree renewal of every batch with --hash-algorithm. One RFC 3161 "
            + "request per run; renewals go to batches/<id>/renewals/, bundles are never rewritten. "
            + ExitStatus.help
    )

    @OptionGroup var global: GlobalOptions

    @Option(
        name: .customLong("hash-algorithm"),
        help: "Renew the hash trees with this algorithm (sha-256, sha-384, sha-512) when a batch uses another."
    )
    var hashAlgorithm: String?

    @Option(name: .customLong("due-within"), help: "Renew timestamps whose TSA certificate expires within DAYS.")
    var dueWithin = 365

    @Flag(name: .long, help: "Renew the timestamp of every batch, due or not.")
    var all = false

    func validate() throws {
        if let hashAlgorithm, HashAlgorithm(rawValue: hashAlgorithm) == nil {
            throw ValidationError("--hash-algorithm must be sha-256, sha-384 or sha-512, not '\(hashAlgorithm)'.")
        }
        if dueWithin < 0 { throw ValidationError("--due-within takes a number of days, 0 or more.") }
    }

    func run() async throws {
        try runMapped(verbose: global.verbose) {
            let archive = try global.open(.write)
            defer { withExtendedLifetime(archive) {} }
            let started = Date()
            let job = RenewalJob(
                hashAlgorithm: hashAlgorithm.flatMap(HashAlgorithm.init(rawValue:)),
                dueWithinDays: dueWithin,
                all: all
            )
            let progress = ProgressLine()
            let report = try job.run(archive: archive) { progress.show($0) }
            progress.finish()
            func say(_ text: String) { print(TerminalText.escaped(text)) }
            for stamp in report.timestamps {
                say(
                    "Timestamp: \(stamp.algorithm.rawValue) at \(RFC3339.format(stamp.genTime)) by \(stamp.tsa) "
                        + "(one request)."
                )
            }
            for renewed in report.renewed {
                let what =
                    renewed.kind == .timestamp
                    ? "timestamp renewal"
                    : "hash-tree renewal to \(renewed.algorithm.rawValue) over \(renewed.bags) bag(s)"
                say("Batch \(renewed.batch): \(what), \(renewed.files.joined(separator: " "))")
            }
            if !report.notDue.isEmpty {
                let next = report.notDue.compactMap(\.until).min()
                say(
                    "\(report.notDue.count) batch(es) not due"
                        + (next.map { "; the first TSA certificate expires on \(RFC3339.format($0))" } ?? "") + "."
                )
            }
            for (batch, since) in report.lapsed {
                print(
                    "FAIL "
                        + TerminalText.escaped(
                            "batch \(batch): the TSA certificate of its newest timestamp expired on "
                                + "\(RFC3339.format(since)), before this renewal; its proof lapsed then and a renewal "
                                + "now cannot restore it."
                        )
                )
            }
            say(
                "Renewed \(report.renewed.count) batch(es) with \(report.timestamps.count) timestamp(s); "
                    + "\(report.bytesWritten) bytes written in "
                    + String(format: "%.1f", Date().timeIntervalSince(started)) + " s."
            )
            if !report.lapsed.isEmpty { throw ExitStatus.failed }
        }
    }
}
