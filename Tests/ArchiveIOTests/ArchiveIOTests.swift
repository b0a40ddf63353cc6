import ArchiveIO
import Foundation
import TestSupport
import Testing

@Suite(.serialized) struct TarTests {
    init() { ProcessLocale.useUTF8() }

    static let epoch = Date(timeIntervalSince1970: 1_763_600_000)

    static func sample(_ compression: TarWriter.Compression) throws -> [UInt8] {
        try TarWriter.archive(compression: compression) { tar in
            try tar.addDirectory("bag", modificationTime: epoch)
            try tar.addFile("bag/bagit.txt", bytes: Array("BagIt-Version: 1.0\n".utf8), modificationTime: epoch)
            try tar.addFile("bag/data/Zertifikat-Übersicht.json", bytes: Array("{}".utf8), modificationTime: epoch)
            try tar.addFile(
                "bag/data/" + String(repeating: "long-name-", count: 12) + ".txt",
                bytes: [1, 2, 3],
                modificationTime: epoch
            )
        }
    }

    @Test func writesTheSameBytesTwice() throws {
        #expect(try Self.sample(.gzip) == Self.sample(.gzip))
        #expect(try Self.sample(.none) == Self.sample(.none))
    }

    @Test func writesWhatGNUTarAndPythonTarfileRead() throws {
        let folder = try TestEnvironment.temporaryFolder()
        try TestEnvironment.write(try Self.sample(.gzip), to: folder + "/b.tar.gz")
        let listing = try TestEnvironment.run("tar", ["-tzvf", folder + "/b.tar.gz"])
        #expect(listing.status == 0, "\(listing)")
        #expect(listing.stdout.contains("bag/data/Zertifikat-Übersicht.json"))
        #expect(listing.stdout.contains("0/0"))
        let python = try TestEnvironment.run(
            "python3",
            [
                "-c",
                """
                import tarfile, sys
                t = tarfile.open(sys.argv[1])
                for m in t.getmembers():
                    assert m.uid == 0 and m.gid == 0 and m.mtime == 1763600000, m
                    assert not m.issym() and not m.islnk()
                print(t.pax_headers is not None, len(t.getmembers()))
                """, folder + "/b.tar.gz",
            ]
        )
        #expect(python.status == 0, "\(python)")
        #expect(python.stdout.contains(" 4"))
    }

    @Test func readsBackEveryMemberWithItsContent() throws {
        let read = try TarReader.members(of: try Self.sample(.gzip))
        #expect(
            read.members.map(\.path) == [
                "bag", "bag/bagit.txt", "bag/data/Zertifikat-Übersicht.json",
                "bag/data/" + String(repeating: "long-name-", count: 12) + ".txt",
            ]
        )
        #expect(read.members[0].kind == .directory)
        #expect(read.members[3].bytes == [1, 2, 3])
        #expect(!read.formats.contains { $0.contains("GNU") })
    }

    @Test func reportsLinksAndGNUHeadersItDidNotWrite() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let made = try TestEnvironment.run(
            "python3",
            [
                "-c",
                """
                import tarfile, io, sys
                with tarfile.open(sys.argv[1], "w", format=tarfile.GNU_FORMAT) as t:
                    link = tarfile.TarInfo("bag/data/link"); link.type = tarfile.SYMTYPE; link.linkname = "/etc/passwd"
                    t.addfile(link)
                """, folder + "/evil.tar",
            ]
        )
        #expect(made.status == 0, "\(made)")
        let read = try TarReader.members(of: try TestEnvironment.read(folder + "/evil.tar"))
        #expect(read.members.first?.kind == .symbolicLink)
        #expect(read.formats.contains { $0.contains("GNU") })
    }

    @Test func refusesBytesThatAreNotATar() {
        let error = #expect(throws: ArchiveIOError.self) {
            try TarReader.members(of: Array("hello, world — not a tar archive at all".utf8))
        }
        #expect(error?.code == .readFailed)
    }
}
