import Bundling
import Catalog
import CryptoIO
import Sealing
import DropImport
import Foundation
import Lifecycle

/// The parsers that read bytes from outside: a drop's JSONL events, certificates, CRLs and OCSP
/// responses, bundle tars and RFC 4998 evidence records. Each must answer any input with a value
/// or an error, never a crash, a hang or an unbounded allocation.
enum FuzzTarget: String, CaseIterable {
    case events
    case certificate
    case crl
    case ocsp
    case tar
    case evidenceRecord = "evidence-record"

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
        case .crl:
            guard let list = try? RevocationList(pemOrDER: bytes) else { return }
            _ = (list.issuer, list.thisUpdate, list.nextUpdate, list.crlNumber, list.entries.count)
        case .ocsp:
            _ = try? OCSPResponseParser.answers(der: bytes, issuers: [])
        case .tar:
            guard let bag = try? Bag.read(bytes, name: "fuzz.tar.gz") else { return }
            _ = try? SealedBagReader.read(bag, name: "fuzz.tar.gz")
        case .evidenceRecord:
            guard let record = try? EvidenceRecord(der: bytes) else { return }
            _ = try? record.der()
        }
    }
}
