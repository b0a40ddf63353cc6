import Bundling
import Sealing
import CryptoIO
import Foundation
import Lifecycle
import Storage
import Catalog

/// Creates an archive folder (SPEC "Archive folder"): catalog, trust anchors, keys and configuration.
package struct ArchiveInitJob {
    package var layout: ArchiveLayout
    /// The sealing key instead of the demo key: a PEM file (copied into keys/) or a key in an HSM.
    package var sealKey: SuppliedKey?
    /// The local TSA's key instead of a demo key (with `--tsa local`).
    package var tsaKey: SuppliedKey?
    /// The head key's `pkcs11:` URI (an Ed25519 key in an HSM) instead of a new key file.
    package var headKey: String?
    /// The PKCS#11 module of the keys in an HSM; the system's p11-kit proxy when nil.
    package var pkcs11Module: String?
    package var timestampAuthority: ArchiveConfiguration.TimestampAuthority
    /// The trust anchors of a remote TSA (`trust/tsa-ca.pem`); the demo TSA's CA when nil.
    package var tsaTrustAnchorsPEM: [UInt8]?
    /// The PostgreSQL catalog (`--catalog`); nil for `catalog.sqlite` in the folder.
    package var catalog: CatalogLocation?
    package var now: @Sendable () -> Date

    package init(
        layout: ArchiveLayout,
        sealKey: SuppliedKey? = nil,
        timestampAuthority: ArchiveConfiguration.TimestampAuthority = .local,
        now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.layout = layout
        self.sealKey = sealKey
        self.timestampAuthority = timestampAuthority
        self.now = now
    }

    /// What `init` did.
    package enum Outcome: Sendable, Equatable {
        case created(demoKeys: Bool)
        case alreadyInitialized
    }

    /// Creates the archive; an existing archive is left untouched when nothing conflicting was asked.
    /// - Throws: `StorageError` (`.alreadyExists` when keys were supplied for an existing archive),
    ///   `CryptoIOError` for unusable supplied keys, `CatalogError`.
    package func run() throws -> Outcome {
        if FileIO.exists(layout.configuration) {
            guard sealKey == nil, tsaKey == nil, headKey == nil else {
                throw StorageError(
                    .alreadyExists,
                    "\(layout.root) is already an archive; its keys cannot be replaced by init (use 'qcarchive keys "
                        + "rotate')."
                )
            }
            return .alreadyInitialized
        }
        // archive.json missing beside an archive's files: init would replace its keys and anchors.
        let existing =
            [layout.sealCA, layout.sealKey, layout.catalog].filter(FileIO.exists)
            + (FileIO.names(in: layout.batches).isEmpty ? [] : ["batches/"])
        if !existing.isEmpty {
            throw StorageError(
                .alreadyExists,
                "\(layout.root) holds an archive's files (\(existing.map(layout.relative).joined(separator: ", "))) "
                    + "but no archive.json; restore archive.json rather than run init, which would replace its keys "
                    + "and trust anchors."
            )
        }
        if let catalog { try requireEmpty(catalog) }
        // Every supplied key signs a probe that verifies under its own root, before anything is created.
        let module = pkcs11Module ?? HSMConfiguration.defaultModule
        var hsm = HSMConfiguration(module: module)
        for uri in [sealKey?.uri, tsaKey?.uri, headKey].compactMap({ $0 }) {
            try HSMKey.requirePINOutside(layout.root, uri)
        }
        if let sealKey {
            try sealKey.probeSealing(module: module, at: now())
            hsm.sealKey = sealKey.uri
        }
        if let tsaKey {
            try tsaKey.probeTimestamping(module: module)
            hsm.tsaKey = tsaKey.uri
        }
        let headVerifier = try headKey.map { try HeadJob.openHSMKey($0, module: module) }
        hsm.headKey = headKey
        var remoteCertificate: SigningCertificate?
        if timestampAuthority.kind == "url", let url = timestampAuthority.url {
            remoteCertificate = try testRequest(url)
        }
        try FileIO.makeDirectory(layout.root)
        for folder in [layout.bundles, layout.batches, layout.store, layout.trust, layout.trustCRLs] {
            try FileIO.makeDirectory(folder)
        }
        try FileIO.makeDirectory(layout.keys, mode: 0o700)
        if let remoteCertificate {
            try FileIO.writeAtomically(remoteCertificate.pem, to: layout.remoteTSACertificate)
        }

        let start = now().addingTimeInterval(-3600)
        let end = start.addingTimeInterval(10 * 365.25 * 86_400)
        if let sealKey {
            let root = try sealKey.root()
            if case .pem(let pem) = sealKey.source { try FileIO.writeAtomically(pem, to: layout.sealKey, mode: 0o600) }
            try FileIO.writeAtomically(sealKey.certificatePEM, to: layout.sealCertificate)
            try FileIO.writeAtomically(root.pem, to: layout.sealCA)
        } else {
            let demo = try DemoAuthority.issue(
                purpose: "seal",
                start: start,
                end: end,
                leafExtensions: [("keyUsage", "critical,digitalSignature,nonRepudiation")]
            )
            try FileIO.writeAtomically(try demo.key.pkcs8PEM(), to: layout.sealKey, mode: 0o600)
            try FileIO.writeAtomically(demo.certificate.pem + demo.authority.pem, to: layout.sealCertificate)
            try FileIO.writeAtomically(demo.authority.pem, to: layout.sealCA)
            try demo.publishRevocationList(in: layout)
        }
        if let tsaKey {
            if case .pem(let pem) = tsaKey.source { try FileIO.writeAtomically(pem, to: layout.tsaKey, mode: 0o600) }
            try FileIO.writeAtomically(tsaKey.certificatePEM, to: layout.tsaCertificate)
            try FileIO.writeAtomically(try tsaKey.root().pem, to: layout.tsaCA)
        } else {
            // A demo TSA key is made in every archive not given one: it is the embedded default and a
            // fallback for testing; an archive configured with --tsa-url never uses it.
            let tsa = try DemoAuthority.issue(
                purpose: "TSA",
                start: start,
                end: end,
                leafExtensions: DemoAuthority.timestampingExtensions
            )
            try FileIO.writeAtomically(try tsa.key.pkcs8PEM(), to: layout.tsaKey, mode: 0o600)
            try FileIO.writeAtomically(tsa.certificate.pem + tsa.authority.pem, to: layout.tsaCertificate)
            try tsa.publishRevocationList(in: layout)
            try FileIO.writeAtomically(tsa.authority.pem, to: layout.tsaCA)
        }
        if let anchors = tsaTrustAnchorsPEM {
            _ = try SigningCertificate.all(pem: anchors)  // readable, or init fails before anything is relied on
            try FileIO.writeAtomically(anchors, to: layout.tsaCA)
        }

        var configuration = ArchiveConfiguration(
            createdAt: RFC3339.format(now()),
            timestampAuthority: timestampAuthority,
            demoKeys: sealKey == nil
        )
        if case .postgreSQL(let uri) = catalog { configuration.catalog = uri }
        if !hsm.isEmpty { configuration.pkcs11 = hsm }
        configuration.sealCertificates = [
            SHA256Digest.of(try SigningCertificate.all(pem: try FileIO.read(layout.sealCertificate))[0].der).hex
        ]
        if let origin = configuration.headOrigin {
            if let headVerifier {
                try HeadJob.publish(headVerifier, layout, origin: origin)
            } else {
                try HeadJob.makeKey(layout, origin: origin)
            }
        }
        try FileIO.writeAtomically(try DocumentJSON.encode(configuration), to: layout.configuration)
        _ = try Archive.open(layout, .write, now: now)  // creates the catalog
        return .created(demoKeys: sealKey == nil)
    }
}

