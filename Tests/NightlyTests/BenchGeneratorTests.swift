import Foundation
import TestSupport
import Testing

/// The benchmark's generator plants one certificate in a thousand that breaks each rule it can break
/// in one night (issue #16), so that `make bench` times the gates and `findings` on real work: each
/// planted rule is found on its certificate, and no other certificate has a finding.
@Suite struct BenchGeneratorTests {
    /// The certificate numbers (serial minus 0x10000000) each rule is planted on.
    static let planted: [String: Set<Int>] = [
        "POL-001": [1], "POL-002": [2], "REG-001": [3], "REG-002": [4], "APP-001": [5], "ISS-001": [6],
        "ISS-002": [7], "ISS-003": [8], "ISS-004": [9], "ISS-005": [10], "ISS-006": [11],
        "QSC-001": [16, 17],  // the -qscd policies among slots 12 to 18
        "REV-001": [20], "REV-002": [40], "REV-003": [60], "REC-001": [80],
    ]

    @Test func everyPlantedRuleIsFoundOnItsCertificateAndNothingElse() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let qcbench = (TestEnvironment.binary as NSString).deletingLastPathComponent + "/qcbench"
        let generated = try TestEnvironment.run(
            qcbench,
            ["generate", "--out", folder + "/night", "--certificates", "1000", "--ocsp-lines", "3000"]
        )
        #expect(generated.status == 0, "\(generated)")
        let archive = folder + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        let night = try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", folder + "/night")
        #expect(night.status == 0, "\(night)")
        let answer = try TestEnvironment.qcarchive("query", "--archive", archive, "findings", "--format", "json")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(answer.stdout.utf8)) as? [[String: Any]])
        var found: [String: Set<Int>] = [:]
        for row in rows {
            let serial = try #require(row["serial"] as? String)
            let number = try #require(Int(serial, radix: 16)) - 0x1000_0000
            found[try #require(row["rule"] as? String), default: []].insert(number)
        }
        for (rule, numbers) in Self.planted {
            #expect(found[rule, default: []].isSuperset(of: numbers), "\(rule): \(found[rule] ?? [])")
        }
        let plantedNumbers = Self.planted.values.reduce(Set<Int>()) { $0.union($1) }
        // A rule broken on purpose may break another on the same certificate (a subject type that
        // does not fit the policy does not fit its QcType or evidence either), never elsewhere.
        for (rule, numbers) in found {
            #expect(numbers.isSubset(of: plantedNumbers), "\(rule) on unplanted certificates \(numbers)")
        }
    }
}
