import Bundling
import Catalog
import CryptoIO
import Sealing
import DropImport
import Foundation
import Lifecycle

/// The parsers that read bytes from outside: a drop's JSONL events, certificates (and the status
/// sources they name), CRLs and OCSP responses, bundle tars, RFC 4998 evidence records and renewal files, a batch's
/// sealed validation data, and published checkpoints with their verifier keys. Each must answer any input with a value
/// or an error, never a crash, a hang or an unbounded allocation.
enum FuzzTarget: String, CaseIterable {
    case events
    case certificate
    case crl
    case ocsp
    case tar
    case evidenceRecord = "evidence-record"
    case validationData = "validation-data"
    case note

    /// A verifier key for `note`: the checkpoint's signature is checked, so that the parser past it runs too.
    static let noteVerifier = NoteVerifierKey(name: "qcarchive/fuzz", publicKey: [UInt8](repeating: 7, count: 32))

    /// Feeds one input to the parser, and to what reads the parsed value further.
    func run(_ bytes: [UInt8]) {
        switch self {
        case .events:
            // A JSONL file: every line is decoded as an event; other record kinds share the decoder.
            for line in bytes.split(separator: 0x0A) {
                _ = try? LifecycleEvent.decode(line: Array(line))
                _ = try? RecordDecoding.decode(OCSPLogEntry.self, from: Array(line))
                _ = try? RecordDecoding.decode(CRLPublication.self, from: Array(line))
            }
        case .certificate:
            guard let certificate = try? SigningCertificate(der: bytes) else { return }
            _ = try? AuditCertificateRecord(
                parsing: certificate,
                issuerVerified: false,
                batchID: BatchID("fuzz"),
                sourceFile: "fuzz"
            )
            _ = StatusSources(of: certificate)
        case .crl:
            guard let list = try? RevocationList(pemOrDER: bytes) else { return }
            _ = (list.issuer, list.thisUpdate, list.nextUpdate, list.crlNumber, list.entries.count)
        case .ocsp:
            _ = try? OCSPResponseParser.answers(der: bytes, issuers: [])
        case .tar:
            guard let bag = try? Bag.read(bytes, name: "fuzz.tar.gz") else { return }
            _ = try? SealedBagReader.read(bag, name: "fuzz.tar.gz")
        case .evidenceRecord:
            let verifier = EvidenceRecordVerifier { _, _, _ in .success(Date()) }
            if let record = try? EvidenceRecord(der: bytes) {
                _ = try? record.der()
                _ = verifier.verify(record, dataObject: SHA256Digest.of(bytes), at: nil)
                _ = verifier.verify(record, dataObject: bytes, at: nil)  // every chain, every algorithm
            }
            // A renewal file (one ArchiveTimeStamp), appended to a record as each kind of renewal is.
            guard let stamp = try? ArchiveTimeStamp(der: bytes), let algorithm = stamp.algorithm else { return }
            let sealed = EvidenceRecord(reducedHashTree: [], timeStampToken: stamp.timeStamp)
            let leaves = [algorithm.digest(bytes)]
            for kind in [BatchRenewals.Kind.timestamp, .hashtree] {
                let renewal = BatchRenewals.Renewal(
                    number: 1,
                    kind: kind,
                    algorithm: algorithm,
                    stamp: stamp,
                    tree: HashTree(leaves: leaves, algorithm: algorithm)
                )
                guard
                    let record = try? BatchRenewals(batch: "fuzz", renewals: [renewal]).complete(
                        sealed,
                        dataObject: bytes
                    )
                else { continue }
                _ = verifier.verify(record, dataObject: bytes, at: nil)
            }
        case .validationData:
            // validation.json as read from a batch record, checked at a proven time.
            _ = ValidationDataCheck(files: [ValidationDocument.path: bytes], bagPath: "fuzz")
                .check(sealSigner: nil, tsaSigner: nil, provenAt: Date())
        case .note:
            let text = String(decoding: bytes, as: UTF8.self)
            _ = try? NoteVerifierKey(text: text)
            _ = try? Checkpoint(text: text)
            _ = try? SignedNote.open(text, verifier: Self.noteVerifier)
        }
    }
}
