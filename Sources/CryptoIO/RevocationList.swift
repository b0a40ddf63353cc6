import Foundation
internal import COpenSSL

/// A certificate revocation list (RFC 5280 §5) parsed by OpenSSL.
package final class RevocationList {
    /// One revoked certificate of the list.
    package struct Entry: Sendable, Equatable {
        package var serialHex: String
        package var revocationDate: Date
        /// The RFC 5280 reason name (`keyCompromise`, `certificateHold`, …), nil without the extension.
        package var reason: String?
    }

    let pointer: OpaquePointer

    private init(owning pointer: OpaquePointer) { self.pointer = pointer }

    /// Parses PEM when the bytes look like PEM, DER otherwise.
    /// - Throws: `CryptoIOError` `.parseFailed` for bytes that are not one whole CRL.
    package convenience init(pemOrDER bytes: [UInt8]) throws(CryptoIOError) {
        if bytes.prefix(64).contains(Array("-----BEGIN".utf8)) {
            let bio = try MemoryBIO(reading: bytes)
            self.init(
                owning: try checked(
                    PEM_read_bio_X509_CRL(bio.pointer, nil, nil, nil),
                    .parseFailed,
                    "The text holds no readable PEM CRL.",
                    function: "PEM_read_bio_X509_CRL"
                )
            )
        } else {
            let parsed: OpaquePointer? = bytes.withUnsafeBufferPointer { buffer in
                var cursor: UnsafePointer<UInt8>? = buffer.baseAddress
                let crl = d2i_X509_CRL(nil, &cursor, buffer.count)
                if let crl, let cursor, let base = buffer.baseAddress, cursor - base != buffer.count {
                    X509_CRL_free(crl)
                    return nil
                }
                return crl
            }
            self.init(
                owning: try checked(
                    parsed,
                    .parseFailed,
                    "The bytes are not a DER CRL (truncated or malformed).",
                    function: "d2i_X509_CRL"
                )
            )
        }
    }

    deinit { X509_CRL_free(pointer) }

    /// The DER encoding.
    package var der: [UInt8] { encodeDER { i2d_X509_CRL(pointer, $0) } ?? [] }

    /// The issuer DN in RFC 4514 form.
    package var issuer: String { SigningCertificate.rfc4514(X509_CRL_get_issuer(pointer)) }

    package var thisUpdate: Date { SigningCertificate.date(X509_CRL_get0_lastUpdate(pointer)) }

    package var nextUpdate: Date? { X509_CRL_get0_nextUpdate(pointer).map { SigningCertificate.date($0) } }

    /// The cRLNumber extension (RFC 5280 §5.2.3) in decimal, nil when absent.
    package var crlNumber: String? {
        guard let raw = X509_CRL_get_ext_d2i(pointer, NID_crl_number, nil, nil) else { return nil }
        let number = raw.assumingMemoryBound(to: ASN1_INTEGER.self)
        defer { ASN1_INTEGER_free(number) }
        guard let bn = ASN1_INTEGER_to_BN(number, nil) else { return nil }
        defer { BN_free(bn) }
        guard let text = BN_bn2dec(bn) else { return nil }
        defer { qc_openssl_free(text) }
        return String(cString: text)
    }

    /// True when the list's signature verifies with `issuer`'s key and the names match.
    package func isSigned(by issuer: SigningCertificate) -> Bool {
        guard X509_NAME_cmp(X509_CRL_get_issuer(pointer), X509_get_subject_name(issuer.pointer)) == 0,
            let key = X509_get0_pubkey(issuer.pointer)
        else { return false }
        let ok = X509_CRL_verify(pointer, key) == 1
        ERR_clear_error()
        return ok
    }

    /// Every revoked certificate, in list order.
    package var entries: [Entry] {
        guard let revoked = X509_CRL_get_REVOKED(pointer) else { return [] }
        var out: [Entry] = []
        for index in 0..<qc_sk_revoked_num(revoked) {
            guard let item = qc_sk_revoked_value(revoked, index) else { continue }
            var reason: String? = nil
            if let raw = X509_REVOKED_get_ext_d2i(item, NID_crl_reason, nil, nil) {
                let code = raw.assumingMemoryBound(to: ASN1_ENUMERATED.self)
                reason = RevocationReason.name(Int(ASN1_ENUMERATED_get(code)))
                ASN1_ENUMERATED_free(code)
            }
            out.append(
                Entry(
                    serialHex: SigningCertificate.hex(of: X509_REVOKED_get0_serialNumber(item)),
                    revocationDate: SigningCertificate.date(X509_REVOKED_get0_revocationDate(item)),
                    reason: reason
                )
            )
        }
        return out
    }
}

/// RFC 5280 §5.3.1 CRLReason names by code.
package enum RevocationReason {
    package static let names = [
        0: "unspecified", 1: "keyCompromise", 2: "cACompromise", 3: "affiliationChanged", 4: "superseded",
        5: "cessationOfOperation", 6: "certificateHold", 8: "removeFromCRL", 9: "privilegeWithdrawn",
        10: "aACompromise",
    ]

    package static func name(_ code: Int) -> String { names[code] ?? "reason-\(code)" }
}
