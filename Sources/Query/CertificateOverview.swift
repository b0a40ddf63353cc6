import Catalog
import Foundation
import Lifecycle

/// What `show` states about one certificate before its timeline (#15 item 7): who it is, its
/// status now, every bundle version with its path and batch, the exception-register entries in
/// scope and the open findings.
package struct CertificateOverview: Sendable {
    package var lines: [String]

    /// - Parameter now: the time the status is stated at.
    /// - Throws: `QueryError` when the archive knows nothing of the certificate; `CatalogError`.
    package init(_ ref: CertificateRef, catalog: any AnswerSource, now: Date = Date()) throws {
        let certificate = try catalog.certificate(ref)
        let events = try catalog.events(about: ref).map(\.event)
        guard certificate != nil || !events.isEmpty else {
            throw QueryError.notFound("The archive has no certificate \(ref.serial) of \(ref.issuer).")
        }
        var lines = ["Certificate \(ref.serial) of \(ref.issuer)"]
        if let certificate {
            lines.append(
                "  subject     \(certificate.subject), \(certificate.keyAlgorithm) \(certificate.keyBits)"
            )
        } else {
            lines.append("  subject     (the certificate file has not arrived; events only)")
        }
        lines.append("  status      " + Self.status(certificate, events, now: now))
        let policy = try catalog.policy(of: ref)
        lines.append("  policy      \(policy ?? "unknown")")

        let latest = try catalog.latestBundle(of: ref)?.version ?? 0
        let bundles = try (0..<latest).compactMap { try catalog.bundle(of: ref, version: $0 + 1) }
        lines.append("  bundles     " + (bundles.isEmpty ? "none sealed yet" : "\(bundles.count) version(s)"))
        for bundle in bundles {
            lines.append("    v\(bundle.version)  batch \(bundle.batchID)  \(bundle.path)")
        }

        let inScope = try catalog.exceptionVersions().latestPerEntry.filter {
            $0.entry.applies(to: ref, policy: policy)
        }.sorted {
            $0.entryID < $1.entryID
        }
        lines.append(
            "  exceptions  "
                + (inScope.isEmpty
                    ? "none in scope"
                    : "\(inScope.count) in scope (not from EN 319 411-2; 'qcarchive exceptions show --id ID')")
        )
        for version in inScope {
            lines.append(
                "    \(version.entryID)  \(version.entry.status ?? "active")  \(version.entry.sourceType): "
                    + version.entry.citation
            )
        }

        let open = try catalog.findings(FindingFilter(certificate: ref, states: [.open]))
        let resolved = try catalog.findings(FindingFilter(certificate: ref, states: [.resolved]))
        lines.append(
            "  findings    \(open.count) open"
                + (resolved.isEmpty ? "" : ", \(resolved.count) resolved ('query findings --state all')")
        )
        for finding in open {
            lines.append("    \(finding.rule)  \(finding.observedAt)  \(finding.message)")
        }
        self.lines = lines
    }

    /// Valid, suspended, revoked or expired at `now`, from the certificate and its events.
    static func status(_ certificate: AuditCertificateRecord?, _ events: [LifecycleEvent], now: Date) -> String {
        var parts: [String] = []
        if let revocation = events.last(where: { $0.type == .revocation }) {
            parts.append("revoked at \(revocation.revokedAt ?? revocation.time) (\(revocation.reason ?? "no reason"))")
        } else if let suspension = events.last(where: { $0.type == .suspension }),
            !events.contains(where: { $0.type == .suspensionLifted && $0.time >= suspension.time })
        {
            parts.append("suspended since \(suspension.time)")
        }
        if let certificate {
            if certificate.notAfter < now {
                parts.append("expired at \(RFC3339.format(certificate.notAfter))")
            } else if certificate.notBefore > now {
                parts.append("not valid before \(RFC3339.format(certificate.notBefore))")
            } else if parts.isEmpty {
                parts.append("valid until \(RFC3339.format(certificate.notAfter))")
            }
        }
        return parts.isEmpty ? "unknown (no certificate file, no revocation)" : parts.joined(separator: "; ")
    }
}
