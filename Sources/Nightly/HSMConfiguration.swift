import Foundation

/// `archive.json`'s `pkcs11`: the keys an HSM holds (SPEC "Archive folder"). A role named here has no
/// key file in `keys/`; a role not named signs with its file. No PIN is ever kept here.
package struct HSMConfiguration: Sendable, Codable, Equatable {
    /// The PKCS#11 module every key of the archive is opened through.
    package var module: String
    /// The `pkcs11:` URIs of the sealing key, the local TSA's key and the head key.
    package var sealKey: String?
    package var tsaKey: String?
    package var headKey: String?

    enum CodingKeys: String, CodingKey {
        case module
        case sealKey = "seal_key"
        case tsaKey = "tsa_key"
        case headKey = "head_key"
    }

    package init(module: String) { self.module = module }

    /// True when no role is in the HSM any more (the section is then dropped).
    var isEmpty: Bool { sealKey == nil && tsaKey == nil && headKey == nil }

    /// The module used when none is given: p11-kit's proxy, which loads every module registered with the
    /// system (`/usr/share/p11-kit/modules/`), as Debian's own tools do.
    package static var defaultModule: String {
        let candidates = [
            "/usr/lib/x86_64-linux-gnu/p11-kit-proxy.so", "/usr/lib/aarch64-linux-gnu/p11-kit-proxy.so",
            "/usr/lib64/p11-kit-proxy.so", "/usr/lib/p11-kit-proxy.so",
        ]
        return candidates.first { FileManager.default.fileExists(atPath: $0) } ?? candidates[0]
    }
}
