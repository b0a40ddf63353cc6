import ArgumentParser
import Catalog
import Foundation
import Lifecycle
import Nightly
import Query
import Sealing
import Storage

/// `qcarchive batches` (SPEC "Commands"): the chain, one row per batch, as `restic snapshots` lists
/// snapshots.
struct BatchesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batches",
        abstract: "List the batches: the chain in seal order, with what each brought.",
        discussion: "One row per batch: id, state, sealed_at, the drop, its files, certificates touched, bundles, "
            + "rejects, findings raised and resolved, seal format. " + ExitStatus.help
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "table, json or csv.")
    var format: String = "table"

    @Flag(name: .long, help: "The same as --format json (one JSON array, a batch per object).")
    var json = false

    func validate() throws {
        guard QueryFormat(rawValue: format) != nil else {
            throw ValidationError("--format takes table, json or csv, not '\(format)'.")
        }
    }

    func run() async throws {
        try runMapped(verbose: global.verbose) {
            let layout = global.layout
            let archive = try ArchiveSession.open(layout, .read)
            let catalog = try archive.catalog
            // The TSA each batch's timestamp came from, read from the seals (`keys list`).
            var authorities: [String: String] = [:]
            for entry in try KeyInventory.list(archive) where entry.role == .tsa {
                for batch in entry.batches { authorities[batch] = entry.subject }
            }
            let rows: [[QueryValue]] = try catalog.batchSummaries().map { summary in
                let batch = summary.batch
                let seal = batch.state == .sealed ? try? SealedBatch.load(layout, name: batch.id.rawValue)?.seal : nil
                return [
                    .text(batch.id.rawValue), .text(batch.state.rawValue),
                    batch.sealedAt.map { .text(RFC3339.format($0)) } ?? .null, .text(batch.dropPath),
                    .integer(Int64(summary.dropFiles)), .integer(Int64(summary.certificatesTouched)),
                    .integer(Int64(summary.bundles)), .integer(Int64(summary.rejects)),
                    .integer(Int64(summary.findings)), .integer(Int64(summary.resolvedFindings)),
                    authorities[batch.id.rawValue].map { .text($0) } ?? .null,
                    seal.map { .text($0.isFormat1 ? "1" : "2") } ?? .null,
                ]
            }
            let result = QueryResult(
                columns: [
                    "batch", "state", "sealed_at", "drop", "drop_files", "certificates_touched", "bundles", "rejects",
                    "findings", "resolved_findings", "tsa", "seal_format",
                ],
                rows: rows,
                tableColumns: ["batch", "state", "sealed_at", "bundles", "rejects", "findings", "resolved_findings"]
            )
            print(
                try QueryRendering.render(
                    result,
                    as: json ? .json : QueryFormat(rawValue: format) ?? .table,
                    width: TerminalWidth.ofStandardOutput
                ),
                terminator: ""
            )
        }
    }
}
