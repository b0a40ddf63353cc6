import Foundation
internal import COpenSSL

/// Asks an OCSP responder about one certificate (RFC 6960), for the validation data sealed with a
/// batch: the request, and the check that an answer is signed by the certificate's issuer or by a
/// responder the issuer delegated (id-kp-OCSPSigning).
package enum OCSPStatusRequest {
    /// A DER OCSPRequest for `certificate` (CertID with SHA-1, as RFC 6960 responders must accept), no nonce.
    /// - Throws: `CryptoIOError` `.certificateFailed`.
    package static func request(
        for certificate: SigningCertificate,
        issuer: SigningCertificate
    ) throws(CryptoIOError) -> [UInt8] {
        let request = try checked(
            OCSP_REQUEST_new(),
            .certificateFailed,
            "Could not allocate an OCSP request.",
            function: "OCSP_REQUEST_new"
        )
        defer { OCSP_REQUEST_free(request) }
        let identifier = try checked(
            OCSP_cert_to_id(nil, certificate.pointer, issuer.pointer),
            .certificateFailed,
            "Could not name \(certificate.subject) for an OCSP request.",
            function: "OCSP_cert_to_id"
        )
        guard OCSP_request_add0_id(request, identifier) != nil else {
            OCSP_CERTID_free(identifier)
            throw CryptoIOError(.certificateFailed, "Could not add the certificate to the OCSP request.")
        }
        guard let der = encodeDER({ i2d_OCSP_REQUEST(request, $0) }) else {
            throw CryptoIOError(.certificateFailed, "Could not encode the OCSP request.")
        }
        return der
    }

    /// True when `der` is a successful basic OCSP response whose signature verifies by `issuer`, or
    /// by a responder certificate it carries that `issuer` certified for OCSP signing, with the
    /// responder's certificate valid at `time` (when the answer was collected, not today).
    package static func isSigned(_ der: [UInt8], by issuer: SigningCertificate, at time: Date) -> Bool {
        let parsed: OpaquePointer? = der.withUnsafeBufferPointer { buffer in
            var cursor: UnsafePointer<UInt8>? = buffer.baseAddress
            return d2i_OCSP_RESPONSE(nil, &cursor, buffer.count)
        }
        guard let response = parsed else { return false }
        defer { OCSP_RESPONSE_free(response) }
        guard let basic = OCSP_response_get1_basic(response) else { return false }
        defer { OCSP_BASICRESP_free(basic) }
        guard let store = X509_STORE_new(), let certificates = qc_sk_x509_new_null() else { return false }
        defer {
            X509_STORE_free(store)
            qc_sk_x509_pop_free(certificates)
        }
        // The issuer is the anchor whatever its own chain (an intermediate CA is trusted here).
        guard X509_STORE_add_cert(store, issuer.pointer) == 1,
            X509_STORE_set_flags(store, UInt(X509_V_FLAG_PARTIAL_CHAIN)) == 1,
            let parameters = X509_STORE_get0_param(store),
            X509_up_ref(issuer.pointer) == 1
        else { return false }
        X509_VERIFY_PARAM_set_time(parameters, time_t(time.timeIntervalSince1970))
        guard qc_sk_x509_push(certificates, issuer.pointer) > 0 else {
            X509_free(issuer.pointer)
            return false
        }
        return OCSP_basic_verify(basic, certificates, store, 0) == 1
    }
}
