import Foundation
import Lifecycle
import TestSupport
import Testing

@testable import DropImport

/// The JSON Schemas in Schemas/ and the Swift decoders must give the same verdict on the same
/// records: the corpus in Tests/Schemas/corpus/ says what each case is, validate.py checks the
/// schemas, and this suite checks the decoders.
@Suite struct SchemaAgreementTests {
    struct Case {
        var valid: Bool
        var reasonClass: String?
        var record: [UInt8]
        var line: Int
    }

    static func corpus(_ name: String) throws -> [Case] {
        let text = String(
            decoding: try TestEnvironment.read(TestEnvironment.packageRoot + "/Tests/Schemas/corpus/\(name).jsonl"),
            as: UTF8.self
        )
        return try text.split(separator: "\n").enumerated().map { index, line in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let record = try JSONSerialization.data(
                withJSONObject: object["record"] as Any,
                options: [.fragmentsAllowed]
            )
            return Case(
                valid: object["valid"] as? Bool ?? false,
                reasonClass: object["reason_class"] as? String,
                record: Array(record),
                line: index + 1
            )
        }
    }

    static func verdict(_ decode: () throws -> Void) -> RejectReason? {
        do {
            try decode()
            return nil
        } catch let reason as RejectReason {
            return reason
        } catch {
            return RejectReason(.badJSON, "\(error)")
        }
    }

    @Test(arguments: ["event", "document", "crl-publication", "ocsp-log", "qscd", "exception", "batch"])
    func decoderAgreesWithTheSchemaCorpus(name: String) throws {
        let cases = try Self.corpus(name)
        #expect(cases.count >= 4)
        for item in cases {
            let reason = Self.verdict {
                switch name {
                case "event": _ = try LifecycleEvent.decode(line: item.record)
                case "document": _ = try RecordDecoding.decode(DocumentVersion.self, from: item.record)
                case "crl-publication": _ = try RecordDecoding.decode(CRLPublication.self, from: item.record)
                case "ocsp-log": _ = try RecordDecoding.decode(OCSPLogEntry.self, from: item.record)
                case "qscd": _ = try RecordDecoding.decode(QSCDRecord.self, from: item.record)
                case "exception": _ = try RecordDecoding.decode(ExceptionEntryInput.self, from: item.record)
                default: _ = try BatchInfo.decode(item.record)
                }
            }
            #expect(
                (reason == nil) == item.valid,
                Comment(
                    rawValue: "\(name).jsonl line \(item.line): schema says \(item.valid ? "valid" : "invalid"), "
                        + "decoder says \(reason?.message ?? "valid")"
                )
            )
            if !item.valid, name == "event", let expected = item.reasonClass, let reason {
                #expect(reason.reasonClass.rawValue == expected, "\(name).jsonl line \(item.line): \(reason.message)")
            }
        }
    }

    @Test func theSchemasValidateTheSamplesAndTheCorpus() throws {
        let run = try TestEnvironment.run("python3", [TestEnvironment.packageRoot + "/Tests/Schemas/validate.py"])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains(" passed, 0 failed"))
    }
}
