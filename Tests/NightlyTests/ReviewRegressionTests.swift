import ArchiveIO
import CryptoIO
import Foundation
import TestSupport
import Testing
import ZlibIO

/// Regressions for the failure paths a review found.
@Suite(.serialized) struct ReviewRegressionTests {
    init() { ProcessLocale.useUTF8() }

    @Test func aDeletedCatalogMakesWritingCommandsRefuseUntilReindex() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = folder + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        let drop = try FixtureDrop(at: folder + "/day1", certificates: 2)
        #expect(try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", drop.root).status == 0)
        let sealed = try TestEnvironment.read(archive + "/batches/day-1/seal.json")
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: archive + "/catalog.sqlite" + suffix)
        }
        try TestEnvironment.write("{\"batch_id\":\"day-2\"}\n", to: folder + "/day2/batch.json")
        try TestEnvironment.write(
            FixtureDrop.revocation(issuer: drop.issuer, serial: drop.serials[0], id: "rev-1") + "\n",
            to: folder + "/day2/events/r.jsonl"
        )
        let refused = try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", folder + "/day2")
        #expect(refused.status == 1 && refused.stderr.contains("run 'qcarchive reindex' first"), "\(refused)")
        let add = try TestEnvironment.qcarchive(
            "exceptions",
            "add",
            "--archive",
            archive,
            "--source-type",
            "contract",
            "--citation",
            "c",
            "--obligation",
            "o"
        )
        #expect(add.status == 1, "\(add)")
        #expect(
            try TestEnvironment.read(archive + "/batches/day-1/seal.json") == sealed,
            "nothing sealed was written over"
        )
        #expect(try TestEnvironment.qcarchive("reindex", "--archive", archive).status == 0)
        let resumed = try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", folder + "/day2")
        #expect(resumed.status == 0, "\(resumed)")
        #expect(try TestEnvironment.qcarchive("verify", "--archive", archive, "--all").status == 0)
    }

    @Test func aSecondCopyOfAFileUnderAnotherSpellingIsCaught() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = folder + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        let drop = try FixtureDrop(at: folder + "/day1", certificates: 1)
        #expect(try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", drop.root).status == 0)
        let bundle = try #require(TestEnvironment.files(under: archive + "/bundles").first { $0.hasSuffix(".tar.gz") })
        var members = try BundleSurgery.members(archive + "/bundles/" + bundle)
        let lifecycle = try #require(members.first { $0.path.hasSuffix("/data/lifecycle.json") })
        let top = String(lifecycle.path.split(separator: "/")[0])
        members.append(
            TarMember(
                path: top + "/./data/lifecycle.json",
                kind: .file,
                mode: 0o644,
                bytes: Array("{\"forged\":true}".utf8)
            )
        )
        try BundleSurgery.write(members, to: folder + "/forged.tar.gz")
        let run = try TestEnvironment.qcarchive("verify", "--archive", archive, "--bundle", folder + "/forged.tar.gz")
        #expect(run.status == 1 && run.stdout.contains("./data/lifecycle.json"), "\(run)")
    }

    @Test func everyMemberOfAMultiMemberGzipDropFileIsImported() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = folder + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        let drop = try FixtureDrop(at: folder + "/day1", certificates: 1)
        let line = { (id: Int) in
            "{\"event_id\":\"gz-\(id)\",\"type\":\"suspension\",\"time\":\"2026-11-20T09:00:00Z\","
                + "\"certificate\":{\"issuer\":\"\(drop.issuer)\",\"serial\":\"\(drop.serials[0])\"}}\n"
        }
        let first = try Gzip.compress(Array((0..<3).map(line).joined().utf8))
        let second = try Gzip.compress(Array((3..<5).map(line).joined().utf8))
        try TestEnvironment.write(first + second, to: drop.root + "/events/rotated.jsonl.gz")
        let run = try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", drop.root)
        #expect(run.status == 0, "\(run)")
        let report =
            try JSONSerialization.jsonObject(with: Data(TestEnvironment.read(archive + "/batches/day-1/report.json")))
            as? [String: Any]
        #expect(
            (report?["counts"] as? [String: [String: Int]])?["events"]?["accepted"] == 4 + 5,
            "4 issuance-history events and 5 from both gzip members"
        )
    }

    @Test func anotherCertificateUnderAKnownSerialIsAReject() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = folder + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        let drop = try FixtureDrop(at: folder + "/day1", certificates: 1)
        #expect(try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", drop.root).status == 0)
        // A later drop brings another certificate (other key, other subject) under the same issuer and serial.
        let original = drop.serials[0]
        let day2 = folder + "/day2"
        var impostor = drop
        impostor.serials = []
        _ = try impostor.addCertificate(name: "Impostor", serial: original)
        try TestEnvironment.write("{\"batch_id\":\"day-2\"}\n", to: day2 + "/batch.json")
        try TestEnvironment.write(
            try TestEnvironment.read(drop.root + "/certificates/\(original).pem"),
            to: day2 + "/certificates/impostor.pem"
        )
        let run = try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", day2)
        #expect(run.status == 3, "\(run)")
        let report =
            try JSONSerialization.jsonObject(with: Data(TestEnvironment.read(archive + "/batches/day-2/report.json")))
            as? [String: Any]
        let rejects = report?["rejects"] as? [[String: Any]] ?? []
        #expect(
            rejects.map { "\($0["file"]!) \($0["reason_class"]!)" } == [
                "certificates/impostor.pem conflicting_event_id"
            ],
            "\(rejects)"
        )
    }
}

