import Bundling
import Catalog
import CryptoIO
import Foundation
import Lifecycle
import Sealing
import Storage
import TestSupport
import Testing

/// What keeps a batch's seal within bounded memory: the hash tree kept as flat levels, the staged
/// bag list on disk, and the catalog giving touched certificates in the order of their paths.
@Suite struct StagedSealTests {
    /// SPEC "Batch seal" read literally: sort, pair left to right, hash each pair sorted, carry an odd one up.
    static func referenceRoot(_ leaves: [SHA256Digest]) -> SHA256Digest {
        var level = leaves.sorted()
        while level.count > 1 {
            level = stride(from: 0, to: level.count, by: 2).map { index in
                guard index + 1 < level.count else { return level[index] }
                let pair = [level[index], level[index + 1]].sorted()
                return SHA256Digest.of(pair[0].bytes + pair[1].bytes)
            }
        }
        return level[0]
    }

    @Test func aTreeOverFlatLeavesIsTheTreeOfItsDigests() throws {
        for count in [1, 2, 3, 5, 8, 33, 1000] {
            // leaf 0, 10, 20... twice: a duplicate is a leaf like any other
            let leaves = (0..<count).map { SHA256Digest.of("leaf \($0 % 10 == 0 ? $0 : $0 - 1)") }
            let tree = HashTree(sha256Leaves: leaves.shuffled().flatMap(\.bytes))
            #expect(tree.root == Digest(Self.referenceRoot(leaves)), "\(count) leaves")
            #expect(tree.root == HashTree(leaves: leaves).root && tree.leafCount == count)
            let sorted = tree.leaves
            #expect(sorted == leaves.map(Digest.init).sorted())
            for leaf in leaves {
                let index = try #require(tree.leafIndex(of: Digest(leaf)))
                #expect(sorted[index] == Digest(leaf) && (index == 0 || sorted[index - 1] < Digest(leaf)))
                let path = tree.reducedTree(forLeafAt: index)
                #expect(HashTree.root(from: Digest(leaf), reducedTree: path) == tree.root, "\(count) leaves")
            }
            #expect(tree.leafIndex(of: Digest(SHA256Digest.of("absent"))) == nil)
            #expect(tree.leafIndex(of: HashAlgorithm.sha512.digest(Array("leaf 0".utf8))) == nil)
        }
    }

    @Test func theStagedListReadsBackAcrossChunksAndRefusesACutEnd() throws {
        let folder = try TestEnvironment.temporaryFolder()
        // 40,000 records cross the reader's 1 MiB chunks several times
        let entries = (0..<40_000).map { index in
            StagedBagList.Entry(
                name: index == 0
                    ? nil
                    : BundleName(
                        ref: CertificateRef(
                            issuer: "CN=Prüf-CA \(index % 7),O=Ü\u{0}",
                            serial: String(index, radix: 16)
                        ),
                        version: index % 3 + 1
                    ),
                tagManifestSHA256: SHA256Digest.of("bag \(index)"),
                bytes: index * 1_000_003
            )
        }
        let bytes = entries.flatMap(StagedBagList.encode)
        #expect(bytes.count > 3 << 20)
        try FileIO.writeAtomically(bytes, to: folder + "/whole.bags")
        var read: [StagedBagList.Entry] = []
        try StagedBagList(path: folder + "/whole.bags").forEach { read.append($0) }
        #expect(read == entries)

        try FileIO.writeAtomically(Array(bytes.dropLast()), to: folder + "/cut.bags")
        var count = 0
        let error = #expect(throws: BundleError.self) {
            try StagedBagList(path: folder + "/cut.bags").forEach { _ in count += 1 }
        }
        #expect(error?.code == .archiveWriteFailed && error?.message.contains("cut record") == true)
        #expect(count == entries.count - 1)
    }

    @Test func touchedCertificatesComeInTheOrderOfTheirBundlePaths() throws {
        let catalog = try SQLiteCatalog(path: try TestEnvironment.temporaryFolder() + "/catalog.sqlite")
        try catalog.save(
            BatchRecord(
                id: BatchID("b1"),
                source: nil,
                cutoff: nil,
                dropPath: "/drop",
                dropDigest: "d1",
                startedAt: Date(timeIntervalSince1970: 0),
                state: .importing
            )
        )
        let serials = ["0", "1", "a", "10", "1a", "2a", "a0", "ab", "abc", "b1", "fab", "100", "ffab", "1ab"]
        let issuers = ["CN=Root CA", "CN=Issuing CA 1,O=QTSP", "CN=Issuing CA 2,O=QTSP"]
        for issuer in issuers {
            for serial in serials { try catalog.markTouched(.init(issuer: issuer, serial: serial), by: BatchID("b1")) }
        }
        #expect(try catalog.touchedCount(in: BatchID("b1")) == serials.count * issuers.count)
        #expect(try catalog.touchedIssuers(in: BatchID("b1")).sorted() == issuers.sorted())
        for version in [1, 2, 11] {
            var paths: [String] = []
            for issuer in issuers.sorted(by: { BundleName.issuerKey(of: $0) < BundleName.issuerKey(of: $1) }) {
                try catalog.forEachTouchedCertificate(in: BatchID("b1"), issuers: [issuer]) {
                    paths.append(BundleName(ref: $0, version: version).relativePath)
                }
            }
            #expect(paths.count == serials.count * issuers.count)
            #expect(paths == paths.sorted(by: UTF8Order.precedes), "version \(version)")
        }
        var none = 0
        try catalog.forEachTouchedCertificate(in: BatchID("b1"), issuers: []) { _ in none += 1 }
        try catalog.forEachTouchedCertificate(in: BatchID("b2"), issuers: issuers) { _ in none += 1 }
        #expect(none == 0)
    }
}

