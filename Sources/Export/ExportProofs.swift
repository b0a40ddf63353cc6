import ArchiveIO
import CryptoIO
import Foundation
import Sealing

/// What both exports' verifiers check the same way: which export a tar is, the trust anchors (given
/// out of band, or the export's own with their fingerprints for a person to compare), and the two
/// proofs on a manifest: an RFC 3161 timestamp over its SHA-256 under the TSA anchors and a CMS
/// signature under the seal anchors, valid when the timestamp proves the manifest existed.
enum ExportProofs {
    /// The first member's path of a tar; nil for a file that is not one.
    static func firstMember(of path: String) -> String? {
        var first: String?
        try? TarStreamReader.forEachMember(ofFile: path) { member in
            if first == nil { first = member.path }
            throw CancellationError()
        }
        return first
    }

    /// The anchors to check with: `given`, else those of `carried` (the export's own file), whose
    /// fingerprints are appended to `fingerprints`.
    static func anchors(
        _ given: [SigningCertificate]?,
        carried: [UInt8]?,
        file: String,
        fingerprints: inout [String]
    ) -> [SigningCertificate] {
        if let given { return given }
        let certificates = carried.flatMap { try? SigningCertificate.all(pem: $0) } ?? []
        fingerprints += certificates.map { "\(file): \($0.subject) SHA-256 \(SHA256Digest.of($0.der).hex)" }
        return certificates
    }

    /// The proofs on a manifest.
    /// - Parameters:
    ///   - what: how problems name the manifest ("the manifest", "the tag manifest").
    ///   - signature, timestamp: the proofs' bytes and file names (nil bytes: missing).
    /// - Returns: when the timestamp proves the manifest existed (nil when it does not), and problems.
    static func check(
        manifest bytes: [UInt8],
        what: String,
        signature: (bytes: [UInt8]?, file: String),
        timestamp: (bytes: [UInt8]?, file: String),
        seal: [SigningCertificate],
        tsa: [SigningCertificate]
    ) -> (provenAt: Date?, problems: [BundleProblem]) {
        var problems: [BundleProblem] = []
        var provenAt: Date?
        do {
            guard let response = timestamp.bytes else {
                throw CryptoIOError(.timestampFailed, "The timestamp is missing.")
            }
            provenAt = try TimeStampProtocol.verify(
                token: try TimeStampProtocol.token(fromResponse: response),
                over: SHA256Digest.of(bytes),
                trustAnchors: tsa
            )
        } catch {
            problems.append(
                BundleProblem(
                    .evidence,
                    file: timestamp.file,
                    expected: "an RFC 3161 timestamp over \(what)'s SHA-256 under the TSA anchors",
                    found: (error as? CryptoIOError)?.message ?? "\(error)"
                )
            )
        }
        do {
            guard let cms = signature.bytes else { throw CryptoIOError(.verifyFailed, "The signature is missing.") }
            _ = try CMSSignature.verify(cms, content: bytes, trustAnchors: seal, at: provenAt)
        } catch {
            problems.append(
                BundleProblem(
                    .signature,
                    file: signature.file,
                    expected: "a CMS signature over \(what) under the seal anchors",
                    found: (error as? CryptoIOError)?.message ?? "\(error)"
                )
            )
        }
        return (provenAt, problems)
    }
}
