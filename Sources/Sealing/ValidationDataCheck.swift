import CryptoIO
import Foundation
import Lifecycle

/// Checks a batch's sealed validation data at the time the batch proves (SPEC "Evidence over
/// time"): the data are about the certificates that signed the seal and the timestamp, each status
/// file is what the document says (a CRL by the certificate's issuer), and no certificate of the
/// sealing chain was revoked at or before the proven time. A revocation after it leaves the batch valid.
package struct ValidationDataCheck: Sendable {
    /// The batch record's files, by path inside the bag.
    package var files: [String: [UInt8]]
    /// The batch record's path relative to the archive, for problems.
    package var bagPath: String

    package init(files: [String: [UInt8]], bagPath: String) {
        self.files = files
        self.bagPath = bagPath
    }

    /// What the check found: problems, and one line per key for the operator.
    package struct Outcome: Sendable {
        package var problems: [BundleProblem] = []
        package var lines: [String] = []
    }

    /// - Parameters:
    ///   - sealSigner: the SHA-256 of the certificate that signed `seal.json`.
    ///   - tsaSigner: the SHA-256 of the certificate that signed the batch's timestamp.
    ///   - provenAt: the batch's timestamp's genTime.
    package func check(sealSigner: String?, tsaSigner: String?, provenAt: Date) -> Outcome {
        var outcome = Outcome()
        func problem(_ file: String, expected: String, found: String) {
            outcome.problems.append(
                BundleProblem(.revocation, file: "\(bagPath):\(file)", expected: expected, found: found)
            )
        }
        guard let bytes = files[ValidationDocument.path] else {
            outcome.lines.append("no validation data sealed with this batch (sealed by an earlier version)")
            return outcome
        }
        guard let document = try? JSONDecoder().decode(ValidationDocument.self, from: Data(bytes)) else {
            problem(ValidationDocument.path, expected: "a validation data document", found: "it unreadable")
            return outcome
        }
        var certificates: [String: SigningCertificate] = [:]
        for entry in document.certificates {
            guard let der = files[entry.file], SHA256Digest.of(der).hex == entry.sha256,
                let certificate = try? SigningCertificate(der: der)
            else {
                problem(
                    entry.file,
                    expected: "the certificate with SHA-256 \(entry.sha256)",
                    found: "it missing or other"
                )
                continue
            }
            certificates[entry.sha256] = certificate
        }
        for (chain, signer) in [(ValidationDocument.Chain.sealing, sealSigner), (.timestamping, tsaSigner)] {
            let entries = document.certificates.filter { $0.chain == chain }.sorted { $0.position < $1.position }
            let role = chain == .sealing ? "sealing certificate" : "TSA certificate"
            guard let leaf = entries.first else {
                outcome.lines.append("\(role): no validation data")
                continue
            }
            if let signer, signer != leaf.sha256 {
                if chain == .sealing {
                    problem(
                        ValidationDocument.path,
                        expected: "validation data about the sealing certificate that signed seal.json (SHA-256 "
                            + "\(signer))",
                        found: "data about \(leaf.subject), SHA-256 \(leaf.sha256)"
                    )
                } else {
                    // A remote TSA's certificate is known from its previous token only.
                    outcome.lines.append("\(role): validation data are about \(leaf.subject), serial \(leaf.serial)")
                }
            }
            for (index, entry) in entries.enumerated() {
                guard let status = entry.status else { continue }
                let issuer = entries.indices.contains(index + 1) ? certificates[entries[index + 1].sha256] : nil
                let line = verifyStatus(entry, status, issuer: issuer, provenAt: provenAt, into: &outcome)
                if index == 0 { outcome.lines.append("\(role): \(line)") }
            }
        }
        return outcome
    }

    /// Checks one status against its file and the proven time; returns it in words.
    private func verifyStatus(
        _ entry: ValidationDocument.Entry,
        _ status: ValidationDocument.Status,
        issuer: SigningCertificate?,
        provenAt: Date,
        into outcome: inout Outcome
    ) -> String {
        func problem(_ file: String, expected: String, found: String) {
            outcome.problems.append(
                BundleProblem(.revocation, file: "\(bagPath):\(file)", expected: expected, found: found)
            )
        }
        guard status.result != .notCollected else { return "status not collected at sealing" }
        guard let file = status.file, let der = files[file], let issuer else {
            problem(
                status.file ?? ValidationDocument.path,
                expected: "the status evidence and its issuer",
                found: "none"
            )
            return "status evidence missing"
        }
        let revocation: (date: Date, reason: String?)?
        let issued: Date
        if status.source == .ocsp {
            let collected = RFC3339.parse(status.thisUpdate ?? "") ?? provenAt
            guard OCSPStatusRequest.isSigned(der, by: issuer, at: collected),
                let answer = (try? OCSPResponseParser.answers(der: der, issuers: [issuer]))?.first(where: {
                    $0.serialHex == entry.serial && $0.issuer == issuer.subject && $0.status != .unknown
                })
            else {
                problem(file, expected: "an OCSP answer about \(entry.subject) by its issuer", found: "none")
                return "status evidence not signed by the issuer"
            }
            revocation =
                answer.status == .revoked ? (answer.revocationTime ?? answer.producedAt, answer.revocationReason) : nil
            issued = answer.producedAt
        } else {
            guard let crl = try? RevocationList(pemOrDER: der), crl.isSigned(by: issuer) else {
                problem(file, expected: "a CRL signed by the issuer of \(entry.subject)", found: "another signer")
                return "status evidence not signed by the issuer"
            }
            revocation = crl.entries.first { $0.serialHex == entry.serial }.map { ($0.revocationDate, $0.reason) }
            issued = crl.thisUpdate
        }
        if let revocation, revocation.date <= provenAt {
            problem(
                file,
                expected: "\(entry.subject) (serial \(entry.serial)) not revoked at the proven time "
                    + RFC3339.format(provenAt),
                found: "it revoked on \(RFC3339.format(revocation.date))" + (revocation.reason.map { " (\($0))" } ?? "")
            )
            return "revoked on \(RFC3339.format(revocation.date))"
        }
        let kind = status.source == .ocsp ? "OCSP answer" : "CRL"
        let source = status.url.map { "\(kind) from \($0)" } ?? "CRL kept in trust/crls/"
        return "not revoked per \(source) of \(RFC3339.format(issued))"
    }
}
