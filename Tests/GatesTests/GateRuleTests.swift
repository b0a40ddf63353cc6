import Catalog
import Foundation
import Gates
import Lifecycle
import Testing

/// Each gate with a clean and a violating case built from records, plus the edge cases an auditor would try.
@Suite struct GateRuleTests {
    /// A revoked certificate whose revocation reached CRL and OCSP in time.
    static func revokedInTime() -> SubjectBuilder {
        var builder = SubjectBuilder()
        builder.revoke()
        builder.crls = [SubjectBuilder.crl("2026-11-20T11:00:00Z", published: "2026-11-20T11:05:00Z", lists: true)]
        builder.ocsp = [("2026-11-20T09:30:00Z", "good"), ("2026-11-20T10:45:00Z", "revoked")]
        return builder
    }

    @Test func theBaselineCertificatePassesEveryGate() {
        #expect(SubjectBuilder().rules() == [])
        #expect(Self.revokedInTime().rules() == [])
    }

    @Test func pol001NeedsACPCPSCoveringThePolicy() {
        var builder = SubjectBuilder()
        builder.applicationExtra = ["cp_cps_document": "terms-6"]
        #expect(builder.rules() == ["POL-001"])
        builder.applicationExtra = ["cp_cps_document": "cps-unknown"]
        #expect(builder.rules() == ["POL-001"])
    }

    @Test func pol002NeedsThePolicyToFitTheSubjectType() {
        var builder = SubjectBuilder()
        builder.policy = .qcpL
        builder.qcTypes = ["esign"]
        #expect(builder.rules().contains("POL-002"))
        builder.policy = .qcpN
        #expect(!builder.rules().contains("POL-002"))
    }

    @Test(arguments: [
        ("natural_person", ["identity"], true), ("natural_person", ["legal_identity"], false),
        ("legal_person", ["legal_identity", "authorized_representative"], true),
        ("legal_person", ["legal_identity"], false),
        ("website", ["legal_identity", "domain_control"], true), ("website", ["identity"], false),
    ])
    func reg001NeedsTheEvidenceOfTheSubjectType(subjectType: String, kinds: [String], clean: Bool) {
        var builder = SubjectBuilder()
        builder.subjectType = subjectType
        builder.policy = subjectType == "natural_person" ? .qcpN : subjectType == "legal_person" ? .qcpL : .qncpW
        builder.evidenceKinds = kinds
        #expect(builder.rules().contains("REG-001") == !clean)
    }

    @Test func reg001CountsOnlyRegistrationsBeforeIssuance() {
        var builder = SubjectBuilder()
        builder.registrationTime = "2026-11-20T09:30:00Z"
        #expect(builder.rules().contains("REG-001"))
    }

    @Test func reg002NeedsProofOfPossessionForSubscriberKeys() {
        var builder = SubjectBuilder()
        builder.applicationExtra = ["key_generation": "subscriber"]
        #expect(builder.rules() == ["REG-002"])
        builder.evidenceKinds = ["identity", "proof_of_possession"]
        #expect(builder.rules() == [])
    }

    @Test func app001NeedsAnApprovalBeforeIssuance() {
        var builder = SubjectBuilder()
        builder.approvalTime = "2026-11-20T09:00:01Z"
        #expect(builder.rules() == ["APP-001"])
        builder.approvalTime = "2026-11-20T08:59:59Z"
        builder.approvalDecision = "rejected"
        #expect(builder.rules() == ["APP-001"])
    }

    @Test func iss001NeedsThePolicyOID() {
        var builder = SubjectBuilder()
        builder.policyOIDs = ["1.3.6.1.4.1.99999.1"]
        #expect(builder.rules() == ["ISS-001"])
        builder.policyOIDs = ["1.3.6.1.4.1.99999.1", Policy.qcpN.oid]
        #expect(builder.rules() == [])
    }

    @Test func iss002NeedsQcCompliance() {
        var builder = SubjectBuilder()
        builder.qcStatementIDs = ["0.4.0.1862.1.6"]
        #expect(builder.rules() == ["ISS-002"])
    }

