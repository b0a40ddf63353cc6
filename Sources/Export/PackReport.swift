import Foundation
import Lifecycle

/// `data/report.html` of a supervision pack: one static page that fetches nothing (inline CSS and
/// SVG; a Content-Security-Policy forbids every load and every script), readable on A4 and on a
/// phone. Each chart carries its numbers (`data-label`, `data-value`) and sits above the table it
/// was drawn from; both come from `findings.json`.
package struct PackReport {
    var archiveID: String
    var createdAt: String
    var selection: PackIndex.Selection
    var certificates: Int
    var exceptions: Int
    var findings: PackFindings

    /// At most this many revocations are drawn (the slowest); the table lists every one.
    static let drawnRevocations = 400

    package var html: String {
        var page = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Supervision evidence pack \(Self.escaped(archiveID))</title>
            <style>
            body { font: 15px/1.45 system-ui, sans-serif; color: #1b1b1b; margin: 0 auto; max-width: 60rem;
              padding: 1rem; }
            h1 { font-size: 1.5rem; margin: 0 0 .25rem; } h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
            dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
            dt { font-weight: 600; } dd { margin: 0; }
            table { border-collapse: collapse; width: 100%; font-size: .85rem; margin: .5rem 0 1rem; }
            th, td { border-bottom: 1px solid #ccc; padding: .2rem .4rem; text-align: left; vertical-align: top; }
            td.n { text-align: right; font-variant-numeric: tabular-nums; }
            .scroll { overflow-x: auto; } svg { width: 100%; height: auto; display: block; }
            .bar { fill: #2b5d8c; } .crl { fill: #2b5d8c; } .ocsp { fill: #c77c12; } .late { fill: #b3261e; }
            .limit { stroke: #b3261e; stroke-width: 2; stroke-dasharray: 6 4; }
            .note { color: #555; font-size: .85rem; } pre { white-space: pre-wrap; font: inherit; }
            @media print { @page { size: A4; margin: 15mm; } body { max-width: none; padding: 0; font-size: 11pt; }
              section { break-inside: avoid-page; } .scroll { overflow: visible; } }
            </style>
            </head>
            <body>
            <header><h1>Supervision evidence pack</h1>
            <p class="note">Archive \(Self.escaped(archiveID)), written \(Self.escaped(createdAt)) by qcarchive.
            Every number below is in <code>findings.json</code>; the pack proves itself with <code>VERIFY.md</code>.</p>
            </header>

            """
        page += summary
        page += section(
            id: "findings-per-rule",
            title: "Findings per rule",
            chart: bars(findings.findingsPerRule.map { ($0.label, Double($0.count), "bar") }, unit: ""),
            table: table(
                ["Rule", "Findings"],
                findings.findingsPerRule.map { [$0.label, String($0.count)] },
                numeric: [1]
            )
        )
        page += latencySection
        page += section(
            id: "certificates-per-policy",
            title: "Certificates per policy",
            chart: bars(findings.certificatesPerPolicy.map { ($0.label, Double($0.count), "bar") }, unit: ""),
            table: table(
                ["Policy", "Certificates"],
                findings.certificatesPerPolicy.map { [$0.label, String($0.count)] },
                numeric: [1]
            )
        )
        page += beyondExpirySection
        page += """
            <section id="conformance-boundary"><h2>Conformance boundary</h2>
            \(Self.paragraphs(ConformanceBoundary.statement))</section>
            </body>
            </html>

            """
        return page
    }

    private var summary: String {
        let period: String
        let policies: String
        if let file = selection.serialsFile {
            period = "certificates listed in \(file) (\(selection.serialsListed ?? 0) lines)"
            policies = "as listed"
        } else {
            period = "\(selection.from ?? "the first record") to \(selection.to ?? "the newest record") (end excluded)"
            policies = selection.policies.isEmpty ? "all seven" : selection.policies.joined(separator: ", ")
        }
        let rows = [
            ("Period", period), ("Policies", policies), ("Certificates", String(certificates)),
            ("Findings", "\(findings.findings.count) open, 0 resolved (this version records no resolution)"),
            ("Exceptions", "\(exceptions) register entries in scope (not EN 319 411-2 obligations)"),
        ]
        return "<section id=\"summary\"><h2>Summary</h2><dl>\n"
            + rows.map {
                "<dt>\($0.0)</dt><dd data-summary=\"\(Self.escaped($0.0.lowercased()))\">\(Self.escaped($0.1))</dd>\n"
            }
            .joined() + "</dl></section>\n"
    }

    private var latencySection: String {
        let limit = findings.latencyLimitHours
        let slowest = findings.revocationLatency.sorted {
            max($0.crlHours ?? 0, $0.ocspHours ?? 0) > max($1.crlHours ?? 0, $1.ocspHours ?? 0)
        }.prefix(Self.drawnRevocations)
        var rows: [(String, Double, String)] = []
        var shown: [String] = []  // the request id fits beside a bar; the label keeps the serial too
        for timing in slowest {
            let label = "\(timing.serial) \(timing.requestID)"
            for (kind, hours) in [("CRL", timing.crlHours), ("OCSP", timing.ocspHours)] {
                guard let hours else { continue }
                rows.append((label + " " + kind, hours, hours > limit ? "late" : kind.lowercased()))
                shown.append(timing.requestID + " " + kind)
            }
        }
        let legend =
            "<p class=\"note\">Blue: first CRL publication listing the serial; orange: first OCSP answer "
            + "'revoked'; red: later than 24 h. No bar: not published yet, or the issuer does not use that service.</p>"
        let note =
            legend
            + (findings.revocationLatency.count > Self.drawnRevocations
                ? "<p class=\"note\">The \(Self.drawnRevocations) slowest of \(findings.revocationLatency.count) "
                    + "revocations are drawn; the table lists every one.</p>" : "")
        return section(
            id: "revocation-latency",
            title: "Revocation latency: request received to status on CRL and OCSP (hours; the line is 24 h)",
            chart: note + bars(rows, unit: " h", limit: limit, shown: shown),
            table: table(
                ["Serial", "Request", "Received", "CRL published", "CRL h", "OCSP revoked", "OCSP h"],
                findings.revocationLatency.map {
                    [
                        $0.serial, $0.requestID, $0.receivedAt, $0.crlPublishedAt ?? "none",
                        $0.crlHours.map(Self.number) ?? "",
                        $0.ocspRevokedAt ?? "none", $0.ocspHours.map(Self.number) ?? "",
                    ]
                },
                numeric: [4, 6]
            )
        )
    }

    private var beyondExpirySection: String {
        let published = findings.statusBeyondExpiry.filter(\.publishedAfterExpiry).count
        let counts = [
            ("status published after expiry", Double(published), "bar"),
            ("not published after expiry", Double(findings.statusBeyondExpiry.count - published), "late"),
        ]
        return section(
            id: "status-beyond-expiry",
            title: "Revoked certificates that expired: status still published after expiry",
            chart: bars(findings.statusBeyondExpiry.isEmpty ? [] : counts, unit: ""),
            table: table(
                ["Serial", "Not after", "Revoked", "Last CRL listing", "Last OCSP revoked", "After expiry"],
                findings.statusBeyondExpiry.map {
                    [
                        $0.serial, $0.notAfter, $0.revokedAt, $0.lastCRLListingPublishedAt ?? "none",
                        $0.lastOCSPRevokedAt ?? "none", $0.publishedAfterExpiry ? "yes" : "no",
                    ]
                },
                numeric: []
            )
        )
    }

    private func section(id: String, title: String, chart: String, table: String) -> String {
        "<section id=\"\(id)\" class=\"chart\"><h2>\(Self.escaped(title))</h2>\n\(chart)\n"
            + "<div class=\"scroll\">\(table)</div></section>\n"
    }

    /// A horizontal bar chart: one row per (label, value, CSS class, shown text when not the label);
    /// an optional dashed limit line.
    private func bars(
        _ rows: [(String, Double, String)],
        unit: String,
        limit: Double? = nil,
        shown: [String]? = nil
    )
        -> String
    {
        guard !rows.isEmpty else { return "<p class=\"note\">Nothing to draw: none in the selection.</p>" }
        let labelWidth = 260.0
        let plotWidth = 440.0
        let rowHeight = 22.0
        let top = max(rows.map(\.1).max() ?? 0, limit ?? 0, 1)
        let height = Double(rows.count) * rowHeight + 24
        var svg =
            "<svg viewBox=\"0 0 \(Int(labelWidth + plotWidth + 60)) \(Int(height))\" role=\"img\" "
            + "xmlns=\"http://www.w3.org/2000/svg\">\n"
        for (index, row) in rows.enumerated() {
            let y = Double(index) * rowHeight + 4
            let width = max(row.1 / top * plotWidth, row.1 > 0 ? 1 : 0)
            let text = Self.escaped(String((shown?[index] ?? row.0).prefix(36)))
            svg +=
                "<text"
                + Self.attributes([
                    ("x", Self.number(labelWidth - 6)), ("y", Self.number(y + 14)), ("text-anchor", "end"),
                    ("font-size", "12"),
                ]) + ">\(text)</text>"
            svg +=
                "<rect"
                + Self.attributes([
                    ("class", row.2), ("x", Self.number(labelWidth)), ("y", Self.number(y)),
                    ("width", Self.number(width)),
                    ("height", Self.number(rowHeight - 6)), ("data-label", row.0), ("data-value", Self.number(row.1)),
                ]) + "><title>\(Self.escaped(row.0)): \(Self.number(row.1))\(unit)</title></rect>"
            svg +=
                "<text"
                + Self.attributes([
                    ("x", Self.number(labelWidth + width + 4)), ("y", Self.number(y + 14)), ("font-size", "12"),
                ]) + ">\(Self.number(row.1))\(unit)</text>\n"
        }
        if let limit {
            let x = Self.number(labelWidth + limit / top * plotWidth)
            svg +=
                "<line"
                + Self.attributes([
                    ("class", "limit"), ("x1", x), ("y1", "0"), ("x2", x), ("y2", Self.number(height)),
                    ("data-limit", Self.number(limit)),
                ]) + "/>"
        }
        return svg + "</svg>"
    }

    private func table(_ header: [String], _ rows: [[String]], numeric: Set<Int>) -> String {
        var out =
            "<table><thead><tr>" + header.map { "<th>\(Self.escaped($0))</th>" }.joined() + "</tr></thead><tbody>\n"
        for row in rows {
            out +=
                "<tr>"
                + row.enumerated().map { index, cell in
                    "<td\(numeric.contains(index) ? " class=\"n\"" : "")>\(Self.escaped(cell))</td>"
                }.joined() + "</tr>\n"
        }
        if rows.isEmpty { out += "<tr><td colspan=\"\(header.count)\">none</td></tr>\n" }
        return out + "</tbody></table>"
    }

    /// Plain text as paragraphs (a blank line between them); its first line is the title, left out.
    static func paragraphs(_ text: String) -> String {
        text.components(separatedBy: "\n\n").dropFirst().map { paragraph in
            let joined = paragraph.split(separator: "\n").joined(separator: " ")
            return joined.isEmpty ? "" : "<p>\(escaped(joined))</p>\n"
        }.joined()
    }

    /// A number as JSON would print it: integers without a fraction, else up to two decimals.
    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
    }

    /// ` name="value"` for each pair, values escaped.
    static func attributes(_ pairs: [(String, String)]) -> String {
        pairs.map { " \($0.0)=\"\(escaped($0.1))\"" }.joined()
    }

    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
