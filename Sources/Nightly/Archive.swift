import Bundling
import Sealing
import Catalog
import CryptoIO
import Foundation
import Lifecycle
import Storage

/// The one way into an archive. Every command opens one: it reads `archive.json` once, takes the
/// lock when it writes, opens the catalog through one place, and before anything else runs brings
/// the folder and the catalog back in line after whatever stopped the last run (`ArchiveRecovery`).
///
/// - Important: not thread-safe (it owns the catalog's connection); keep it in one task. Workers
///   read the catalog through `CatalogReaders`.
package final class Archive {
    /// What a command does with the archive.
    package enum Access: Sendable, Equatable {
        /// Queries: the catalog read-only, no lock (readers never wait for the writer).
        case read
        /// Import, seal, nightly, exceptions: the lock, the catalog migrated, the recovery.
        case write
        /// `verify`: the files are the truth; the catalog is opened read-only only if it exists.
        case verify
        /// `reindex`: the lock; the catalog is not opened, since it is about to be rebuilt.
        case rebuild
    }

    package let layout: ArchiveLayout
    package let configuration: ArchiveConfiguration
    package let access: Access
    /// What the recovery found and did (empty unless the access is `.write`).
    package private(set) var recovery = ArchiveRecovery.Report()
    package let now: @Sendable () -> Date
    private let lock: ArchiveLock?
    /// The lock in the catalog's database, when it is PostgreSQL: the folder's lock cannot see a run
    /// on another machine that shares the folder and the database.
    private let databaseLock: PostgreSQLArchiveLock?
    private let openedCatalog: (any ArchiveCatalog)?

    private init(
        layout: ArchiveLayout,
        configuration: ArchiveConfiguration,
        access: Access,
        locks: (ArchiveLock?, PostgreSQLArchiveLock?),
        catalog: (any ArchiveCatalog)?,
        now: @escaping @Sendable () -> Date
    ) {
        self.layout = layout
        self.configuration = configuration
        self.access = access
        (lock, databaseLock) = locks
        self.openedCatalog = catalog
        self.now = now
    }

    /// Where the catalog is: the database `archive.json` names, else `catalog.sqlite` in the folder.
    package var catalogLocation: CatalogLocation { Self.catalogLocation(configuration, layout) }

    private static func catalogLocation(
        _ configuration: ArchiveConfiguration,
        _ layout: ArchiveLayout
    )
        -> CatalogLocation
    {
        configuration.catalog.map { .postgreSQL(uri: $0) } ?? .sqlite(path: layout.catalog)
    }

    /// Opens the archive at `layout` for `access`.
    /// - Throws: `StorageError` (`.notAnArchive`, `.locked` naming the holder, `.ioFailed`),
    ///   `CatalogError` for a catalog that cannot be opened, `StaleCatalogError` when the catalog
    ///   lacks sealed batches, and what the recovery throws.
    package static func open(
        _ layout: ArchiveLayout,
        _ access: Access,
        now: @escaping @Sendable () -> Date = Date.init
    ) throws -> Archive {
        var configuration = try ArchiveConfiguration.load(layout)
        let location = catalogLocation(configuration, layout)
        let writes = access == .write || access == .rebuild
        var databaseLock: PostgreSQLArchiveLock?
        if writes, case .postgreSQL(let uri) = location {
            databaseLock = try PostgreSQLArchiveLock(conninfo: uri, holder: ArchiveLock.Holder.current.line)
        }
        let lock = writes ? try ArchiveLock(layout: layout) : nil
        if lock != nil, configuration.archiveID == nil {
            // An archive made before archive_id was written gets one (SPEC "Archive folder").
            configuration.archiveID = ArchiveConfiguration.newArchiveID()
            try FileIO.writeAtomically(try DocumentJSON.encode(configuration), to: layout.configuration)
        }
        let catalog: (any ArchiveCatalog)?
        switch access {
        case .write:
            // A missing catalog is created only for an archive that has sealed nothing yet: an
            // empty one beside sealed batches would answer queries with nothing.
            if !(try CatalogOpener.exists(location)) {
                let sealed = layout.sealedBatchNames()
                if !sealed.isEmpty { throw StaleCatalogError(batches: sealed) }
            }
            catalog = try CatalogOpener.writable(location)
        case .read: catalog = try openReadOnly(layout, location)
        case .verify: catalog = try CatalogOpener.exists(location) ? try openReadOnly(layout, location) : nil
        case .rebuild: catalog = nil
        }
        let archive = Archive(
            layout: layout,
            configuration: configuration,
            access: access,
            locks: (lock, databaseLock),
            catalog: catalog,
            now: now
        )
        if access == .write, let catalog {
            archive.recovery = try ArchiveRecovery(archive: archive, catalog: catalog).run()
        }
        return archive
    }

    private static func openReadOnly(
        _ layout: ArchiveLayout,
        _ location: CatalogLocation
    ) throws
        -> any ArchiveCatalog
    {
        guard try CatalogOpener.exists(location) else {
            throw CatalogError(
                .openFailed,
                "The archive \(layout.root) has no catalog; run 'qcarchive reindex --archive \(layout.root)' "
                    + "to rebuild it from the sealed files."
            )
        }
        return try CatalogOpener.readOnly(location)
    }

    /// The catalog (absent only for `.rebuild`, and for `.verify` of an archive without one).
    /// - Throws: `CatalogError` `.openFailed` when this session has none.
    package var catalog: any ArchiveCatalog {
        get throws {
            guard let openedCatalog else {
                throw CatalogError(.openFailed, "The archive \(layout.root) has no catalog open in this run.")
            }
            return openedCatalog
        }
    }

    /// The catalog when it is open (for `.verify`, which checks it only when there is one).
    package var catalogIfOpen: (any ArchiveCatalog)? { openedCatalog }

    /// The batches the catalog holds as imported but not yet sealed: a run stopped between the two
    /// halves, or the time-stamp authority was down. Commands that read say so.
    /// - Throws: `CatalogError`.
    package func unsealedBatches() throws -> [BatchRecord] {
        guard let openedCatalog else { return [] }
        return try openedCatalog.batches().filter { $0.state != .sealed }
    }

    /// A verifier holding the archive's trust anchors and its pinned sealing certificates.
    /// - Throws: `BundleError` `.unreadable`, `StorageError`.
    package func verifier() throws -> BundleVerifier {
        var verifier = try BundleVerifier(
            sealCAPEM: try FileIO.read(layout.sealCA),
            tsaCAPEM: try FileIO.read(layout.tsaCA)
        )
        verifier.pinnedSealCertificates = configuration.sealCertificates.map(Set.init)
        return verifier
    }

    /// The archive's sealing signer: the key in `keys/`, or the one in the HSM `archive.json` names.
    /// - Throws: `SealingError` `.signingFailed` (for an HSM: token absent, wrong PIN, key not found,
    ///   module missing, each in its own words), `StorageError`.
    /// - Parameter module: another PKCS#11 module to open the HSM key through (`keys rotate
    ///   --pkcs11-module` proves it); the recorded one when nil.
    package func signer(through module: String? = nil) throws -> any SealSigner {
        let certificatePEM = try FileIO.read(layout.sealCertificate)
        try requireValid(certificatePEM, role: "sealing certificate", remedy: "--seal-key KEY.pem --seal-cert CERT.pem")
        let signer: LocalKeySigner
        if let hsm = configuration.pkcs11, let uri = hsm.sealKey {
            let certificate = try SigningCertificate.all(pem: certificatePEM)[0]
            let key = try HSMKey(uri, role: "sealing key", module: module ?? hsm.module)
                .privateKey(certificate: certificate)
            signer = try LocalKeySigner(key: key, certificatePEM: certificatePEM)
        } else {
            signer = try LocalKeySigner(keyPEM: try FileIO.read(layout.sealKey), certificatePEM: certificatePEM)
        }
        try Self.probe(signer, anchorsPEM: try FileIO.read(layout.sealCA), at: now())
        return signer
    }

    /// Signs a probe and verifies it under `anchorsPEM` as of `time`: a key whose chain does not
    /// verify now (a wrong or expired root, a missing intermediate) would seal batches that never verify.
    /// - Throws: `SealingError` `.signingFailed` with OpenSSL's reason.
    static func probe(_ signer: any SealSigner, anchorsPEM: [UInt8], at time: Date) throws {
        let content = Array("qcarchive: does the sealing key verify?".utf8)
        do {
            let anchors = try SigningCertificate.all(pem: anchorsPEM)
            _ = try CMSSignature.verify(try signer.sign(content), content: content, trustAnchors: anchors, at: time)
        } catch {
            let reason = (error as? CryptoIOError)?.message ?? "\(error)"
            throw SealingError(
                .signingFailed,
                "A seal by this sealing key would not verify under trust/seal-ca.pem (\(reason)); "
                    + "nothing was sealed. Give a key whose chain is valid now ('qcarchive keys rotate')."
            )
        }
    }

    /// A certificate the archive would sign or timestamp with must be valid now: a seal by an expired
    /// or not yet valid key proves nothing (SPEC "Evidence over time").
    /// - Throws: `SealingError` `.signingFailed` naming the certificate, its dates and `keys rotate`.
    private func requireValid(_ pem: [UInt8], role: String, remedy: String) throws {
        guard let certificate = try? SigningCertificate.all(pem: pem).first else { return }
        let time = now()
        guard time < certificate.notBefore || time > certificate.notAfter else { return }
        let validity =
            time > certificate.notAfter
            ? "expired on \(RFC3339.format(certificate.notAfter))"
            : "is not valid before \(RFC3339.format(certificate.notBefore))"
        throw SealingError(
            .signingFailed,
            "The \(role) \(certificate.subject) \(validity); nothing was sealed. Run 'qcarchive keys rotate --archive "
                + "\(layout.root) \(remedy)' to seal with a valid one."
        )
    }

    /// The archive's timestamp authority (archive.json): the local demo TSA or a remote one.
    /// - Throws: `SealingError` `.timestampFailed`, `StorageError`.
    /// - Parameter module: as for `signer(through:)`.
    package func timestampAuthority(through module: String? = nil) throws -> any TimestampAuthority {
        if configuration.timestampAuthority.kind == "url", let url = configuration.timestampAuthority.url {
            return try HTTPTimestampAuthority(url: url, trustAnchorsPEM: try FileIO.read(layout.tsaCA))
        }
        let certificatePEM = try FileIO.read(layout.tsaCertificate)
        try requireValid(certificatePEM, role: "time-stamp authority certificate", remedy: "--tsa local")
        if let hsm = configuration.pkcs11, let uri = hsm.tsaKey {
            let certificate = try SigningCertificate.all(pem: certificatePEM)[0]
            return try LocalTimestampAuthority(
                key: try HSMKey(uri, role: "TSA key", module: module ?? hsm.module).privateKey(
                    certificate: certificate
                ),
                certificatePEM: certificatePEM,
                trustAnchorsPEM: try FileIO.read(layout.tsaCA)
            )
        }
        return try LocalTimestampAuthority(
            keyPEM: try FileIO.read(layout.tsaKey),
            certificatePEM: certificatePEM,
            trustAnchorsPEM: try FileIO.read(layout.tsaCA)
        )
    }

    /// The key that signs the published head: the HSM's `archive.json` names, else `keys/head-key.pem`.
    /// - Throws: `SealingError` `.signingFailed` for an HSM key; `StorageError`, `CryptoIOError` for the file.
    package func headKey() throws -> any NoteSigningKey {
        if let hsm = configuration.pkcs11, let uri = hsm.headKey {
            return try HSMKey(uri, role: "head key", module: hsm.module)
        }
        return FileNoteKey(try PrivateKey(pem: try FileIO.read(layout.headKey)))
    }

    /// A collector of validation data that knows the CRLs the archive keeps (`trust/crls/`).
    package func validationCollector() -> ValidationDataCollector {
        let crls = FileIO.names(in: layout.trustCRLs).filter { $0.hasSuffix(".crl") }.compactMap {
            try? RevocationList(pemOrDER: FileIO.read(layout.trustCRLs + "/" + $0))
        }
        return ValidationDataCollector(archiveCRLs: crls, now: now())
    }

    /// The certificates of a key's certificate file, followed by the anchors that complete its
    /// chain up to a self-signed root.
    static func chain(_ certificates: [SigningCertificate], anchorsPEM: [UInt8]) -> [SigningCertificate] {
        var chain = certificates
        let anchors = (try? SigningCertificate.all(pem: anchorsPEM)) ?? []
        while let last = chain.last, !last.isSigned(by: last),
            let issuer = anchors.first(where: { last.isSigned(by: $0) }), chain.count < 8
        {
            chain.append(issuer)
        }
        return chain
    }

    /// The sealing key's chain, and the chain of the TSA certificate the next timestamp is expected
    /// from: the local TSA's, or for a remote TSA the one that signed its test token at `init` or
    /// `keys rotate` (archives made before kept none: then the newest sealed batch's signer).
    /// - Throws: `StorageError`, `CryptoIOError`.
    package func validationChains() throws -> [(ValidationDocument.Chain, [SigningCertificate])] {
        let sealing = Self.chain(
            try SigningCertificate.all(pem: try FileIO.read(layout.sealCertificate)),
            anchorsPEM: try FileIO.read(layout.sealCA)
        )
        var timestamping: [SigningCertificate] = []
        if configuration.timestampAuthority.kind != "url" {
            timestamping = try SigningCertificate.all(pem: try FileIO.read(layout.tsaCertificate))
        } else if FileIO.exists(layout.remoteTSACertificate) {
            timestamping = try SigningCertificate.all(pem: try FileIO.read(layout.remoteTSACertificate))
        } else if let newest = try catalog.batches().filter({ $0.state == .sealed }).max(by: {
            ($0.sealOrder ?? 0) < ($1.sealOrder ?? 0)
        }),
            let response = try? FileIO.read(layout.batch(newest.id.rawValue) + "/timestamp.tsr"),
            let token = try? TimeStampProtocol.token(fromResponse: response),
            let signer = TimeStampProtocol.signer(ofToken: token)
        {
            timestamping = [signer]
        }
        let chains = [
            (ValidationDocument.Chain.sealing, sealing),
            (.timestamping, Self.chain(timestamping, anchorsPEM: try FileIO.read(layout.tsaCA))),
        ]
        return chains.filter { !$0.1.isEmpty }
    }

    /// - Important: the lock lives as long as this value; a writing command keeps it alive to its end
    ///   (`withExtendedLifetime`), since Swift may release a value after its last use.
    deinit { withExtendedLifetime((lock, databaseLock)) {} }
}
