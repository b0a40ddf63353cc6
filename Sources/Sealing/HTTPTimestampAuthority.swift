import CryptoIO
import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

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

    package func timestamp(_ digest: SHA256Digest) throws -> TimeStampProtocol.Response {
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
        var http = URLRequest(url: url, timeoutInterval: Self.timeout)
        http.httpMethod = "POST"
        http.setValue("application/timestamp-query", forHTTPHeaderField: "Content-Type")
        http.httpBody = Data(request.der)
        let exchange = Exchange()
        URLSession.shared.dataTask(with: http) { data, response, error in
            exchange.complete(data: data, response: response as? HTTPURLResponse, error: error)
        }.resume()
        let (data, response, error) = exchange.wait()
        if let error {
            throw SealingError(
                .timestampFailed,
                "The time-stamp authority at \(url) did not answer (\(error.localizedDescription)); nothing was sealed."
            )
        }
        guard let response, response.statusCode == 200 else {
            throw SealingError(
                .timestampFailed,
                "The time-stamp authority at \(url) answered HTTP \(exchange.statusText); nothing was sealed."
            )
        }
        let type = response.value(forHTTPHeaderField: "Content-Type") ?? ""
        guard type.lowercased().hasPrefix("application/timestamp-reply") else {
            throw SealingError(
                .timestampFailed,
                "The time-stamp authority at \(url) answered with Content-Type \(type.isEmpty ? "none" : type), not "
                    + "application/timestamp-reply; nothing was sealed."
            )
        }
        do {
            return try TimeStampProtocol.verify(
                response: Array(data ?? Data()),
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

    /// Hands a URLSession answer to the waiting thread.
    private final class Exchange: @unchecked Sendable {
        // @unchecked: every field is written once by the session's callback before `done` is
        // signalled, and read only after `wait` returns.
        private let done = DispatchSemaphore(value: 0)
        private var data: Data?
        private var response: HTTPURLResponse?
        private var error: (any Error)?

        var statusText: String { response.map { String($0.statusCode) } ?? "nothing" }

        func complete(data: Data?, response: HTTPURLResponse?, error: (any Error)?) {
            self.data = data
            self.response = response
            self.error = error
            done.signal()
        }

        func wait() -> (Data?, HTTPURLResponse?, (any Error)?) {
            done.wait()
            return (data, response, error)
        }
    }
}
