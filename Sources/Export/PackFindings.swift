import Catalog
import Foundation
import Lifecycle

/// `data/findings.json` of a supervision pack: the gate findings about the selected certificates
/// (the objects of `query findings --format json`) and the numbers each chart of `report.html` is
/// drawn from, so that a reader can check every bar against this file.
package struct PackFindings: Codable, Sendable, Equatable {
    package struct Finding: Codable, Sendable, Equatable {
        var rule: String
        var issuer: String?
        var serial: String?
        var applicationID: String?
        var severity: String
        var message: String
        var evidence: [String]
        var observedAt: String
        var policy: String?
        var batchID: String
        var state: String
        var resolvedBy: String?

        init(_ record: FindingRecord) {
            rule = record.rule
            issuer = record.certificate?.issuer
            serial = record.certificate?.serial
            applicationID = record.applicationID?.rawValue
            severity = record.severity
            message = record.message
            evidence = record.evidence
            observedAt = record.observedAt
            policy = record.policy
            batchID = record.batchID.rawValue
            state = record.state.rawValue
            resolvedBy = record.resolvedBy?.rawValue
        }

        enum CodingKeys: String, CodingKey {
            case rule, issuer, serial, severity, message, evidence, policy
            case applicationID = "application_id"
            case observedAt = "observed_at"
            case batchID = "batch_id"
            case state
            case resolvedBy = "resolved_by_batch"
        }

        /// Nil keys are written as JSON null, as the query prints them.
        package func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(rule, forKey: .rule)
            try container.encode(issuer, forKey: .issuer)
            try container.encode(serial, forKey: .serial)
            try container.encode(applicationID, forKey: .applicationID)
            try container.encode(severity, forKey: .severity)
            try container.encode(message, forKey: .message)
            try container.encode(evidence, forKey: .evidence)
            try container.encode(observedAt, forKey: .observedAt)
            try container.encode(policy, forKey: .policy)
            try container.encode(batchID, forKey: .batchID)
            try container.encode(state, forKey: .state)
            try container.encode(resolvedBy, forKey: .resolvedBy)
        }
    }

    /// One bar: a label and its count.
    package struct Count: Codable, Sendable, Equatable {
        var label: String
        var count: Int
    }

    /// One revocation: hours from the request's `received_at` to its status on CRL and on OCSP.
    package struct Latency: Codable, Sendable, Equatable {
        var issuer: String
        var serial: String
        var requestID: String
        var receivedAt: String
        var crlPublishedAt: String?
        var crlHours: Double?
        var ocspRevokedAt: String?
        var ocspHours: Double?

        enum CodingKeys: String, CodingKey {
            case issuer, serial
            case requestID = "request_id"
            case receivedAt = "received_at"
            case crlPublishedAt = "crl_published_at"
            case crlHours = "crl_hours"
            case ocspRevokedAt = "ocsp_revoked_at"
            case ocspHours = "ocsp_hours"
        }
    }

    /// A revoked certificate that expired, with the last publications of its status.
    package struct BeyondExpiry: Codable, Sendable, Equatable {
        var issuer: String
        var serial: String
        var notAfter: String
        var revokedAt: String
        var lastCRLListingPublishedAt: String?
        var lastOCSPRevokedAt: String?
        /// True when a CRL or OCSP answer after `not_after` still says revoked (REV-004 holds).
        var publishedAfterExpiry: Bool

        enum CodingKeys: String, CodingKey {
            case issuer, serial
            case notAfter = "not_after"
            case revokedAt = "revoked_at"
            case lastCRLListingPublishedAt = "last_crl_listing_published_at"
            case lastOCSPRevokedAt = "last_ocsp_revoked_at"
            case publishedAfterExpiry = "published_after_expiry"
        }
    }

    var findings: [Finding]
    var findingsPerRule: [Count]
    var certificatesPerPolicy: [Count]
    var revocationLatency: [Latency]
    var statusBeyondExpiry: [BeyondExpiry]
    /// The limit drawn on the latency chart (EN 319 411-1: 24 hours).
    var latencyLimitHours = 24.0

    enum CodingKeys: String, CodingKey {
        case findings
        case findingsPerRule = "findings_per_rule"
        case certificatesPerPolicy = "certificates_per_policy"
        case revocationLatency = "revocation_latency"
        case statusBeyondExpiry = "status_beyond_expiry"
        case latencyLimitHours = "latency_limit_hours"
    }

    /// - Parameters:
    ///   - policies: the policy of each selected certificate ("none" when unknown).
    package init(
        findings: [FindingRecord],
        policies: [CertificateRef: String],
        timings: [RevocationTiming],
        beyondExpiry: [StatusBeyondExpiry]
    ) {
        self.findings = findings.map(Finding.init)
        func counts(_ labels: [String]) -> [Count] {
            Dictionary(labels.map { ($0, 1) }, uniquingKeysWith: +).map { Count(label: $0.key, count: $0.value) }
                .sorted { $0.label < $1.label }
        }
        findingsPerRule = counts(findings.map(\.rule))
        certificatesPerPolicy = counts(Array(policies.values))
        revocationLatency = timings.map { timing in
            func hours(_ end: String?) -> Double? {
                guard let end, let to = RFC3339.parse(end), let from = RFC3339.parse(timing.receivedAt) else {
                    return nil
                }
                return (to.timeIntervalSince(from) / 36).rounded() / 100  // hours, two decimals
            }
            return Latency(
                issuer: timing.ref.issuer,
                serial: timing.ref.serial,
                requestID: timing.requestID,
                receivedAt: timing.receivedAt,
                crlPublishedAt: timing.firstCRLPublishedAt,
                crlHours: hours(timing.firstCRLPublishedAt),
                ocspRevokedAt: timing.firstOCSPRevokedAt,
                ocspHours: hours(timing.firstOCSPRevokedAt)
            )
        }
        statusBeyondExpiry = beyondExpiry.map { row in
            let expiry = RFC3339.parse(row.notAfter)
            let after = [row.lastCRLListingPublishedAt, row.lastOCSPRevokedAt].contains { published in
                guard let expiry, let published = published.flatMap(RFC3339.parse) else { return false }
                return published > expiry
            }
            return BeyondExpiry(
                issuer: row.ref.issuer,
                serial: row.ref.serial,
                notAfter: row.notAfter,
                revokedAt: row.revokedAt,
                lastCRLListingPublishedAt: row.lastCRLListingPublishedAt,
                lastOCSPRevokedAt: row.lastOCSPRevokedAt,
                publishedAfterExpiry: after
            )
        }
    }

    /// `data/findings.csv` (RFC 4180): one line per finding, the columns of `query findings`.
    package var csv: String {
        func field(_ text: String?) -> String {
            guard let text else { return "" }
            return text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline })
                ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        var out =
            "rule,issuer,serial,application_id,severity,message,evidence,observed_at,policy,batch_id,state,"
            + "resolved_by_batch\r\n"
        for finding in findings {
            let fields: [String?] = [
                finding.rule, finding.issuer, finding.serial, finding.applicationID, finding.severity, finding.message,
                finding.evidence.joined(separator: " "), finding.observedAt, finding.policy, finding.batchID,
                finding.state, finding.resolvedBy,
            ]
            out += fields.map(field).joined(separator: ",") + "\r\n"
        }
        return out
    }
}
