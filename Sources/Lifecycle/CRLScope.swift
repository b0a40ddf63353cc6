/// What one CRL can say about a certificate (RFC 5280 §5.2.4, §5.2.5; #15 item 4). A complete CRL
/// for every distribution point speaks of every certificate of its issuer: listing the serial shows
/// the revocation, leaving it out says the certificate is not revoked. A delta CRL lists only what
/// changed since its base: a listing counts, a gap says nothing. A partition (issuingDistributionPoint)
/// speaks only of the certificates whose distribution point it names, of the kinds and reasons it names.
package struct CRLScope: Sendable, Equatable, Codable {
    /// The BaseCRLNumber of a delta CRL; nil for a complete CRL.
    package var deltaOf: String?
    /// The distribution points a partition covers (empty: all).
    package var distributionPoints: [String]
    package var onlyUserCertificates: Bool
    package var onlyCACertificates: Bool
    package var onlyAttributeCertificates: Bool
    /// The reasons a reason partition covers (nil: all).
    package var onlySomeReasons: [String]?

    enum CodingKeys: String, CodingKey {
        case deltaOf = "delta_of"
        case distributionPoints = "distribution_points"
        case onlyUserCertificates = "only_user_certificates"
        case onlyCACertificates = "only_ca_certificates"
        case onlyAttributeCertificates = "only_attribute_certificates"
        case onlySomeReasons = "only_some_reasons"
    }

    package init(
        deltaOf: String? = nil,
        distributionPoints: [String] = [],
        onlyUserCertificates: Bool = false,
        onlyCACertificates: Bool = false,
        onlyAttributeCertificates: Bool = false,
        onlySomeReasons: [String]? = nil
    ) {
        self.deltaOf = deltaOf
        self.distributionPoints = distributionPoints
        self.onlyUserCertificates = onlyUserCertificates
        self.onlyCACertificates = onlyCACertificates
        self.onlyAttributeCertificates = onlyAttributeCertificates
        self.onlySomeReasons = onlySomeReasons
    }

    /// True for a complete CRL of every distribution point, reason and kind: what a CRL without
    /// these extensions is (stored as no scope at all).
    package var isWhole: Bool { self == CRLScope() }

    /// True when the CRL speaks of an end-entity certificate published at `certificatePoints` (its
    /// cRLDistributionPoints) whose revocation reason is `reason`.
    package func covers(certificatePoints: [String], reason: String?) -> Bool {
        if onlyCACertificates || onlyAttributeCertificates { return false }
        if !distributionPoints.isEmpty, !distributionPoints.contains(where: certificatePoints.contains) { return false }
        if let onlySomeReasons, let reason, !onlySomeReasons.contains(reason) { return false }
        return true
    }

    /// True when the absence of a serial from this CRL says the certificate is not revoked: a complete
    /// CRL (not a delta) that covers it.
    package func absenceMeansNotRevoked(certificatePoints: [String], reason: String?) -> Bool {
        deltaOf == nil && covers(certificatePoints: certificatePoints, reason: reason)
    }
}
