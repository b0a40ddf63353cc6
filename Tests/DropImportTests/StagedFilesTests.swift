import Foundation
import Storage
import TestSupport
import Testing

/// Files staged without a flush take their names only in `place`, and never replace a file.
@Suite struct StagedFilesTests {
    func stage(_ text: String, in folder: String, as name: String) throws -> String {
        let staging = folder + "/.incoming-" + name
        try FileIO.writeStaging(Array(text.utf8), to: staging)
        return staging
    }

    @Test func namesAppearOnlyWhenPlaced() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let staged = StagedFiles(root: folder)
        staged.add(staging: try stage("one", in: folder, as: "a"), target: folder + "/sub/one")
        staged.add(staging: try stage("two", in: folder, as: "b"), target: folder + "/two")
        #expect(!FileIO.exists(folder + "/sub/one") && !FileIO.exists(folder + "/two"))
        try staged.place(keepingExisting: false)
        #expect(try FileIO.read(folder + "/sub/one") == Array("one".utf8))
        #expect(try FileIO.read(folder + "/two") == Array("two".utf8))
        #expect(!FileIO.exists(folder + "/.incoming-a") && !FileIO.exists(folder + "/.incoming-b"))
        try staged.place(keepingExisting: false)  // nothing left: nothing happens
    }

    @Test func neverReplacesAFile() throws {
        let folder = try TestEnvironment.temporaryFolder()
        try FileIO.writeStaging(Array("sealed".utf8), to: folder + "/bag")
        let staged = StagedFiles(root: folder)
        staged.add(staging: try stage("other", in: folder, as: "a"), target: folder + "/bag")
        #expect(throws: StorageError.self) { try staged.place(keepingExisting: false) }
        #expect(try FileIO.read(folder + "/bag") == Array("sealed".utf8))
        #expect(!FileIO.exists(folder + "/.incoming-a"))
    }

    @Test func keepsTheFirstCopyOfContentAddressedFiles() throws {
        let folder = try TestEnvironment.temporaryFolder()
        try FileIO.writeStaging(Array("same".utf8), to: folder + "/blob")
        let staged = StagedFiles(root: folder)
        staged.add(staging: try stage("same", in: folder, as: "a"), target: folder + "/blob")
        staged.add(staging: try stage("new", in: folder, as: "b"), target: folder + "/fresh")
        try staged.place(keepingExisting: true)
        #expect(try FileIO.read(folder + "/blob") == Array("same".utf8))
        #expect(try FileIO.read(folder + "/fresh") == Array("new".utf8))
        #expect(!FileIO.exists(folder + "/.incoming-a"))
    }
}
