/// A new archive with sample nights run into it: what many suites start from.
public enum SampleArchive {
    /// A sample night or `init` that did not end as the samples do.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// - Parameter days: the sample drops (`day1`, `day2`), in order; each night exits 3, since the
    ///   samples hold rejected records on purpose.
    /// - Returns: the archive folder.
    /// - Throws: `Failure` naming the step that ended otherwise.
    public static func make(
        _ days: [String] = ["day1", "day2"],
        catalog: TestCatalog = .sqlite,
        label: String = #function
    ) throws -> String {
        let archive = try TestEnvironment.temporaryFolder(label) + "/archive"
        let created = try TestEnvironment.run(
            TestEnvironment.binary,
            ["init", "--archive", archive] + (try catalog.initArguments(label))
        )
        guard created.status == 0 else { throw Failure(description: "init: \(created)") }
        for day in days {
            let night = try TestEnvironment.qcarchive(
                "nightly",
                "--archive",
                archive,
                "--drop",
                TestEnvironment.samples + "/" + day
            )
            guard night.status == 3 else { throw Failure(description: "nightly \(day): \(night)") }
        }
        return archive
    }
}
