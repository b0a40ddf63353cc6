/// How far an import is, for a progress line on a terminal.
package struct ImportProgress: Sendable, Equatable {
    package enum Phase: String, Sendable { case archiving, parsing }

    package var phase: Phase
    package var filesDone: Int
    package var filesTotal: Int
    /// Records (lines) read so far in the parsing phase.
    package var records: Int
    package var currentFile: String
}
