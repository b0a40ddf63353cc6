import Foundation
internal import COpenSSL

/// The public-key algorithm of a certificate, as gates compare key sizes (REN-003).
package enum PublicKeyAlgorithm: String, Sendable, Codable, Equatable {
    case rsa = "RSA"
    case ec = "EC"
    case ed25519 = "Ed25519"
    case ed448 = "Ed448"
    case other
}

extension SigningCertificate {
    /// The public key's algorithm.
    package var publicKeyAlgorithm: PublicKeyAlgorithm {
        guard let key = X509_get0_pubkey(pointer) else { return .other }
        switch EVP_PKEY_get_base_id(key) {
        case EVP_PKEY_RSA, EVP_PKEY_RSA_PSS: return .rsa
        case EVP_PKEY_EC: return .ec
        case EVP_PKEY_ED25519: return .ed25519
        case EVP_PKEY_ED448: return .ed448
        default: return .other
        }
    }

    /// The public key's size in bits (RSA modulus, EC field size).
    package var publicKeyBits: Int {
        guard let key = X509_get0_pubkey(pointer) else { return 0 }
        return Int(EVP_PKEY_get_bits(key))
    }

    /// The DER value (the OCTET STRING's content) of the extension with this OID, and whether it is critical.
    package func extensionValue(oid: String) -> (der: [UInt8], critical: Bool)? {
        guard let object = OBJ_txt2obj(oid, 1) else { return nil }
        defer { ASN1_OBJECT_free(object) }
        let index = X509_get_ext_by_OBJ(pointer, object, -1)
        guard index >= 0, let ext = X509_get_ext(pointer, index), let data = X509_EXTENSION_get_data(ext) else {
            return nil
        }
        let length = Int(ASN1_STRING_length(data))
        guard length > 0, let bytes = ASN1_STRING_get0_data(data) else {
            return ([], X509_EXTENSION_get_critical(ext) == 1)
        }
        return (Array(UnsafeBufferPointer(start: bytes, count: length)), X509_EXTENSION_get_critical(ext) == 1)
    }

    /// The certificatePolicies OIDs (RFC 5280 §4.2.1.4), in order; empty without the extension.
    /// - Throws: `CryptoIOError` `.parseFailed` for a malformed extension.
    package func policyOIDs() throws(CryptoIOError) -> [String] {
        guard let value = extensionValue(oid: "2.5.29.32") else { return [] }
        return try CertificatePolicies.oids(fromDER: value.der)
    }

    /// The qcStatements (ETSI EN 319 412-5), or nil without the extension.
    /// - Throws: `CryptoIOError` `.parseFailed` for a malformed extension.
    package func qcStatements() throws(CryptoIOError) -> QCStatements? {
        guard let value = extensionValue(oid: QCStatements.extensionOID) else { return nil }
        return try QCStatements(der: value.der)
    }
}
