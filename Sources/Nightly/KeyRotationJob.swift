import Bundling
import CryptoIO
import Foundation
import Sealing
import Lifecycle
import Storage

/// `qcarchive keys rotate` (SPEC "Keys over time"): new batches seal with a new sealing key or
/// timestamp with a new TSA; every earlier batch keeps verifying under its own. The certificates
/// and anchors ever used stay: `trust/*.pem` grow, `archive.json` pins every sealing certificate,
/// and the retired key files move to `keys/retired/` (owner-only; nothing seals with them again).
package struct KeyRotationJob {
    /// What is rotated.
    package enum Change: Sendable {
        /// A sealing key and its certificate chain up to a self-signed root.
        case sealKey(ArchiveInitJob.SuppliedSealKey)
        /// A new demo (not qualified) local TSA key under a new demo CA.
        case localTSA
        /// A remote RFC 3161 authority and its trust anchors (one test request first).
        case remoteTSA(url: String, anchorsPEM: [UInt8])
        /// A new head key; checkpoints signed by the earlier ones keep verifying (trust/head.vkey keeps them).
        case head
    }

    package var archive: Archive
    package init(archive: Archive) { self.archive = archive }

    /// Rotates, under the archive's lock (the `Archive` is opened for writing).
    /// - Returns: the new certificate's subject and SHA-256 (the local TSA's or the sealing one's;
    ///   nil for a remote TSA, whose certificate comes with its tokens).
    /// - Throws: `CryptoIOError` for an unusable key or chain, `SealingError` `.timestampFailed` for a
    ///   TSA that fails its test request, `StorageError`.
    package func run(_ change: Change) throws -> (subject: String, sha256: String)? {
        let layout = archive.layout
        var configuration = archive.configuration
        let stamp = RFC3339.format(archive.now()).replacingOccurrences(of: ":", with: "")
        var result: (subject: String, sha256: String)? = nil
        switch change {
        case .sealKey(let supplied):
            let root = try supplied.root()
            let certificate = try SigningCertificate.all(pem: supplied.certificatePEM)[0]
            let now = archive.now()
            guard now >= certificate.notBefore && now <= certificate.notAfter else {
                throw CryptoIOError(
                    .certificateExpired,
                    "The new sealing certificate \(certificate.subject) is not valid now (valid "
                        + "\(RFC3339.format(certificate.notBefore)) to \(RFC3339.format(certificate.notAfter)))."
                )
            }
            // Its seals must verify under its own root now, before anything changes.
            try Archive.probe(
                try LocalKeySigner(keyPEM: supplied.keyPEM, certificatePEM: supplied.certificatePEM),
                anchorsPEM: root.pem,
                at: now
            )
            let digest = SHA256Digest.of(certificate.der).hex
            try Self.appendAnchor(root, to: layout.sealCA)
            // The pin first: until the key files change, the old key (still pinned) keeps sealing.
            configuration.sealCertificates = (configuration.sealCertificates ?? []).filter { $0 != digest } + [digest]
            configuration.demoKeys = false
            try FileIO.writeAtomically(try DocumentJSON.encode(configuration), to: layout.configuration)
            try retire([layout.sealKey, layout.sealCertificate], stamp: stamp + "-" + digest.prefix(8))
            try FileIO.writeAtomically(supplied.keyPEM, to: layout.sealKey, mode: 0o600)
            try FileIO.writeAtomically(supplied.certificatePEM, to: layout.sealCertificate)
            result = (certificate.subject, digest)
        case .localTSA:
            let start = archive.now().addingTimeInterval(-3600)
            let demo = try DemoAuthority.issue(
                purpose: "TSA",
                start: start,
                end: start.addingTimeInterval(10 * 365.25 * 86_400),
                leafExtensions: DemoAuthority.timestampingExtensions
            )
            let (certificate, key, authority) = (demo.certificate, demo.key, demo.authority)
            try demo.publishRevocationList(in: layout)
            try Self.appendAnchor(authority, to: layout.tsaCA)
            try retire(
                [layout.tsaKey, layout.tsaCertificate],
                stamp: stamp + "-" + SHA256Digest.of(certificate.der).hex.prefix(8)
            )
            try FileIO.writeAtomically(try key.pkcs8PEM(), to: layout.tsaKey, mode: 0o600)
            try FileIO.writeAtomically(certificate.pem + authority.pem, to: layout.tsaCertificate)
            configuration.timestampAuthority = .local
            result = (certificate.subject, SHA256Digest.of(certificate.der).hex)
        case .head:
            guard let origin = configuration.headOrigin else { break }
            if FileIO.exists(layout.headKey) { try retire([layout.headKey], stamp: stamp) }
            let verifier = try HeadJob.makeKey(layout, origin: origin)
            result = (verifier.text, Hex.encode(verifier.keyID))
        case .remoteTSA(let url, let anchorsPEM):
            let signer = try ArchiveInitJob.testRequest(url, anchors: anchorsPEM)
            for anchor in try SigningCertificate.all(pem: anchorsPEM) {
                try Self.appendAnchor(anchor, to: layout.tsaCA)
            }
            configuration.timestampAuthority = .remote(url)
            if let signer { try FileIO.writeAtomically(signer.pem, to: layout.remoteTSACertificate) }
        }
        // archive.json last: until it names the change, nothing uses it.
        try FileIO.writeAtomically(try DocumentJSON.encode(configuration), to: layout.configuration)
        return result
    }

    /// Keeps the current key files as `keys/retired/<time>-<new certificate's digest>-<name>` (a
    /// link, so the files stay in place until the new ones replace them atomically: no instant
    /// without a key).
    private func retire(_ paths: [String], stamp: String) throws {
        let retired = archive.layout.keys + "/retired"
        try FileIO.makeDirectory(retired, mode: 0o700)
        for path in paths where FileIO.exists(path) {
            let target = retired + "/\(stamp)-" + (path as NSString).lastPathComponent
            if !FileIO.exists(target) { try FileIO.createExclusively(try FileIO.read(path), at: target, mode: 0o600) }
        }
    }

    /// Adds a trust anchor to a PEM file of anchors unless it is there (anchors are never removed:
    /// earlier batches verify under them).
    static func appendAnchor(_ anchor: SigningCertificate, to path: String) throws {
        let existing = FileIO.exists(path) ? try FileIO.read(path) : []
        let known = (try? SigningCertificate.all(pem: existing)) ?? []
        guard !known.contains(where: { $0.der == anchor.der }) else { return }
        let separator: [UInt8] = existing.isEmpty || existing.last == 0x0A ? [] : [0x0A]
        try FileIO.writeAtomically(existing + separator + anchor.pem, to: path)
    }
}
