import CryptoIO
import Foundation

/// A remote RFC 3161 time-stamp authority over HTTP (RFC 3161 §3.4: POST of
/// `application/timestamp-query`, answer `application/timestamp-reply`), for a real qualified TSA.
/// The answer is checked like a local one: status granted, imprint and nonce as asked, signature
/// under `trust/tsa-ca.pem`. A TSA that is down or answers wrongly seals nothing.
package final class HTTPTimestampAuthority: TimestampAuthority {
    private let url: URL
    private let trustAnchors: [SigningCertificate]
    /// How long one request may take before the batch gives up (the TSA is down).
    static let timeout: TimeInterval = 30

    /// - Throws: `SealingError` `.timestampFailed` for a URL that is not http(s) or unreadable trust anchors.
    package init(url: String, trustAnchorsPEM: [UInt8]) throws {
        guard let parsed = URL(string: url), ["http", "https"].contains(parsed.scheme ?? "") else {
            throw SealingError(.timestampFailed, "The time-stamp authority URL \(url) is not an http or https URL.")
        }
        self.url = parsed
        do {
            trustAnchors = try SigningCertificate.all(pem: trustAnchorsPEM)
        } catch {
            throw SealingError(
                .timestampFailed,
                "The TSA trust anchors (trust/tsa-ca.pem) cannot be read: \(error.message)",
                underlying: error
            )
        }
    }

    package func timestamp(_ digest: Digest) throws -> TimeStampProtocol.Response {
        let request: TimeStampProtocol.Request
        do {
            request = try TimeStampProtocol.request(for: digest)
        } catch {
            throw SealingError(
                .timestampFailed,
                "Could not make the time-stamp request: \(error.message)",
                underlying: error
            )
        }
        let answer: HTTPExchange.Answer
        do {
            answer = try HTTPExchange(timeout: Self.timeout).send(
                url,
                body: request.der,
                contentType: "application/timestamp-query"
            )
        } catch {
            throw SealingError(
                .timestampFailed,
                "The time-stamp authority at \(url) did not answer (\(error.reason)); nothing was sealed."
            )
        }
        guard answer.status == 200 else {
            throw SealingError(
                .timestampFailed,
                "The time-stamp authority at \(url) answered HTTP \(answer.status); nothing was sealed."
            )
        }
        let type = answer.contentType
        guard type.lowercased().hasPrefix("application/timestamp-reply") else {
            throw SealingError(
                .timestampFailed,
                "The time-stamp authority at \(url) answered with Content-Type \(type.isEmpty ? "none" : type), not "
                    + "application/timestamp-reply; nothing was sealed."
            )
        }
        do {
            return try TimeStampProtocol.verify(
                response: answer.body,
                for: request,
                trustAnchors: trustAnchors
            )
        } catch {
            throw SealingError(
                .timestampFailed,
                "The answer of the time-stamp authority at \(url) is not valid: \(error.message); nothing was sealed.",
                underlying: error
            )
        }
    }
}
