import Foundation
import Lifecycle
import Testing

@Suite struct EventDecodingTests {
    static let issuer = "CN=Example Qualified CA,O=Example Trust Services SA,C=BE"

    static func line(_ json: String) -> [UInt8] { Array(json.utf8) }

    @Test func decodesARevocationRequestAndIgnoresProducerFields() throws {
        let event = try LifecycleEvent.decode(
            line: Self.line(
                """
                {"event_id":"e9","type":"revocation_request","time":"2026-11-20T10:00:00Z",\
                "certificate":{"issuer":"\(Self.issuer)","serial":"1a2b"},
                 "request_id":"r1","requester":"subscriber","authenticated":true,"received_at":"2026-11-20T09:59:00Z",\
                 "ra_site":"Brussels"}
                """
            )
        )
        #expect(event.type == .revocationRequest)
        #expect(event.certificate == CertificateRef(issuer: Self.issuer, serial: "1a2b"))
        #expect(event.authenticated == true)
    }

    /// Bad lines and the reason class each must be rejected with (typed, so the literal type-checks quickly).
    static let rejectCases: [(String, RejectReason.Class)] = [
        ("{\"event_id\":\"e1\",", RejectReason.Class.badJSON),
        ("[1,2]", .badJSON),
        ("{\"event_id\":\"e1\",\"time\":\"2026-11-20T10:00:00Z\"}", .missingField),
        ("{\"event_id\":\"e1\",\"type\":\"teleport\",\"time\":\"2026-11-20T10:00:00Z\"}", .unknownType),
        (
            "{\"event_id\":\"e1\",\"type\":\"suspension\",\"time\":\"2026-11-20T10:00:00+01:00\","
                + "\"certificate\":{\"issuer\":\"CN=x\",\"serial\":\"1\"}}",
            .nonUTCTime
        ),
        ("{\"event_id\":\"e1\",\"type\":\"suspension\",\"time\":\"2026-11-20T10:00:00Z\"}", .missingField),
        (
            "{\"event_id\":\"e1\",\"type\":\"suspension\",\"time\":\"2026-11-20T10:00:00Z\","
                + "\"certificate\":{\"issuer\":\"CN=x\",\"serial\":\"0A\"}}",
            .invalidValue
        ),
        (
            "{\"event_id\":\"e1\",\"type\":\"revocation_request\",\"time\":\"2026-11-20T10:00:00Z\","
                + "\"certificate\":{\"issuer\":\"CN=x\",\"serial\":\"1\"},\"request_id\":\"r\",\"requester\":\"s\","
                + "\"authenticated\":\"yes\",\"received_at\":\"2026-11-20T10:00:00Z\"}",
            .wrongType
        ),
        (
            "{\"event_id\":\"e1\",\"type\":\"application\",\"time\":\"2026-11-20T10:00:00Z\",\"application_id\":\"a\","
                + "\"subject_id\":\"s\",\"subject_type\":\"natural_person\",\"policy\":\"QCP-x\","
                + "\"cp_cps_document\":\"d\",\"certificate_usage\":\"esign\",\"qualification_basis\":\"q\"}",
            .unknownPolicy
        ),
        (
            "{\"event_id\":\"e1\",\"type\":\"application\",\"time\":\"2026-11-20T10:00:00Z\",\"application_id\":\"a\","
                + "\"subject_id\":\"s\",\"subject_type\":\"robot\",\"policy\":\"QCP-n\",\"cp_cps_document\":\"d\","
                + "\"certificate_usage\":\"esign\",\"qualification_basis\":\"q\"}",
            .invalidValue
        ),
    ]

    @Test(arguments: rejectCases)
    func rejectsWithTheRightReasonClass(json: String, expected: RejectReason.Class) {
        let reason = #expect(throws: RejectReason.self) { try LifecycleEvent.decode(line: Self.line(json)) }
        #expect(reason?.reasonClass == expected, "\(reason?.message ?? "")")
        #expect(reason?.message.isEmpty == false)
    }

    @Test func rejectsInvalidUTF8() {
        let reason = #expect(throws: RejectReason.self) { try LifecycleEvent.decode(line: [0x7b, 0xff, 0xfe, 0x7d]) }
        #expect(reason?.reasonClass == .badUTF8)
    }

    @Test func namesTheMissingFieldOfTheType() {
        let reason = #expect(throws: RejectReason.self) {
            try LifecycleEvent.decode(
                line: Self.line(
                    "{\"event_id\":\"e1\",\"type\":\"revocation\",\"time\":\"2026-11-20T10:00:00Z\","
                        + "\"certificate\":{\"issuer\":\"CN=x\",\"serial\":\"1\"},\"request_id\":\"r\","
                        + "\"reason\":\"keyCompromise\"}"
                )
            )
        }
        #expect(reason?.message.contains("revoked_at") == true)
    }

    @Test func policiesMapToTheirOIDsAndSubjectTypes() {
        #expect(Policy.allCases.count == 7)
        #expect(Policy.qcpNQSCD.oid == "0.4.0.194112.1.2")
        #expect(Policy.qncpWGen.oid == "0.4.0.194112.1.6")
        #expect(Policy.qevcpW.subjectType == .website)
        #expect(Policy.qcpLQSCD.requiresQSCD && !Policy.qcpL.requiresQSCD)
    }
}
