import Foundation
import Lifecycle
import Storage
import TestSupport
import Testing

/// The file primitives the exports lean on: a whole read of any size, the folder walk in UTF-8
/// byte order, and the one byte order itself.
@Suite struct FileIOTests {
    @Test(arguments: [0, 1, 4095, 65_536, 300_001])
    func aReadReturnsEveryByteWhateverTheSize(size: Int) throws {
        let path = try TestEnvironment.temporaryFolder() + "/file"
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        try TestEnvironment.write(bytes, to: path)
        #expect(try FileIO.read(path) == bytes)
    }

    @Test func aMissingFileOrASymbolicLinkIsRefusedByName() throws {
        let folder = try TestEnvironment.temporaryFolder()
        #expect(throws: StorageError.self) { try FileIO.read(folder + "/absent") }
        try TestEnvironment.write("secret", to: folder + "/key")
        try FileManager.default.createSymbolicLink(atPath: folder + "/link", withDestinationPath: folder + "/key")
        #expect(throws: StorageError.self) { try FileIO.read(folder + "/link") }
    }

    @Test func theWalkListsRegularFilesInUTF8ByteOrderAndNoLinks() throws {
        let root = try TestEnvironment.temporaryFolder()
        for path in ["a.b", "a/x", "a/y/z", "B", "é", "a-c", "a/.tmp-1"] {
            try FileManager.default.createDirectory(
                atPath: (root + "/" + path as NSString).deletingLastPathComponent,
                withIntermediateDirectories: true
            )
            try TestEnvironment.write("x", to: root + "/" + path)
        }
        try FileManager.default.createSymbolicLink(atPath: root + "/a/link", withDestinationPath: root + "/B")
        let listed = try FileIO.regularFiles(under: root)
        // As `LC_ALL=C sort` orders whole paths: '-' < '.' < '/' and 'B' < 'a' < 'é'.
        #expect(listed == ["B", "a-c", "a.b", "a/.tmp-1", "a/x", "a/y/z", "é"])
        let sorted = try TestEnvironment.shell(
            "printf '%s\\n' \(listed.map { "'\($0)'" }.joined(separator: " ")) | LC_ALL=C sort",
            in: root
        )
        #expect(sorted.stdout == listed.map { $0 + "\n" }.joined())
        #expect(UTF8Order.precedes("a.b", "a/x") && !UTF8Order.precedes("é", "z") && UTF8Order.precedes("", "a"))
        #expect(!UTF8Order.precedes("same", "same") && UTF8Order.precedes("ab", "abc"))
        #expect(try FileIO.regularFiles(under: root) { $0 == "a/y" }.contains("a/y/z") == false)
        #expect(throws: StorageError.self) { try FileIO.regularFiles(under: root + "/absent") }
    }
}
