import ArchiveIO
import Foundation
import TestSupport
import Testing

/// The exception register: append-only versions, EN 319 411-2 refused, scope into bundles,
/// overdue reviews, and a rewritten register caught by verify.
@Suite(.serialized) struct ExceptionRegisterTests {
    init() { ProcessLocale.useUTF8() }

    static func json(_ run: TestEnvironment.Run) throws -> [[String: Any]] {
        try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]] ?? []
    }

    @Test func entriesAreVersionedScopedIntoBundlesAndSealed() throws {
        let folder = try TestEnvironment.temporaryFolder()
        let archive = folder + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        #expect(
            try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", TestEnvironment.samples + "/day1")
                .status == 3
        )
        try TestEnvironment.write("signed minutes", to: folder + "/minutes.txt")

        let refused = try TestEnvironment.qcarchive(
            "exceptions",
            "add",
            "--archive",
            archive,
            "--source-type",
            "en-319-411-2",
            "--citation",
            "6.3.9",
            "--obligation",
            "24 h"
        )
        #expect(refused.status == 64 && refused.stderr.contains("belongs in the rule set"), "\(refused)")

        let added = try TestEnvironment.qcarchive(
            "exceptions",
            "add",
            "--archive",
            archive,
            "--source-type",
            "cabf",
            "--citation",
            "TLS BR 4.9.1.1",
            "--obligation",
            "Revoke within 5 days",
            "--policy",
            "QNCP-w",
            "--owner",
            "PKI operations",
            "--review-by",
            "2026-12-01",
            "--evidence",
            folder + "/minutes.txt"
        )
        #expect(added.status == 0, "\(added)")
        let id = added.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(id == "EXC-0002", "the sample drop imported EXC-0001")
        let evidence = try TestEnvironment.run("sha256sum", [folder + "/minutes.txt"]).stdout.prefix(64)
        #expect(
            FileManager.default.fileExists(atPath: "\(archive)/store/sha256/\(evidence.prefix(2))/\(evidence)"),
            "evidence kept in the content store"
        )
        #expect(
            try TestEnvironment.qcarchive(
                "exceptions",
                "update",
                "--archive",
                archive,
                "--id",
                id,
                "--review-by",
                "2026-11-01"
            ).status == 0
        )
        #expect(
            try TestEnvironment.qcarchive(
                "exceptions",
                "close",
                "--archive",
                archive,
                "--id",
                "EXC-0001",
                "--reason",
                "law repealed"
            ).status == 0
        )
        let reclosed = try TestEnvironment.qcarchive(
            "exceptions",
            "close",
            "--archive",
            archive,
            "--id",
            "EXC-0001",
            "--reason",
            "again"
        )
        #expect(reclosed.status == 64 && reclosed.stderr.contains("is closed"))

        let history = try Self.json(
            try TestEnvironment.qcarchive(
                "exceptions",
                "show",
                "--archive",
                archive,
                "--id",
                id,
                "--history",
                "--format",
                "json"
            )
        )
        #expect(history.map { $0["entry_id"] as? String } == [id, id], "two versions")
        #expect(
            history.map { ($0["entry"] as? [String: Any])?["review_by"] as? String } == ["2026-12-01", "2026-11-01"],
            "the old version is kept"
        )

        let list = try Self.json(
            try TestEnvironment.qcarchive("exceptions", "list", "--archive", archive, "--format", "json")
        )
        #expect(
            list.map { "\($0["entry_id"]!) \($0["status"]!) \($0["review_overdue"]!)" } == [
                "EXC-0001 closed 0", "EXC-0002 active 1",
            ]
        )
        #expect(list.allSatisfy { $0["origin"] as? String == "not from EN 319 411-2" })

        // The next night seals the register and puts EXC-0002 into the bundles of QNCP-w certificates only.
        #expect(
            try TestEnvironment.qcarchive("nightly", "--archive", archive, "--drop", TestEnvironment.samples + "/day2")
                .status == 3
        )
        let seal =
            try JSONSerialization.jsonObject(
                with: Data(TestEnvironment.read(archive + "/batches/2026-11-21/seal.json"))
            ) as? [String: Any]
        let sealed = try #require(seal?["exception_register_sha256"] as? String)
        #expect(
            sealed
                == String(
                    try TestEnvironment.run("sha256sum", [archive + "/exceptions/register.jsonl"]).stdout.prefix(64)
                )
        )
        var scoped = 0
        var unscoped = 0
        for bundle in TestEnvironment.files(under: archive + "/bundles") where bundle.contains("-v") {
            let members = try TarReader.members(of: try TestEnvironment.read(archive + "/bundles/" + bundle)).members
            guard let exceptions = members.first(where: { $0.path.hasSuffix("data/exceptions.json") }),
                let lifecycle = members.first(where: { $0.path.hasSuffix("data/lifecycle.json") })
            else { continue }
            let isQNCPw = String(decoding: lifecycle.bytes, as: UTF8.self).contains("\"policy\" : \"QNCP-w\"")
            let hasEntry = String(decoding: exceptions.bytes, as: UTF8.self).contains("\"EXC-0002\"")
            if hasEntry { scoped += 1 } else { unscoped += 1 }
            if String(decoding: exceptions.bytes, as: UTF8.self).contains("not from EN 319 411-2") == false {
                Issue.record("\(bundle) lacks the origin mark")
            }
            let bagInfo = String(
                decoding: members.first { $0.path.hasSuffix("/bag-info.txt") }?.bytes ?? [],
                as: UTF8.self
            )
            if bagInfo.contains("Batch-Id: 2026-11-21\n") {
                #expect(
                    hasEntry == isQNCPw,
                    "\(bundle): sealed after EXC-0002 was added, so it carries it exactly when it is QNCP-w"
                )
            } else {
                #expect(!hasEntry, "\(bundle): sealed before EXC-0002 existed")
            }
        }
        #expect(scoped >= 1 && unscoped >= 1, "scoped \(scoped), unscoped \(unscoped)")
        #expect(try TestEnvironment.qcarchive("verify", "--archive", archive, "--chain").status == 0)

        // Rewriting a sealed version is caught, in the live register and in a sealed snapshot.
        let register = archive + "/exceptions/register.jsonl"
        let original = try TestEnvironment.read(register)
        try TestEnvironment.write(
            String(decoding: original, as: UTF8.self).replacingOccurrences(
                of: "Revoke within 5 days",
                with: "Revoke within 9 days"
            ),
            to: register
        )
        let rewritten = try TestEnvironment.qcarchive("verify", "--archive", archive, "--chain")
        #expect(
            rewritten.status == 1
                && rewritten.stdout.contains("exceptions/register.jsonl: expected the register sealed with 2026-11-21"),
            "\(rewritten)"
        )
        try TestEnvironment.write(original, to: register)
        let snapshot = archive + "/batches/2026-11-21/exception-register.jsonl"
        try TestEnvironment.write(
            String(decoding: original, as: UTF8.self).replacingOccurrences(of: "PKI operations", with: "Nobody"),
            to: snapshot
        )
        let tampered = try TestEnvironment.qcarchive("verify", "--archive", archive, "--chain")
        #expect(
            tampered.status == 1
                && tampered.stdout.contains("batches/2026-11-21/exception-register.jsonl: expected SHA-256 \(sealed)"),
            "\(tampered)"
        )
    }

    /// #15 item 10: every change records who made it; history reads as a table of who changed what
    /// and as a JSON array in which every version carries every field.
    @Test func aChangeRecordsWhoMadeItAndEveryVersionCarriesEveryField() throws {
        let archive = try TestEnvironment.temporaryFolder() + "/archive"
        #expect(try TestEnvironment.qcarchive("init", "--archive", archive).status == 0)
        let added = try TestEnvironment.qcarchive(
            "exceptions",
            "add",
            "--archive",
            archive,
            "--source-type",
            "contract",
            "--citation",
            "Contract 7 §4",
            "--obligation",
            "Notify the customer of every revocation within 1 h.",
            "--actor",
            "alice"
        )
        #expect(added.status == 0, "\(added)")
        let id = added.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let updated = try TestEnvironment.qcarchive(
            "exceptions",
            "update",
            "--archive",
            archive,
            "--id",
            id,
            "--owner",
            "Customer desk",
            "--review-by",
            "2027-03-31",
            "--actor",
            "bob"
        )
        #expect(updated.status == 0, "\(updated)")
        #expect(
            try TestEnvironment.qcarchive("exceptions", "close", "--archive", archive, "--id", id, "--reason", "ended")
                .status == 0
        )

        let json = try Self.json(
            try TestEnvironment.qcarchive(
                "exceptions",
                "show",
                "--archive",
                archive,
                "--id",
                id,
                "--history",
                "--format",
                "json"
            )
        )
        #expect(json.map { $0["actor"] as? String } == ["alice", "bob", NSUserName()])
        let fields: Set<String> = [
            "source_type", "citation", "obligation", "policies", "certificates", "owner", "approver",
            "compensating_controls", "effect", "review_by", "expires", "status", "evidence", "close_reason",
        ]
        #expect(json.allSatisfy { ($0["entry"] as? [String: Any]).map { Set($0.keys) } == fields }, "\(json)")
        #expect((json[0]["entry"] as? [String: Any])?["owner"] is NSNull, "a field not set is null, not absent")

        let table = try TestEnvironment.qcarchive("exceptions", "show", "--archive", archive, "--id", id, "--history")
        let rows = table.stdout.split(separator: "\n").map(String.init)
        #expect(rows.first?.hasPrefix("version  change  changed_at") == true, "\(table)")
        #expect(
            rows.contains { $0.hasPrefix("2        update") && $0.contains("bob") && $0.hasSuffix("owner, review_by") }
        )
        #expect(rows.contains { $0.hasPrefix("3        close") && $0.hasSuffix("status, close_reason") }, "\(table)")

        let latest = try TestEnvironment.qcarchive("exceptions", "show", "--archive", archive, "--id", id)
        #expect(latest.stdout.contains("\nactor                  \(NSUserName())\n"), "\(latest)")
        #expect(latest.stdout.contains("\neffect                 —\n"), "every field, set or not: \(latest)")
    }
}
