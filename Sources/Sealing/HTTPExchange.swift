import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One synchronous HTTP request (a time-stamp request, a CRL download, an OCSP request), for the
/// sealing run, which waits for each answer before it goes on.
package struct HTTPExchange: Sendable {
    /// What the server answered.
    package struct Answer: Sendable {
        package var status: Int
        package var contentType: String
        package var body: [UInt8]
    }

    /// Why no answer came.
    package struct Failure: Error, Sendable {
        package var reason: String
    }

    package var timeout: TimeInterval

    package init(timeout: TimeInterval = 30) { self.timeout = timeout }

    /// GET `url`, or POST `body` with `contentType` when a body is given.
    /// - Throws: `Failure` when the server cannot be reached or does not answer in time.
    package func send(_ url: URL, body: [UInt8]? = nil, contentType: String? = nil) throws(Failure) -> Answer {
        var http = URLRequest(url: url, timeoutInterval: timeout)
        if let body {
            http.httpMethod = "POST"
            http.httpBody = Data(body)
        }
        if let contentType { http.setValue(contentType, forHTTPHeaderField: "Content-Type") }
        let exchange = Exchange()
        URLSession.shared.dataTask(with: http) { data, response, error in
            exchange.complete(data: data, response: response as? HTTPURLResponse, error: error)
        }.resume()
        let (data, response, error) = exchange.wait()
        if let error { throw Failure(reason: error.localizedDescription) }
        guard let response else { throw Failure(reason: "no HTTP response") }
        return Answer(
            status: response.statusCode,
            contentType: response.value(forHTTPHeaderField: "Content-Type") ?? "",
            body: Array(data ?? Data())
        )
    }

    /// Hands a URLSession answer to the waiting thread.
    private final class Exchange: @unchecked Sendable {
        // @unchecked: every field is written once by the session's callback before `done` is
        // signalled, and read only after `wait` returns.
        private let done = DispatchSemaphore(value: 0)
        private var data: Data?
        private var response: HTTPURLResponse?
        private var error: (any Error)?

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
