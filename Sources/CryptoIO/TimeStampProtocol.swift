import Foundation
internal import COpenSSL

/// RFC 3161 time-stamp requests, responses and tokens through OpenSSL's TS API.
package enum TimeStampProtocol {
    /// A request over a digest with a fresh 64-bit nonce and `certReq` true (RFC 3161 §2.4.1).
    package struct Request: Sendable {
        package var der: [UInt8]
        package var nonce: [UInt8]
        package var digest: Digest
    }

    /// A verified response: the token (a CMS ContentInfo) and the TSA's time.
    package struct Response: Sendable {
        package var der: [UInt8]
        package var token: [UInt8]
        package var genTime: Date
        package var serialHex: String
    }

    /// Makes a request over `digest`.
    /// - Throws: `CryptoIOError` `.timestampFailed`.
    package static func request(for digest: SHA256Digest) throws(CryptoIOError) -> Request {
        try request(for: Digest(digest))
    }

    /// Makes a request over a digest of any algorithm (the imprint names it).
    /// - Throws: `CryptoIOError` `.timestampFailed`.
    package static func request(for digest: Digest) throws(CryptoIOError) -> Request {
        var nonce = [UInt8](repeating: 0, count: 8)
        try check(RAND_bytes(&nonce, 8) == 1, .timestampFailed, "No randomness for the nonce.", function: "RAND_bytes")
        nonce[0] &= 0x7f
        if nonce[0] == 0 { nonce[0] = 1 }  // a positive INTEGER without a leading zero byte
        let request = try checked(
            TS_REQ_new(),
            .timestampFailed,
            "Could not allocate a time-stamp request.",
            function: "TS_REQ_new"
        )
        defer { TS_REQ_free(request) }
        let imprint = try checked(
            TS_MSG_IMPRINT_new(),
            .timestampFailed,
            "Could not allocate an imprint.",
            function: "TS_MSG_IMPRINT_new"
        )
        defer { TS_MSG_IMPRINT_free(imprint) }
        let algorithm = try checked(
            X509_ALGOR_new(),
            .timestampFailed,
            "Could not allocate an algorithm.",
            function: "X509_ALGOR_new"
        )
        defer { X509_ALGOR_free(algorithm) }
        X509_ALGOR_set0(algorithm, OBJ_nid2obj(digest.algorithm.nid), V_ASN1_NULL, nil)
        var bytes = digest.bytes
        let bn = try checked(
            BN_bin2bn(nonce, Int32(nonce.count), nil),
            .timestampFailed,
            "Could not build the nonce.",
            function: "BN_bin2bn"
        )
        defer { BN_free(bn) }
        let nonceInteger = try checked(
            BN_to_ASN1_INTEGER(bn, nil),
            .timestampFailed,
            "Could not build the nonce.",
            function: "BN_to_ASN1_INTEGER"
        )
        defer { ASN1_INTEGER_free(nonceInteger) }
        try check(
            TS_MSG_IMPRINT_set_algo(imprint, algorithm) == 1
                && TS_MSG_IMPRINT_set_msg(imprint, &bytes, Int32(bytes.count)) == 1
                && TS_REQ_set_version(request, 1) == 1 && TS_REQ_set_msg_imprint(request, imprint) == 1
                && TS_REQ_set_nonce(request, nonceInteger) == 1 && TS_REQ_set_cert_req(request, 1) == 1,
            .timestampFailed,
            "Could not build the time-stamp request.",
            function: "TS_REQ_set_*"
        )
        let der = try checked(
            encodeDER { i2d_TS_REQ(request, $0) },
            .timestampFailed,
            "Could not encode the request.",
            function: "i2d_TS_REQ"
        )
        return Request(der: der, nonce: nonce, digest: digest)
    }

    /// Checks a response against its request: status granted, imprint and nonce as asked, and the
    /// token's signature by a TSA certificate (critical extendedKeyUsage timeStamping) under `trustAnchors`.
    /// - Throws: `CryptoIOError` `.timestampFailed` naming what did not hold.
    package static func verify(
        response der: [UInt8],
        for request: Request,
        trustAnchors: [SigningCertificate]
    ) throws(CryptoIOError) -> Response {
        let response = try parseResponse(der)
        defer { TS_RESP_free(response) }
        let status = ASN1_INTEGER_get(TS_STATUS_INFO_get0_status(TS_RESP_get_status_info(response)))
        guard status == 0 || status == 1 else {
            throw CryptoIOError(.timestampFailed, "The time-stamp authority refused the request (PKIStatus \(status)).")
        }
        let parsedRequest: OpaquePointer? = request.der.withUnsafeBufferPointer { buffer in
            var cursor: UnsafePointer<UInt8>? = buffer.baseAddress
            return d2i_TS_REQ(nil, &cursor, buffer.count)
        }
        let tsRequest = try checked(
            parsedRequest,
            .timestampFailed,
            "The request cannot be read back.",
            function: "d2i_TS_REQ"
        )
        defer { TS_REQ_free(tsRequest) }
        let context = try checked(
            TS_REQ_to_TS_VERIFY_CTX(tsRequest, nil),
            .timestampFailed,
            "Could not set up verification.",
            function: "TS_REQ_to_TS_VERIFY_CTX"
        )
        defer { TS_VERIFY_CTX_free(context) }
        _ = TS_VERIFY_CTX_add_flags(context, Int32(TS_VFY_SIGNATURE))
        TS_VERIFY_CTX_set_store(context, try store(trustAnchors))
        try check(
            TS_RESP_verify_response(context, response) == 1,
            .timestampFailed,
            "The time-stamp response does not match the request or its signature does not verify against the TSA trust "
                + "anchors.",
            function: "TS_RESP_verify_response"
        )
        return try summary(of: response, der: der)
    }

    /// Verifies a token alone over `digest`, as `openssl ts -verify -digest HEX -token_in` does, twice:
    /// as of its own genTime (the TSA certificate must have been valid when it made the token, so a
    /// backdated token is refused) and as of `time` (RFC 4998 §5.3: the time of the timestamp that
    /// renewed this one; for the newest, the verification time; now when nil).
    /// - Returns: the TSA's time (genTime).
    /// - Throws: `CryptoIOError` `.timestampFailed`, or `.certificateExpired` naming the TSA
    ///   certificate and its date when the token is sound but its certificate has lapsed since.
    package static func verify(
        token: [UInt8],
        over digest: SHA256Digest,
        trustAnchors: [SigningCertificate],
        at time: Date? = nil
    ) throws(CryptoIOError) -> Date {
        try verify(token: token, over: Digest(digest), trustAnchors: trustAnchors, at: time)
    }

    /// `verify(token:over:trustAnchors:at:)` over a digest of any algorithm: the token's imprint must
    /// use that algorithm and hold those bytes.
    package static func verify(
        token: [UInt8],
        over digest: Digest,
        trustAnchors: [SigningCertificate],
        at time: Date? = nil
    ) throws(CryptoIOError) -> Date {
        let genTime = try claimedTime(of: token)
        try verify(token: token, over: digest, trustAnchors: trustAnchors, asOf: genTime)
        let when = time ?? Date()
        if genTime > when {
            throw CryptoIOError(
                .timestampFailed,
                "The time-stamp token was made at \(utcText(genTime)), after \(utcText(when)): it proves nothing "
                    + "as of then."
            )
        }
        do {
            try verify(token: token, over: digest, trustAnchors: trustAnchors, asOf: when)
        } catch {
            guard let tsa = signer(ofToken: token), when > tsa.notAfter else { throw error }
            // Sound when it was made; its certificate has lapsed since (renewal was due, RFC 4998 §5.2).
            throw CryptoIOError(
                .certificateExpired,
                "The time-stamp authority's certificate \(tsa.subject) expired on \(utcText(tsa.notAfter)), "
                    + "before \(utcText(when)); the timestamp of \(utcText(genTime)) needed renewal by then.",
                library: error.library
            )
        }
        return genTime
    }

    /// The genTime a token states, not yet verified.
    /// - Throws: `CryptoIOError` `.timestampFailed` for bytes that are not a token.
    package static func claimedTime(of token: [UInt8]) throws(CryptoIOError) -> Date {
        try withTSTInfo(of: token) { SigningCertificate.date(TS_TST_INFO_get_time($0)) }
    }

    /// The imprint a token states (its algorithm and bytes), not yet verified; nil for an imprint
    /// of an algorithm other than SHA-256, SHA-384 and SHA-512.
    /// - Throws: `CryptoIOError` `.timestampFailed` for bytes that are not a token.
    package static func claimedImprint(of token: [UInt8]) throws(CryptoIOError) -> Digest? {
        try withTSTInfo(of: token) { info in
            let imprint = TS_TST_INFO_get_msg_imprint(info)
            guard let algorithm = imprintAlgorithm(info), let message = TS_MSG_IMPRINT_get_msg(imprint),
                Int(ASN1_STRING_length(message)) == algorithm.length
            else { return nil }
            let bytes = Array(UnsafeBufferPointer(start: ASN1_STRING_get0_data(message), count: algorithm.length))
            return Digest(algorithm, bytes: bytes)
        }
    }

    /// The TSTInfo of a token, not verified, for `body`.
    private static func withTSTInfo<T>(
        of token: [UInt8],
        _ body: (OpaquePointer) -> T
    ) throws(CryptoIOError) -> T {
        let pkcs7 = try checked(
            decodeWholeDER(token, { d2i_PKCS7(nil, $0, $1) }).value,
            .timestampFailed,
            "The time-stamp token is not a readable CMS structure.",
            function: "d2i_PKCS7"
        )
        defer { PKCS7_free(pkcs7) }
        let info = try checked(
            PKCS7_to_TS_TST_INFO(pkcs7),
            .timestampFailed,
            "The token holds no TSTInfo.",
            function: "PKCS7_to_TS_TST_INFO"
        )
        defer { TS_TST_INFO_free(info) }
        return body(info)
    }

    /// The hash algorithm of a TSTInfo's imprint, when it is one of ours.
    private static func imprintAlgorithm(_ info: OpaquePointer) -> HashAlgorithm? {
        var object: OpaquePointer? = nil
        X509_ALGOR_get0(&object, nil, nil, TS_MSG_IMPRINT_get_algo(TS_TST_INFO_get_msg_imprint(info)))
        let nid = OBJ_obj2nid(object)
        return HashAlgorithm.allCases.first { $0.nid == nid }
    }

    /// One verification of a token with the trust store's time set to `asOf` (OpenSSL's own clock
    /// when nil).
    private static func verify(
        token: [UInt8],
        over digest: Digest,
        trustAnchors: [SigningCertificate],
        asOf time: Date?
    ) throws(CryptoIOError) {
        let (parsed, trailing) = decodeWholeDER(token) { d2i_PKCS7(nil, $0, $1) }
        let pkcs7 = try checked(
            parsed,
            .timestampFailed,
            "The time-stamp token is not a readable CMS structure.",
            function: "d2i_PKCS7"
        )
        defer { PKCS7_free(pkcs7) }
        guard trailing == 0 else {
            throw CryptoIOError(
                .timestampFailed,
                "The time-stamp token has \(trailing) byte(s) after its DER structure."
            )
        }
        // TS_VFY_IMPRINT compares the imprint's bytes only; its algorithm must be the digest's too.
        guard try withTSTInfo(of: token, imprintAlgorithm) == digest.algorithm else {
            throw CryptoIOError(
                .timestampFailed,
                "The time-stamp token's imprint does not use \(digest.algorithm.rawValue)."
            )
        }
        let context = try checked(
            TS_VERIFY_CTX_new(),
            .timestampFailed,
            "Could not set up verification.",
            function: "TS_VERIFY_CTX_new"
        )
        defer { TS_VERIFY_CTX_free(context) }
        _ = TS_VERIFY_CTX_set_flags(context, Int32(TS_VFY_VERSION | TS_VFY_SIGNATURE | TS_VFY_IMPRINT))
        let length = digest.bytes.count
        let imprint = try checked(
            CRYPTO_malloc(length, #fileID, #line),
            .timestampFailed,
            "Out of memory.",
            function: "OPENSSL_malloc"
        )
        digest.bytes.withUnsafeBytes { imprint.copyMemory(from: $0.baseAddress!, byteCount: length) }
        // The context frees the imprint.
        _ = TS_VERIFY_CTX_set_imprint(context, imprint.assumingMemoryBound(to: UInt8.self), length)
        TS_VERIFY_CTX_set_store(context, try store(trustAnchors, at: time))
        guard TS_RESP_verify_token(context, pkcs7) == 1 else {
            throw CryptoIOError(
                .timestampFailed,
                "The time-stamp token is not over \(digest.hex) or its signature does not verify against the TSA "
                    + "trust anchors.",
                library: drainOpenSSLErrors()
            )
        }
    }

    /// The token inside a stored response (`timestamp.tsr`), without checking it.
    /// - Throws: `CryptoIOError` `.timestampFailed` for bytes that are not a response with a token.
    package static func token(fromResponse der: [UInt8]) throws(CryptoIOError) -> [UInt8] {
        let response = try parseResponse(der)
        defer { TS_RESP_free(response) }
        return try summary(of: response, der: der).token
    }

    static func parseResponse(_ der: [UInt8]) throws(CryptoIOError) -> OpaquePointer {
        let (parsed, trailing) = decodeWholeDER(der) { d2i_TS_RESP(nil, $0, $1) }
        let response = try checked(
            parsed,
            .timestampFailed,
            "The answer is not a DER TimeStampResp.",
            function: "d2i_TS_RESP"
        )
        guard trailing == 0 else {
            TS_RESP_free(response)
            throw CryptoIOError(
                .timestampFailed,
                "The time-stamp response has \(trailing) byte(s) after its DER structure."
            )
        }
        return response
    }

    static func summary(of response: OpaquePointer, der: [UInt8]) throws(CryptoIOError) -> Response {
        let token = try checked(
            TS_RESP_get_token(response),
            .timestampFailed,
            "The response holds no token.",
            function: "TS_RESP_get_token"
        )
        let tokenDER = try checked(
            encodeDER { i2d_PKCS7(token, $0) },
            .timestampFailed,
            "Could not encode the token.",
            function: "i2d_PKCS7"
        )
        let info = try checked(
            TS_RESP_get_tst_info(response),
            .timestampFailed,
            "The response holds no TSTInfo.",
            function: "TS_RESP_get_tst_info"
        )
        return Response(
            der: der,
            token: tokenDER,
            genTime: SigningCertificate.date(TS_TST_INFO_get_time(info)),
            serialHex: SigningCertificate.hex(of: TS_TST_INFO_get_serial(info))
        )
    }

    /// A trust store of the anchors; ownership passes to the verify context.
    /// A trust store of `anchors` that checks certificates as of `time` (now when nil): validation at
    /// a past time, as EN 319 102-1 validates a signature at the time a timestamp proves.
    static func store(_ anchors: [SigningCertificate], at time: Date? = nil) throws(CryptoIOError) -> OpaquePointer {
        let store = try checked(
            X509_STORE_new(),
            .timestampFailed,
            "Could not allocate a trust store.",
            function: "X509_STORE_new"
        )
        for anchor in anchors { X509_STORE_add_cert(store, anchor.pointer) }
        if let time, let parameters = X509_STORE_get0_param(store) {
            X509_VERIFY_PARAM_set_time(parameters, time_t(time.timeIntervalSince1970.rounded(.down)))
        }
        return store
    }

    /// The certificate that signed a token (RFC 3161 tokens carry it when `certReq` was set), not verified.
    package static func signer(ofToken token: [UInt8]) -> SigningCertificate? {
        guard let pkcs7 = decodeWholeDER(token, { d2i_PKCS7(nil, $0, $1) }).value else { return nil }
        defer { PKCS7_free(pkcs7) }
        guard let signers = PKCS7_get0_signers(pkcs7, nil, 0) else { return nil }
        defer { OPENSSL_sk_free(signers) }
        guard qc_sk_x509_num(signers) > 0, let first = qc_sk_x509_value(signers, 0) else { return nil }
        X509_up_ref(first)
        return SigningCertificate(owning: first)
    }
}