    @Test func iss003NeedsQcSSCDExactlyOnQSCDPolicies() {
        var builder = SubjectBuilder()
        builder.qcStatementIDs = ["0.4.0.1862.1.1", "0.4.0.1862.1.6", "0.4.0.1862.1.4"]
        #expect(builder.rules() == ["ISS-003"], "QcSSCD on a QCP-n certificate")
        builder.policy = .qcpNQSCD
        builder.qcStatementIDs = ["0.4.0.1862.1.1", "0.4.0.1862.1.6"]
        builder.extraApplicationEvents = [
            [
                "type": "qscd_verification", "time": "2026-11-20T08:30:00Z", "certification_id": "CC-1",
                "key_generated_in_qscd": true,
            ]
        ]
        builder.qscd = [
            QSCDRecord(
                certificationID: CertificationID("CC-1"),
                model: "Card",
                status: "certified",
                from: "2025-01-01T00:00:00Z",
                to: nil
            )
        ]
        #expect(builder.rules() == ["ISS-003"], "no QcSSCD on a QCP-n-qscd certificate")
        builder.qcStatementIDs = nil
        #expect(builder.rules() == [])
    }

    @Test func iss004NeedsTheQcTypeOfTheSubject() {
        var builder = SubjectBuilder()
        builder.qcTypes = ["web"]
        #expect(builder.rules() == ["ISS-004"])
        builder.qcTypes = ["esign", "eseal"]
        #expect(builder.rules() == ["ISS-004"])
    }

    @Test func iss005NeedsTheTermsInForceAtIssuance() {
        var builder = SubjectBuilder()
        builder.terms = "terms-5"
        #expect(builder.rules() == ["ISS-005"])
        builder.issuanceTime = "2026-08-31T23:59:59Z"
        builder.approvalTime = "2026-08-31T08:20:00Z"
        builder.registrationTime = "2026-08-31T08:10:00Z"
        builder.applicationExtra = ["time": "2026-08-31T08:00:00Z"]
        #expect(builder.rules() == [], "terms-5 is still in force one second before terms-6")
    }

    @Test func iss006NeedsTheRequestedKey() {
        var builder = SubjectBuilder()
        builder.applicationExtra = ["spki_sha256": String(repeating: "bb", count: 32)]
        #expect(builder.rules() == ["ISS-006"])
        builder.applicationExtra = ["spki_sha256": builder.spki]
        #expect(builder.rules() == [])
    }

    static func replacement(
        _ type: String,
        newKey: Bool,
        predecessorEvents: [[String: Any]] = [],
        extra: [String: Any] = [:]
    ) -> SubjectBuilder {
        var builder = SubjectBuilder()
        builder.serial = "2b"
        let old = CertificateRef(issuer: SubjectBuilder.issuer, serial: "1a")
        builder.certificateEvents = [
            [
                "type": type, "time": "2026-11-20T09:00:05Z", "application_id": "app-1",
                "predecessor": ["issuer": old.issuer, "serial": old.serial],
            ].merging(extra) { $1 }
        ]
        if newKey { builder.spki = String(repeating: "cc", count: 32) }
        let oldRecord = AuditCertificateRecord(
            ref: old,
            subject: "CN=Subject",
            notBefore: SubjectBuilder.date("2025-11-20T09:00:00Z"),
            notAfter: SubjectBuilder.date("2026-11-25T09:00:00Z"),
            der: [1],
            sha256: "old",
            spkiSHA256: String(repeating: "aa", count: 32),
            issuerVerified: true,
            keyAlgorithm: "EC",
            keyBits: 256,
            policyOIDs: [Policy.qcpN.oid],
            qcStatementsJSON: nil,
            batchID: BatchID("b0"),
            sourceFile: "certificates/old.der"
        )
        builder.predecessor = GateSubject.Predecessor(
            certificate: oldRecord,
            events: predecessorEvents.map {
                SubjectBuilder.event(["certificate": ["issuer": old.issuer, "serial": old.serial]].merging($0) { $1 })
            },
            crls: []
        )
        return builder
    }

    @Test func ren001NeedsTheRenewalToKeepTheKey() {
        #expect(Self.replacement("renewal", newKey: false).rules() == [])
        #expect(Self.replacement("renewal", newKey: true).rules() == ["REN-001"])
    }

