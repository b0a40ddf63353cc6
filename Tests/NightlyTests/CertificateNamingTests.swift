import Foundation
import TestSupport
import Testing

/// Every certificate matched, whatever its DN (SPEC "A certificate is identified by", #15 item 2):
/// the sample CA QLCA is `CN=Example Qualified CA Liège,…`; its events name it in UTF-8 as Python's
/// `rfc4514_string` writes it, and people name it as `openssl x509 -issuer` prints it.
@Suite(.serialized) struct CertificateNamingTests {
    static let liege = "CN=Example Qualified CA Liège,O=Example Trust Services SA,C=BE"
    static let seal = "557511fcb684a3ca0c5fae09"

    static let shared: Result<String, any Error> = Result {
        let archive = try TestEnvironment.temporaryFolder("naming") + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        for day in ["day1", "day2"] {
            let night = try TestEnvironment.qcarchive(
                "nightly",
                "--archive",
                archive,
                "--drop",
                TestEnvironment.samples + "/" + day
            )
            #expect(night.status == 3, "\(night)")
            #expect(!night.stdout.contains("waiting for the certificate file"), "\(night)")
        }
        return archive
    }

    @Test func eventsNamingANonASCIIIssuerAttachToItsCertificate() throws {
        let archive = try Self.shared.get()
        let timeline = try TestEnvironment.qcarchive(
            "query",
            "--archive",
            archive,
            "timeline",
            "--issuer",
            Self.liege,
            "--serial",
            Self.seal,
            "--format",
            "json"
        )
        #expect(timeline.status == 0, "\(timeline)")
        let rows = try JSONSerialization.jsonObject(with: Data(timeline.stdout.utf8)) as? [[String: Any]] ?? []
        let kinds = Set(rows.compactMap { $0["kind"] as? String })
        #expect(kinds.isSuperset(of: ["application", "registration", "approval", "issuance"]), "\(kinds)")
        #expect(rows.contains { ($0["kind"] as? String)?.hasPrefix("ocsp") == true }, "OCSP answers attach too")
        let recordFindings = try TestEnvironment.qcarchive(
            "query",
            "--archive",
            archive,
            "findings",
            "--issuer",
            Self.liege,
            "--serial",
            Self.seal,
            "--state",
            "all",
            "--format",
            "json"
        )
        #expect(recordFindings.stdout == "[\n]\n", "no false REC-001: \(recordFindings)")
    }

    @Test(
        arguments: [
            // openssl x509 -issuer -noout, pasted as printed (prefix, \XX escapes, least specific first)
            #"issuer=C = BE, O = Example Trust Services SA, CN = Example Qualified CA Li\C3\A8ge"#,
            // openssl x509 -issuer -nameopt RFC2253
            #"CN=Example Qualified CA Li\C3\A8ge,O=Example Trust Services SA,C=BE"#,
            liege,
        ]
    )
    func showAcceptsTheDNAsOpenSSLPrintsItAndTheSerialAsToolsDo(issuer: String) throws {
        let archive = try Self.shared.get()
        for serial in ["0x557511FCB684A3CA0C5FAE09", "55:75:11:FC:B6:84:A3:CA:0C:5F:AE:09", Self.seal] {
            let show = try TestEnvironment.qcarchive(
                "show",
                "--archive",
                archive,
                "--issuer",
                issuer,
                "--serial",
                serial
            )
            #expect(show.status == 0, "\(show)")
            #expect(show.stdout.hasPrefix("Certificate \(Self.seal) of \(Self.liege)\n"), "\(show)")
            #expect(show.stdout.contains("issuance"), "\(show)")
        }
    }

    @Test func theBagNamesTheIssuerInUTF8AsPythonReadsItFromTheCertificate() throws {
        let archive = try Self.shared.get()
        let bundle = try #require(
            TestEnvironment.files(under: archive + "/bundles").first { $0.contains(Self.seal) }
        )
        let check = try TestEnvironment.run(
            "python3",
            [
                "-c",
                "import sys,tarfile\nfrom cryptography import x509\nt=tarfile.open(sys.argv[1])\n"
                    + "name=lambda s:[x for x in t.getnames() if x.endswith(s)][0]\n"
                    + "info=t.extractfile(name('/bag-info.txt')).read().decode()\n"
                    + "der=t.extractfile(name('/data/certificate.der')).read()\n"
                    + "issuer=x509.load_der_x509_certificate(der).issuer.rfc4514_string()\n"
                    + "assert 'Certificate-Issuer: '+issuer+'\\n' in info, (issuer, info)\nprint(issuer)",
                archive + "/bundles/" + bundle,
            ]
        )
        #expect(check.status == 0, "\(check)")
        #expect(check.stdout == Self.liege + "\n")
    }

    @Test func anExceptionNamingNoKnownCertificateWarnsAndOneInAnotherSpellingDoesNot() throws {
        let archive = try TestEnvironment.temporaryFolder() + "/archive"
        #expect(try TestEnvironment.run("cp", ["-a", try Self.shared.get(), archive]).status == 0)
        func add(_ issuer: String, _ serial: String) throws -> TestEnvironment.Run {
            try TestEnvironment.qcarchive(
                "exceptions",
                "add",
                "--archive",
                archive,
                "--source-type",
                "contract",
                "--citation",
                "Contract 7",
                "--obligation",
                "Keep the seal's evidence 40 years.",
                "--issuer",
                issuer,
                "--serial",
                serial
            )
        }
        let unknown = try add("CN=Nobody,C=BE", "0ABC")
        #expect(unknown.status == 0, "\(unknown)")
        #expect(
            unknown.stderr.contains("warning: the archive holds no certificate abc of CN=Nobody,C=BE; check the DN"),
            "\(unknown)"
        )
        let otherIssuer = try add("CN=Nobody,C=BE", Self.seal)
        #expect(otherIssuer.stderr.contains("serial \(Self.seal) is held under \(Self.liege)"), "\(otherIssuer)")
        let known = try add(
            #"C = BE, O = Example Trust Services SA, CN = Example Qualified CA Li\C3\A8ge"#,
            "0x" + Self.seal
        )
        #expect(known.status == 0 && known.stderr.isEmpty, "\(known)")
        let id = known.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let shown = try TestEnvironment.qcarchive("exceptions", "show", "--archive", archive, "--id", id)
        #expect(shown.stdout.contains(Self.liege) && shown.stdout.contains(Self.seal), "\(shown)")
        let bad = try add(Self.liege, "not-hex")
        #expect(bad.status == 64 && bad.stderr.contains("--serial 'not-hex' is not a hexadecimal serial"), "\(bad)")
    }
}
