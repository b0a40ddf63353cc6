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
        /// A sealing key (a file, or a key in an HSM) and its certificate chain up to a self-signed root.
        case sealKey(SuppliedKey)
        /// A local TSA key and its chain; a new demo (not qualified) key under a new demo CA when nil.
        case localTSA(SuppliedKey?)
        /// A remote RFC 3161 authority and its trust anchors (one test request first).
        case remoteTSA(url: String, anchorsPEM: [UInt8])
        /// A new head key: made as a file when nil, else the Ed25519 key in an HSM this `pkcs11:` URI names;
        /// checkpoints signed by the earlier ones keep verifying (trust/head.vkey keeps them).
        case head(String?)
        /// The same HSM keys through another PKCS#11 module (a vendor's library moved or replaced, or
        /// p11-kit's proxy): every key is opened and proven through it first.
        case module(String)
    }

    package var archive: Archive
    /// The PKCS#11 module of a new key in an HSM (`--pkcs11-module`); the archive's, else the system's
    /// p11-kit proxy, when nil.
    package var pkcs11Module: String?
    package init(archive: Archive) { self.archive = archive }

    /// The module the new key is opened through. One module serves all of an archive's HSM keys: a
    /// different one is refused while another role still uses the recorded one.
    /// - Throws: `SealingError` `.signingFailed`.
    private func module(for role: WritableKeyPath<HSMConfiguration, String?>) throws -> String {
        let recorded = archive.configuration.pkcs11
        guard let given = pkcs11Module else { return recorded?.module ?? HSMConfiguration.defaultModule }
        if let recorded, recorded.module != given {
            var others = recorded
            others[keyPath: role] = nil
            guard others.isEmpty else {
                throw SealingError(
                    .signingFailed,
                    "The archive's other HSM keys use the PKCS#11 module \(recorded.module); one module serves all of "
                        + "an archive's keys. Move them all first with 'qcarchive keys rotate --archive "
                        + "\(archive.layout.root) --pkcs11-module \(given)', then rotate this key."
                )
            }
        }
        return given
    }

    /// Records (or forgets) the HSM key of a role in `configuration`.
    private func record(
        _ uri: String?,
        role: WritableKeyPath<HSMConfiguration, String?>,
        module: String,
        in configuration: inout ArchiveConfiguration
    ) {
        var hsm = configuration.pkcs11 ?? HSMConfiguration(module: module)
        hsm[keyPath: role] = uri
        if uri != nil { hsm.module = module }
        configuration.pkcs11 = hsm.isEmpty ? nil : hsm
    }

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
        let uris: [String?] =
            switch change {
            case .sealKey(let supplied), .localTSA(let supplied?): [supplied.uri]
            case .head(let uri): [uri]
            default: []
            }
        for uri in uris.compactMap({ $0 }) { try HSMKey.requirePINOutside(layout.root, uri) }
        switch change {
        case .sealKey(let supplied):
            let root = try supplied.root()
            let certificate = try supplied.certificates[0]
            let module = try module(for: \.sealKey)
            let now = archive.now()
            guard now >= certificate.notBefore && now <= certificate.notAfter else {
                throw CryptoIOError(
                    .certificateExpired,
                    "The new sealing certificate \(certificate.subject) is not valid now (valid "
                        + "\(RFC3339.format(certificate.notBefore)) to \(RFC3339.format(certificate.notAfter)))."
                )
            }
            // Its seals must verify under its own root now, before anything changes.
            try supplied.probeSealing(module: module, at: now)
            let digest = SHA256Digest.of(certificate.der).hex
            try Self.appendAnchor(root, to: layout.sealCA)
            // The pin first: until the key files change, the old key (still pinned) keeps sealing.
            configuration.sealCertificates = (configuration.sealCertificates ?? []).filter { $0 != digest } + [digest]
            configuration.demoKeys = false
            try FileIO.writeAtomically(try DocumentJSON.encode(configuration), to: layout.configuration)
            try retire([layout.sealKey, layout.sealCertificate], stamp: stamp + "-" + digest.prefix(8))
            try install(supplied, key: layout.sealKey, certificate: layout.sealCertificate)
            record(supplied.uri, role: \.sealKey, module: module, in: &configuration)
            result = (certificate.subject, digest)
        case .localTSA(let supplied?):
            let root = try supplied.root()
            let certificate = try supplied.certificates[0]
            let module = try module(for: \.tsaKey)
            // One time-stamp under its own root now, before anything changes.
            try supplied.probeTimestamping(module: module)
            try Self.appendAnchor(root, to: layout.tsaCA)
            let digest = SHA256Digest.of(certificate.der).hex
            try retire([layout.tsaKey, layout.tsaCertificate], stamp: stamp + "-" + digest.prefix(8))
            try install(supplied, key: layout.tsaKey, certificate: layout.tsaCertificate)
            record(supplied.uri, role: \.tsaKey, module: module, in: &configuration)
            configuration.timestampAuthority = .local
            result = (certificate.subject, digest)
        case .localTSA(nil):
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
            record(nil, role: \.tsaKey, module: HSMConfiguration.defaultModule, in: &configuration)
            configuration.timestampAuthority = .local
            result = (certificate.subject, SHA256Digest.of(certificate.der).hex)
        case .head(let uri):
            guard let origin = configuration.headOrigin else { break }
            let verifier: NoteVerifierKey
            if let uri {
                let module = try module(for: \.headKey)
                let key = try HeadJob.openHSMKey(uri, module: module)
                if FileIO.exists(layout.headKey) { try retire([layout.headKey], stamp: stamp) }
                verifier = try HeadJob.publish(key, layout, origin: origin)
                record(uri, role: \.headKey, module: module, in: &configuration)
            } else {
                if FileIO.exists(layout.headKey) { try retire([layout.headKey], stamp: stamp) }
                verifier = try HeadJob.makeKey(layout, origin: origin)
                record(nil, role: \.headKey, module: HSMConfiguration.defaultModule, in: &configuration)
            }
            result = (verifier.text, Hex.encode(verifier.keyID))
        case .remoteTSA(let url, let anchorsPEM):
            let signer = try ArchiveInitJob.testRequest(url, anchors: anchorsPEM)
            for anchor in try SigningCertificate.all(pem: anchorsPEM) {
                try Self.appendAnchor(anchor, to: layout.tsaCA)
            }
            configuration.timestampAuthority = .remote(url)
            record(nil, role: \.tsaKey, module: HSMConfiguration.defaultModule, in: &configuration)
            if let signer { try FileIO.writeAtomically(signer.pem, to: layout.remoteTSACertificate) }
        case .module(let module):
            try proveEveryKey(through: module)
            configuration.pkcs11?.module = module
        }
        // archive.json last: until it names the change, nothing uses it.
        try FileIO.writeAtomically(try DocumentJSON.encode(configuration), to: layout.configuration)
        // A key now in the HSM leaves no file behind in keys/ (its copy stays in keys/retired/).
        let files = [
            (\HSMConfiguration.sealKey, layout.sealKey), (\.tsaKey, layout.tsaKey), (\.headKey, layout.headKey),
        ]
        for (role, file) in files where configuration.pkcs11?[keyPath: role] != nil { FileIO.remove(file) }
        return result
    }

    /// Opens every HSM key of the archive through `module` and proves it is the same key: the signer and the
    /// local TSA as every run makes them (a seal that verifies under trust/seal-ca.pem, a time-stamp under
    /// trust/tsa-ca.pem), and the head key's public key first in trust/head.vkey.
    /// - Throws: `SealingError` `.signingFailed` naming the key that differs or fails.
    private func proveEveryKey(through module: String) throws {
        guard let hsm = archive.configuration.pkcs11 else {
            throw SealingError(
                .signingFailed,
                "No key of \(archive.layout.root) is in an HSM; --pkcs11-module goes with a pkcs11: key."
            )
        }
        if hsm.sealKey != nil { _ = try archive.signer(through: module) }
        if hsm.tsaKey != nil {
            _ = try archive.timestampAuthority(through: module).timestamp(
                SHA256Digest.of(Array("qcarchive: does the TSA key sign?".utf8))
            )
        }
        if let uri = hsm.headKey {
            let key = try HeadJob.openHSMKey(uri, module: module)
            guard try key.notePublicKey() == HeadJob.verifiers(archive.layout).first?.publicKey else {
                throw SealingError(
                    .signingFailed,
                    "The head key \(uri) through \(module) is not the key of trust/head.vkey; nothing changed."
                )
            }
        }
    }

    /// Writes a supplied key's certificate, and its key file unless the key is in an HSM.
    private func install(_ supplied: SuppliedKey, key: String, certificate: String) throws {
        if case .pem(let pem) = supplied.source { try FileIO.writeAtomically(pem, to: key, mode: 0o600) }
        try FileIO.writeAtomically(supplied.certificatePEM, to: certificate)
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