    @Test func ren002RefusesRenewingACompromisedCertificate() {
        let compromised: [[String: Any]] = [
            [
                "type": "revocation", "time": "2026-11-19T10:00:00Z", "request_id": "r0", "reason": "keyCompromise",
                "revoked_at": "2026-11-19T10:00:00Z",
            ]
        ]
        #expect(Self.replacement("renewal", newKey: false, predecessorEvents: compromised).rules() == ["REN-002"])
        #expect(
            Self.replacement(
                "rekey",
                newKey: true,
                extra: ["subscriber_agreement": true, "key_compromise_known": true]
            ).rules() == ["REN-002"]
        )
        let superseded: [[String: Any]] = [
            [
                "type": "revocation", "time": "2026-11-19T10:00:00Z", "request_id": "r0", "reason": "superseded",
                "revoked_at": "2026-11-19T10:00:00Z",
            ]
        ]
        #expect(
            Self.replacement("renewal", newKey: false, predecessorEvents: superseded).rules() == [],
            "revoked, but not for keyCompromise"
        )
    }

    @Test func ren003NeedsASufficientRenewedKey() {
        var builder = Self.replacement("renewal", newKey: false)
        builder.keyAlgorithm = "RSA"
        builder.keyBits = 1024
        #expect(builder.rules() == ["REN-003"])
        builder.keyBits = 2048
        #expect(builder.rules() == [])
    }

    @Test func rky001NeedsANewKeyAndAnAgreement() {
        #expect(Self.replacement("rekey", newKey: true, extra: ["subscriber_agreement": true]).rules() == [])
        #expect(Self.replacement("rekey", newKey: true).rules() == ["RKY-001"])
        #expect(Self.replacement("rekey", newKey: false, extra: ["subscriber_agreement": true]).rules() == ["RKY-001"])
    }

    @Test func mod001NeedsTheKeyKeptAndTheChangesRecorded() {
        #expect(
            Self.replacement(
                "modification",
                newKey: false,
                extra: ["changed_attributes": ["O"], "attributes_verified_by": "ra-7"]
            ).rules() == []
        )
        #expect(
            Self.replacement("modification", newKey: false, extra: ["changed_attributes": ["O"]]).rules() == ["MOD-001"]
        )
        #expect(
            Self.replacement(
                "modification",
                newKey: true,
                extra: ["changed_attributes": ["O"], "attributes_verified_by": "ra-7"]
            ).rules() == ["MOD-001"]
        )
    }

    static func qscdCertificate(keyInQSCD: Bool = true, records: [QSCDRecord]) -> SubjectBuilder {
        var builder = SubjectBuilder()
        builder.policy = .qcpNQSCD
        builder.extraApplicationEvents = [
            [
                "type": "qscd_verification", "time": "2026-11-20T08:30:00Z", "certification_id": "CC-1",
                "key_generated_in_qscd": keyInQSCD,
            ]
        ]
        builder.qscd = records
        return builder
    }

    static let certified = QSCDRecord(
        certificationID: CertificationID("CC-1"),
        model: "Card",
        status: "certified",
        from: "2025-01-01T00:00:00Z",
        to: nil
    )

    @Test func qsc001NeedsACertifiedQSCDThatMadeTheKey() {
        #expect(Self.qscdCertificate(records: [Self.certified]).rules() == [])
        #expect(Self.qscdCertificate(keyInQSCD: false, records: [Self.certified]).rules() == ["QSC-001"])
        let withdrawnBefore = [
            QSCDRecord(
                certificationID: CertificationID("CC-1"),
                model: "Card",
                status: "certified",
                from: "2025-01-01T00:00:00Z",
                to: "2026-11-01T00:00:00Z"
            ),
            QSCDRecord(
                certificationID: CertificationID("CC-1"),
                model: "Card",
                status: "withdrawn",
                from: "2026-11-01T00:00:00Z",
                to: nil
            ),
        ]
        #expect(Self.qscdCertificate(records: withdrawnBefore).rules().contains("QSC-001"))
        var none = Self.qscdCertificate(records: [Self.certified])
        none.extraApplicationEvents = []
        #expect(none.rules() == ["QSC-001"])
    }

    @Test func qsc002FlagsAWithdrawalWhileTheCertificateIsValidButNotAfterExpiry() {
        let withdrawn = QSCDRecord(
            certificationID: CertificationID("CC-1"),
            model: "Card",
            status: "withdrawn",
            from: "2026-11-25T00:00:00Z",
            to: nil
        )
        #expect(Self.qscdCertificate(records: [Self.certified, withdrawn]).rules() == ["QSC-002"])
        var expired = Self.qscdCertificate(records: [Self.certified, withdrawn])
        expired.notAfter = "2026-11-24T00:00:00Z"
        #expect(expired.rules() == [], "withdrawn after the certificate expired: no QSC-002")
        var notYet = Self.qscdCertificate(records: [Self.certified, withdrawn])
        notYet.asOf = "2026-11-24T00:00:00Z"
        #expect(notYet.rules() == [], "a withdrawal after the cutoff is judged in a later batch")
    }

    @Test func rev001NeedsAnAuthenticatedRequest() {
        var builder = Self.revokedInTime()
        builder.certificateEvents = []
        builder.revoke(authenticated: false)
        #expect(builder.rules() == ["REV-001"])
    }

    @Test(arguments: [("2026-11-21T10:00:00Z", false), ("2026-11-21T10:00:01Z", true)])
    func rev002CountsExactly24HoursAsInTime(published: String, late: Bool) {
        var builder = Self.revokedInTime()
        builder.crls = [SubjectBuilder.crl("2026-11-20T11:00:00Z", published: published, lists: true)]
        #expect(builder.rules() == (late ? ["REV-002"] : []))
        let finding = GateEngine.evaluate(builder.build()).first
        #expect(finding?.message.contains("1 s late") ?? !late)
    }

    @Test func rev002JudgesOCSPToo() {
        var builder = Self.revokedInTime()
        builder.ocsp = [("2026-11-21T10:00:01Z", "revoked")]
        #expect(builder.rules() == ["REV-002"])
        builder.usesOCSP = false
        builder.ocsp = []
        #expect(builder.rules() == [], "an issuer without OCSP is judged on CRL only")
    }

    @Test func rev002DoesNotCountARevokedAnswerForAnEarlierSuspension() {
        var builder = Self.revokedInTime()
        builder.ocsp = [("2026-11-20T09:30:00Z", "revoked")]  // certificateHold, see below
        let subject = builder.build()
        var held = subject
        held.ocspAnswers[0].answer.revocationReason = "certificateHold"
        held.asOf = SubjectBuilder.date("2026-11-22T00:00:00Z")
        #expect(
            GateEngine.evaluate(held).map(\.rule.rawValue) == ["REV-002"],
            "the hold answer came before the request; no revoked answer for the revocation"
        )
    }

    @Test func rev002WaitsUntilTheDeadlineHasPassed() {
        var builder = Self.revokedInTime()
        builder.crls = []
        builder.ocsp = []
        builder.asOf = "2026-11-21T09:00:00Z"
        #expect(builder.rules() == [])
        builder.asOf = "2026-11-21T10:00:01Z"
        #expect(builder.rules() == ["REV-002", "REV-002"])
    }

    @Test func rev003FlagsAGoodAnswerOrAMissingEntryAfterRevocation() {
        var good = Self.revokedInTime()
        good.ocsp.append(("2026-11-21T07:00:00Z", "good"))
        #expect(good.rules() == ["REV-003"])
        var dropped = Self.revokedInTime()
        dropped.crls.append(
            SubjectBuilder.crl("2026-11-21T11:00:00Z", published: "2026-11-21T11:05:00Z", lists: false, number: "2")
        )
        #expect(dropped.rules() == ["REV-003"])
    }

    @Test func rev003IgnoresAnswersAfterExpiry() {
        var builder = Self.revokedInTime()
        builder.notAfter = "2026-11-25T00:00:00Z"
        builder.ocsp.append(("2026-11-26T07:00:00Z", "good"))
        #expect(!builder.rules().contains("REV-003"))
    }

    @Test func rev003DoesNotCountALiftedSuspension() {
        var builder = SubjectBuilder()
        builder.certificateEvents = [
            ["type": "suspension", "time": "2026-11-20T10:00:00Z", "reason": "certificateHold"],
            ["type": "suspension_lifted", "time": "2026-11-21T10:00:00Z"],
        ]
        builder.crls = [
            SubjectBuilder.crl(
                "2026-11-20T11:00:00Z",
                published: "2026-11-20T11:05:00Z",
                lists: true,
                reason: "certificateHold"
            ),
            SubjectBuilder.crl("2026-11-21T11:00:00Z", published: "2026-11-21T11:05:00Z", lists: false, number: "2"),
        ]
        builder.ocsp = [("2026-11-20T10:30:00Z", "revoked"), ("2026-11-21T10:30:00Z", "good")]
        #expect(builder.rules() == [])
    }

    @Test func rev004NeedsStatusPublishedAfterExpiry() {
        var builder = Self.revokedInTime()
        builder.notAfter = "2026-11-25T00:00:00Z"
        #expect(builder.rules() == [], "nothing published after expiry yet: nothing to judge")
        builder.crls.append(
            SubjectBuilder.crl("2026-11-26T00:00:00Z", published: "2026-11-26T00:05:00Z", lists: false, number: "3")
        )
        #expect(builder.rules() == ["REV-004"])
        builder.crls[1].listsSerial = true
        #expect(builder.rules() == [])
        builder.crls[1].listsSerial = false
        builder.ocsp.append(("2026-11-26T01:00:00Z", "revoked"))
        #expect(builder.rules() == [], "a revoked OCSP answer after expiry is enough")
    }

    /// #15 item 4: partitioned and delta CRLs are read for what they are (RFC 5280 §5.2.4, §5.2.5).
    @Test func rev003ReadsAGapOnlyInACompleteCRLThatSpeaksOfTheCertificate() {
        func rules(_ scope: CRLScope?, lists: Bool = false, reason: String? = nil) -> [String] {
            var builder = Self.revokedInTime()
            var later = SubjectBuilder.crl(
                "2026-11-21T11:00:00Z",
                published: "2026-11-21T11:05:00Z",
                lists: lists,
                reason: reason,
                number: "2"
            )
            later.scope = scope
            builder.crls.append(later)
            var subject = builder.build()
            subject.crlDistributionPoints = ["http://crl.example/ca-part1.crl"]
            return GateEngine.evaluate(subject).map(\.rule.rawValue)
        }
        #expect(rules(nil) == ["REV-003"], "a complete CRL without the serial reinstates it")
        #expect(rules(CRLScope(deltaOf: "1")) == [], "a delta lists only what changed")
        #expect(rules(CRLScope(distributionPoints: ["http://crl.example/ca-part2.crl"])) == [], "another partition")
        #expect(rules(CRLScope(distributionPoints: ["http://crl.example/ca-part1.crl"])) == ["REV-003"], "its own")
        #expect(rules(CRLScope(onlyCACertificates: true)) == [], "a CA-certificates partition")
        // The revocation's reason is keyCompromise.
        #expect(rules(CRLScope(onlySomeReasons: ["affiliationChanged", "superseded"])) == [], "other reasons")
        #expect(rules(CRLScope(onlySomeReasons: ["keyCompromise", "cACompromise"])) == ["REV-003"], "its reason")
        #expect(
            rules(CRLScope(deltaOf: "1"), lists: true, reason: "removeFromCRL") == ["REV-003"],
            "a delta that removes it reinstates it"
        )
    }

    @Test func rev002AndRev004CountAListingOnlyWhereTheCRLSpeaksOfTheCertificate() {
        // REV-002: the first listing in time is in a partition for another distribution point: it does not count.
        var builder = Self.revokedInTime()
        builder.crls = [
            SubjectBuilder.crl("2026-11-20T11:00:00Z", published: "2026-11-20T11:05:00Z", lists: true),
            SubjectBuilder.crl("2026-11-21T11:00:00Z", published: "2026-11-21T11:05:00Z", lists: true, number: "2"),
        ]
        builder.crls[0].scope = CRLScope(distributionPoints: ["http://crl.example/other.crl"])
        var subject = builder.build()
        subject.crlDistributionPoints = ["http://crl.example/ca-part1.crl"]
        #expect(GateEngine.evaluate(subject).map(\.rule.rawValue) == ["REV-002"])
        subject.crls[0].scope = CRLScope(deltaOf: "7")
        #expect(GateEngine.evaluate(subject).isEmpty, "a delta that lists it in time shows the revocation")

        // REV-004: after expiry only a delta without the serial: nothing to judge; one that lists it: published.
        var expired = Self.revokedInTime()
        expired.notAfter = "2026-11-25T00:00:00Z"
        expired.crls.append(
            SubjectBuilder.crl("2026-11-26T00:00:00Z", published: "2026-11-26T00:05:00Z", lists: false, number: "3")
        )
        expired.crls[1].scope = CRLScope(deltaOf: "2")
        #expect(!expired.rules().contains("REV-004"), "a delta's gap says nothing")
        expired.crls[1].scope = nil
        #expect(expired.rules().contains("REV-004"))
        expired.crls.append(
            SubjectBuilder.crl("2026-11-26T06:00:00Z", published: "2026-11-26T06:05:00Z", lists: true, number: "4")
        )
        expired.crls[2].scope = CRLScope(deltaOf: "3")
        #expect(!expired.rules().contains("REV-004"), "a delta listing it after expiry publishes the status")
    }

    @Test func rec001NeedsTheWholeRecord() {
        var builder = SubjectBuilder()
        builder.includeRegistration = false
        #expect(builder.rules() == ["REG-001", "REC-001"])
    }

    @Test func findingsNameWhatWasExpectedFoundAndWhichRecord() {
        var builder = SubjectBuilder()
        builder.terms = "terms-5"
        let finding = try! #require(GateEngine.evaluate(builder.build()).first)
        #expect(finding.message.hasPrefix("Expected"))
        #expect(finding.message.contains("terms-5") && finding.message.contains("2026-09-01T00:00:00Z"))
        #expect(finding.evidence.contains("document:terms-5"))
        #expect(finding.evidence.contains { $0.hasPrefix("event:") })
    }

    @Test func everyRuleOfTheContractHasAGate() {
        #expect(GateEngine.rules.map(\.id) == RuleID.allCases)
    }
}
