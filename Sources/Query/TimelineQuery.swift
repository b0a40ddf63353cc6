import Catalog
import Foundation
import Lifecycle

/// `timeline`: every event of one certificate and its application, with the governing documents and
/// the status evidence (CRL publications that list it, OCSP answers about it), by time; within
/// `[--from, --to)`, of the `--kind`s given, routine evidence collapsed unless `--all`.
package struct TimelineQuery: NamedQuery {
    package let name = "timeline"
    package let flags: Set<QueryFlag> = [.certificate, .from, .to, .kind, .all]
    package let summary =
        "Every event of one certificate with documents and status evidence (--issuer, --serial; --from, --to, "
        + "--kind, --all)."

    package init() {}

    /// Whether a row is within the period and of the kinds asked for (`ocsp` takes every `ocsp_…`).
    static func selects(_ row: (time: String, row: [QueryValue]), _ parameters: QueryParameters) -> Bool {
        if parameters.from != nil || parameters.to != nil {
            guard let time = RFC3339.parse(row.time) else { return false }
            if let from = parameters.from, time < from { return false }
            if let to = parameters.to, time >= to { return false }
        }
        guard let kinds = parameters.kinds else { return true }
        let kind = row.row[1].cell
        return kinds.contains { kind == $0 || kind.hasPrefix($0 + "_") }
    }

    package func run(_ parameters: QueryParameters, catalog: any AnswerSource) throws -> QueryResult {
        guard let ref = parameters.certificate else { throw QueryError("timeline needs --issuer and --serial.") }
        guard try catalog.certificate(ref) != nil || !(try catalog.events(about: ref)).isEmpty else {
            throw QueryError.notFound("The archive has no certificate \(ref.serial) of \(ref.issuer).")
        }
        var rows: [(time: String, row: [QueryValue])] = []
        for stored in try catalog.events(about: ref) {
            let event = stored.event
            var details: [String] = []
            if let policy = event.policy { details.append("policy \(policy)") }
            if let subjectType = event.subjectType { details.append(subjectType) }
            for (field, id) in [
                ("CP/CPS", event.cpCpsDocument), ("terms", event.termsDocument), ("PDS", event.pdsDocument),
            ] {
                guard let id else { continue }
                let version = try catalog.document(id).map { " v\($0.version)" } ?? " (not in archive)"
                details.append("\(field) \(id)\(version)")
            }
            if let evidence = event.evidence {
                details.append("evidence " + evidence.map(\.kind).joined(separator: ", "))
            }
            if let decision = event.decision { details.append("\(decision) by \(event.approvedBy ?? "?")") }
            if let predecessor = event.predecessor { details.append("predecessor \(predecessor.serial)") }
            if let certificate = event.certificate, certificate != ref {
                details.append("certificate \(certificate.serial)")
            }
            if let reason = event.reason { details.append("reason \(reason)") }
            if let received = event.receivedAt { details.append("received \(received)") }
            if let authenticated = event.authenticated {
                details.append(authenticated ? "authenticated" : "NOT authenticated")
            }
            if let certification = event.certificationID { details.append("QSCD \(certification)") }
            rows.append(
                (
                    event.time,
                    [
                        .text(event.time), .text(event.type.rawValue), .text("event:\(event.eventID)"),
                        .text(details.joined(separator: "; ")),
                        .text("\(stored.batchID) \(stored.file):\(stored.line)"),
                    ]
                )
            )
        }
        for listing in try catalog.crlListings(of: ref) {
            for publication in listing.publications {
                rows.append(
                    (
                        publication.publishedAt,
                        [
                            .text(publication.publishedAt), .text("crl_published"), .text("crl:\(listing.crlSHA256)"),
                            .text(
                                "CRL \(listing.crlNumber ?? "?") (\(listing.crlFile)) lists it, revoked "
                                    + "\(listing.revokedAt)\(listing.reason.map { ", \($0)" } ?? ""), at "
                                    + "\(publication.distributionPoint)"
                            ),
                            .text(
                                "\(publication.source.batchID) "
                                    + "\(publication.source.file):\(publication.source.line.map(String.init) ?? "-")"
                            ),
                        ]
                    )
                )
            }
        }
        for answer in try catalog.ocspAnswers(about: ref) {
            rows.append(
                (
                    answer.answer.producedAt,
                    [
                        .text(answer.answer.producedAt), .text("ocsp_\(answer.answer.status)"),
                        .text("ocsp:\(answer.source.file):\(answer.source.line.map(String.init) ?? "-")"),
                        .text(
                            "responder "
                                + "\(answer.answer.responder)\(answer.answer.revocationReason.map { ", \($0)" } ?? "")"
                        ),
                        .text(
                            "\(answer.source.batchID) "
                                + "\(answer.source.file):\(answer.source.line.map(String.init) ?? "-")"
                        ),
                    ]
                )
            )
        }
        for finding in try catalog.findings(FindingFilter(certificate: ref)) {
            rows.append(
                (
                    finding.observedAt,
                    [
                        .text(finding.observedAt), .text("finding_\(finding.rule)"), .text(finding.rule),
                        .text(finding.message + (finding.resolvedBy.map { " [resolved by batch \($0)]" } ?? "")),
                        .text(finding.batchID.rawValue),
                    ]
                )
            )
        }
        let sorted = rows.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }
            .filter { Self.selects($0.element, parameters) }.map(\.element.row)
        return QueryResult(
            columns: ["time", "kind", "record", "details", "source"],
            rows: parameters.all ? sorted : TimelineCollapse.collapse(sorted),
            tableColumns: ["time", "kind", "details"]
        )
    }
}
