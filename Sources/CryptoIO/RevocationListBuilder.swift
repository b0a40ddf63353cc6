import Foundation
internal import COpenSSL

/// Issues CRLs (RFC 5280 §5) for generated test and benchmark data; audited CRLs come from the drop.
package struct RevocationListBuilder {
    package var thisUpdate: Date
    package var nextUpdate: Date
    package var crlNumber: Int
    /// Serials (lowercase hex), revocation times and RFC 5280 reason codes.
    package var entries: [(serial: String, revoked: Date, reason: Int)]

    package init(
        thisUpdate: Date,
        nextUpdate: Date,
        crlNumber: Int,
        entries: [(serial: String, revoked: Date, reason: Int)]
    ) {
        self.thisUpdate = thisUpdate
        self.nextUpdate = nextUpdate
        self.crlNumber = crlNumber
        self.entries = entries
    }

    /// The DER CRL signed by `key` under `issuer`'s name.
    /// - Throws: `CryptoIOError` `.certificateFailed`.
    package func issue(issuer: SigningCertificate, key: PrivateKey) throws(CryptoIOError) -> [UInt8] {
        let crl = try checked(X509_CRL_new(), .certificateFailed, "Could not allocate a CRL.", function: "X509_CRL_new")
        defer { X509_CRL_free(crl) }
        try check(
            X509_CRL_set_version(crl, 1) == 1
                && X509_CRL_set_issuer_name(crl, X509_get_subject_name(issuer.pointer)) == 1,
            .certificateFailed,
            "Could not set the CRL issuer.",
            function: "X509_CRL_set_issuer_name"
        )
        try setTime(thisUpdate) { X509_CRL_set1_lastUpdate(crl, $0) }
        try setTime(nextUpdate) { X509_CRL_set1_nextUpdate(crl, $0) }
        for entry in entries {
            let revoked = try checked(
                X509_REVOKED_new(),
                .certificateFailed,
                "Could not allocate a CRL entry.",
                function: "X509_REVOKED_new"
            )
            let serial = try checked(
                Hex.decode(entry.serial.count % 2 == 0 ? entry.serial : "0" + entry.serial),
                .certificateFailed,
                "A serial is not hex.",
                function: "Hex.decode"
            )
            let bn = try checked(
                BN_bin2bn(serial, Int32(serial.count), nil),
                .certificateFailed,
                "Could not build a serial.",
                function: "BN_bin2bn"
            )
            let integer = BN_to_ASN1_INTEGER(bn, nil)
            BN_free(bn)
            X509_REVOKED_set_serialNumber(revoked, integer)
            ASN1_INTEGER_free(integer)
            try setTime(entry.revoked) { X509_REVOKED_set_revocationDate(revoked, $0) }
            let reason = ASN1_ENUMERATED_new()
            ASN1_ENUMERATED_set(reason, entry.reason)
            X509_REVOKED_add1_ext_i2d(revoked, NID_crl_reason, reason, 0, 0)
            ASN1_ENUMERATED_free(reason)
            try check(
                X509_CRL_add0_revoked(crl, revoked) == 1,
                .certificateFailed,
                "Could not add a CRL entry.",
                function: "X509_CRL_add0_revoked"
            )
        }
        let number = ASN1_INTEGER_new()
        ASN1_INTEGER_set(number, crlNumber)
        X509_CRL_add1_ext_i2d(crl, NID_crl_number, number, 0, 0)
        ASN1_INTEGER_free(number)
        X509_CRL_sort(crl)
        try check(
            X509_CRL_sign(crl, key.pointer, key.isEdwards ? nil : EVP_sha256()) > 0,
            .certificateFailed,
            "Could not sign the CRL.",
            function: "X509_CRL_sign"
        )
        return try checked(
            encodeDER { i2d_X509_CRL(crl, $0) },
            .certificateFailed,
            "Could not encode the CRL.",
            function: "i2d_X509_CRL"
        )
    }

    private func setTime(_ date: Date, _ set: (UnsafeMutablePointer<ASN1_TIME>) -> Int32) throws(CryptoIOError) {
        let time = try checked(
            ASN1_TIME_set(nil, time_t(date.timeIntervalSince1970)),
            .certificateFailed,
            "Could not build a time.",
            function: "ASN1_TIME_set"
        )
        defer { ASN1_TIME_free(time) }
        try check(set(time) == 1, .certificateFailed, "Could not set a CRL time.", function: "X509_CRL_set1_*")
    }
}
