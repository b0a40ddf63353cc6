/// What a file of the drop is, by its place in SPEC "The drop" layout.
package enum DropFileKind: String, Sendable, Codable, CaseIterable, Comparable {
    case batchInfo = "batch_info"
    case caCertificate = "ca_certificates"
    case certificate = "certificates"
    case documentMetadata = "document_metadata"
    case documentFile = "document_files"
    case events
    case crl = "crls"
    case crlPublications = "crl_publications"
    case ocspLog = "ocsp_log"
    case ocspResponse = "ocsp_responses"
    case qscd = "qscd_records"
    case exception = "exceptions"
    case unrecognized

    /// Classifies a path relative to the drop root.
    package init(relativePath path: String) {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let name = parts.last ?? ""
        func ext(_ options: String...) -> Bool { options.contains { name.hasSuffix($0) } }
        switch parts.count {
        case 1 where name == "batch.json": self = .batchInfo
        case 2 where parts[0] == "events" && ext(".jsonl", ".jsonl.gz"): self = .events
        case 2 where parts[0] == "certificates" && ext(".pem", ".der", ".crt", ".cer"): self = .certificate
        case 3 where parts[0] == "certificates" && parts[1] == "ca" && ext(".pem", ".der", ".crt", ".cer"):
            self = .caCertificate
        case 2 where parts[0] == "documents": self = ext(".json") ? .documentMetadata : .documentFile
        case 3 where parts[0] == "status" && parts[1] == "crl" && ext(".crl", ".pem", ".der"): self = .crl
        case 2 where path == "status/crl-publications.jsonl": self = .crlPublications
        case 3 where parts[0] == "status" && parts[1] == "ocsp" && ext(".jsonl", ".jsonl.gz"): self = .ocspLog
        case 3 where parts[0] == "status" && parts[1] == "ocsp" && ext(".der"): self = .ocspResponse
        case 2 where parts[0] == "qscd" && ext(".jsonl", ".jsonl.gz"): self = .qscd
        case 2 where parts[0] == "exceptions" && ext(".json"): self = .exception
        default: self = .unrecognized
        }
    }

    /// Import order: CA certificates before the certificates they sign, events after certificates.
    private var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }
    package static func < (lhs: DropFileKind, rhs: DropFileKind) -> Bool { lhs.order < rhs.order }
}
