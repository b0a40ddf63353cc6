import Foundation
import TestSupport
import Testing

/// The committed fuzzing corpus (`Tests/Fuzz/corpus/<target>`, grown by `make fuzz`) is read once by
/// every parser it is for: an input that once crashed one stays a regression test.
@Suite struct FuzzCorpusTests {
    static let targets = [
        "events", "certificate", "crl", "ocsp", "tar", "evidence-record", "validation-data", "note",
    ]

    @Test(arguments: targets)
    func everyCommittedInputIsReadWithoutACrash(target: String) throws {
        let binary = (TestEnvironment.binary as NSString).deletingLastPathComponent + "/qcfuzz"
        let corpus = TestEnvironment.packageRoot + "/Tests/Fuzz/corpus/" + target
        let inputs = try FileManager.default.contentsOfDirectory(atPath: corpus).count
        #expect(inputs > 0, "the corpus of \(target) has seeds")
        let run = try TestEnvironment.run(binary, [target, corpus])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("\(target): \(inputs) input(s) read without a crash"), "\(run)")
    }
}
