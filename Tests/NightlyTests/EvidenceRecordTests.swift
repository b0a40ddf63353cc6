import CryptoIO
import Foundation
import Sealing
import SwiftASN1
import TestSupport
import Testing

/// The RFC 4998 productions (`EvidenceRecord`, `ArchiveTimeStampSequence`, `ArchiveTimeStampChain`,
/// `ArchiveTimeStamp`) and the one `EvidenceRecordVerifier`: a sealed record reads and writes back
/// byte for byte; a timestamp renewal (§5.2) made with openssl's TSA verifies here and in Bouncy
/// Castle; a wrong or reordered renewal, two chains, and bytes after the record are refused.
@Suite(.serialized) struct EvidenceRecordTests {
    /// An archive after one night, with a bag's record and tag manifest taken out.
    struct Sealed {
        var archive: String
        var folder: String
        var record: [UInt8]
        var tagManifest: [UInt8]
        var anchors: [SigningCertificate]
    }

    static func sealed() throws -> Sealed {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = folder + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        let drop = try FixtureDrop(at: folder + "/day1", certificates: 3)
        #expect(try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", drop.root).status == 0)
        let relative = try #require(
            TestEnvironment.files(under: archive + "/bundles").first { $0.hasSuffix(".tar.gz") }
        )
        let bundle = archive + "/bundles/" + relative
        let members = try BundleSurgery.members(bundle)
        return Sealed(
            archive: archive,
            folder: folder,
            record: try #require(BundleSurgery.member(members, "seal/evidence-record.ers")).bytes,
            tagManifest: try #require(BundleSurgery.member(members, "/tagmanifest-sha256.txt")).bytes,
            anchors: try SigningCertificate.all(pem: try TestEnvironment.read(archive + "/trust/tsa-ca.pem"))
        )
    }

    /// A token by the archive's own TSA key, made by `openssl ts -reply` (not our code), over `digest`.
    static func opensslToken(_ sealed: Sealed, over digest: SHA256Digest) throws -> [UInt8] {
        try opensslToken(sealed, over: Digest(digest))
    }

    /// A token by the archive's own TSA key, made by `openssl ts -reply`, over a digest of any algorithm.
    static func opensslToken(_ sealed: Sealed, over digest: Digest) throws -> [UInt8] {
        let configuration = """
            [ tsa ]
            default_tsa = renewal
            [ renewal ]
            serial = \(sealed.folder)/tsa-serial
            signer_cert = \(sealed.archive)/keys/tsa-cert.pem
            certs = \(sealed.archive)/keys/tsa-cert.pem
            signer_key = \(sealed.archive)/keys/tsa-key.pem
            signer_digest = sha256
            default_policy = 2.999.4998.2
            digests = sha256, sha384, sha512
            ess_cert_id_alg = sha256
            """
        try TestEnvironment.write(configuration, to: sealed.folder + "/renewal.cnf")
        try TestEnvironment.write("01\n", to: sealed.folder + "/tsa-serial")
        let script = """
            set -e
            openssl ts -query -digest \(digest.hex) -\(digest.algorithm.rawValue.filter { $0 != "-" }) \
              -cert -no_nonce -out renewal.tsq
            openssl ts -reply -config renewal.cnf -queryfile renewal.tsq -token_out -out renewal.tst 2>/dev/null
            """
        let made = try TestEnvironment.run("bash", ["-c", script], in: sealed.folder)
        #expect(made.status == 0, "\(made)")
        return try TestEnvironment.read(sealed.folder + "/renewal.tst")
    }

    @Test func aSealedRecordReadsAndWritesBackByteForByte() throws {
        let sealed = try Self.sealed()
        let record = try EvidenceRecord(der: sealed.record)
        #expect(try record.der() == sealed.record)
        #expect(record.digestAlgorithms == [EvidenceRecord.sha256OID])
        #expect(record.sequence.chains.count == 1 && record.sequence.chains[0].stamps.count == 1)
        #expect(record.initial.digestAlgorithm == EvidenceRecord.sha256OID)
        let proof = try EvidenceRecordVerifier(trustAnchors: sealed.anchors)
            .verify(record, dataObject: SHA256Digest.of(sealed.tagManifest), at: nil).get()
        #expect(proof.times.count == 1)
        #expect(proof.provenAt == (try TimeStampProtocol.claimedTime(of: record.initial.timeStamp)))
        // openssl reads the same structure: [0] digestAlgorithm, [2] reducedHashtree, then the token.
        try TestEnvironment.write(sealed.record, to: sealed.folder + "/record.ers")
        let parsed = try TestEnvironment.run(
            "openssl",
            ["asn1parse", "-inform", "DER", "-in", sealed.folder + "/record.ers"]
        )
        #expect(parsed.stdout.contains("cont [ 0 ]") && parsed.stdout.contains("cont [ 2 ]"), "\(parsed)")
        #expect(parsed.stdout.contains(":id-smime-ct-TSTInfo"), "\(parsed)")

        // Bytes after the record are refused, as is a record that is not one.
        #expect(throws: CryptoIOError.self) { try EvidenceRecord(der: sealed.record + [0x00]) }
        #expect(throws: CryptoIOError.self) { try EvidenceRecord(der: Array(sealed.record.dropLast())) }
    }

    @Test func aTimestampRenewalVerifiesHereAndInBouncyCastle() throws {
        let sealed = try Self.sealed()
        var record = try EvidenceRecord(der: sealed.record)
        let first = record.initial
        // RFC 4998 §5.2: the new archive timestamp covers the hash of the previous one's timeStamp field.
        let renewal = try Self.opensslToken(sealed, over: SHA256Digest.of(first.timeStamp))
        record.sequence.chains[0].stamps.append(
            ArchiveTimeStamp(digestAlgorithm: EvidenceRecord.sha256OID, reducedHashTree: [], timeStamp: renewal)
        )
        let verifier = EvidenceRecordVerifier(trustAnchors: sealed.anchors)
        let dataObject = SHA256Digest.of(sealed.tagManifest)
        let proof = try verifier.verify(record, dataObject: dataObject, at: nil).get()
        #expect(proof.times.count == 2 && proof.times[0] <= proof.times[1], "\(proof)")
        #expect(proof.provenAt == (try TimeStampProtocol.claimedTime(of: first.timeStamp)))

        let renewed = try record.der()
        #expect(try EvidenceRecord(der: renewed) == record, "the renewed record reads back as written")
        try TestEnvironment.write(renewed, to: sealed.folder + "/renewed.ers")
        try TestEnvironment.write(sealed.tagManifest, to: sealed.folder + "/tagmanifest-sha256.txt")
        try TestEnvironment.write(
            try TestEnvironment.run("openssl", ["x509", "-in", sealed.archive + "/keys/tsa-cert.pem"]).stdout,
            to: sealed.folder + "/tsa.pem"
        )
        let bc = try TestEnvironment.run(
            "java",
            [
                "-cp", SealEndToEndTests.bouncyCastle,
                TestEnvironment.packageRoot + "/Tests/Fixtures/ers/VerifyEvidenceRecord.java",
                sealed.folder + "/tsa.pem",
                sealed.folder + "/renewed.ers", sealed.folder + "/tagmanifest-sha256.txt",
            ]
        )
        #expect(bc.status == 0 && bc.stdout.hasPrefix("ERS valid"), "\(bc)")

        // A renewal over anything else is refused, naming the renewal (the second archive timestamp).
        var wrong = try EvidenceRecord(der: sealed.record)
        wrong.sequence.chains[0].stamps.append(
            ArchiveTimeStamp(
                digestAlgorithm: EvidenceRecord.sha256OID,
                reducedHashTree: [],
                timeStamp: try Self.opensslToken(sealed, over: dataObject)
            )
        )
        guard case .failure(let failure) = verifier.verify(wrong, dataObject: dataObject, at: nil) else {
            Issue.record("a renewal over the wrong hash verified")
            return
        }
        #expect(failure.stamp == 1 && failure.kind == .timestamp(.timestampFailed), "\(failure)")
        // The renewal first: its tree does not start from the data object.
        var swapped = record
        swapped.sequence.chains[0].stamps.reverse()
        guard case .failure(let reordered) = verifier.verify(swapped, dataObject: dataObject, at: nil) else {
            Issue.record("a reordered chain verified")
            return
        }
        #expect(reordered.stamp == 0, "\(reordered)")
    }

    @Test func aSecondChainMustStartFromTheDataObjectWithTheEarlierChains() throws {
        let sealed = try Self.sealed()
        let verifier = EvidenceRecordVerifier(trustAnchors: sealed.anchors)
        let sealedRecord = try EvidenceRecord(der: sealed.record)
        // §5.3 done right: a SHA-512 chain over H(H(tag manifest) ‖ H(the earlier chains)).
        let leaf = try BatchRenewals.hashTreeLeaf(
            .sha512,
            dataObject: sealed.tagManifest,
            chains: sealedRecord.sequence.chains
        )
        var renewed = sealedRecord
        renewed.sequence.chains.append(
            ArchiveTimeStampChain([
                ArchiveTimeStamp(
                    algorithm: .sha512,
                    reducedHashTree: [],
                    timeStamp: try Self.opensslToken(sealed, over: leaf)
                )
            ])
        )
        let proof = try verifier.verify(renewed, dataObject: sealed.tagManifest, at: nil).get()
        #expect(proof.times.count == 2, "\(proof)")
        // Known by its SHA-256 only, the record cannot be followed into the SHA-512 chain.
        guard
            case .failure(let unknown) = verifier.verify(
                renewed,
                dataObject: SHA256Digest.of(sealed.tagManifest),
                at: nil
            )
        else {
            Issue.record("a SHA-512 chain verified without the data object's bytes")
            return
        }
        #expect(unknown.kind == .shape && unknown.stamp == 1, "\(unknown)")
        // Another data object: the new chain does not start from it.
        guard case .failure(let other) = verifier.verify(renewed, dataObject: Array("other".utf8), at: nil) else {
            Issue.record("another data object verified")
            return
        }
        #expect(other.kind == .tree && other.stamp == 0, "\(other)")

        // A copy of the first chain as the second: it does not cover the earlier chains.
        var record = sealedRecord
        record.sequence.chains.append(record.sequence.chains[0])
        #expect(try EvidenceRecord(der: try record.der()).sequence.chains.count == 2)
        guard case .failure(let failure) = verifier.verify(record, dataObject: sealed.tagManifest, at: nil) else {
            Issue.record("a second chain that renews nothing verified")
            return
        }
        #expect(
            failure.kind == .tree && failure.stamp == 1 && failure.message.contains("with the earlier chains"),
            "\(failure)"
        )
        // A chain without archive timestamps (it cannot be read from DER, but can be built) proves nothing.
        record.sequence.chains = [ArchiveTimeStampChain([])]
        guard case .failure(let empty) = verifier.verify(record, dataObject: sealed.tagManifest, at: nil) else {
            Issue.record("a record without archive timestamps verified")
            return
        }
        #expect(empty.kind == .shape && empty.message.contains("no archive timestamp"), "\(empty)")
    }
}
