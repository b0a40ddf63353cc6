import CryptoIO
import Foundation
import Storage

/// `archive.json`: how an archive seals (kept beside the catalog; the archive is the truth).
package struct ArchiveConfiguration: Sendable, Codable, Equatable {
    /// Which timestamp authority the archive uses (RFC 3161): the in-process one, or one at a URL.
    package struct TimestampAuthority: Sendable, Codable, Equatable {
        package var kind: String
        package var url: String?

        package static let local = TimestampAuthority(kind: "local", url: nil)
        package static func remote(_ url: String) -> TimestampAuthority { TimestampAuthority(kind: "url", url: url) }
    }

    package var format = "qcarchive-archive/1"
    /// Random, made at init (SPEC "Archive folder"); the published head's origin is `qcarchive/<archive_id>`.
    /// Archives made before it was written get one at their next writing run.
    package var archiveID: String?
    package var createdAt: String
    package var timestampAuthority: TimestampAuthority
    /// True when the sealing and TSA keys are the demo keys `init` made (not qualified).
    package var demoKeys: Bool
    /// SHA-256 of each sealing certificate the archive has used (DER): `verify` accepts seals by these only.
    package var sealCertificates: [String]?
    /// Written by earlier versions, which split a night into batches of at most this many bundles
    /// (format 1). Read and kept, no longer used: a format-2 batch seals the whole night.
    package var bundlesPerBatch: Int?
    /// The PostgreSQL database that holds the catalog (`init --catalog`, a URI without password); when
    /// absent, `catalog.sqlite` in the archive folder.
    package var catalog: String?
    /// The keys an HSM holds, and its PKCS#11 module (`init --seal-key pkcs11:…`, `keys rotate`).
    package var pkcs11: HSMConfiguration?

    enum CodingKeys: String, CodingKey {
        case format
        case archiveID = "archive_id"
        case createdAt = "created_at"
        case timestampAuthority = "tsa"
        case demoKeys = "demo_keys"
        case sealCertificates = "seal_certificates"
        case bundlesPerBatch = "bundles_per_batch"
        case catalog
        case pkcs11
    }

    package init(createdAt: String, timestampAuthority: TimestampAuthority, demoKeys: Bool) {
        self.archiveID = Self.newArchiveID()
        self.createdAt = createdAt
        self.timestampAuthority = timestampAuthority
        self.demoKeys = demoKeys
    }

    /// 128 random bits, lowercase hex.
    static func newArchiveID() -> String {
        var generator = SystemRandomNumberGenerator()
        return Hex.encode((0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) })
    }

    /// The origin line of the archive's published head.
    package var headOrigin: String? { archiveID.map { "qcarchive/\($0)" } }

    /// Reads `archive.json`.
    /// - Throws: `StorageError` `.notAnArchive` when the folder is not an initialized archive.
    package static func load(_ layout: ArchiveLayout) throws -> ArchiveConfiguration {
        guard FileIO.exists(layout.configuration) else {
            throw StorageError(
                .notAnArchive,
                "\(layout.root) is not a qcarchive archive; run 'qcarchive init --archive \(layout.root)' first."
            )
        }
        do {
            return try JSONDecoder().decode(
                ArchiveConfiguration.self,
                from: Data(try FileIO.read(layout.configuration))
            )
        } catch let error as StorageError {
            throw error
        } catch {
            throw StorageError(
                .notAnArchive,
                "\(layout.configuration) is not a readable archive configuration.",
                library: "\(error)"
            )
        }
    }
}
