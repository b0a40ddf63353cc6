import Foundation
internal import COpenSSL

/// An X.509 certificate (RFC 5280) parsed by OpenSSL. Audited end-entity certificates, CA
/// certificates and the archive's own sealing and TSA certificates are all of this type.
/// Shared across workers: OpenSSL certificates are safe to read concurrently, and nothing changes
/// one after it is parsed.
package final class SigningCertificate: @unchecked Sendable {
    let pointer: OpaquePointer

    init(owning pointer: OpaquePointer) { self.pointer = pointer }

    /// Parses DER.
    /// - Throws: `CryptoIOError` `.parseFailed` for bytes that are not one whole DER certificate.
    package convenience init(der: [UInt8]) throws(CryptoIOError) {
        let parsed: OpaquePointer? = der.withUnsafeBufferPointer { buffer in
            var cursor: UnsafePointer<UInt8>? = buffer.baseAddress
            let certificate = d2i_X509(nil, &cursor, buffer.count)
            // Trailing bytes after the certificate are a malformed file, not a certificate.
            if let certificate, let cursor, let base = buffer.baseAddress, cursor - base != buffer.count {
                X509_free(certificate)
                return nil
            }
            return certificate
        }
        self.init(
            owning: try checked(
                parsed,
                .parseFailed,
                "The bytes are not a DER X.509 certificate.",
                function: "d2i_X509"
            )
        )
    }

    /// Parses the first certificate of a PEM text.
    /// - Throws: `CryptoIOError` `.parseFailed` when no PEM certificate can be read.
    package convenience init(pem: [UInt8]) throws(CryptoIOError) {
        let bio = try MemoryBIO(reading: pem)
        let parsed = PEM_read_bio_X509(bio.pointer, nil, nil, nil)
        self.init(
            owning: try checked(
                parsed,
                .parseFailed,
                "The text holds no readable PEM certificate.",
                function: "PEM_read_bio_X509"
            )
        )
    }

    /// Parses PEM when the bytes start like PEM, DER otherwise.
    package convenience init(pemOrDER bytes: [UInt8]) throws(CryptoIOError) {
        if Self.hasPEMBoundary(bytes.prefix(64)) {
            try self.init(pem: bytes)
        } else {
            try self.init(der: bytes)
        }
    }

    /// True when "-----BEGIN" starts within the bytes (a byte loop: the generic collection search cost
    /// more than reading the certificate).
    static func hasPEMBoundary(_ bytes: ArraySlice<UInt8>) -> Bool {
        let boundary = Array("-----BEGIN".utf8)
        guard bytes.count >= boundary.count else { return false }
        return (bytes.startIndex...(bytes.endIndex - boundary.count)).contains { start in
            bytes[start] == boundary[0] && bytes[start..<(start + boundary.count)].elementsEqual(boundary)
        }
    }

    /// Every PEM certificate of a text, in order (a chain or bundle file).
    package static func all(pem: [UInt8]) throws(CryptoIOError) -> [SigningCertificate] {
        let bio = try MemoryBIO(reading: pem)
        var out: [SigningCertificate] = []
        while let next = PEM_read_bio_X509(bio.pointer, nil, nil, nil) {
            out.append(SigningCertificate(owning: next))
        }
        ERR_clear_error()  // the loop ends on a "no start line" error by design
        guard !out.isEmpty else { throw CryptoIOError(.parseFailed, "The text holds no PEM certificate.") }
        return out
    }

    /// The DER encoding.
    package var der: [UInt8] { encodeDER { i2d_X509(pointer, $0) } ?? [] }

    /// The PEM encoding.
    package var pem: [UInt8] {
        guard let bio = try? MemoryBIO(), PEM_write_bio_X509(bio.pointer, pointer) == 1 else { return [] }
        return bio.bytes
    }

    /// The issuer DN in RFC 4514 form, as OpenSSL prints it with `XN_FLAG_RFC2253` but non-ASCII as UTF-8.
    package var issuer: String { Self.rfc4514(X509_get_issuer_name(pointer)) }

    /// The subject DN in RFC 4514 form.
    package var subject: String { Self.rfc4514(X509_get_subject_name(pointer)) }

    /// The serial number as lowercase hex without leading zeros (SPEC "A certificate is identified by").
    package var serialHex: String { Self.hex(of: X509_get0_serialNumber(pointer)) }

    /// An ASN.1 INTEGER as lowercase hex without leading zeros.
    static func hex(of integer: UnsafePointer<ASN1_INTEGER>?) -> String {
        guard let integer, let bn = ASN1_INTEGER_to_BN(integer, nil) else { return "" }
        defer { BN_free(bn) }
        guard let text = BN_bn2hex(bn) else { return "" }
        defer { qc_openssl_free(text) }
        var hex = String(cString: text).lowercased()
        let negative = hex.hasPrefix("-")
        if negative { hex.removeFirst() }
        while hex.count > 1 && hex.hasPrefix("0") { hex.removeFirst() }
        return negative ? "-" + hex : hex
    }

    /// The start of the validity period.
    package var notBefore: Date { Self.date(X509_get0_notBefore(pointer)) }

    /// The end of the validity period (inclusive, RFC 5280 §4.1.2.5).
    package var notAfter: Date { Self.date(X509_get0_notAfter(pointer)) }

    /// The DER SubjectPublicKeyInfo.
    package var subjectPublicKeyInfo: [UInt8] {
        encodeDER { i2d_X509_PUBKEY(X509_get_X509_PUBKEY(pointer), $0) } ?? []
    }

    /// True when this certificate's signature verifies with `issuer`'s public key and the names chain.
    package func isSigned(by issuer: SigningCertificate) -> Bool {
        guard X509_NAME_cmp(X509_get_issuer_name(pointer), X509_get_subject_name(issuer.pointer)) == 0,
            let key = X509_get0_pubkey(issuer.pointer)
        else { return false }
        let ok = X509_verify(pointer, key) == 1
        ERR_clear_error()
        return ok
    }

    /// True when the ECDSA `signature` over the SHA-256 of `message` verifies with this
    /// certificate's public key, and that key is an EC key.
    func verifiesECDSASHA256(_ signature: [UInt8], over message: [UInt8]) -> Bool {
        defer { ERR_clear_error() }
        guard let key = X509_get0_pubkey(pointer), EVP_PKEY_get_base_id(key) == EVP_PKEY_EC,
            let context = EVP_MD_CTX_new()
        else { return false }
        defer { EVP_MD_CTX_free(context) }
        guard EVP_DigestVerifyInit(context, nil, EVP_sha256(), nil, key) == 1 else { return false }
        return EVP_DigestVerify(context, signature, signature.count, message, message.count) == 1
    }

    deinit { X509_free(pointer) }

    static func rfc4514(_ name: OpaquePointer?) -> String {
        guard let name, let bio = try? MemoryBIO() else { return "" }
        guard X509_NAME_print_ex(bio.pointer, name, 0, qc_xn_flag_rfc2253_utf8()) >= 0 else { return "" }
        return String(decoding: bio.bytes, as: UTF8.self)
    }

    static func date(_ time: UnsafePointer<ASN1_TIME>?) -> Date {
        var parts = tm()
        guard let time, ASN1_TIME_to_tm(time, &parts) == 1 else { return Date(timeIntervalSince1970: 0) }
        return Date(timeIntervalSince1970: TimeInterval(timegm(&parts)))
    }
}