extension ArchiveInitJob {
    /// The database must be reachable, and hold no other archive's batches, before anything is created.
    /// - Throws: `CatalogError`, `StorageError` `.alreadyExists`.
    private func requireEmpty(_ catalog: CatalogLocation) throws {
        let batches = try CatalogOpener.writable(catalog).batches()
        guard batches.isEmpty else {
            throw StorageError(
                .alreadyExists,
                "The catalog database \(catalog) already holds \(batches.count) batch(es) of an archive; give "
                    + "each archive a database of its own."
            )
        }
    }

    /// One request to a remote time-stamp authority before anything is created, so that a wrong
    /// URL or trust anchor shows at init, not at the first night.
    /// - Throws: `SealingError` `.timestampFailed` with the authority's answer.
    private func testRequest(_ url: String) throws -> SigningCertificate? {
        try Self.testRequest(url, anchors: tsaTrustAnchorsPEM)
    }

    /// One test request to a remote authority, checked against `anchors`.
    /// - Returns: the certificate that signed the test token (its status is sealed with the next batch).
    /// - Throws: `SealingError` `.timestampFailed` with the authority's answer.
    @discardableResult
    static func testRequest(_ url: String, anchors: [UInt8]?) throws -> SigningCertificate? {
        guard let anchors else {
            throw SealingError(.timestampFailed, "--tsa-url needs --tsa-ca, the trust anchor of that authority.")
        }
        do {
            let authority = try HTTPTimestampAuthority(url: url, trustAnchorsPEM: anchors)
            let response = try authority.timestamp(SHA256Digest.of(Array("qcarchive init: test request".utf8)))
            return TimeStampProtocol.signer(ofToken: response.token)
        } catch let error as SealingError {
            throw SealingError(
                .timestampFailed,
                "The time-stamp authority at \(url) did not pass a test request, so no archive was created: "
                    + error.message,
                underlying: error.underlying
            )
        }
    }
}
