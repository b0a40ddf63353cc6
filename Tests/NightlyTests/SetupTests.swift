import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The two README commands work on a fresh machine (issue #8, finding 1): as root, where a fresh
/// machine has no `sudo`, `make deps` installs with apt-get directly; anyone else goes through sudo.
@Suite struct SetupTests {
    @Test func makeDepsInstallsWithoutSudoAsRootAndWithItOtherwise() throws {
        // -n prints the recipe with $(SUDO) expanded, without running it.
        let run = try TestEnvironment.run("make", ["-n", "deps"], in: TestEnvironment.packageRoot)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("apt-get install"), "\(run)")
        if getuid() == 0 {
            #expect(!run.stdout.contains("sudo "), "root needs no sudo (a fresh machine has none): \(run.stdout)")
        } else {
            #expect(run.stdout.contains("sudo apt-get"), "\(run.stdout)")
        }
    }

    @Test func ciRemovesAPackageAFreshMachineLacksBeforeItBuilds() throws {
        let script = String(decoding: try TestEnvironment.read(TestEnvironment.packageRoot + "/.ci/run"), as: UTF8.self)
        let removal = try #require(script.range(of: "apt-get remove -y -qq libarchive-dev"))
        let test = try #require(script.range(of: "make test"))
        #expect(removal.lowerBound < test.lowerBound)
    }
}
