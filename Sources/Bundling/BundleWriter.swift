import ArchiveIO
import Sealing
import CryptoIO
import Foundation
import Lifecycle
import Storage
import ZlibIO

/// Serializes a bag and its seal into one reproducible pax tar, gzip-compressed in two members
/// (SPEC "Bundle"): the bag and its signed tag manifest first, staged on disk; then, once the batch
/// is timestamped, the batch seal copies and the evidence record, appended before the file is
/// renamed into place. Readers (GNU tar, Python tarfile, libarchive) see one tar.
package struct BundleWriter {
    /// What a bag holds besides its payload: its name, place and bag-info fields.
    package struct Header: Sendable {
        /// The tar's one top-level folder.
        package var folder: String
        /// The bundle file, relative to the archive root.
        package var relativePath: String
        package var bagInfo: [(String, String)]
        package var baggingDate: Date
        /// The certificate version, for a certificate bundle; nil for a batch record.
        package var certificate: BundleName?

        /// The header of one version of a certificate's bundle (SPEC "Bundle": bag-info fields).
        package static func certificate(
            name: BundleName,
            batchID: BatchID,
            baggingDate: Date,
            previousTagManifestSHA256: String?
        ) -> Header {
            var info: [(String, String)] = [
                ("Source-Organization", "qcarchive evidence archive"),
                ("Bagging-Date", RFC3339.formatDate(baggingDate)),
                ("Bag-Software-Agent", SoftwareVersion.bagSoftwareAgent),
                ("Certificate-Issuer", name.ref.issuer),
                ("Certificate-Serial", name.ref.serial),
                ("Bundle-Version", String(name.version)),
                ("Batch-Id", batchID.rawValue),
                ("Conformance-Boundary", ConformanceBoundary.sentence),
            ]
            if let previous = previousTagManifestSHA256 {
                info.append(("Previous-Version-Tagmanifest-SHA256", previous))
            }
            return Header(
                folder: name.folder,
                relativePath: name.relativePath,
                bagInfo: info,
                baggingDate: baggingDate,
                certificate: name
            )
        }

        /// The tar's top-level folder of a batch's own record.
        package static func batchRecordFolder(_ batchID: BatchID) -> String { "qcr-\(batchID.rawValue)" }

        /// A batch's own record, relative to the archive root.
        package static func batchRecordPath(_ batchID: BatchID) -> String {
            "batches/\(batchID.rawValue)/batch-record.tar.gz"
        }

        /// The header of a batch's own record (what no certificate bundle carries), sealed with the batch.
        package static func batchRecord(batchID: BatchID, baggingDate: Date) -> Header {
            Header(
                folder: batchRecordFolder(batchID),
                relativePath: batchRecordPath(batchID),
                bagInfo: [
                    ("Source-Organization", "qcarchive evidence archive"),
                    ("Bagging-Date", RFC3339.formatDate(baggingDate)),
                    ("Bag-Software-Agent", SoftwareVersion.bagSoftwareAgent),
                    ("Bag-Kind", "batch-record"),
                    ("Batch-Id", batchID.rawValue),
                    ("Conformance-Boundary", ConformanceBoundary.sentence),
                ],
                baggingDate: baggingDate,
                certificate: nil
            )
        }
    }

    /// A bundle whose bag is written to its staging file and awaits its seal.
    package struct Staged: Sendable {
        package var header: Header
        package var stagingPath: String
        package var tagManifestSHA256: SHA256Digest
        package var bytes: Int
    }

    /// The batch-level seal files every bundle of a batch carries. The copy of seal.json is the
    /// same in every bundle and grows with the batch, so its content is compressed once per batch
    /// and each bundle's file reuses those bytes as a gzip member of its own.
    package struct SealFiles: Sendable {
        package var sealJSON: [UInt8]
        package var sealSignature: [UInt8]
        /// seal.json's bytes and tar padding, gzip-compressed once.
        let compressedSealContent: [UInt8]

        /// - Throws: `BundleError` `.archiveWriteFailed` when zlib fails.
        package init(sealJSON: [UInt8], sealSignature: [UInt8]) throws {
            self.sealJSON = sealJSON
            self.sealSignature = sealSignature
            let padding = (512 - sealJSON.count % 512) % 512
            do {
                // once per batch
                compressedSealContent = try Gzip.compress(sealJSON + [UInt8](repeating: 0, count: padding), level: 9)
            } catch {
                throw BundleError(.archiveWriteFailed, "Could not compress the batch seal.", underlying: error)
            }
        }
    }

    package let signer: any SealSigner

    /// zlib level of each bag: measured on a bundle, level 3 takes half the time of the default 6
    /// for 7% more bytes (levels 1 to 3 cost the same; 4 and up twice as much).
    static let compressionLevel: Int32 = 3

    package init(signer: any SealSigner) { self.signer = signer }

    /// Phase 1: builds the bag, signs its tag manifest and writes the first gzip member to `stagingPath`.
    /// - Throws: `SealingError` `.signingFailed`, `BundleError` `.archiveWriteFailed`.
    package func stage(_ header: Header, payload: [BagIt.File], at stagingPath: String) throws -> Staged {
        let bag = BagIt(payload: payload, bagInfo: header.bagInfo)
        let signature = try signer.sign(bag.tagManifest)
        var files: [(String, [UInt8])] = [
            ("bagit.txt", BagIt.declaration), ("bag-info.txt", bag.bagInfo), ("manifest-sha256.txt", bag.manifest),
            ("tagmanifest-sha256.txt", bag.tagManifest), ("seal/tagmanifest.p7s", signature),
        ]
        let bytes: Int
        if bag.payload.contains(where: { $0.spool != nil }) {
            bytes = try streamMember(header, tags: files, payload: bag.payload, to: stagingPath)
        } else {
            files += bag.payload.map { ($0.path, $0.bytes) }
            let member = try gzipMember(header, files: files, folders: Self.folders, endOfArchive: false)
            try FileIO.writeStaging(member, to: stagingPath)
            bytes = member.count
        }
        return Staged(
            header: header,
            stagingPath: stagingPath,
            tagManifestSHA256: SHA256Digest.of(bag.tagManifest),
            bytes: bytes
        )
    }

    /// The folders of a bag's tar, below its top-level folder ("" for that one).
    private static let folders = ["", "data", "seal"]

    /// `stage`'s first member for a bag with spooled payload files: the tar written to a file beside
    /// the staging file, its content streamed from the spools, then compressed a chunk at a time, the
    /// same bytes `gzipMember` makes in memory.
    /// - Returns: the member's size.
    private func streamMember(
        _ header: Header,
        tags: [(String, [UInt8])],
        payload: [BagIt.File],
        to stagingPath: String
    ) throws -> Int {
        let top = header.folder
        var entries: [(path: String, file: BagIt.File?)] = Self.folders.map { ($0.isEmpty ? top : top + "/" + $0, nil) }
        entries += tags.map { (top + "/" + $0.0, BagIt.File(path: $0.0, bytes: $0.1)) }
        entries += payload.map { (top + "/" + $0.path, $0) }
        entries.sort { UTF8Order.precedes($0.path, $1.path) }
        let tarPath = stagingPath + ".tar"
        defer { FileIO.remove(tarPath) }
        var written = 0
        do {
            let tar = try TarStreamWriter(path: tarPath)
            for (path, file) in entries {
                guard let file else {
                    try tar.addDirectory(path, modificationTime: header.baggingDate)
                    continue
                }
                guard let spool = file.spool else {
                    try tar.addFile(path, bytes: file.bytes, modificationTime: header.baggingDate)
                    continue
                }
                try tar.addFile(path, size: spool.size, modificationTime: header.baggingDate) { write in
                    try FileIO.forEachChunk(of: spool.path) { try write($0) }
                }
            }
            try tar.finish()
            // Without the tar's two zero end blocks: the seal's member follows (as `TarWriter` leaves them out).
            let deflater = try GzipDeflater(level: Self.compressionLevel)
            try FileIO.writeStaging(to: stagingPath) { write in
                var held: [UInt8] = []
                try FileIO.forEachChunk(of: tarPath) { chunk in
                    held += chunk
                    guard held.count > 1024 else { return }
                    let out = try deflater.compress(Array(held[..<(held.count - 1024)]))
                    held.removeFirst(held.count - 1024)
                    try write(out)
                    written += out.count
                }
                guard held.count == 1024, held.allSatisfy({ $0 == 0 }) else {
                    throw BundleError(
                        .archiveWriteFailed,
                        "The tar stream of \(header.folder) does not end in two zero blocks."
                    )
                }
                let out = try deflater.finish()
                try write(out)
                written += out.count
            }
        } catch let error as BundleError {
            throw error
        } catch {
            throw BundleError(.archiveWriteFailed, "Could not write the bundle \(header.folder).", underlying: error)
        }
        return written
    }

    /// Phase 2: appends the batch seal copies and the evidence record, then leaves the bundle to `placing`,
    /// which makes it durable and puts it in place with the others.
    /// - Returns: the bytes appended.
    /// - Throws: `BundleError` `.archiveWriteFailed`, `StorageError`.
    package func finish(
        _ staged: Staged,
        seal: SealFiles,
        evidenceRecord: [UInt8],
        at path: String,
        placing: StagedFiles
    ) throws -> Int {
        // Three gzip members: the seal.json entry's header, its shared content, then the signature,
        // the evidence record and the end of the archive.
        let sealEntry = try tarBytes(
            staged.header,
            files: [("seal/batch-seal.json", seal.sealJSON)],
            folders: [],
            endOfArchive: false
        )
        let contentLength = seal.sealJSON.count + (512 - seal.sealJSON.count % 512) % 512
        let header = Array(sealEntry[..<(sealEntry.count - contentLength)])
        let rest = try tarBytes(
            staged.header,
            files: [
                ("seal/batch-seal.json.p7s", seal.sealSignature), ("seal/evidence-record.ers", evidenceRecord),
            ],
            folders: [],
            endOfArchive: true
        )
        let member: [UInt8]
        do {
            member =
                try Gzip.compress(header, level: Self.compressionLevel) + seal.compressedSealContent
                + Gzip.compress(rest, level: Self.compressionLevel)
        } catch {
            throw BundleError(
                .archiveWriteFailed,
                "Could not write the bundle \(staged.header.folder).",
                underlying: error
            )
        }
        try FileIO.append(member, toStaging: staged.stagingPath)
        try placing.add(staging: staged.stagingPath, target: path)
        return member.count
    }

    private func gzipMember(
        _ header: Header,
        files: [(String, [UInt8])],
        folders: [String],
        endOfArchive: Bool
    ) throws -> [UInt8] {
        let tar = try tarBytes(header, files: files, folders: folders, endOfArchive: endOfArchive)
        do {
            return try Gzip.compress(tar, level: Self.compressionLevel)
        } catch {
            throw BundleError(.archiveWriteFailed, "Could not write the bundle \(header.folder).", underlying: error)
        }
    }

    /// The uncompressed tar entries, sorted, with the header's mtime.
    private func tarBytes(
        _ header: Header,
        files: [(String, [UInt8])],
        folders: [String],
        endOfArchive: Bool
    ) throws -> [UInt8] {
        let top = header.folder
        var entries: [(path: String, bytes: [UInt8]?)] = folders.map { ($0.isEmpty ? top : top + "/" + $0, nil) }
        entries += files.map { (top + "/" + $0.0, $0.1) }
        entries.sort { UTF8Order.precedes($0.path, $1.path) }
        do {
            return try TarWriter.archive(compression: .none, endOfArchive: endOfArchive) { tar in
                for entry in entries {
                    if let content = entry.bytes {
                        try tar.addFile(entry.path, bytes: content, modificationTime: header.baggingDate)
                    } else {
                        try tar.addDirectory(entry.path, modificationTime: header.baggingDate)
                    }
                }
            }
        } catch {
            throw BundleError(.archiveWriteFailed, "Could not write the bundle \(header.folder).", underlying: error)
        }
    }
}
