import Foundation
internal import COpenSSL

/// An in-process RFC 3161 time-stamp authority (OpenSSL's TS responder) with the archive's demo
/// TSA key: SHA-256 signer and ESS certificate id, 1 s accuracy, random 128-bit serials, the
/// TSA certificate in the token when asked. Not a qualified TSA.
package final class LocalTimeStampAuthority {
    /// The TSA policy of the demo authority (under the X.660 example arc 2.999).
    package static let demoPolicy = "2.999.3161.1"

    private let context: OpaquePointer
    private let key: PrivateKey
    private let certificate: SigningCertificate

    /// - Throws: `CryptoIOError` `.timestampFailed` when OpenSSL refuses the certificate (it needs
    ///   critical extendedKeyUsage timeStamping) or the key.
    package convenience init(keyPEM: [UInt8], certificatePEM: [UInt8]) throws(CryptoIOError) {
        try self.init(key: try PrivateKey(pem: keyPEM), certificatePEM: certificatePEM)
    }

    /// A responder that signs with `key` (a file's, or one held in an HSM: `PrivateKey.external`).
    /// - Throws: `CryptoIOError` `.timestampFailed`.
    package init(key: PrivateKey, certificatePEM: [UInt8]) throws(CryptoIOError) {
        self.key = key
        let certificates = try SigningCertificate.all(pem: certificatePEM)
        certificate = certificates[0]
        context = try checked(
            TS_RESP_CTX_new(),
            .timestampFailed,
            "Could not allocate a TSA context.",
            function: "TS_RESP_CTX_new"
        )
        let policy = OBJ_txt2obj(Self.demoPolicy, 1)
        defer { ASN1_OBJECT_free(policy) }
        try check(
            TS_RESP_CTX_set_signer_cert(context, certificate.pointer) == 1,
            .timestampFailed,
            "The TSA certificate is refused (it needs critical extendedKeyUsage timeStamping).",
            function: "TS_RESP_CTX_set_signer_cert"
        )
        try check(
            TS_RESP_CTX_set_signer_key(context, key.pointer) == 1
                && TS_RESP_CTX_set_signer_digest(context, EVP_sha256()) == 1
                && TS_RESP_CTX_set_ess_cert_id_digest(context, EVP_sha256()) == 1
                && TS_RESP_CTX_set_def_policy(context, policy) == 1
                && TS_RESP_CTX_add_md(context, EVP_sha256()) == 1 && TS_RESP_CTX_add_md(context, EVP_sha384()) == 1
                && TS_RESP_CTX_add_md(context, EVP_sha512()) == 1 && TS_RESP_CTX_set_accuracy(context, 1, 0, 0) == 1,
            .timestampFailed,
            "Could not configure the TSA.",
            function: "TS_RESP_CTX_set_*"
        )
        TS_RESP_CTX_set_serial_cb(
            context,
            { _, _ in
                var random = [UInt8](repeating: 0, count: 16)
                guard RAND_bytes(&random, 16) == 1 else { return nil }
                random[0] &= 0x7f
                guard let bn = BN_bin2bn(random, 16, nil) else { return nil }
                defer { BN_free(bn) }
                return BN_to_ASN1_INTEGER(bn, nil)
            },
            nil
        )
    }

    deinit { TS_RESP_CTX_free(context) }

    /// Answers a DER TimeStampReq with a DER TimeStampResp.
    /// - Throws: `CryptoIOError` `.timestampFailed`.
    package func respond(to request: [UInt8]) throws(CryptoIOError) -> [UInt8] {
        let input = try MemoryBIO(reading: request)
        let created = TS_RESP_create_response(context, input.pointer)
        // A signature that failed (a key in an HSM gone away) is answered with a rejection, not NULL.
        if let reason = key.takeExternalFailure() {
            if let created { TS_RESP_free(created) }
            throw CryptoIOError(.timestampFailed, "The TSA key in the HSM did not sign: \(reason)")
        }
        let response = try checked(
            created,
            .timestampFailed,
            "The TSA could not answer.",
            function: "TS_RESP_create_response"
        )
        defer { TS_RESP_free(response) }
        return try checked(
            encodeDER { i2d_TS_RESP(response, $0) },
            .timestampFailed,
            "Could not encode the response.",
            function: "i2d_TS_RESP"
        )
    }
}
