import Catalog
import Foundation
import Lifecycle
import Storage

/// The gates step of a nightly batch: evaluates what the batch touched plus what its new facts
/// affect (and revocation requests whose deadline its cutoff passed), stores new findings with the
/// batch (a finding raised before is not raised again), resolves the open findings the evidence no
/// longer supports (SPEC "Findings follow the evidence"), and marks certificates whose findings
/// changed as touched so that their next bundle version carries the change.
package struct GateJob {
    package init() {}

    /// What the gates did in one batch.
    package struct Summary: Sendable, Equatable {
        package var certificatesEvaluated = 0
        package var applicationsEvaluated = 0
        package var newFindings = 0
        package var newFindingsByRule: [String: Int] = [:]
        package var resolvedFindings = 0

        package init() {}
    }

    /// Runs the gates of `batch` in one transaction.
    /// - Throws: `CatalogError`.
    package func run(batch: BatchRecord, catalog: any GateCatalog) throws -> Summary {
        let asOf = Self.judgementTime(batch)
        let assembler = GateSubjectAssembler(catalog: catalog, asOf: asOf)
        var summary = Summary()
        // Certificates are assembled and judged on every core (read-only connections see the
        // imported facts, committed before the gates); their findings are stored here.
        let readers = CatalogReaders(catalog)
        try catalog.write {
            let judgedBefore = try catalog.batches().filter { $0.id != batch.id }.map(Self.judgementTime)
                .filter { $0 < asOf }.max()
            var work = OrderedWork<(subject: GateSubject, findings: [Finding])?>(limit: 64)
            func record(_ results: [Result<(subject: GateSubject, findings: [Finding])?, any Error>]) throws {
                for result in results {
                    guard let (subject, findings) = try result.get(), let ref = subject.ref else { continue }
                    summary.certificatesEvaluated += 1
                    if try store(findings, about: subject, batch: batch.id, catalog: catalog, summary: &summary) {
                        try catalog.markTouched(ref, by: batch.id)
                    }
                }
            }
            try catalog.forEachGateCandidate(of: batch.id, deadlinesAfter: judgedBefore, upTo: asOf) { ref in
                try record(
                    work.submit {
                        try readers.withReader { reader in
                            try GateSubjectAssembler(catalog: reader, asOf: asOf).subject(for: ref).map {
                                ($0, GateEngine.evaluate($0))
                            }
                        }
                    }
                )
            }
            try record(work.finish())
            for application in try catalog.applicationsWithoutCertificate(touchedIn: batch.id) {
                let subject = try assembler.subject(forApplication: application)
                summary.applicationsEvaluated += 1
                _ = try store(
                    GateEngine.evaluate(subject),
                    about: subject,
                    batch: batch.id,
                    catalog: catalog,
                    summary: &summary
                )
            }
        }
        return summary
    }

    /// The time a batch judges deadlines at: its drop's cutoff, else when it started.
    static func judgementTime(_ batch: BatchRecord) -> Date {
        batch.cutoff.flatMap(RFC3339.parse) ?? batch.startedAt
    }

    /// Stores what the gates raised about a subject and resolves its open findings they no longer
    /// raise (for a certificate, also those raised about its application before it had one: the
    /// certificate's own findings now speak for it). True when any finding is new, reopened or resolved.
    private func store(
        _ findings: [Finding],
        about subject: GateSubject,
        batch: BatchID,
        catalog: any GateCatalog,
        summary: inout Summary
    ) throws -> Bool {
        var changed = false
        var raised = Set<FindingIdentity>()
        for finding in findings {
            let record = FindingRecord(
                rule: finding.rule.rawValue,
                certificate: subject.ref,
                applicationID: subject.applicationID,
                key: finding.key,
                policy: subject.application?.policy,
                severity: finding.rule.severity,
                message: finding.message,
                evidence: finding.evidence,
                observedAt: finding.observedAt.isEmpty ? RFC3339.format(subject.asOf) : finding.observedAt,
                batchID: batch
            )
            raised.insert(FindingIdentity(record))
            if try catalog.insert(record) {
                changed = true
                summary.newFindings += 1
                summary.newFindingsByRule[finding.rule.rawValue, default: 0] += 1
            }
        }
        let resolved = try catalog.resolveFindings(
            about: subject.ref,
            application: subject.applicationID,
            except: raised,
            by: batch
        )
        summary.resolvedFindings += resolved
        return changed || resolved > 0
    }
}
