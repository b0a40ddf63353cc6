import Foundation
internal import COpenSSL

/// One SingleResponse of a raw OCSP response (RFC 6960 §4.2.1), with its issuer resolved.
package struct OCSPAnswer: Sendable, Equatable {
    package enum Status: String, Sendable { case good, revoked, unknown }

    /// The issuer DN of the CA certificate whose name and key hashes match the CertID, nil when none matched.
    package var issuer: String?
    package var serialHex: String
    package var status: Status
    package var producedAt: Date
    package var revocationTime: Date?
    package var revocationReason: String?
    /// The ResponderID: a DN, or `keyHash:<hex>`.
    package var responder: String
}

/// Reads raw DER OCSPResponse files (`status/ocsp/*.der`).
package enum OCSPResponseParser {
    /// The single responses of a successful basic OCSP response.
    /// - Parameter issuers: candidate CA certificates to resolve each CertID's issuer hashes against.
    /// - Throws: `CryptoIOError` `.parseFailed` for bytes that are not a successful basic OCSP response.
    package static func answers(der: [UInt8], issuers: [SigningCertificate]) throws(CryptoIOError) -> [OCSPAnswer] {
        let parsed: OpaquePointer? = der.withUnsafeBufferPointer { buffer in
            var cursor: UnsafePointer<UInt8>? = buffer.baseAddress
            return d2i_OCSP_RESPONSE(nil, &cursor, buffer.count)
        }
        let response = try checked(
            parsed,
            .parseFailed,
            "The bytes are not a DER OCSP response.",
            function: "d2i_OCSP_RESPONSE"
        )
        defer { OCSP_RESPONSE_free(response) }
        let status = OCSP_response_status(response)
        guard status == OCSP_RESPONSE_STATUS_SUCCESSFUL else {
            throw CryptoIOError(
                .parseFailed,
                "The OCSP response has status \(status), not successful; it carries no certificate status."
            )
        }
        let basic = try checked(
            OCSP_response_get1_basic(response),
            .parseFailed,
            "The OCSP response is not a basic response.",
            function: "OCSP_response_get1_basic"
        )
        defer { OCSP_BASICRESP_free(basic) }
        let producedAt = SigningCertificate.date(OCSP_resp_get0_produced_at(basic))
        let responder = responderID(basic)
        var out: [OCSPAnswer] = []
        for index in 0..<OCSP_resp_count(basic) {
            guard let single = OCSP_resp_get0(basic, index), let certificateID = OCSP_SINGLERESP_get0_id(single) else {
                continue
            }
            var serial: UnsafeMutablePointer<ASN1_INTEGER>? = nil
            var hashAlgorithm: OpaquePointer? = nil
            _ = OCSP_id_get0_info(nil, &hashAlgorithm, nil, &serial, certificateID)
            var reasonCode: Int32 = -1
            var revoked: UnsafeMutablePointer<ASN1_GENERALIZEDTIME>? = nil
            var thisUpdate: UnsafeMutablePointer<ASN1_GENERALIZEDTIME>? = nil
            var nextUpdate: UnsafeMutablePointer<ASN1_GENERALIZEDTIME>? = nil
            let code = OCSP_single_get0_status(single, &reasonCode, &revoked, &thisUpdate, &nextUpdate)
            let answerStatus: OCSPAnswer.Status =
                code == V_OCSP_CERTSTATUS_GOOD ? .good : code == V_OCSP_CERTSTATUS_REVOKED ? .revoked : .unknown
            out.append(
                OCSPAnswer(
                    issuer: resolveIssuer(
                        certificateID,
                        hashAlgorithm: hashAlgorithm,
                        serial: serial,
                        candidates: issuers
                    ),
                    serialHex: SigningCertificate.hex(of: serial),
                    status: answerStatus,
                    producedAt: producedAt,
                    revocationTime: revoked.map { SigningCertificate.date($0) },
                    revocationReason: reasonCode >= 0 ? RevocationReason.name(Int(reasonCode)) : nil,
                    responder: responder
                )
            )
        }
        return out
    }

    private static func resolveIssuer(
        _ certificateID: OpaquePointer,
        hashAlgorithm: OpaquePointer?,
        serial: UnsafeMutablePointer<ASN1_INTEGER>?,
        candidates: [SigningCertificate]
    ) -> String? {
        guard let hashAlgorithm, let digest = EVP_get_digestbyname(OBJ_nid2sn(OBJ_obj2nid(hashAlgorithm))) else {
            return nil
        }
        for candidate in candidates {
            guard
                let own = OCSP_cert_id_new(
                    digest,
                    X509_get_subject_name(candidate.pointer),
                    X509_get0_pubkey_bitstr(candidate.pointer),
                    serial
                )
            else { continue }
            defer { OCSP_CERTID_free(own) }
            if OCSP_id_issuer_cmp(own, certificateID) == 0 { return candidate.subject }
        }
        return nil
    }

    private static func responderID(_ basic: OpaquePointer) -> String {
        var keyHash: UnsafePointer<ASN1_OCTET_STRING>? = nil
        var name: OpaquePointer? = nil
        guard OCSP_resp_get0_id(basic, &keyHash, &name) == 1 else { return "" }
        if let name { return SigningCertificate.rfc4514(name) }
        if let keyHash, let bytes = ASN1_STRING_get0_data(keyHash) {
            return "keyHash:" + Hex.encode(UnsafeBufferPointer(start: bytes, count: Int(ASN1_STRING_length(keyHash))))
        }
        return ""
    }
}
