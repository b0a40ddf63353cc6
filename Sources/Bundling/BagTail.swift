import ArchiveIO
import CryptoIO
import Sealing
import ZlibIO

/// The last gzip member of a sealed bag (SPEC "Bundle": appended once the batch is timestamped):
/// the batch seal's signature and the evidence record, read without inflating the bag's payload
/// (`verify --all --fast`).
package struct BagTail: Sendable {
    /// `seal/evidence-record.ers`.
    package var evidenceRecord: [UInt8]

    /// The most the last member may inflate to (a signature and an evidence record).
    static let maximumSize = 1 << 20

    /// - Parameters:
    ///   - bytes: the bag's file.
    ///   - folder: the bag's top-level folder (its file name without `.tar.gz`).
    ///   - name: the file, for messages.
    /// - Throws: `BundleProblem` when the file does not end with the member qcarchive appends.
    package static func read(_ bytes: [UInt8], folder: String, name: String) throws(BundleProblem) -> BagTail {
        guard bytes.count >= 10, Bag.isWrittenHeader(bytes[0..<10]) else {
            throw BundleProblem(
                .form,
                file: name,
                expected: "a gzip member with the header qcarchive writes at the start",
                found: bytes.count >= 10 ? Hex.encode(Array(bytes[0..<10])) : "\(bytes.count) byte(s)"
            )
        }
        guard let (start, tar) = Gzip.lastMember(of: bytes, limit: maximumSize), start > 0,
            Bag.isWrittenHeader(bytes[start..<(start + 10)])
        else {
            throw BundleProblem(
                .unreadable,
                file: name,
                expected: "a last gzip member holding the seal signature and the evidence record",
                found: "none that inflates to the file's end"
            )
        }
        let members: [TarMember]
        do {
            members = try TarReader.members(of: tar).members
        } catch {
            throw BundleProblem(
                .unreadable,
                file: name,
                expected: "a readable tar in the last member",
                found: "\(error)"
            )
        }
        let paths = members.map(\.path)
        let expected = [folder + "/seal/batch-seal.json.p7s", folder + "/seal/evidence-record.ers"]
        guard paths == expected, members.allSatisfy({ $0.kind == .file }) else {
            throw BundleProblem(
                .form,
                file: name,
                expected: "the last member to hold \(expected.joined(separator: " and "))",
                found: paths.isEmpty ? "no member" : paths.joined(separator: ", ")
            )
        }
        return BagTail(evidenceRecord: members[1].bytes)
    }
}
