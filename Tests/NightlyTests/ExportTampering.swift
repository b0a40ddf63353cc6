import Foundation
import TestSupport
import Testing

/// Tampering with an export's tar, the same way for a pack and a handover: each case rewrites the tar
/// with Python's tarfile (not our code) and `verify` must fail naming what changed.
enum ExportTampering {
    /// Rewrites a tar: `script` edits `members`, a list of
    /// [TarInfo, bytes] pairs, in place.
    static func rewrite(_ tar: String, to out: String, _ script: String) throws {
        let python = """
            import io, sys, tarfile
            src, dst = sys.argv[1], sys.argv[2]
            with tarfile.open(src) as t:
                members = [[m, t.extractfile(m).read() if m.isfile() else None] for m in t.getmembers()]
            \(script.split(separator: "\n").joined(separator: "\n"))
            with tarfile.open(dst, "w", format=tarfile.PAX_FORMAT) as out:
                for m, data in members:
                    if data is not None:
                        m.size = len(data)
                    out.addfile(m, io.BytesIO(data) if data is not None else None)
            """
        let run = try TestEnvironment.run("python3", ["-c", python, tar, out])
        #expect(run.status == 0, "\(run)")
    }

    static func verify(_ tar: String, _ archive: String) throws -> TestEnvironment.Run {
        try TestEnvironment.qcarchive(
            "verify",
            tar,
            "--seal-ca",
            archive + "/trust/seal-ca.pem",
            "--tsa-ca",
            archive + "/trust/tsa-ca.pem"
        )
    }

    /// Each case: a name, a script editing `members` (see `rewrite`), and texts `verify` must print.
    static func expectNamed(
        _ cases: [(name: String, script: String, expected: [String])],
        in tar: String,
        archive: String,
        folder: String
    ) throws {
        for (name, script, expected) in cases {
            let edited = folder + "/\(name.replacingOccurrences(of: " ", with: "-")).tar"
            try rewrite(tar, to: edited, script)
            let run = try verify(edited, archive)
            #expect(run.status == 1, "\(name): \(run)")
            for text in expected { #expect(run.stdout.contains(text), "\(name): \(text)\n\(run.stdout)") }
        }
    }

    /// Anchors other than the archive's: the manifest's signature and timestamp are refused, by name.
    static func expectForeignAnchorsRefused(_ tar: String, naming files: [String]) throws {
        let other = try TestEnvironment.temporaryFolder()
        #expect(try TestEnvironment.qcarchive("init", "--archive", other + "/archive").status == 0)
        let refused = try verify(tar, other + "/archive")
        #expect(refused.status == 1 && files.allSatisfy(refused.stdout.contains), "\(refused)")
    }
}
