import Lifecycle

/// `bag-info.txt` as read (RFC 8493 §2.2.2): labels in order, with the fields this archive writes
/// and reads by name.
package struct BagInfo: Sendable, Equatable {
    /// Every (label, value) pair in file order, continuation lines joined.
    package var fields: [(label: String, value: String)]

    package init(_ bytes: [UInt8]) { fields = BagIt.parseBagInfo(bytes).map { (label: $0.0, value: $0.1) } }

    /// The first value of `label`.
    package subscript(_ label: String) -> String? { fields.first { $0.label == label }?.value }

    package var batchID: String? { self["Batch-Id"] }
    /// True for a batch's own record (`Bag-Kind: batch-record`).
    package var isBatchRecord: Bool { self["Bag-Kind"] == "batch-record" }
    package var version: Int? { self["Bundle-Version"].flatMap(Int.init) }

    /// The certificate and version a certificate bundle is about.
    package var certificate: (ref: CertificateRef, version: Int)? {
        guard let issuer = self["Certificate-Issuer"], let serial = self["Certificate-Serial"], let version
        else { return nil }
        return (CertificateRef(issuer: issuer, serial: serial), version)
    }

    /// The file name the bag must have (`<top folder>.tar.gz`): a bundle's name is bound to what it
    /// says it is about, so that a bundle renamed to another certificate's name does not pass.
    package var expectedFolder: String? {
        if isBatchRecord { return batchID.map { "qcr-\($0)" } }
        return certificate.map { BundleName(ref: $0.ref, version: $0.version).folder }
    }

    package static func == (lhs: BagInfo, rhs: BagInfo) -> Bool {
        lhs.fields.map(\.label) == rhs.fields.map(\.label) && lhs.fields.map(\.value) == rhs.fields.map(\.value)
    }
}
