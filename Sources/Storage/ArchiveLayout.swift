import Foundation

/// Where things live in an archive folder (SPEC "Archive folder"; other tools rely on these paths).
package struct ArchiveLayout: Sendable {
    /// The archive's root folder, without trailing slash.
    package let root: String

    package init(root: String) {
        var path = (root as NSString).standardizingPath
        if !path.hasPrefix("/") { path = FileManager.default.currentDirectoryPath + "/" + path }
        self.root = path
    }

    package var catalog: String { root + "/catalog.sqlite" }
    package var bundles: String { root + "/bundles" }
    package var batches: String { root + "/batches" }
    package var store: String { root + "/store/sha256" }
    package var trust: String { root + "/trust" }
    package var sealCA: String { trust + "/seal-ca.pem" }
    package var tsaCA: String { trust + "/tsa-ca.pem" }
    /// CRLs the archive keeps for CAs that publish none over HTTP (the demo CAs): `<CA SHA-256>.crl`.
    package var trustCRLs: String { trust + "/crls" }
    /// Key material and the archive's own certificates; the folder is readable by the owner only.
    package var keys: String { root + "/keys" }
    package var sealKey: String { keys + "/seal-key.pem" }
    package var sealCertificate: String { keys + "/seal-cert.pem" }
    package var tsaKey: String { keys + "/tsa-key.pem" }
    package var tsaCertificate: String { keys + "/tsa-cert.pem" }
    /// The certificate that signed the test token of the remote TSA in use (`init`, `keys rotate`).
    package var remoteTSACertificate: String { keys + "/tsa-remote-cert.pem" }
    /// The Ed25519 key that signs the published head, and its C2SP verifier key.
    package var headKey: String { keys + "/head-key.pem" }
    package var headVerifierKey: String { trust + "/head.vkey" }
    package var configuration: String { root + "/archive.json" }
    /// The exception register, one version per line in the order appended (append-only).
    package var exceptionRegister: String { root + "/exceptions/register.jsonl" }
    package var lock: String { root + "/.lock" }
    /// Where bags are written before they are sealed; emptied by the recovery of every writing run.
    package var staging: String { root + "/staging" }
    /// Where recovery moves what it must not keep in place and must not delete (an unsealed
    /// leftover, a seal that does not verify): `quarantine/<time>/<path as it was>`.
    package var quarantine: String { root + "/quarantine" }

    /// The batches that have a `seal.json` on disk, by name.
    package func sealedBatchNames() -> [String] {
        FileIO.names(in: batches).filter { FileIO.exists(batch($0) + "/seal.json") }
    }

    /// The folder of one batch: `batches/<batch-id>/`.
    package func batch(_ id: String) -> String { batches + "/" + id }

    /// Makes a path relative to the archive root (as seal.json lists bundles).
    package func relative(_ path: String) -> String {
        path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
    }

    /// Makes a root-relative path absolute.
    package func absolute(_ relativePath: String) -> String { root + "/" + relativePath }
}
