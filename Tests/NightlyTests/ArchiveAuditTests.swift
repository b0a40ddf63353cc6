import ArchiveIO
import Bundling
import CryptoIO
import Foundation
import Nightly
import Storage
import TestSupport
import Testing

/// `verify --all` reads the archive, not the catalog (issue #8, findings 4, 6 and 7): each
/// tampering below starts from a good archive, breaks one thing, and expects exactly the problem
/// it makes, named by its code and file.
@Suite(.serialized) struct ArchiveAuditTests {
    /// An archive with one sealed night of three certificates, copied fresh for each test.
    struct SealedArchive {
        let folder: String
        let root: String
        var layout: ArchiveLayout { ArchiveLayout(root: root) }

        init() throws {
            folder = try TestEnvironment.temporaryFolder()
            root = folder + "/archive"
            #expect(try TestEnvironment.qcarchive("init", "--archive", root).status == 0)
            let drop = try FixtureDrop(at: folder + "/drop", certificates: 3)
            #expect(try TestEnvironment.qcarchive("nightly", "--archive", root, "--drop", drop.root).status == 0)
        }

        var bundles: [String] {
            TestEnvironment.files(under: root + "/bundles").filter { $0.hasSuffix(".tar.gz") }.map { "bundles/" + $0 }
        }

        /// Every problem the audit finds, as (code, file).
        func problems() throws -> [String] {
            let archive = try Archive.open(layout, .verify)
            let audit = ArchiveAudit(layout: layout, verifier: try archive.verifier()).run(catalog: nil)
            let all = audit.bundles.flatMap(\.problems) + audit.problems + audit.chain.problems
            return all.map { "\($0.code.rawValue) \($0.file)" }
        }

        func replace(_ path: String, with bytes: [UInt8]) throws {
            try FileManager.default.removeItem(atPath: root + "/" + path)
            try TestEnvironment.write(bytes, to: root + "/" + path)
        }

        func verifyAll() throws -> TestEnvironment.Run {
            try TestEnvironment.qcarchive("verify", "--archive", root, "--all")
        }
    }

    @Test func aGoodArchiveHasNoProblem() throws {
        let archive = try SealedArchive()
        #expect(try archive.problems() == [])
        let run = try archive.verifyAll()
        #expect(run.status == 0 && run.stdout.contains("4 of 4 bundle(s) verified"), "\(run)")
        #expect(run.stdout.contains("Content store: 6 object(s)"), "\(run)")
    }

