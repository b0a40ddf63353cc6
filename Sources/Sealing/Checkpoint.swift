import CryptoIO
import Foundation

/// The body of a C2SP tlog-checkpoint: origin line, tree size (decimal), root hash (base64), each
/// ending in a newline (SPEC "The published head": origin `qcarchive/<archive_id>`, size the number
/// of sealed batches, root the RFC 6962 tree over their `seal.json` bytes in chain order).
package struct Checkpoint: Sendable, Equatable {
    package var origin: String
    package var size: Int
    package var root: SHA256Digest

    package init(origin: String, size: Int, root: SHA256Digest) {
        self.origin = origin
        self.size = size
        self.root = root
    }

    package var text: String { "\(origin)\n\(size)\n\(Data(root.bytes).base64EncodedString())\n" }

    /// Reads a checkpoint body (extension lines after the root are allowed and ignored).
    /// - Throws: `SignedNoteError` naming the line that is wrong.
    package init(text: String) throws(SignedNoteError) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 4, !lines[0].isEmpty else { throw SignedNoteError("The checkpoint has no origin line.") }
        guard let size = Int(lines[1]), size >= 0, String(size) == lines[1] else {
            throw SignedNoteError("The checkpoint's second line is not a tree size.")
        }
        guard let root = Data(base64Encoded: String(lines[2])), root.count == 32 else {
            throw SignedNoteError("The checkpoint's third line is not a base64 SHA-256 root hash.")
        }
        self.init(origin: String(lines[0]), size: size, root: SHA256Digest(bytes: Array(root)))
    }
}
