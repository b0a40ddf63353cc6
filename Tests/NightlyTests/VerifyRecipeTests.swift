import Foundation
import TestSupport
import Testing

/// docs/VERIFY.md's recipe (tar, sha256sum, openssl, python3 alone) as a script, run on a real archive.
@Suite(.serialized) struct VerifyRecipeTests {
    @Test func theThirdPartyRecipeAcceptsAnArchiveAndCatchesTampering() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = folder + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        for day in ["day1", "day2"] {
            #expect(
                try TestEnvironment.qcarchive(
                    "nightly",
                    "--archive",
                    archive,
                    "--drop",
                    TestEnvironment.samples + "/" + day
                ).status == 3
            )
        }
        let recipe = TestEnvironment.packageRoot + "/Tests/Fixtures/verify_recipe.sh"
        let clean = try TestEnvironment.run("bash", [recipe, archive])
        #expect(clean.status == 0, "\(clean)")
        #expect(clean.stdout.contains(" passed, 0 failed"))

        let bundle = try #require(
            TestEnvironment.files(under: archive + "/bundles").first { $0.hasSuffix("-v1.tar.gz") }
        )
        try FileManager.default.removeItem(atPath: archive + "/bundles/" + bundle)
        let broken = try TestEnvironment.run("bash", [recipe, archive])
        #expect(broken.status == 1, "\(broken)")
        #expect(broken.stdout.contains(bundle), "\(broken.stdout)")
    }
}
