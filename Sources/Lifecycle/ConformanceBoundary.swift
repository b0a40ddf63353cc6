/// What conformance to ETSI EN 319 411-2 shows and what it does not, said in every bundle, pack and
/// handover (SPEC "Who uses it and for what").
package enum ConformanceBoundary {
    /// The bag-info `Conformance-Boundary` line.
    package static let sentence =
        "Conformance to ETSI EN 319 411-2 alone does not make a TSP or its certificates qualified under eIDAS."

    /// The statement of a supervision evidence pack (`data/conformance-boundary.txt`).
    package static let statement = """
        Conformance boundary

        \(sentence) Qualified status is granted by the supervisory body and published in the
        national trusted list (eIDAS Art. 20-22); a conformity assessment report is the auditor's.

        What this pack shows: the records the trust service provider archived for the selected
        certificates (registration evidence, approvals, issuance, renewals, re-keys, modifications,
        suspensions, revocations, CRLs and OCSP responses, governing documents), sealed nightly,
        timestamped and chained, and what the lifecycle gates found in them. Each gate cites the
        clause of ETSI EN 319 411-1 or EN 319 411-2 it checks.

        What it does not show: controls that leave no record in the archive (physical and
        personnel security, key ceremonies, HSM certification, network security), records the
        provider never delivered to the archive, and qualified status itself.

        The exception register (exceptions.json) holds obligations that do not come from
        ETSI EN 319 411-2 (national law, the supervisory body, CA/Browser Forum guidelines,
        contracts, other standards). They are kept apart and are not EN 319 411-2 findings.

        """
}
