import CryptoIO

/// One of `parts` deterministic parts of an archive's bags (`verify --all --subset n/t`, #16): run
/// with n = 1, 2, …, t, every bag is verified exactly once, so a nightly cron line checks the whole
/// archive every t days with a t-th of the work. A bag's part depends on its path alone (SHA-256),
/// so it does not move when later batches add bags.
package struct VerificationSubset: Sendable, Equatable, CustomStringConvertible {
    /// 1-based.
    package var part: Int
    package var parts: Int

    /// - Returns: nil unless 1 ≤ part ≤ parts.
    package init?(part: Int, of parts: Int) {
        guard parts >= 1, (1...parts).contains(part) else { return nil }
        self.part = part
        self.parts = parts
    }

    /// Reads `n/t`.
    package init?(_ text: String) {
        let fields = text.split(separator: "/", omittingEmptySubsequences: false)
        guard fields.count == 2, let part = Int(fields[0]), let parts = Int(fields[1]) else { return nil }
        self.init(part: part, of: parts)
    }

    package var description: String { "\(part)/\(parts)" }

    /// True when the bag at `path` (relative to the archive) belongs to this part.
    package func contains(_ path: String) -> Bool {
        let digest = SHA256Digest.of(Array(path.utf8)).bytes
        let number = digest.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        return Int(number % UInt64(parts)) == part - 1
    }
}
