import Foundation
internal import COpenSSL

/// CMS (RFC 5652) detached signatures in DER, binary mode, SHA-256: the seal on every tag manifest
/// and batch seal. `openssl cms -verify -binary -inform DER -content F` accepts what `sign` makes.
package enum CMSSignature {
    /// Signs `content` with `key`; the SignedData carries `certificate` (and `chain`) so that it proves its signer
    /// alone.
    /// - Throws: `CryptoIOError` `.signFailed`.
    package static func sign(
        _ content: [UInt8],
        certificate: SigningCertificate,
        key: PrivateKey,
        chain: [SigningCertificate] = []
    ) throws(CryptoIOError) -> [UInt8] {
        let input = try MemoryBIO(reading: content)
        var extra: OpaquePointer? = nil
        if !chain.isEmpty {
            extra = qc_sk_x509_new_null()
            for certificate in chain {
                X509_up_ref(certificate.pointer)
                _ = qc_sk_x509_push(extra, certificate.pointer)
            }
        }
        defer { if let extra { qc_sk_x509_pop_free(extra) } }
        let flags = UInt32(CMS_DETACHED | CMS_BINARY)
        let signed = CMS_sign(certificate.pointer, key.pointer, extra, input.pointer, flags)
        // A key in an HSM says why it did not sign; OpenSSL only knows that it did not.
        if signed == nil, let reason = key.takeExternalFailure() {
            throw CryptoIOError(.signFailed, "The key in the HSM did not sign: \(reason)")
        }
        let cms = try checked(signed, .signFailed, "Could not make the CMS signature.", function: "CMS_sign")
        defer { CMS_ContentInfo_free(cms) }
        return try checked(
            encodeDER { i2d_CMS_ContentInfo(cms, $0) },
            .signFailed,
            "Could not encode the CMS signature.",
            function: "i2d_CMS_ContentInfo"
        )
    }

    /// The signer of a verified signature.
    package struct Signer: Sendable, Equatable {
        package var subject: String
        /// SHA-256 of the signer certificate's DER, to pin the archive's own sealing certificates.
        package var certificateSHA256: String
        /// The signer certificate's validity.
        package var notBefore: Date
        package var notAfter: Date
    }

    /// Verifies a detached signature over `content` against the trust anchors, as
    /// `openssl cms -verify -purpose any` does, and returns the signer.
    /// - Throws: `CryptoIOError` `.verifyFailed` naming what did not hold.
    /// - Parameter time: the time the signer's chain must be valid at (the time a timestamp proves
    ///   the signature existed; EN 319 102-1 validation at a past time); now when nil.
    package static func verify(
        _ signature: [UInt8],
        content: [UInt8],
        trustAnchors: [SigningCertificate],
        at time: Date? = nil
    ) throws(CryptoIOError) -> Signer {
        try verify(signature, content: content, trustAnchors: trustAnchors, trustedSigners: [], at: time)
    }

    /// The signer of a signature that verifies over `content`, without checking its chain (to say
    /// which key sealed what; `verify` is the proof).
    /// - Throws: `CryptoIOError` `.verifyFailed`.
    package static func signer(of signature: [UInt8], content: [UInt8]) throws(CryptoIOError) -> Signer {
        try verifyOnce(signature, content: content, trustAnchors: [], skipChain: true)
    }

    /// As `verify(_:content:trustAnchors:)`; when the signer is one of `trustedSigners` (SHA-256 of
    /// certificate DER whose chain already verified under the same anchors), its chain is not built again.
    static func verify(
        _ signature: [UInt8],
        content: [UInt8],
        trustAnchors: [SigningCertificate],
        trustedSigners: Set<String>,
        at time: Date? = nil
    ) throws(CryptoIOError) -> Signer {
        if !trustedSigners.isEmpty,
            let signer = try? verifyOnce(signature, content: content, trustAnchors: trustAnchors, skipChain: true),
            trustedSigners.contains(signer.certificateSHA256)
        {
            return signer
        }
        do {
            return try verifyOnce(signature, content: content, trustAnchors: trustAnchors, skipChain: false, at: time)
        } catch {
            // A signer outside its validity at that time is named with its dates, never "does not verify".
            let when = time ?? Date()
            if let signer = try? verifyOnce(signature, content: content, trustAnchors: trustAnchors, skipChain: true),
                when > signer.notAfter || when < signer.notBefore
            {
                throw CryptoIOError(
                    .certificateExpired,
                    "The signing certificate \(signer.subject) "
                        + (when > signer.notAfter ? "expired on \(utcText(signer.notAfter))" : "was not yet valid")
                        + " at \(utcText(when)).",
                    library: error.library
                )
            }
            throw error
        }
    }

    private static func verifyOnce(
        _ signature: [UInt8],
        content: [UInt8],
        trustAnchors: [SigningCertificate],
        skipChain: Bool,
        at time: Date? = nil
    ) throws(CryptoIOError) -> Signer {
        let (parsed, trailing) = decodeWholeDER(signature) { d2i_CMS_ContentInfo(nil, $0, $1) }
        let cms = try checked(
            parsed,
            .verifyFailed,
            "The signature is not a DER CMS structure.",
            function: "d2i_CMS_ContentInfo"
        )
        defer { CMS_ContentInfo_free(cms) }
        // Bytes after the structure are covered by no signature: a file that carries them is not the one signed.
        guard trailing == 0 else {
            throw CryptoIOError(.verifyFailed, "The signature has \(trailing) byte(s) after its DER structure.")
        }
        let store = try checked(
            X509_STORE_new(),
            .verifyFailed,
            "Could not allocate a trust store.",
            function: "X509_STORE_new"
        )
        defer { X509_STORE_free(store) }
        for anchor in trustAnchors { X509_STORE_add_cert(store, anchor.pointer) }
        X509_STORE_set_purpose(store, X509_PURPOSE_ANY)
        if let time, let parameters = X509_STORE_get0_param(store) {
            X509_VERIFY_PARAM_set_time(parameters, time_t(time.timeIntervalSince1970.rounded(.down)))
        }
        let data = try MemoryBIO(reading: content)
        let flags = UInt32(CMS_BINARY) | (skipChain ? UInt32(CMS_NO_SIGNER_CERT_VERIFY) : 0)
        try check(
            CMS_verify(cms, nil, store, data.pointer, nil, flags) == 1,
            .verifyFailed,
            "The CMS signature does not verify against the trust anchors.",
            function: "CMS_verify"
        )
        guard let signers = CMS_get0_signers(cms) else {
            throw CryptoIOError(.verifyFailed, "The signature names no signer.")
        }
        defer { OPENSSL_sk_free(signers) }
        guard qc_sk_x509_num(signers) > 0, let first = qc_sk_x509_value(signers, 0),
            let der = encodeDER({ i2d_X509(first, $0) })
        else { throw CryptoIOError(.verifyFailed, "The signature names no signer.") }
        return Signer(
            subject: SigningCertificate.rfc4514(X509_get_subject_name(first)),
            certificateSHA256: SHA256Digest.of(der).hex,
            notBefore: SigningCertificate.date(X509_get0_notBefore(first)),
            notAfter: SigningCertificate.date(X509_get0_notAfter(first))
        )
    }
}

