import CryptoIO
import Lifecycle

/// The name and place of one bundle version: `bundles/<issuer key>/<serial>/<name>.tar.gz`, with
/// `<name>` = `qcb-<issuer key>-<serial>-v<version>` also the tar's one top-level folder.
/// The issuer key is the first 16 hex digits of SHA-256 over the issuer DN (RFC 4514 form): DNs
/// are too long and too rich in characters to be folder names.
package struct BundleName: Sendable, Equatable {
    package var ref: CertificateRef
    package var version: Int

    package init(ref: CertificateRef, version: Int) {
        self.ref = ref
        self.version = version
    }

    package var issuerKey: String { String(SHA256Digest.of(ref.issuer).hex.prefix(16)) }

    /// The tar's top-level folder.
    package var folder: String { "qcb-\(issuerKey)-\(ref.serial)-v\(version)" }

    /// The bundle file's path relative to the archive root.
    package var relativePath: String { "bundles/\(issuerKey)/\(ref.serial)/\(folder).tar.gz" }
}
