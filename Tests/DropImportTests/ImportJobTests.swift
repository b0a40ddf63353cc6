import Catalog
import CryptoIO
import DropImport
import Foundation
import Lifecycle
import Storage
import TestSupport
import Testing
import ZlibIO

@Suite struct ImportJobTests {
    static let qcStatementsDER =
        "30603008060604008e4601013013060604008e4601063009060704008e460106013028060604008e460105301e301c16"
        + "1668747470733a2f2f7064732e6578616d706c652f656e1302656e300b060604008e46010302010f3008060604008e460104"

    /// An archive folder and its catalog for one test.
    struct Fixture {
        let folder: String
        let layout: ArchiveLayout
        let catalog: SQLiteCatalog
        let pki: TestPKI
        let drop: String

        init(_ label: String = #function) throws {
            folder = try TestEnvironment.temporaryFolder(label)
            layout = ArchiveLayout(root: folder + "/archive")
            try FileIO.makeDirectory(layout.root)
            catalog = try SQLiteCatalog(path: layout.catalog)
            pki = try TestPKI(folder: folder)
            drop = folder + "/drop"
            try TestEnvironment.write(pki.authority.pem, to: drop + "/certificates/ca/ca.pem")
        }

        func write(_ text: String, _ path: String) throws { try TestEnvironment.write(text, to: drop + "/" + path) }
        func write(_ bytes: [UInt8], _ path: String) throws { try TestEnvironment.write(bytes, to: drop + "/" + path) }

        func run(batch: String = "b1") throws -> ImportReport {
            guard
                case .imported(_, let report) = try ImportJob(
                    layout: layout,
                    dropPath: drop,
                    requestedBatchID: BatchID(batch)
                ).run(catalog: catalog)
            else {
                throw TestFailure("the drop was reported as already sealed")
            }
            return report
        }

        func rejects(_ report: ImportReport) -> [String] {
            report.rejects.map { "\($0.file):\($0.line.map(String.init) ?? "-"):\($0.reasonClass)" }.sorted()
        }
    }

