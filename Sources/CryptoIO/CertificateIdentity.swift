internal import COpenSSL
import SwiftASN1

/// A certificate's issuer and serial number, read from its DER without decoding the rest: OpenSSL 3
/// decodes the public key of every certificate it parses (through its provider decoders, under
/// locks), which cost `verify` a fifth of its time for two names it only compares. The issuer is
/// printed by OpenSSL from the Name's own bytes, so it reads exactly as `SigningCertificate.issuer`.
package struct CertificateIdentity: Sendable, Equatable {
    /// As `SigningCertificate.issuer`.
    package let issuer: String
    /// As `SigningCertificate.serialHex`.
    package let serialHex: String

    /// Reads strict DER; a certificate OpenSSL accepts in another encoding (a CA's long-form
    /// lengths, kept as issued) is read by OpenSSL in full instead.
    /// - Throws: `CryptoIOError` `.parseFailed` for bytes that are not one whole certificate.
    package init(der: [UInt8]) throws(CryptoIOError) {
        guard let (serial, issuerDER) = try? Self.fields(der), let issuer = Self.printedName(issuerDER) else {
            let certificate = try SigningCertificate(der: der)
            self.init(issuer: certificate.issuer, serialHex: certificate.serialHex)
            return
        }
        self.init(issuer: issuer, serialHex: Self.hex(serial))
    }

    private init(issuer: String, serialHex: String) {
        self.issuer = issuer
        self.serialHex = serialHex
    }

    private struct Shape: Error {}

    /// The serial's content octets and the issuer Name's DER.
    private static func fields(_ der: [UInt8]) throws -> (ArraySlice<UInt8>, ArraySlice<UInt8>) {
        let root = try DER.parse(der)
        guard root.identifier == .sequence, case .constructed(let nodes) = root.content,
            case let certificate = Array(nodes), certificate.count == 3, certificate[0].identifier == .sequence,
            certificate[1].identifier == .sequence, certificate[2].identifier == .bitString,
            case .constructed(let tbs) = certificate[0].content
        else { throw Shape() }
        var fields = Array(tbs)[...]
        // version [0] EXPLICIT, absent for v1.
        if fields.first?.identifier == ASN1Identifier(tagWithNumber: 0, tagClass: .contextSpecific) {
            fields = fields.dropFirst()
        }
        guard fields.count >= 3, fields[fields.startIndex].identifier == .integer,
            case .primitive(let serial) = fields[fields.startIndex].content, !serial.isEmpty,
            fields[fields.startIndex + 1].identifier == .sequence, fields[fields.startIndex + 2].identifier == .sequence
        else { throw Shape() }
        return (serial, fields[fields.startIndex + 2].encodedBytes)
    }

    /// The Name printed as `SigningCertificate.rfc4514` prints it.
    private static func printedName(_ der: ArraySlice<UInt8>) -> String? {
        let bytes = Array(der)
        let (name, trailing) = decodeWholeDER(bytes) { d2i_X509_NAME(nil, $0, $1) }
        guard let name else { return nil }
        defer { X509_NAME_free(name) }
        return trailing == 0 ? SigningCertificate.rfc4514(name) : nil
    }

    /// Two's-complement content octets as lowercase hex without leading zeros, a minus sign before
    /// a negative number's magnitude (as OpenSSL's `BN_bn2hex`).
    static func hex(_ octets: ArraySlice<UInt8>) -> String {
        var magnitude = Array(octets)
        let negative = (magnitude.first ?? 0) & 0x80 != 0
        if negative {
            // Magnitude = two's complement: invert every bit and add one.
            var carry = 1
            for index in magnitude.indices.reversed() {
                let sum = Int(~magnitude[index]) + carry
                magnitude[index] = UInt8(truncatingIfNeeded: sum)
                carry = sum >> 8
            }
        }
        var text = Hex.encode(magnitude)
        while text.count > 1 && text.hasPrefix("0") { text.removeFirst() }
        return negative ? "-" + text : text
    }
}
