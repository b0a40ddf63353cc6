/// This qcarchive's version (#15 item 11): printed by `qcarchive --version` and written into the
/// `Bag-Software-Agent` of every bag it makes, so that a bag says which version wrote it.
package enum SoftwareVersion {
    /// The wave of the contract it implements (0.15: findings with a state, DNs in UTF-8).
    package static let current = "0.15.0"

    /// The `Bag-Software-Agent` value (RFC 8493 §2.2.2).
    package static let bagSoftwareAgent = "qcarchive \(current)"
}