    @Test func importsEveryInputKindOfAWellFormedDrop() throws {
        let f = try Fixture()
        let certificate = try f.pki.issue(
            "Alice",
            extensions: [
                ("2.5.29.32", "DER:30183009060704008bec400102300b06092b06010401868d1f01"),
                ("1.3.6.1.5.5.7.1.3", "DER:" + Self.qcStatementsDER),
            ]
        )
        let serial = certificate.serialHex
        let ref = CertificateRef(issuer: f.pki.issuer, serial: serial)
        try f.write(certificate.der, "certificates/alice.der")
        let cert = "{\"issuer\":\"\(f.pki.issuer)\",\"serial\":\"\(serial)\"}"
        try f.write(
            """
            {"event_id":"e1","type":"issuance","time":"2026-11-20T08:30:00Z","application_id":"a1",\
            "certificate":\(cert),"terms_document":"terms-6","pds_document":"pds-2"}
            {"event_id":"e2","type":"revocation","time":"2026-11-20T10:00:00Z","certificate":\(cert),"request_id":"r1",\
            "reason":"keyCompromise","revoked_at":"2026-11-20T10:00:00Z"}

            """,
            "events/ca.jsonl"
        )
        let gzipped = try Gzip.compress(
            Array(
                ("{\"event_id\":\"e3\",\"type\":\"suspension\",\"time\":\"2026-11-20T09:00:00Z\","
                    + "\"certificate\":\(cert)}\n").utf8
            )
        )
        try f.write(gzipped, "events/older.jsonl.gz")
        let terms = Array("<html>Terms v6</html>".utf8)
        try f.write(terms, "documents/terms-6.html")
        try f.write(
            "{\"document_id\":\"terms-6\",\"kind\":\"terms\",\"version\":\"6\","
                + "\"effective_from\":\"2026-07-01T00:00:00Z\",\"policies\":[\"QCP-n-qscd\"],\"file\":\"terms-6.html\","
                + "\"sha256\":\"\(SHA256Digest.of(terms).hex)\"}",
            "documents/terms-6.json"
        )
        try f.write(try f.pki.crl(revoked: [serial], number: 7), "status/crl/qca-1.crl")
        try f.write(
            "{\"crl\":\"qca-1.crl\",\"published_at\":\"2026-11-20T12:05:00Z\","
                + "\"distribution_point\":\"http://crl.example/qca.crl\"}\n",
            "status/crl-publications.jsonl"
        )
        try f.write(
            "{\"produced_at\":\"2026-11-20T10:30:00Z\",\"issuer\":\"\(f.pki.issuer)\",\"serial\":\"\(serial)\","
                + "\"status\":\"revoked\",\"revocation_time\":\"2026-11-20T10:00:00Z\","
                + "\"revocation_reason\":\"keyCompromise\",\"responder\":\"CN=OCSP\"}\n",
            "status/ocsp/a.jsonl"
        )
        try f.write(try f.pki.ocspResponse(serial: serial, revoked: true), "status/ocsp/resp.der")
        try f.write(
            "{\"certification_id\":\"CC-1\",\"model\":\"Token "
                + "X\",\"status\":\"certified\",\"from\":\"2025-01-01T00:00:00Z\"}\n",
            "qscd/records.jsonl"
        )
        try f.write(
            "{\"source_type\":\"national-law\",\"citation\":\"Loi 2016 art. 5\",\"obligation\":\"Keep records 30 "
                + "years\",\"policies\":[\"QCP-n\"]}",
            "exceptions/be.json"
        )
        try f.write("{\"batch_id\":\"b1\"}", "batch.json")

        let report = try f.run()
        #expect(report.rejects.isEmpty, "\(report.rejects)")
        for kind in [
            "certificates", "events", "document_metadata", "document_files", "crls", "crl_publications", "ocsp_log",
            "ocsp_responses", "qscd_records", "exceptions", "ca_certificates",
        ] {
            #expect(
                report.counts[kind]?.accepted ?? 0 >= 1,
                "\(kind): \(report.counts[kind].map { "\($0)" } ?? "none")"
            )
        }
        #expect(report.counts["events"]?.accepted == 3)
        let stored = try #require(try f.catalog.certificate(ref))
        #expect(stored.policyOIDs == ["0.4.0.194112.1.2", "1.3.6.1.4.1.99999.1"])
        #expect(stored.keyAlgorithm == "EC" && stored.keyBits == 256)
        #expect(stored.issuerVerified)
        let qc = try #require(stored.qcStatementsJSON)
        #expect(
            qc.contains("\"types\":[\"esign\"]") && qc.contains("\"retention_period_years\":15")
                && qc.contains("https://pds.example/en")
        )
        #expect(qc.contains("0.4.0.1862.1.4"))
        #expect(try f.catalog.document(DocumentID("terms-6"))?.version == "6")
        #expect(try f.catalog.touchedCertificates(in: BatchID("b1")) == [ref])
        // Every file of the drop is in the content store as-is.
        for path in TestEnvironment.files(under: f.drop) {
            let digest = SHA256Digest.of(try TestEnvironment.read(f.drop + "/" + path))
            #expect(FileManager.default.fileExists(atPath: ContentStore(layout: f.layout).path(of: digest)), "\(path)")
        }
    }

    @Test func equalFilesAreArchivedOnceAndCertificatesImportTheSameInChunks() throws {
        let f = try Fixture()
        var serials: [String] = []
        for index in 0..<5 {
            let certificate = try f.pki.issue("Holder \(index)")
            serials.append(certificate.serialHex)
            try f.write(certificate.der, "certificates/c\(index).der")
            if index == 3 { try f.write(certificate.der, "certificates/c3-again.der") }  // equal bytes, later name
        }
        try f.write("the same terms", "documents/terms-a.pdf")
        try f.write("the same terms", "documents/terms-b.pdf")
        func imported(chunk: Int, _ label: String) throws -> (ImportReport, [DropFileRecord], [String]) {
            let layout = ArchiveLayout(root: f.folder + "/" + label)
            try FileIO.makeDirectory(layout.root)
            let catalog = try SQLiteCatalog(path: layout.catalog)
            var job = ImportJob(layout: layout, dropPath: f.drop, requestedBatchID: BatchID("b1"))
            job.certificatesAtOnce = chunk
            guard case .imported(_, let report) = try job.run(catalog: catalog) else {
                throw TestFailure("the drop was reported as already sealed")
            }
            let certificates = try serials.flatMap { try catalog.certificates(serial: $0) }.map(\.serial)
            return (report, try catalog.dropFiles(of: BatchID("b1")), certificates)
        }
        let (whole, wholeFiles, wholeCertificates) = try imported(chunk: 4096, "whole")
        // 9 files (the CA's, six certificate files, two documents): the second copy of each equal
        // pair is already stored when it comes.
        #expect(whole.filesArchived == 7 && whole.filesAlreadyStored == 2, "\(whole)")
        #expect(wholeCertificates.sorted() == serials.sorted())
        #expect(wholeFiles.count == 9 && wholeFiles.map(\.path).contains("certificates/c3-again.der"))
        for chunk in [1, 2, 4] {
            let (report, files, certificates) = try imported(chunk: chunk, "chunk-\(chunk)")
            #expect(report == whole, "chunks of \(chunk)")
            #expect(files == wholeFiles && certificates == wholeCertificates, "chunks of \(chunk)")
        }
    }

    @Test func rejectsBadFilesOfEveryKindAndKeepsTheGoodOnes() throws {
        let f = try Fixture()
        let good = try f.pki.issue("Bob")
        try f.write(good.pem, "certificates/bob.pem")
        try f.write(Array(good.der.prefix(good.der.count - 20)), "certificates/truncated.der")
        let stranger = try TestPKI(folder: f.folder + "/stranger", name: "Example Qualified CA")
        try f.write(try stranger.issue("Mallory").pem, "certificates/forged.pem")
        try f.write(
            try f.pki.crl(revoked: [], number: 1, keyFile: f.folder + "/stranger/ca.key"),
            "status/crl/forged.crl"
        )
        let real = try f.pki.crl(revoked: [good.serialHex], number: 2)
        try f.write(Array(real.prefix(real.count / 2)), "status/crl/truncated.crl")
        try f.write(real, "status/crl/good.crl")
        try f.write(
            """
            {"crl":"good.crl","published_at":"2026-11-20T12:00:00Z","distribution_point":"http://crl.example/a"}
            {"crl":"forged.crl","published_at":"2026-11-20T12:00:00Z","distribution_point":"http://crl.example/a"}
            {"crl":"good.crl","published_at":"2026-11-20T14:00:00+02:00","distribution_point":"http://crl.example/a"}

            """,
            "status/crl-publications.jsonl"
        )
        try f.write(
            "{\"produced_at\":\"2026-11-20T10:30:00Z\",\"issuer\":\"\(f.pki.issuer)\",\"serial\":\"\(good.serialHex)\","
                + "\"status\":\"revoked\",\"responder\":\"CN=OCSP\"}\n",
            "status/ocsp/a.jsonl"
        )
        try f.write(
            "{\"certification_id\":\"CC-1\",\"model\":\"X\",\"status\":\"suspended\","
                + "\"from\":\"2025-01-01T00:00:00Z\"}\n",
            "qscd/q.jsonl"
        )
        try f.write(
            "{\"source_type\":\"en-319-411-2\",\"citation\":\"6.3.9\",\"obligation\":\"24 h\"}",
            "exceptions/x.json"
        )
        try f.write(
            "{\"document_id\":\"cps\",\"kind\":\"cps\",\"version\":\"1\",\"effective_from\":\"2026-01-01T00:00:00Z\","
                + "\"policies\":[],\"file\":\"cps.txt\",\"sha256\":\"\(String(repeating: "0", count: 64))\"}",
            "documents/cps.json"
        )
        try f.write("the CPS", "documents/cps.txt")
        try f.write([0xff, 0xfe, 0x00, 0x41], "events/binary.jsonl")
        try f.write([], "events/empty.jsonl")
        try f.write("stray", "notes.txt")

        let report = try f.run()
        #expect(
            f.rejects(report) == [
                "certificates/forged.pem:-:certificate_signature", "certificates/truncated.der:-:bad_certificate",
                "documents/cps.json:-:document_hash_mismatch", "events/binary.jsonl:1:bad_utf8",
                "events/empty.jsonl:-:empty_file",
                "exceptions/x.json:-:invalid_value", "notes.txt:-:unexpected_file", "qscd/q.jsonl:1:invalid_value",
                "status/crl-publications.jsonl:2:invalid_value", "status/crl-publications.jsonl:3:non_utc_time",
                "status/crl/forged.crl:-:crl_signature", "status/crl/truncated.crl:-:bad_crl",
                "status/ocsp/a.jsonl:1:missing_field",
            ]
        )
        #expect(
            report.rejects.first { $0.file == "exceptions/x.json" }?.reason.contains("belongs in the rule set") == true
        )
        #expect(report.counts["certificates"]?.accepted == 1)
        #expect(report.counts["crls"]?.accepted == 1)
        #expect(report.counts["crl_publications"]?.accepted == 1)
        #expect(try f.catalog.certificateCount() == 1)
    }

    @Test func aHundredMegabyteLineIsOneRejectAndTheNextLineStillImports() throws {
        let f = try Fixture()
        let path = f.drop + "/events/huge.jsonl"
        try FileIO.makeDirectory(f.drop + "/events")
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        handle.write(Data("{\"event_id\":\"big\",\"type\":\"suspension\",\"pad\":\"".utf8))
        let block = Data(repeating: 0x61, count: 1 << 20)
        for _ in 0..<100 { handle.write(block) }
        handle.write(
            Data(
                ("\"}\n{\"event_id\":\"after\",\"type\":\"suspension\",\"time\":\"2026-11-20T09:00:00Z\","
                    + "\"certificate\":{\"issuer\":\"CN=CA\",\"serial\":\"1\"}}\n").utf8
            )
        )
        try handle.close()
        let report = try f.run()
        #expect(f.rejects(report) == ["events/huge.jsonl:1:line_too_long"])
        #expect(report.counts["events"]?.accepted == 1)
    }

    @Test func aCorruptGzipFileKeepsTheLinesBeforeTheDamage() throws {
        let f = try Fixture()
        var lines = ""
        for index in 0..<2000 {
            lines +=
                "{\"event_id\":\"e\(index)\",\"type\":\"suspension\",\"time\":\"2026-11-20T09:00:00Z\","
                + "\"certificate\":{\"issuer\":\"CN=CA\",\"serial\":\"\(String(index + 1, radix: 16))\"},"
                + "\"note\":\"\(UUID())\"}\n"
        }
        let compressed = try Gzip.compress(Array(lines.utf8))
        try f.write(Array(compressed.prefix(compressed.count * 3 / 4)), "events/rotated.jsonl.gz")
        let report = try f.run()
        #expect(f.rejects(report) == ["events/rotated.jsonl.gz:-:corrupt_file"])
        let accepted = report.counts["events"]?.accepted ?? 0
        #expect(accepted > 0 && accepted < 2000)
    }

    @Test func importingTheSameDropTwiceChangesNothingAndTheSameIDWithOtherContentIsAReject() throws {
        let f = try Fixture()
        let line =
            "{\"event_id\":\"e1\",\"type\":\"suspension\",\"time\":\"2026-11-20T09:00:00Z\","
            + "\"certificate\":{\"issuer\":\"CN=CA\",\"serial\":\"1\"}}\n"
        try f.write(line, "events/a.jsonl")
        _ = try f.run(batch: "b1")
        let second = try f.run(batch: "b1")
        #expect(
            second.counts["events"]?.accepted == 1 && second.counts["events"]?.duplicates == 0,
            "a resumed batch keeps its first report"
        )
        // A later drop repeats the line exactly (a duplicate) and changes it under the same id (a reject).
        try f.write(
            line
                + "{\"event_id\":\"e1\",\"type\":\"suspension\",\"time\":\"2026-11-20T09:00:00Z\","
                + "\"certificate\":{\"issuer\":\"CN=CA\",\"serial\":\"2\"}}\n",
            "events/a.jsonl"
        )
        let third = try f.run(batch: "b2")
        #expect(third.counts["events"]?.duplicates == 1)
        #expect(f.rejects(third) == ["events/a.jsonl:2:conflicting_event_id"])
        #expect(try f.catalog.eventCount() == 1)
    }

    @Test func aBatchIDCannotBeReusedForAnotherDrop() throws {
        let f = try Fixture()
        try f.write(
            "{\"event_id\":\"e1\",\"type\":\"suspension\",\"time\":\"2026-11-20T09:00:00Z\","
                + "\"certificate\":{\"issuer\":\"CN=CA\",\"serial\":\"1\"}}\n",
            "events/a.jsonl"
        )
        _ = try f.run(batch: "b1")
        try f.write(
            "{\"event_id\":\"e2\",\"type\":\"suspension\",\"time\":\"2026-11-20T09:00:00Z\","
                + "\"certificate\":{\"issuer\":\"CN=CA\",\"serial\":\"1\"}}\n",
            "events/b.jsonl"
        )
        let error = #expect(throws: ImportError.self) { try f.run(batch: "b1") }
        #expect(error?.code == .batchConflict)
    }

    /// #15 item 4: a delta CRL and a partition keep what they say about their reach; a CA's software
    /// (Python's `cryptography`) wrote the extensions, our reader parsed them.
    @Test func aDeltaOrPartitionedCRLIsStoredWithItsReach() throws {
        let f = try Fixture()
        try f.write(
            try f.pki.crl(
                revoked: ["1a2b"],
                number: 9,
                extensions: "b = b.add_extension(x509.DeltaCRLIndicator(2**70 + 5), critical=True)"
            ),
            "status/crl/delta.crl"
        )
        try f.write(
            try f.pki.crl(
                revoked: ["1a2b"],
                number: 10,
                extensions: "b = b.add_extension(x509.IssuingDistributionPoint("
                    + "full_name=[x509.UniformResourceIdentifier('http://crl.example/part1.crl')], "
                    + "relative_name=None, only_contains_user_certs=True, only_contains_ca_certs=False, "
                    + "only_some_reasons=frozenset([x509.ReasonFlags.key_compromise, "
                    + "x509.ReasonFlags.cessation_of_operation]), indirect_crl=False, "
                    + "only_contains_attribute_certs=False), critical=True)"
            ),
            "status/crl/part1.crl"
        )
        try f.write(try f.pki.crl(revoked: ["1a2b"], number: 11), "status/crl/whole.crl")
        let report = try f.run()
        #expect(report.rejects.isEmpty, "\(report.rejects)")
        let crls = try f.catalog.crls(of: f.pki.issuer, listing: "1a2b")
        let byNumber = Dictionary(uniqueKeysWithValues: crls.map { ($0.crlNumber ?? "", $0.scope) })
        #expect(byNumber["9"] == .some(CRLScope(deltaOf: "1180591620717411303429")), "2^70 + 5 in decimal")
        #expect(
            byNumber["10"]
                == .some(
                    CRLScope(
                        distributionPoints: ["http://crl.example/part1.crl"],
                        onlyUserCertificates: true,
                        onlySomeReasons: ["keyCompromise", "cessationOfOperation"]
                    )
                )
        )
        #expect(byNumber["11"] == .some(nil), "a complete CRL of the whole issuer has no scope")
        #expect(crls.count == 3 && crls.filter { !$0.listsSerial }.isEmpty, "each lists the serial")
    }
}
