import Foundation
import TestSupport
import Testing

/// A changed byte in a bundle's gzip member header (time, flags, OS: no CRC covers them) is noticed,
/// although `gzip -t` still accepts the file and the tar inside is the same.
@Suite struct GzipHeaderTests {
    @Test func aChangedMemberHeaderIsNamed() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = folder + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        let drop = try FixtureDrop(at: folder + "/drop", certificates: 1)
        #expect(try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", drop.root).status == 0)
        let bag = try #require(TestEnvironment.files(under: archive + "/bundles").first)
        let path = archive + "/bundles/" + bag
        // Python's zlib finds where the last member starts, and changes its time field.
        let changed = try TestEnvironment.run(
            "python3",
            [
                "-c",
                "import sys,zlib\np=sys.argv[1]\nb=bytearray(open(p,'rb').read())\nstart,rest=0,bytes(b)\n"
                    + "while True:\n    d=zlib.decompressobj(31)\n    d.decompress(rest)\n"
                    + "    if not d.unused_data: break\n"
                    + "    start+=len(rest)-len(d.unused_data)\n    rest=d.unused_data\n"
                    + "b[start+4]^=1\nopen(p,'wb').write(bytes(b))\nprint(start)",
                path,
            ]
        )
        let start = changed.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(changed.status == 0 && (Int(start) ?? 0) > 0, "\(changed)")
        #expect(try TestEnvironment.run("gzip", ["-t", path]).status == 0, "gzip accepts the file")
        let verify = try TestEnvironment.qcarchive("verify", "--archive", archive, "--all")
        #expect(verify.status == 1, "\(verify)")
        #expect(verify.stdout.contains("FAIL bundles/\(bag): expected gzip members with the header qcarchive writes"))
        #expect(verify.stdout.contains("found the member at byte \(start) with 1f8b080001000000"), "\(verify)")
    }
}