/// Verifies many signatures under the same trust anchors, such as every bundle of an archive: a
/// signer certificate whose chain verified once is not chained again (its signature over each
/// content still is). Safe to share between threads.
package final class CMSVerifier: @unchecked Sendable {
    // @unchecked: `trusted` and `known` are only touched under `lock`; the anchors are immutable.
    package let trustAnchors: [SigningCertificate]
    private let lock = NSLock()
    private var trusted: Set<String> = []
    /// Signer certificates OpenSSL verified a signature of, by the SHA-256 of their DER: their
    /// key, decoded once, verifies their next signatures (`verifiedByKnownSigner`).
    private var known: [String: (certificate: SigningCertificate, signer: CMSSignature.Signer)] = [:]

    package init(trustAnchors: [SigningCertificate]) { self.trustAnchors = trustAnchors }

    /// As `CMSSignature.verify(_:content:trustAnchors:at:)`. A chain verified at one time is trusted
    /// again at that same time only (every bundle of a batch is checked at its batch's proven time).
    /// - Throws: `CryptoIOError` `.verifyFailed`, `.certificateExpired`.
    package func verify(
        _ signature: [UInt8],
        content: [UInt8],
        at time: Date? = nil
    ) throws(CryptoIOError) -> CMSSignature.Signer {
        if let signer = verifiedByKnownSigner(signature, content: content, at: time) { return signer }
        let suffix = Self.suffix(time)
        let known = lock.withLock { trusted }
        let signer = try CMSSignature.verify(
            signature,
            content: content,
            trustAnchors: trustAnchors,
            trustedSigners: Set(known.filter { $0.hasSuffix(suffix) }.map { String($0.dropLast(suffix.count)) }),
            at: time
        )
        if !known.contains(signer.certificateSHA256 + suffix) {
            lock.withLock { _ = trusted.insert(signer.certificateSHA256 + suffix) }
        }
        if let parsed = DetachedSignedData(der: signature),
            SHA256Digest.of(parsed.signerCertificate).hex == signer.certificateSHA256,
            lock.withLock({ self.known[signer.certificateSHA256] == nil }),
            let certificate = try? SigningCertificate(der: parsed.signerCertificate)
        {
            lock.withLock { self.known[signer.certificateSHA256] = (certificate, signer) }
        }
        return signer
    }

    private static func suffix(_ time: Date?) -> String {
        time.map { "@\(Int($0.timeIntervalSince1970))" } ?? "@now"
    }

    /// The signer, when `signature` has the shape of qcarchive's seals (`DetachedSignedData`), names
    /// a certificate whose chain verified at `time` and whose signature OpenSSL verified before, its
    /// message digest is the content's SHA-256, and its signature over the signed attributes
    /// verifies with that certificate's key: what `CMS_verify` checks, without decoding the
    /// certificate again. Nil otherwise (the caller then asks OpenSSL, which names what is wrong).
    package func verifiedByKnownSigner(
        _ signature: [UInt8],
        content: [UInt8],
        at time: Date?
    ) -> CMSSignature.Signer? {
        // Until a signature of the seals' shape verified through OpenSSL, none is parsed twice.
        guard lock.withLock({ !known.isEmpty }), let parsed = DetachedSignedData(der: signature) else { return nil }
        let digest = SHA256Digest.of(parsed.signerCertificate).hex
        let suffix = Self.suffix(time)
        guard let entry = lock.withLock({ trusted.contains(digest + suffix) ? known[digest] : nil }),
            SHA256Digest.of(content).bytes.elementsEqual(parsed.messageDigest),
            entry.certificate.verifiesECDSASHA256(Array(parsed.signature), over: parsed.signedAttributes)
        else { return nil }
        return entry.signer
    }
}
