import ArgumentParser
import Storage

/// Options every archive command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "The archive folder.")
    var archive: String

    @Flag(name: .long, help: "Print the underlying library errors too.")
    var verbose = false

    var layout: ArchiveLayout { ArchiveLayout(root: archive) }
}
