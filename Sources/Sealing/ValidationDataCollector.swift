import CryptoIO
import Foundation
import Lifecycle

/// Collects a batch's validation data just before it is timestamped (SPEC "Evidence over time"):
/// the sealing and TSA certificate chains and, for each certificate below its root, a CRL from the
/// distribution point it names (over HTTP), else an answer of the OCSP responder it names, else a
/// CRL the archive keeps for its issuer
/// (`trust/crls/`, where the demo CAs publish theirs). Status that cannot be collected is a
/// warning, never a failure: the batch is still sealed, and its report says what is missing.
package struct ValidationDataCollector {
    /// Downloads one URL (a CRL), or posts an OCSP request to it when a body is given; throws a
    /// reason in words.
    package typealias Fetch = @Sendable (URL, _ ocspRequest: [UInt8]?) throws -> [UInt8]

    package var fetch: Fetch
    /// CRLs the archive keeps (`trust/crls/*.crl`); used for certificates that name no source.
    package var archiveCRLs: [RevocationList]
    package var now: Date

    package init(archiveCRLs: [RevocationList], now: Date, fetch: @escaping Fetch = Self.httpGet) {
        self.archiveCRLs = archiveCRLs
        self.now = now
        self.fetch = fetch
    }

    /// How long one download may take before its status counts as not collected.
    static let timeout: TimeInterval = 15

    /// An HTTP GET, or a POST of `application/ocsp-request` (RFC 6960 appendix A), that must answer 200.
    package static let httpGet: Fetch = { url, ocspRequest in
        let answer = try HTTPExchange(timeout: timeout).send(
            url,
            body: ocspRequest,
            contentType: ocspRequest == nil ? nil : "application/ocsp-request"
        )
        guard answer.status == 200 else { throw HTTPExchange.Failure(reason: "HTTP \(answer.status)") }
        return answer.body
    }

    /// Each chain from the key's certificate up to its self-signed root.
    package func collect(_ chains: [(ValidationDocument.Chain, [SigningCertificate])]) -> ValidationData {
        var entries: [ValidationDocument.Entry] = []
        var files: [String: [UInt8]] = [:]
        var warnings: [String] = []
        for (chain, certificates) in chains {
            for (position, certificate) in certificates.enumerated() {
                let digest = SHA256Digest.of(certificate.der).hex
                let file = "\(ValidationDocument.folder)/certificates/\(digest).der"
                files[file] = certificate.der
                var entry = ValidationDocument.Entry(
                    chain: chain,
                    position: position,
                    subject: certificate.subject,
                    serial: certificate.serialHex,
                    sha256: digest,
                    notBefore: RFC3339.format(certificate.notBefore),
                    notAfter: RFC3339.format(certificate.notAfter),
                    file: file,
                    status: nil
                )
                if certificate.isSigned(by: certificate) {
                    entries.append(entry)  // a root is a trust anchor: no status
                    continue
                }
                guard position + 1 < certificates.count else {
                    entry.status = ValidationDocument.Status(result: .notCollected)
                    warnings.append(
                        "No issuer certificate of \(certificate.subject) is known, so its status was not collected."
                    )
                    entries.append(entry)
                    continue
                }
                let (status, crl, warning) = self.status(of: certificate, issuer: certificates[position + 1])
                entry.status = status
                if let crl, let path = status.file { files[path] = crl }
                if let warning {
                    warnings.append("The \(chain.rawValue) certificate \(certificate.subject): \(warning)")
                }
                entries.append(entry)
            }
        }
        let document = ValidationDocument(
            collectedAt: RFC3339.format(now),
            certificates: entries,
            warnings: warnings
        )
        return ValidationData(
            document: document,
            files: files.sorted { $0.key < $1.key }.map { (path: $0.key, bytes: $0.value) }
        )
    }

    /// The status of `certificate` from its CRL distribution points, then the archive's CRLs.
    private func status(
        of certificate: SigningCertificate,
        issuer: SigningCertificate
    ) -> (ValidationDocument.Status, [UInt8]?, String?) {
        let sources = StatusSources(of: certificate)
        var failures: [String] = []
        for text in sources.crlURLs {
            guard let url = URL(string: text) else { continue }
            let bytes: [UInt8]
            do {
                bytes = try fetch(url, nil)
            } catch {
                failures.append("\(text): \((error as? HTTPExchange.Failure)?.reason ?? "\(error)")")
                continue
            }
            guard let crl = try? RevocationList(pemOrDER: bytes) else {
                failures.append("\(text): not a CRL")
                continue
            }
            guard crl.isSigned(by: issuer) else {
                failures.append("\(text): a CRL not signed by \(issuer.subject)")
                continue
            }
            return status(of: certificate, in: crl, source: .crl, url: text, failures: failures)
        }
        for text in sources.ocspURLs {
            guard let url = URL(string: text) else { continue }
            do {
                let bytes = try fetch(url, try OCSPStatusRequest.request(for: certificate, issuer: issuer))
                guard OCSPStatusRequest.isSigned(bytes, by: issuer, at: now) else {
                    failures.append("\(text): an OCSP answer signed by neither \(issuer.subject) nor its responder")
                    continue
                }
                guard
                    let answer = try OCSPResponseParser.answers(der: bytes, issuers: [issuer]).first(where: {
                        $0.serialHex == certificate.serialHex && $0.issuer == issuer.subject && $0.status != .unknown
                    })
                else {
                    failures.append("\(text): no OCSP answer about this certificate")
                    continue
                }
                return status(of: answer, der: bytes, url: text, failures: failures)
            } catch {
                failures.append("\(text): \((error as? HTTPExchange.Failure)?.reason ?? "\(error)")")
            }
        }
        if let crl = archiveCRLs.first(where: { $0.isSigned(by: issuer) }) {
            return status(of: certificate, in: crl, source: .archiveCRL, url: nil, failures: failures)
        }
        let why =
            failures.isEmpty
            ? "it names no CRL distribution point or OCSP responder and the archive keeps no CRL of its issuer"
            : "no CRL or OCSP answer could be fetched (\(failures.joined(separator: "; ")))"
        return (ValidationDocument.Status(result: .notCollected), nil, "revocation status not collected: \(why).")
    }

    private func status(
        of certificate: SigningCertificate,
        in crl: RevocationList,
        source: ValidationDocument.Source,
        url: String?,
        failures: [String]
    ) -> (ValidationDocument.Status, [UInt8]?, String?) {
        let der = crl.der
        let entry = crl.entries.first { $0.serialHex == certificate.serialHex && $0.revocationDate <= now }
        let status = ValidationDocument.Status(
            result: entry == nil ? .good : .revoked,
            source: source,
            url: url,
            file: "\(ValidationDocument.folder)/crls/\(SHA256Digest.of(der).hex).crl",
            thisUpdate: RFC3339.format(crl.thisUpdate),
            nextUpdate: crl.nextUpdate.map(RFC3339.format),
            revokedAt: entry.map { RFC3339.format($0.revocationDate) },
            reason: entry?.reason
        )
        var warnings = failures.map { "could not use \($0)" }
        if let next = crl.nextUpdate, next < now {
            warnings.append("the CRL \(url ?? "kept in trust/crls/") was due for renewal on \(RFC3339.format(next))")
        }
        return (status, der, warnings.isEmpty ? nil : warnings.joined(separator: "; ") + ".")
    }
}

extension ValidationDataCollector {
    private func status(
        of answer: OCSPAnswer,
        der: [UInt8],
        url: String,
        failures: [String]
    ) -> (ValidationDocument.Status, [UInt8]?, String?) {
        let revoked = answer.status == .revoked && (answer.revocationTime ?? now) <= now
        let status = ValidationDocument.Status(
            result: revoked ? .revoked : .good,
            source: .ocsp,
            url: url,
            file: "\(ValidationDocument.folder)/ocsp/\(SHA256Digest.of(der).hex).der",
            thisUpdate: RFC3339.format(answer.producedAt),
            revokedAt: revoked ? answer.revocationTime.map(RFC3339.format) : nil,
            reason: revoked ? answer.revocationReason : nil
        )
        return (
            status, der, failures.isEmpty ? nil : failures.map { "could not use \($0)" }.joined(separator: "; ") + "."
        )
    }
}

extension ValidationDocument.Status {
    init(result: ValidationDocument.Result) {
        self.init(result: result, source: nil, url: nil, file: nil)
    }
}
