import Lifecycle

/// Routine evidence of a timeline, collapsed (#15 item 7): a run of three or more rows of one
/// routine kind in a row (OCSP answers saying the same, CRL publications that list a revoked
/// certificate again) becomes one row that keeps the first one's time and record,
/// `ocsp_good ×730 between … and …`. A certificate with an OCSP answer every hour would otherwise
/// bury its ten lifecycle events under tens of thousands of rows.
enum TimelineCollapse {
    /// The kinds that repeat without news.
    static let routine: Set<String> = ["ocsp_good", "ocsp_revoked", "crl_published"]

    /// - Parameters:
    ///   - rows: timeline rows by time (`time`, `kind`, `record`, `details`, `source`).
    ///   - kind: the index of the `kind` column; `time` is column 0, `details` column 3.
    static func collapse(_ rows: [[QueryValue]], kind: Int = 1) -> [[QueryValue]] {
        var out: [[QueryValue]] = []
        var run: [[QueryValue]] = []
        func flush() {
            guard let first = run.first, let last = run.last else { return }
            if run.count < 3 {
                out += run
            } else {
                var row = first
                row[kind] = .text("\(first[kind].cell) ×\(run.count)")
                row[3] = .text(
                    "\(run.count) between \(first[0].cell) and \(last[0].cell) (--all lists each); first: "
                        + first[3].cell
                )
                out.append(row)
            }
            run = []
        }
        for row in rows {
            if let current = run.first, current[kind] == row[kind], routine.contains(row[kind].cell) {
                run.append(row)
                continue
            }
            flush()
            if routine.contains(row[kind].cell) { run = [row] } else { out.append(row) }
        }
        flush()
        return out
    }
}