/// The batch record's list of drop files, which grows with the night, streamed to disk and from
/// there into its bag: the same bytes as when it was held in memory.
@Suite struct SpooledPayloadTests {
    /// Signs deterministically, so that two bags of the same content are the same bytes.
    struct DigestSigner: SealSigner {
        func sign(_ content: [UInt8]) throws -> [UInt8] { Array("signed ".utf8) + SHA256Digest.of(content).bytes }
    }

    static let files = [
        DropFileRecord(
            batchID: BatchID("b"),
            path: "batch.json",
            sha256: String(repeating: "a", count: 64),
            size: 9,
            kind: "batch_info"
        ),
        DropFileRecord(
            batchID: BatchID("b"),
            path: "documents/\"quoted\" \\ back/slash ü \u{1}\t.pdf",
            sha256: String(repeating: "b", count: 64),
            size: 1 << 40,
            kind: "document_files"
        ),
        DropFileRecord(
            batchID: BatchID("b"),
            path: "certificates/1a.pem",
            sha256: String(repeating: "c", count: 64),
            size: 0,
            kind: "certificates"
        ),
    ]

    @Test func theListWrittenAFileAtATimeIsTheDocumentOfTheList() throws {
        for count in 0...Self.files.count {
            let documents = Self.files.prefix(count).map(BatchRecordContent.DropFileDocument.init)
            var list = BatchRecordContent.DropFilesList()
            var streamed: [UInt8] = []
            for document in documents { streamed += try list.element(document) }
            streamed += try list.end()
            #expect(streamed == (try DocumentJSON.encode(Array(documents))), "\(count) files")
            #expect(streamed == (try DocumentJSON.foundationEncode(Array(documents))), "\(count) files, Foundation")
        }
    }

    @Test func aBagWithASpooledFileIsTheBagWithThatFileInMemory() throws {
        let folder = try TestEnvironment.temporaryFolder()
        // Larger than the reader's 1 MiB chunks, and than the 1024 bytes held back for the end blocks.
        let large = Array((0..<60_000).map { "line \($0) of a large payload file\n" }.joined().utf8)
        try FileIO.writeAtomically(large, to: folder + "/large.spool")
        let spool = BagIt.File.Spool(path: folder + "/large.spool", size: large.count, sha256: SHA256Digest.of(large))
        let small = BagIt.File(path: "data/batch.json", bytes: Array("{}\n".utf8))
        let writer = BundleWriter(signer: DigestSigner())
        let header = BundleWriter.Header.batchRecord(
            batchID: BatchID("b"),
            baggingDate: Date(timeIntervalSince1970: 1e9)
        )
        let held = try writer.stage(
            header,
            payload: [small, BagIt.File(path: "data/drop-files.json", bytes: large)],
            at: folder + "/held.staged"
        )
        let streamed = try writer.stage(
            header,
            payload: [small, BagIt.File(path: "data/drop-files.json", spool: spool)],
            at: folder + "/streamed.staged"
        )
        #expect(held.tagManifestSHA256 == streamed.tagManifestSHA256 && held.bytes == streamed.bytes)
        #expect(try FileIO.read(folder + "/held.staged") == FileIO.read(folder + "/streamed.staged"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/streamed.staged.tar"), "the tar beside it is gone")
        // GNU tar lists the member (the end blocks are missing by design: the seal's member follows).
        let listed = try TestEnvironment.run(
            "sh",
            ["-c", "gzip -dc '\(folder)/streamed.staged' | tar -tvf - 2>/dev/null"]
        )
        #expect(listed.stdout.contains("qcr-b/data/drop-files.json") && listed.stdout.contains("\(large.count)"))
    }
}
