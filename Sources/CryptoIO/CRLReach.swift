import Foundation
internal import COpenSSL
import SwiftASN1

/// What a CRL says about its own reach (RFC 5280 §5.2.4 and §5.2.5): a delta CRL
/// (deltaCRLIndicator) lists only what changed since its base; a CRL with an
/// issuingDistributionPoint covers only the certificates, kinds and reasons it names (a partition).
package struct CRLReach: Sendable, Equatable {
    /// The BaseCRLNumber of a delta CRL, in decimal; nil for a complete CRL.
    package var baseCRLNumber: String?
    /// The issuingDistributionPoint's full-name URIs (empty: every distribution point).
    package var distributionPoints: [String] = []
    package var onlyUserCertificates = false
    package var onlyCACertificates = false
    package var onlyAttributeCertificates = false
    package var indirect = false
    /// The reasons a reason-partitioned CRL covers (RFC 5280 names); nil: every reason.
    package var onlySomeReasons: [String]?

    /// The reason names of ReasonFlags' bits (RFC 5280 §4.2.1.13), bit 0 unused.
    static let reasonBits = [
        "unused", "keyCompromise", "cACompromise", "affiliationChanged", "superseded", "cessationOfOperation",
        "certificateHold", "privilegeWithdrawn", "aACompromise",
    ]

    package init() {}

    /// - Throws: `CryptoIOError` `.parseFailed` for a malformed deltaCRLIndicator or issuingDistributionPoint.
    package init(of crl: RevocationList) throws(CryptoIOError) {
        do {
            if let delta = crl.extensionValue(oid: "2.5.29.27") {
                guard case .primitive(let bytes) = try DER.parse(delta.der).content else {
                    throw ASN1Error.invalidASN1Object(reason: "BaseCRLNumber is not an INTEGER")
                }
                baseCRLNumber = Self.decimal(Array(bytes))
            }
            if let point = crl.extensionValue(oid: "2.5.29.28") {
                try read(issuingDistributionPoint: point.der)
            }
        } catch let error as CryptoIOError {
            throw error
        } catch {
            throw CryptoIOError(
                .parseFailed,
                "The CRL's deltaCRLIndicator or issuingDistributionPoint is malformed: \(error)."
            )
        }
    }

    /// ```
    /// IssuingDistributionPoint ::= SEQUENCE {
    ///      distributionPoint          [0] DistributionPointName OPTIONAL,
    ///      onlyContainsUserCerts      [1] BOOLEAN DEFAULT FALSE,
    ///      onlyContainsCACerts        [2] BOOLEAN DEFAULT FALSE,
    ///      onlySomeReasons            [3] ReasonFlags OPTIONAL,
    ///      indirectCRL                [4] BOOLEAN DEFAULT FALSE,
    ///      onlyContainsAttributeCerts [5] BOOLEAN DEFAULT FALSE }
    /// ```
    private mutating func read(issuingDistributionPoint der: [UInt8]) throws {
        for field in try DistributionPoints.children(of: DER.parse(der)) {
            func flag() -> Bool {
                if case .primitive(let bytes) = field.content { return bytes.first.map { $0 != 0 } ?? false }
                return false
            }
            switch field.identifier {
            case DistributionPoints.context(0): distributionPoints = try DistributionPoints.uris(ofName: field)
            case DistributionPoints.context(1): onlyUserCertificates = flag()
            case DistributionPoints.context(2): onlyCACertificates = flag()
            case DistributionPoints.context(3):
                guard case .primitive(let bytes) = field.content, let unused = bytes.first else { continue }
                let bits = Array(bytes.dropFirst())
                var reasons: [String] = []
                for index in 1..<Self.reasonBits.count where index < bits.count * 8 - Int(unused) {
                    if bits[index / 8] & (0x80 >> UInt8(index % 8)) != 0 { reasons.append(Self.reasonBits[index]) }
                }
                onlySomeReasons = reasons
            case DistributionPoints.context(4): indirect = flag()
            case DistributionPoints.context(5): onlyAttributeCertificates = flag()
            default: continue
            }
        }
    }

    /// A non-negative INTEGER's content octets in decimal.
    static func decimal(_ bytes: [UInt8]) -> String {
        var digits: [UInt8] = []  // little-endian base-10
        for byte in bytes {
            var carry = Int(byte)
            for index in digits.indices {
                let value = Int(digits[index]) * 256 + carry
                digits[index] = UInt8(value % 10)
                carry = value / 10
            }
            while carry > 0 {
                digits.append(UInt8(carry % 10))
                carry /= 10
            }
        }
        return digits.isEmpty ? "0" : String(digits.reversed().map { Character(String($0)) })
    }
}

extension RevocationList {
    /// One extension of the list: its value's DER and whether it is critical; nil when absent.
    package func extensionValue(oid: String) -> (der: [UInt8], critical: Bool)? {
        guard let object = OBJ_txt2obj(oid, 1) else { return nil }
        defer { ASN1_OBJECT_free(object) }
        let index = X509_CRL_get_ext_by_OBJ(pointer, object, -1)
        guard index >= 0, let ext = X509_CRL_get_ext(pointer, index), let data = X509_EXTENSION_get_data(ext) else {
            return nil
        }
        let length = Int(ASN1_STRING_length(data))
        guard length > 0, let bytes = ASN1_STRING_get0_data(data) else {
            return ([], X509_EXTENSION_get_critical(ext) == 1)
        }
        return (Array(UnsafeBufferPointer(start: bytes, count: length)), X509_EXTENSION_get_critical(ext) == 1)
    }
}
