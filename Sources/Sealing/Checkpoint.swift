import CryptoIO
import Foundation

/// The body of a C2SP tlog-checkpoint: origin line, tree size (decimal), root hash (base64), each
/// ending in a newline (SPEC "The published head": origin `qcarchive/<archive_id>`, size the number
/// of sealed batches, root the RFC 6962 tree over their `seal.json` bytes in chain order).
package struct Checkpoint: Sendable, Equatable {
    package var origin: String
    package var size: Int
    package var root: SHA256Digest
    /// Extension lines after the root (qcarchive writes `batch <newest batch id>`).
    package var extensions: [String]

    package init(origin: String, size: Int, root: SHA256Digest, extensions: [String] = []) {
        self.origin = origin
        self.size = size
        self.root = root
        self.extensions = extensions
    }

    package var text: String {
        "\(origin)\n\(size)\n\(Data(root.bytes).base64EncodedString())\n" + extensions.map { $0 + "\n" }.joined()
    }

    /// The newest batch the checkpoint names (its `batch <id>` extension line), if any.
    package var newestBatch: String? {
        extensions.first { $0.hasPrefix("batch ") }.map { String($0.dropFirst(6)) }
    }

    /// Reads a checkpoint body (extension lines after the root are kept).
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
        self.init(
            origin: String(lines[0]),
            size: size,
            root: SHA256Digest(bytes: Array(root)),
            extensions: lines[3...].dropLast().map(String.init)
        )
    }
}
