import ArchiveIO
import CryptoIO
import Foundation
import Lifecycle

/// Serializes a bag and its seal into one reproducible pax tar (gzip), SPEC "Bundle".
package struct BundleWriter {
    /// What one bundle version holds besides its payload.
    package struct Header: Sendable {
        package var name: BundleName
        package var batchID: BatchID
        package var baggingDate: Date
        package var previousTagManifestSHA256: String?

        package init(name: BundleName, batchID: BatchID, baggingDate: Date, previousTagManifestSHA256: String?) {
            self.name = name
            self.batchID = batchID
            self.baggingDate = baggingDate
            self.previousTagManifestSHA256 = previousTagManifestSHA256
        }
    }

    /// A finished bundle in memory.
    package struct Bundle {
        package var bytes: [UInt8]
        package var tagManifestSHA256: SHA256Digest
    }

    package let signer: any SealSigner

    package init(signer: any SealSigner) { self.signer = signer }

    /// Builds the bag, signs its tag manifest and writes the tar.
    /// - Throws: `BundleError` `.signingFailed` or `.archiveWriteFailed`.
    package func write(_ header: Header, payload: [BagIt.File]) throws -> Bundle {
        var info: [(String, String)] = [
            ("Source-Organization", "qcarchive evidence archive"),
            ("Bagging-Date", RFC3339.formatDate(header.baggingDate)),
            ("Bag-Software-Agent", "qcarchive"),
            ("Certificate-Issuer", header.name.ref.issuer),
            ("Certificate-Serial", header.name.ref.serial),
            ("Bundle-Version", String(header.name.version)),
            ("Batch-Id", header.batchID.rawValue),
            ("Conformance-Boundary", "Conformance to ETSI EN 319 411-2 alone does not make a TSP or its certificates qualified under eIDAS."),
        ]
        if let previous = header.previousTagManifestSHA256 {
            info.append(("Previous-Version-Tagmanifest-SHA256", previous))
        }
        let bag = BagIt(payload: payload, bagInfo: info)
        let signature = try signer.sign(bag.tagManifest)
        let top = header.name.folder
        var files: [(String, [UInt8])] = [
            ("bagit.txt", BagIt.declaration), ("bag-info.txt", bag.bagInfo), ("manifest-sha256.txt", bag.manifest),
            ("tagmanifest-sha256.txt", bag.tagManifest), ("seal/tagmanifest.p7s", signature),
        ]
        files += bag.payload.map { ($0.path, $0.bytes) }
        let directories = Set(files.compactMap { $0.0.contains("/") ? String($0.0.split(separator: "/").dropLast().joined(separator: "/")) : nil })
        var entries: [(path: String, bytes: [UInt8]?)] = [(top, nil)]
        entries += directories.map { (top + "/" + $0, nil) }
        entries += files.map { (top + "/" + $0.0, $0.1) }
        entries.sort { Array($0.path.utf8).lexicographicallyPrecedes(Array($1.path.utf8)) }
        do {
            let bytes = try TarWriter.archive(compression: .gzip) { tar in
                for entry in entries {
                    if let content = entry.bytes {
                        try tar.addFile(entry.path, bytes: content, modificationTime: header.baggingDate)
                    } else {
                        try tar.addDirectory(entry.path, modificationTime: header.baggingDate)
                    }
                }
            }
            return Bundle(bytes: bytes, tagManifestSHA256: SHA256Digest.of(bag.tagManifest))
        } catch {
            throw BundleError(.archiveWriteFailed, "Could not write the bundle \(header.name.folder).", underlying: error)
        }
    }
}