    @Test func bundlesTheCatalogForgotAreStillVerified() throws {
        let archive = try SealedArchive()
        #expect(
            try TestEnvironment.editDatabase(archive.layout.catalog, "DELETE FROM bundle;") == 3,
            "one row a certificate"
        )
        let target = archive.bundles[0]
        var members = try BundleSurgery.members(archive.root + "/" + target)
        let index = try #require(members.firstIndex { $0.path.hasSuffix("/data/certificate.der") })
        members[index].bytes[10] ^= 0xFF
        var bytes = [UInt8]()
        try BundleSurgery.write(members, to: archive.folder + "/tampered.tar.gz")
        bytes = try TestEnvironment.read(archive.folder + "/tampered.tar.gz")
        try archive.replace(target, with: bytes)
        #expect(try archive.problems() == ["digest data/certificate.der"])
        let verify = try archive.verifyAll()
        #expect(verify.status == 1 && verify.stdout.contains("3 of 4 bundle(s) verified; 1 failed."), "\(verify)")
    }

    @Test func anAlteredStoreObjectIsNamedWithItsDropFile() throws {
        let archive = try SealedArchive()
        let objects = TestEnvironment.files(under: archive.root + "/store/sha256")
        let object = "store/sha256/" + objects[0]
        var bytes = try TestEnvironment.read(archive.root + "/" + object)
        bytes[0] ^= 0x01
        try archive.replace(object, with: bytes)
        #expect(try archive.problems() == ["store \(object)"])
        let run = try archive.verifyAll()
        #expect(run.status == 1 && run.stdout.contains("expected the drop file "), "\(run)")
    }

    @Test func aDeletedStoreIsNamedObjectByObject() throws {
        let archive = try SealedArchive()
        let objects = TestEnvironment.files(under: archive.root + "/store/sha256").map { "store store/sha256/" + $0 }
        try FileManager.default.removeItem(atPath: archive.root + "/store")
        #expect(try archive.problems().sorted() == objects.sorted())
        #expect(try archive.verifyAll().status == 1)
    }

    @Test(arguments: ["seal/note.txt", "notes.txt"])
    func aMemberNoSealCoversIsRefused(member: String) throws {
        let archive = try SealedArchive()
        let target = archive.bundles[0]
        var members = try BundleSurgery.members(archive.root + "/" + target)
        let top = String(members[0].path.split(separator: "/")[0])
        members.append(TarMember(path: top + "/" + member, kind: .file, mode: 0o644, bytes: Array("hello".utf8)))
        try BundleSurgery.write(members, to: archive.folder + "/extra.tar.gz")
        try archive.replace(target, with: try TestEnvironment.read(archive.folder + "/extra.tar.gz"))
        #expect(try archive.problems() == ["unsealed \(member)"])
        #expect(try archive.verifyAll().status == 1)
    }

    @Test func aCopyOfABundleThatNoSealNamesIsReported() throws {
        let archive = try SealedArchive()
        let target = archive.bundles[0]
        let copy = target.replacingOccurrences(of: "-v1.tar.gz", with: "-v3.tar.gz")
        try TestEnvironment.write(try TestEnvironment.read(archive.root + "/" + target), to: archive.root + "/" + copy)
        #expect(try archive.problems() == ["unsealed \(copy)"])
        #expect(try archive.verifyAll().status == 1)
    }

    @Test func anEditedOrDeletedReportIsCaughtAgainstItsSealedCopy() throws {
        let archive = try SealedArchive()
        let report = "batches/day-1/report.json"
        var bytes = try TestEnvironment.read(archive.root + "/" + report)
        bytes[bytes.count - 3] = UInt8(ascii: " ")
        try archive.replace(report, with: bytes)
        #expect(try archive.problems() == ["digest \(report)"])
        #expect(try archive.verifyAll().status == 1)
        try FileManager.default.removeItem(atPath: archive.root + "/" + report)
        #expect(try archive.problems() == ["missing \(report)"])
    }

    @Test func aCorruptGzipChecksumIsRefused() throws {
        let archive = try SealedArchive()
        let target = archive.bundles[0]
        var bytes = try TestEnvironment.read(archive.root + "/" + target)
        bytes[bytes.count - 8] ^= 0xFF  // the last member's CRC-32 (RFC 1952 §2.2)
        try archive.replace(target, with: bytes)
        #expect(try archive.problems() == ["unreadable \(target)"])
        #expect(try archive.verifyAll().status == 1)
        let gzip = try TestEnvironment.run("gzip", ["-t", archive.root + "/" + target])
        #expect(gzip.status != 0, "gzip refuses it too")
    }

    @Test func aBundleRenamedToAnotherCertificatesNameIsRefused() throws {
        let archive = try SealedArchive()
        let (first, second) = (archive.bundles[0], archive.bundles[1])
        let renamed = archive.folder + "/" + (second as NSString).lastPathComponent
        try TestEnvironment.write(try TestEnvironment.read(archive.root + "/" + first), to: renamed)
        let run = try TestEnvironment.qcarchive("verify", "--archive", archive.root, renamed)
        #expect(run.status == 1, "\(run)")
        #expect(run.stdout.contains("expected the file name \((first as NSString).lastPathComponent)"), "\(run)")
        let original = try TestEnvironment.qcarchive("verify", "--archive", archive.root, archive.root + "/" + first)
        #expect(original.status == 0, "\(original)")
    }

    @Test func aBundleHoldingAnotherCertificateThanItsBagInfoNamesIsRefused() throws {
        let archive = try SealedArchive()
        let (first, second) = (archive.root + "/" + archive.bundles[0], archive.root + "/" + archive.bundles[1])
        let other = try #require(BundleSurgery.member(try BundleSurgery.members(second), "data/certificate.der"))
        let otherSerial = try SigningCertificate(der: other.bytes).serialHex
        var members = try BundleSurgery.members(first)
        let index = try #require(members.firstIndex { $0.path.hasSuffix("data/certificate.der") })
        let ownSerial = try SigningCertificate(der: members[index].bytes).serialHex
        members[index].bytes = other.bytes
        try BundleSurgery.write(members, to: first)
        let run = try TestEnvironment.qcarchive("verify", "--archive", archive.root, first)
        #expect(run.status == 1, "\(run)")
        // Read without OpenSSL's full parse (CertificateIdentity): the serial still comes out the same.
        #expect(
            run.stdout.contains(
                "expected Certificate-Serial \(otherSerial) (data/certificate.der), found \(ownSerial)"
            ),
            "\(run)"
        )
        #expect(!run.stdout.contains("expected Certificate-Issuer"), "\(run)")
    }

    @Test func aGzipMemberAppendedToASealedBundleIsRefused() throws {
        let archive = try SealedArchive()
        let target = archive.bundles[0]
        let members = try BundleSurgery.members(archive.root + "/" + target)
        let top = String(members[0].path.split(separator: "/")[0])
        // What `tar -xzif` would extract over the sealed lifecycle.
        try BundleSurgery.write(
            [TarMember(path: top + "/data/lifecycle.json", kind: .file, mode: 0o644, bytes: Array("{}".utf8))],
            to: archive.folder + "/forged.tar.gz"
        )
        let forged =
            try TestEnvironment.read(archive.root + "/" + target)
            + (try TestEnvironment.read(archive.folder + "/forged.tar.gz"))
        try archive.replace(target, with: forged)
        #expect(try archive.problems() == ["unsealed \(target)"])
        #expect(try archive.verifyAll().status == 1)
    }

    @Test(arguments: ["batches/day-1/timestamp.tsr", "batches/day-1/seal.json.p7s"])
    func bytesAppendedToASealingFileAreRefused(path: String) throws {
        let archive = try SealedArchive()
        let appended = try TestEnvironment.read(archive.root + "/" + path) + Array("TRAILING".utf8)
        try archive.replace(path, with: appended)
        let problems = try archive.problems()
        #expect(problems == [(path.hasSuffix(".tsr") ? "evidence " : "signature ") + path], "\(problems)")
        #expect(try archive.verifyAll().status == 1)
    }

    @Test func filesWithAllowedNamesThatNoSealCoversAreReported() throws {
        let archive = try SealedArchive()
        // A batch folder nobody sealed or imported, holding names a batch folder may hold.
        try TestEnvironment.write("{}", to: archive.root + "/batches/day-9/report.json")
        try TestEnvironment.write("x", to: archive.root + "/batches/day-9/seal.json.p7s")
        #expect(
            try archive.problems().sorted() == [
                "unsealed batches/day-9/report.json", "unsealed batches/day-9/seal.json.p7s",
            ]
        )
        #expect(try archive.verifyAll().status == 1)
    }
}
