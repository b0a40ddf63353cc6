import DropImport
import Foundation
import Lifecycle
import Nightly
import Storage

/// The short text a person reads after a run (at 2 a.m., when the nightly batch failed).
enum SummaryText {
    static func nightly(_ summary: NightlyJob.Summary, layout: ArchiveLayout) -> String {
        guard let report = summary.report else {
            // What an interrupted run left imported is sealed even when this drop was sealed before.
            var text = "This drop was already archived and sealed as batch \(summary.batch.id)"
            guard !summary.sealed.isEmpty else { return text + "; nothing changed.\n" }
            text += "; what an interrupted run left unsealed is now sealed:\n"
            for sealed in summary.sealed { text += self.sealed(sealed) }
            return text
        }
        var text = "Batch \(summary.batch.id) \(summary.batch.state.rawValue).\n"
        text += importReport(report, layout: layout)
        for sealed in summary.sealed { text += self.sealed(sealed) }
        text +=
            "  archive           \(layout.root): \(summary.certificatesInCatalog) certificates, "
            + "\(summary.eventsInCatalog) events, \(summary.bundlesInArchive) bundles\n"
        text += "  boundary          \(ConformanceBoundary.sentence)\n"
        return text
    }

    static func importReport(_ report: ImportReport, layout: ArchiveLayout) -> String {
        var text =
            "  drop              \(report.drop): \(report.filesArchived) files archived, \(report.filesAlreadyStored) "
            + "already stored\n"
        for (kind, count) in report.counts.sorted(by: { $0.key < $1.key }) where count != ImportReport.Count() {
            text +=
                "  \(kind.padding(toLength: 18, withPad: " ", startingAt: 0))\(count.accepted) accepted, "
                + "\(count.duplicates) duplicates, \(count.rejected) rejected\n"
        }
        if !report.rejects.isEmpty {
            text +=
                "  rejects           \(report.rejects.count), listed in "
                + "\(layout.relative(layout.batch(report.batchID.rawValue)))/report.json:\n"
            for reject in report.rejects.prefix(20) {
                let place = reject.file + (reject.line.map { ":\($0)" } ?? "")
                text += "    " + TerminalText.escaped(place) + "  " + TerminalText.escaped(reject.reason) + "\n"
            }
            if report.rejects.count > 20 { text += "    … and \(report.rejects.count - 20) more\n" }
        }
        return text
    }

    static func sealed(_ summary: SealJob.Summary) -> String {
        var text =
            "  gates             \(summary.gates.certificatesEvaluated) certificates and "
            + "\(summary.gates.applicationsEvaluated) applications checked, \(summary.gates.newFindings) new findings"
        if !summary.gates.newFindingsByRule.isEmpty {
            text +=
                " ("
                + summary.gates.newFindingsByRule.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(
                    separator: ", "
                ) + ")"
        }
        if summary.gates.resolvedFindings > 0 {
            text += ", \(summary.gates.resolvedFindings) resolved by this batch's evidence"
        }
        text += String(format: " in %.1f s\n", summary.gatesSeconds)
        text += "  bundles           \(summary.bundleCount) sealed in batch \(summary.batch.id)"
        text += " (\(summary.bytesWritten) bytes written"
        text += String(format: ", %.1f s)\n", summary.sealSeconds)
        if !summary.awaitingCertificate.isEmpty {
            text +=
                "  waiting           \(summary.awaitingCertificate.count) certificate(s) have events but no "
                + "certificate file yet\n"
        }
        return text
    }

    /// The chain's new head after a run that sealed (SPEC "The published head"), for the operator to
    /// publish; nothing when the chain cannot be read (then `verify --chain` says why).
    static func head(of archive: Archive) -> String {
        guard let checkpoint = try? HeadJob.checkpoint(archive: archive) else { return "" }
        return TerminalText.escaped(
            "  head              \(checkpoint.origin) \(checkpoint.size) "
                + "\(Data(checkpoint.root.bytes).base64EncodedString()); publish it with 'qcarchive head --archive "
                + "\(archive.layout.root) --out FILE'"
        ) + "\n"
    }

    /// Says that a drop held no records (exit status 3 follows).
    static func warnEmpty(_ drop: String) {
        warn(
            "the drop holds no records (\(drop)); its batch keeps the empty delivery on record. Check the upstream "
                + "export."
        )
    }

    /// One warning line on standard error, escaped for the terminal.
    static func warn(_ text: String) {
        FileHandle.standardError.write(Data(("warning: " + TerminalText.escaped(text) + "\n").utf8))
    }

    /// The validation data a seal could not collect, as WARN lines on stderr (exit status unchanged).
    static func warnAboutValidation(_ sealed: [SealJob.Summary]) {
        let lines = sealed.flatMap { summary in
            summary.warnings.map { "WARN batch \(summary.batch.id): " + TerminalText.escaped($0) + "\n" }
        }
        if !lines.isEmpty { FileHandle.standardError.write(Data(lines.joined().utf8)) }
    }
}
