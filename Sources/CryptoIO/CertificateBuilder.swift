import Foundation
internal import COpenSSL

/// Issues X.509 v3 certificates, for the archive's own demo sealing and TSA keys (`qcarchive init`).
/// Audited certificates are never made here: they come from the QTSP's CA in the drop.
package struct CertificateBuilder {
    /// The subject's RDNs from least to most specific, e.g. `[("C","BE"),("O","…"),("CN","…")]`.
    package var subject: [(String, String)]
    package var notBefore: Date
    package var notAfter: Date
    /// X.509 v3 extensions in OpenSSL's configuration syntax, e.g. `("basicConstraints", "critical,CA:TRUE")`.
    package var extensions: [(String, String)]
    /// A fixed serial (big-endian bytes, positive); a random 128-bit serial when nil.
    package var serial: [UInt8]?

    package init(
        subject: [(String, String)],
        notBefore: Date,
        notAfter: Date,
        extensions: [(String, String)],
        serial: [UInt8]? = nil
    ) {
        self.serial = serial
        self.subject = subject
        self.notBefore = notBefore
        self.notAfter = notAfter
        self.extensions = extensions
    }

    /// Signs a certificate for `subjectKey`'s public key with `issuerKey` (SHA-256), under
    /// `issuer`'s name, or self-signed when `issuer` is nil.
    /// - Throws: `CryptoIOError` `.certificateFailed`.
    package func issue(
        for subjectKey: PrivateKey,
        issuer: SigningCertificate?,
        issuerKey: PrivateKey
    ) throws(CryptoIOError) -> SigningCertificate {
        let certificate = SigningCertificate(
            owning: try checked(
                X509_new(),
                .certificateFailed,
                "Could not allocate a certificate.",
                function: "X509_new"
            )
        )
        let x = certificate.pointer
        try check(
            X509_set_version(x, 2) == 1,
            .certificateFailed,
            "Could not set the version.",
            function: "X509_set_version"
        )
        try setSerial(x)
        var start = time_t(notBefore.timeIntervalSince1970)
        var end = time_t(notAfter.timeIntervalSince1970)
        try check(
            X509_time_adj_ex(X509_getm_notBefore(x), 0, 0, &start) != nil
                && X509_time_adj_ex(X509_getm_notAfter(x), 0, 0, &end) != nil,
            .certificateFailed,
            "Could not set the validity period.",
            function: "X509_time_adj_ex"
        )

        let name = try checked(
            X509_NAME_new(),
            .certificateFailed,
            "Could not allocate a name.",
            function: "X509_NAME_new"
        )
        defer { X509_NAME_free(name) }
        for (field, value) in subject {
            try check(
                X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8, value, -1, -1, 0) == 1,
                .certificateFailed,
                "Could not set subject attribute \(field).",
                function: "X509_NAME_add_entry_by_txt"
            )
        }
        try check(
            X509_set_subject_name(x, name) == 1,
            .certificateFailed,
            "Could not set the subject.",
            function: "X509_set_subject_name"
        )
        let issuerName = issuer.map { X509_get_subject_name($0.pointer) } ?? name
        try check(
            X509_set_issuer_name(x, issuerName) == 1,
            .certificateFailed,
            "Could not set the issuer.",
            function: "X509_set_issuer_name"
        )
        try check(
            X509_set_pubkey(x, subjectKey.pointer) == 1,
            .certificateFailed,
            "Could not set the public key.",
            function: "X509_set_pubkey"
        )

        var context = X509V3_CTX()
        X509V3_set_ctx(&context, issuer?.pointer ?? x, x, nil, nil, 0)
        for (extensionName, value) in extensions {
            let made = try checked(
                X509V3_EXT_nconf(nil, &context, extensionName, value),
                .certificateFailed,
                "Could not build extension \(extensionName)=\(value).",
                function: "X509V3_EXT_nconf"
            )
            defer { X509_EXTENSION_free(made) }
            try check(
                X509_add_ext(x, made, -1) == 1,
                .certificateFailed,
                "Could not add extension \(extensionName).",
                function: "X509_add_ext"
            )
        }
        // Ed25519 signs without a separate digest (RFC 8410); ECDSA and RSA with SHA-256.
        let digest = issuerKey.isEdwards ? nil : EVP_sha256()
        try check(
            X509_sign(x, issuerKey.pointer, digest) > 0,
            .certificateFailed,
            "Could not sign the certificate.",
            function: "X509_sign"
        )
        return certificate
    }

    private func setSerial(_ x: OpaquePointer) throws(CryptoIOError) {
        var bytes = serial ?? [UInt8](repeating: 0, count: 16)
        if serial == nil {
            try check(
                RAND_bytes(&bytes, 16) == 1,
                .certificateFailed,
                "No randomness for the serial.",
                function: "RAND_bytes"
            )
            bytes[0] &= 0x7f  // positive INTEGER (RFC 5280 §4.1.2.2)
        }
        let bn = try checked(
            BN_bin2bn(bytes, Int32(bytes.count), nil),
            .certificateFailed,
            "Could not build the serial.",
            function: "BN_bin2bn"
        )
        defer { BN_free(bn) }
        try check(
            BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(x)) != nil,
            .certificateFailed,
            "Could not set the serial.",
            function: "BN_to_ASN1_INTEGER"
        )
    }
}
