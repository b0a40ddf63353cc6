import CryptoIO
import Lifecycle

/// The name and place of one bundle version: `bundles/<issuer key>/<shard>/<name>.tar.gz`, with
/// `<name>` = `qcb-<issuer key>-<serial>-v<version>` also the tar's one top-level folder.
/// The issuer key is the first 16 hex digits of SHA-256 over the issuer DN (RFC 4514 form): DNs
/// are too long and too rich in characters to be folder names. The shard is the serial's last two
/// hex digits: at most 256 folders per issuer, where a folder per certificate cost a directory
/// inode per certificate (about a tenth of a nightly run's time went to mkdir).
package struct BundleName: Sendable, Equatable {
    package var ref: CertificateRef
    package var version: Int

    package init(ref: CertificateRef, version: Int) {
        self.ref = ref
        self.version = version
    }

    package var issuerKey: String { Self.issuerKey(of: ref.issuer) }

    /// The folder name of an issuer's bundles.
    package static func issuerKey(of issuer: String) -> String { String(SHA256Digest.of(issuer).hex.prefix(16)) }

    /// The tar's top-level folder.
    package var folder: String { "qcb-\(issuerKey)-\(ref.serial)-v\(version)" }

    /// The bundle file's path relative to the archive root.
    package var relativePath: String { "bundles/\(issuerKey)/\(shard)/\(folder).tar.gz" }

    /// The serial's last two hex digits (a one-digit serial with a leading zero).
    package var shard: String {
        let tail = String(ref.serial.suffix(2))
        return tail.count == 2 ? tail : "0" + tail
    }
}
