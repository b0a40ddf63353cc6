import Foundation
import Storage
import TestSupport
import Testing

/// Files staged without a flush take their names only when their chunk is placed, and never replace
/// a file.
@Suite struct StagedFilesTests {
    func stage(_ text: String, in folder: String, as name: String) throws -> String {
        let staging = folder + "/.incoming-" + name
        try FileIO.writeStaging(Array(text.utf8), to: staging)
        return staging
    }

    @Test func namesAppearOnlyWhenPlaced() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let staged = StagedFiles(root: folder, keepingExisting: false)
        try staged.add(staging: try stage("one", in: folder, as: "a"), target: folder + "/sub/one")
        try staged.add(staging: try stage("two", in: folder, as: "b"), target: folder + "/two")
        #expect(!FileIO.exists(folder + "/sub/one") && !FileIO.exists(folder + "/two"))
        try staged.place()
        #expect(try FileIO.read(folder + "/sub/one") == Array("one".utf8))
        #expect(try FileIO.read(folder + "/two") == Array("two".utf8))
        #expect(!FileIO.exists(folder + "/.incoming-a") && !FileIO.exists(folder + "/.incoming-b"))
        try staged.place()  // nothing left: nothing happens
    }

    @Test func neverReplacesAFile() throws {
        let folder = try TestEnvironment.temporaryFolder()
        try FileIO.writeStaging(Array("sealed".utf8), to: folder + "/bag")
        let staged = StagedFiles(root: folder, keepingExisting: false)
        try staged.add(staging: try stage("other", in: folder, as: "a"), target: folder + "/bag")
        #expect(throws: StorageError.self) { try staged.place() }
        #expect(try FileIO.read(folder + "/bag") == Array("sealed".utf8))
        #expect(!FileIO.exists(folder + "/.incoming-a"))
    }

    @Test func keepsTheFirstCopyOfContentAddressedFiles() throws {
        let folder = try TestEnvironment.temporaryFolder()
        try FileIO.writeStaging(Array("same".utf8), to: folder + "/blob")
        let staged = StagedFiles(root: folder, keepingExisting: true)
        try staged.add(staging: try stage("same", in: folder, as: "a"), target: folder + "/blob")
        try staged.add(staging: try stage("new", in: folder, as: "b"), target: folder + "/fresh")
        try staged.place()
        #expect(try FileIO.read(folder + "/blob") == Array("same".utf8))
        #expect(try FileIO.read(folder + "/fresh") == Array("new".utf8))
        #expect(!FileIO.exists(folder + "/.incoming-a"))
    }

    @Test func aFullChunkIsPlacedAtOnceAndTheRestWaits() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let staged = StagedFiles(root: folder, keepingExisting: true, chunk: 3)
        for index in 0..<7 {
            try staged.add(staging: try stage("\(index)", in: folder, as: "\(index)"), target: folder + "/f\(index)")
        }
        // Two chunks of three named; the seventh waits for `place`.
        #expect((0..<7).map { FileIO.exists(folder + "/f\($0)") } == [true, true, true, true, true, true, false])
        // A blob a later chunk stages again keeps the copy an earlier chunk named.
        try staged.add(staging: try stage("again", in: folder, as: "again"), target: folder + "/f0")
        try staged.place()
        #expect(try FileIO.read(folder + "/f0") == Array("0".utf8))
        #expect(try FileIO.read(folder + "/f6") == Array("6".utf8))
        #expect(!FileIO.exists(folder + "/.incoming-again") && !FileIO.exists(folder + "/.incoming-6"))
    }
}