/// A seal by another certificate under the same trust anchor is refused: the archive pins its own.
@Suite(.serialized) struct SealPinningTests {
    init() { ProcessLocale.useUTF8() }

    @Test func aSignatureByAnotherCertificateUnderTheSameAnchorIsRefused() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let caKey = try PrivateKey.generateP256()
        let ca = try CertificateBuilder(
            subject: [("CN", "Operator Seal CA")],
            notBefore: Date().addingTimeInterval(-3600),
            notAfter: Date().addingTimeInterval(86_400),
            extensions: [("basicConstraints", "critical,CA:TRUE"), ("keyUsage", "critical,keyCertSign")]
        ).issue(for: caKey, issuer: nil, issuerKey: caKey)
        func leaf(_ name: String) throws -> (SigningCertificate, PrivateKey) {
            let key = try PrivateKey.generateP256()
            let certificate = try CertificateBuilder(
                subject: [("CN", name)],
                notBefore: Date().addingTimeInterval(-3600),
                notAfter: Date().addingTimeInterval(86_400),
                extensions: [("basicConstraints", "critical,CA:FALSE")]
            ).issue(for: key, issuer: ca, issuerKey: caKey)
            return (certificate, key)
        }
        let (seal, sealKey) = try leaf("Archive seal")
        let (other, otherKey) = try leaf("Someone else under the same CA")
        try TestEnvironment.write(try sealKey.pkcs8PEM(), to: folder + "/seal-key.pem")
        try TestEnvironment.write(seal.pem + ca.pem, to: folder + "/seal-cert.pem")
        let archive = folder + "/archive"
        let made = try TestEnvironment.qcarchive(
            "init",
            "--archive",
            archive,
            "--seal-key",
            folder + "/seal-key.pem",
            "--seal-cert",
            folder + "/seal-cert.pem"
        )
        #expect(made.status == 0, "\(made)")
        let drop = try FixtureDrop(at: folder + "/day1", certificates: 1)
        #expect(try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", drop.root).status == 0)
        let bundle = try #require(TestEnvironment.files(under: archive + "/bundles").first { $0.hasSuffix(".tar.gz") })
        #expect(
            try TestEnvironment.qcarchive("verify", "--archive", archive, "--bundle", archive + "/bundles/" + bundle)
                .status == 0
        )

        let members = try BundleSurgery.members(archive + "/bundles/" + bundle)
        let tagManifest = try #require(members.first { $0.path.hasSuffix("/tagmanifest-sha256.txt") }).bytes
        let forgedSignature = try CMSSignature.sign(tagManifest, certificate: other, key: otherKey)
        // Under its own name (a bundle's file name is bound to its bag-info), in another folder.
        let forged = folder + "/forged/" + (bundle as NSString).lastPathComponent
        try BundleSurgery.write(
            members.map {
                $0.path.hasSuffix("/seal/tagmanifest.p7s")
                    ? TarMember(path: $0.path, kind: .file, mode: 0o644, bytes: forgedSignature) : $0
            },
            to: forged
        )
        let run = try TestEnvironment.qcarchive("verify", "--archive", archive, "--bundle", forged)
        #expect(
            run.status == 1
                && run.stdout.contains(
                    "seal/tagmanifest.p7s: expected a signature by one of the archive's sealing certificates"
                ),
            "\(run)"
        )
        // openssl alone accepts it: the pin is the archive's own knowledge of its key.
        let withOpenSSLOnly = try TestEnvironment.qcarchive(
            "verify",
            "--seal-ca",
            archive + "/trust/seal-ca.pem",
            "--tsa-ca",
            archive + "/trust/tsa-ca.pem",
            forged
        )
        #expect(withOpenSSLOnly.status == 0, "\(withOpenSSLOnly)")
    }
}
