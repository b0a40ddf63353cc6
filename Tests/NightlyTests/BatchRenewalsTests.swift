import CryptoIO
import Foundation
import Sealing
import Storage
import TestSupport
import Testing

/// The pieces of a renewal: the hash tree in any algorithm (a list of one hash stands for it, as
/// Bouncy Castle writes; a path inside a sub-tree joined with the path above it), and
/// `BatchRenewals.load`, which names each file that is not a renewal as written.
@Suite struct BatchRenewalsTests {
    static func leaves(_ count: Int, _ algorithm: HashAlgorithm) -> [Digest] {
        (0..<count).map { algorithm.digest(Array("leaf \($0)".utf8)) }
    }

    @Test func everyLeafLeadsToTheRootAndAJoinedPathLeadsToTheUpperRoot() throws {
        for algorithm in HashAlgorithm.allCases {
            for count in [1, 2, 3, 7, 16] {
                let leaves = Self.leaves(count, algorithm)
                let tree = HashTree(leaves: leaves, algorithm: algorithm)
                for leaf in leaves {
                    let path = try #require(tree.reducedTree(for: leaf))
                    #expect(HashTree.root(from: leaf, reducedTree: path) == tree.root, "\(algorithm) \(count)")
                }
                #expect(tree.reducedTree(for: algorithm.digest(Array("absent".utf8))) == nil)
                // The sub-tree's root as one leaf of a larger tree (a batch in a renewal run).
                let upper = HashTree(leaves: [tree.root] + Self.leaves(5, algorithm).dropFirst(2), algorithm: algorithm)
                let upperPath = try #require(upper.reducedTree(for: tree.root))
                for leaf in leaves {
                    let joined = HashTree.join(try #require(tree.reducedTree(for: leaf)), subRoot: tree.root, upperPath)
                    #expect(HashTree.root(from: leaf, reducedTree: joined) == upper.root, "\(algorithm) \(count)")
                }
            }
        }
        // A list of one hash stands for that hash; a wrong neighbour leads elsewhere.
        let leaf = HashAlgorithm.sha256.digest(Array("x".utf8))
        let neighbour = HashAlgorithm.sha256.digest(Array("y".utf8))
        #expect(
            HashTree.root(from: leaf, reducedTree: [[leaf], [neighbour]]) == HashTree.combine([leaf, neighbour])
        )
        #expect(HashTree.root(from: neighbour, reducedTree: [[leaf], [neighbour]]) == nil)
    }

    @Test func loadNamesEveryFileThatIsNoRenewal() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let layout = ArchiveLayout(root: folder)
        let renewals = BatchRenewals.folder(layout, batch: "day-1")
        func load() -> BundleProblem? {
            do {
                _ = try BatchRenewals.load(layout, batch: "day-1")
                return nil
            } catch { return error }
        }
        #expect(load() == nil, "no folder: no renewals")
        #expect(try BatchRenewals.load(layout, batch: "day-1").nextNumber == 1)

        try TestEnvironment.write("x", to: renewals + "/0001-timestamp-md5.ats")
        #expect(load()?.code == .unsealed && load()?.file == "batches/day-1/renewals/0001-timestamp-md5.ats")
        try FileManager.default.removeItem(atPath: renewals + "/0001-timestamp-md5.ats")

        try TestEnvironment.write("not DER", to: renewals + "/0002-timestamp-sha256.ats")
        #expect(load()?.code == .evidence && load()?.found == "renewal 2", "a gap: \(String(describing: load()))")
        try FileManager.default.moveItem(
            atPath: renewals + "/0002-timestamp-sha256.ats",
            toPath: renewals + "/0001-timestamp-sha256.ats"
        )
        #expect(load()?.code == .evidence && load()?.expected == "a DER RFC 4998 ArchiveTimeStamp")

        // A hash-tree renewal: its leaves must be there, sorted, of its algorithm.
        let token = try EvidenceRecordTests.sealed().record
        let stamp = try EvidenceRecord(der: token).initial
        let ats = ArchiveTimeStamp(algorithm: .sha512, reducedHashTree: [], timeStamp: stamp.timeStamp)
        try FileManager.default.removeItem(atPath: renewals + "/0001-timestamp-sha256.ats")
        try TestEnvironment.write(try EvidenceRecord.der(of: ats), to: renewals + "/0001-hashtree-sha512.ats")
        #expect(load()?.code == .missing && load()?.file == "batches/day-1/renewals/0001-hashtree-sha512.leaves")
        let leaves = Self.leaves(3, .sha512).sorted()
        try TestEnvironment.write(
            BatchRenewals.leavesText(leaves.reversed()),
            to: renewals + "/0001-hashtree-sha512.leaves"
        )
        #expect(load() == nil, "leavesText sorts")
        try FileManager.default.removeItem(atPath: renewals + "/0001-hashtree-sha512.leaves")
        try TestEnvironment.write(
            leaves.reversed().map { $0.hex + "\n" }.joined(),
            to: renewals + "/0001-hashtree-sha512.leaves"
        )
        #expect(load()?.code == .evidence && load()?.found == "line 2 is not", "\(String(describing: load()))")
        try FileManager.default.removeItem(atPath: renewals + "/0001-hashtree-sha512.leaves")
        try TestEnvironment.write(
            BatchRenewals.leavesText(Self.leaves(3, .sha256)),
            to: renewals + "/0001-hashtree-sha512.leaves"
        )
        #expect(load()?.code == .evidence && load()?.found == "line 1 is not")
        try FileManager.default.removeItem(atPath: renewals + "/0001-hashtree-sha512.leaves")
        try TestEnvironment.write(BatchRenewals.leavesText(leaves), to: renewals + "/0001-hashtree-sha512.leaves")
        let loaded = try BatchRenewals.load(layout, batch: "day-1")
        #expect(loaded.renewals.map(\.baseName) == ["0001-hashtree-sha512"] && loaded.nextNumber == 2)
        #expect(loaded.renewals[0].tree?.leaves == leaves)

        // The .ats says SHA-256 while its name says SHA-512.
        let wrong = ArchiveTimeStamp(algorithm: .sha256, reducedHashTree: [], timeStamp: stamp.timeStamp)
        chmod(renewals + "/0001-hashtree-sha512.ats", 0o644)
        try TestEnvironment.write(try EvidenceRecord.der(of: wrong), to: renewals + "/0001-hashtree-sha512.ats")
        #expect(load()?.code == .evidence && load()?.found == "another algorithm")
    }
}
