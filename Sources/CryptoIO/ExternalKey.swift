import Foundation
import Synchronization
internal import COpenSSL

/// Makes ECDSA signatures outside OpenSSL, e.g. in an HSM: given a digest, the signature as r ‖ s
/// (each half as wide as the curve's order), as PKCS#11's CKM_ECDSA returns it.
package protocol DigestSigner: Sendable {
    func signDigest(_ digest: [UInt8]) throws -> [UInt8]
}

/// What `PrivateKey.external` keeps beside the OpenSSL key: the signer and, per thread, why its last
/// signature failed (OpenSSL only learns that it did).
final class ExternalSigning: Sendable {
    let signer: any DigestSigner
    private let failures = Mutex<[UInt: String]>([:])

    init(signer: any DigestSigner) { self.signer = signer }

    /// The ex-data slot of EC keys that holds this object, and the method that signs through it.
    static let index = qc_ec_key_ex_index()
    nonisolated(unsafe) static let method: OpaquePointer? = qc_ec_key_method_new { digest, length, _, _, key in
        guard let key, let digest, let context = qc_external_ec_context(key, ExternalSigning.index) else { return nil }
        let signing = Unmanaged<ExternalSigning>.fromOpaque(context).takeUnretainedValue()
        return signing.sign(Array(UnsafeBufferPointer(start: digest, count: Int(length))), key: key)
    }

    private func sign(_ digest: [UInt8], key: OpaquePointer) -> OpaquePointer? {
        let thread = Self.currentThread
        do {
            let rs = try signer.signDigest(digest)
            let half = Int(qc_ec_key_order_bytes(key))
            guard rs.count == 2 * half, let signature = ECDSA_SIG_new() else {
                failures.withLock { $0[thread] = "the signer returned \(rs.count) bytes, not r ‖ s of \(2 * half)" }
                return nil
            }
            let r = BN_bin2bn(rs, Int32(half), nil)
            let s = rs.withUnsafeBufferPointer { BN_bin2bn($0.baseAddress! + half, Int32(half), nil) }
            guard let r, let s, ECDSA_SIG_set0(signature, r, s) == 1 else {
                BN_free(r)
                BN_free(s)
                ECDSA_SIG_free(signature)
                return nil
            }
            failures.withLock { $0[thread] = nil }
            return signature
        } catch {
            failures.withLock { $0[thread] = "\(error)" }
            return nil
        }
    }

    private static var currentThread: UInt {
        #if os(Linux)
        UInt(pthread_self())
        #else
        UInt(bitPattern: pthread_self())
        #endif
    }

    /// Why the last signature on this thread failed, once.
    func takeFailure() -> String? {
        let thread = Self.currentThread
        return failures.withLock { $0.removeValue(forKey: thread) }
    }
}

extension PrivateKey {
    /// A key whose public half is `certificate`'s and whose ECDSA signatures `signer` makes: it signs
    /// wherever a file key does (CMS seals, the local TSA's tokens), and it can never be written out.
    /// - Throws: `CryptoIOError` `.keyFailed` when the certificate's key is not an EC key.
    package static func external(
        certificate: SigningCertificate,
        signer: any DigestSigner
    ) throws(CryptoIOError) -> PrivateKey {
        let signing = ExternalSigning(signer: signer)
        let publicKey = try checked(
            X509_get0_pubkey(certificate.pointer),
            .keyFailed,
            "The certificate \(certificate.subject) has no readable public key.",
            function: "X509_get0_pubkey"
        )
        let key = try checked(
            qc_external_ec_pkey(
                publicKey,
                ExternalSigning.method,
                ExternalSigning.index,
                Unmanaged.passUnretained(signing).toOpaque()
            ),
            .keyFailed,
            "The certificate \(certificate.subject) does not hold an EC public key; a key in an HSM signs with ECDSA.",
            function: "EC_KEY_set_method"
        )
        return PrivateKey(owning: key, external: signing)
    }

    /// Why the external signer's last signature on this thread failed (an HSM's own message), once;
    /// nil for a file key.
    func takeExternalFailure() -> String? { external?.takeFailure() }
}
