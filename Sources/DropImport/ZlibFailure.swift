import ZlibIO

/// Marks the zlib errors a drop file can cause, so importers can tell them from archive failures.
protocol ZlibFailure: Error {}
extension ZlibError: ZlibFailure {}
