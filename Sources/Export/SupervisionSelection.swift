import Catalog
import Foundation
import Lifecycle

/// What an auditor or the supervisory body asked for (SPEC "Exports"): the certificates of the given
/// policies with any lifecycle event (issuance included) in [`from`, `to`), or those a serials
/// file lists.
package enum SupervisionSelection: Sendable, Equatable {
    /// Policies (all when empty) and a period (open at either end when nil).
    case period(policies: [Policy], from: Date?, to: Date?)
    /// The certificates of a serials file (`--serials`).
    case listed(file: String, certificates: [Listed])

    /// One line of a serials file: `issuer-DN<TAB>serial`, or a serial alone where it is unique.
    package struct Listed: Sendable, Equatable {
        package var line: Int
        package var issuer: String?
        package var serial: String
    }

    /// Reads a serials file: a line is `issuer-DN<TAB>serial` or a serial alone; blank lines and
    /// lines starting with `#` are skipped. A serial is hex, with or without `0x`, colons and
    /// leading zeros, in either case; the DN in any spelling `DistinguishedName` reads.
    /// - Throws: `ExportError` `.badSelection` naming the file and line of a line that is neither.
    package static func listed(file: String, bytes: [UInt8]) throws(ExportError) -> SupervisionSelection {
        var listed: [Listed] = []
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for (index, raw) in lines.enumerated() {
            let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if text.isEmpty || text.hasPrefix("#") { continue }
            let fields = raw.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard fields.count <= 2, let serial = SerialText.canonical(fields.last ?? ""),
                fields.count == 1 || !fields[0].isEmpty
            else {
                throw ExportError(
                    .badSelection,
                    "\(file):\(index + 1): expected 'issuer-DN<TAB>serial' or a hexadecimal serial, found "
                        + "'\(TerminalText.escaped(text))'."
                )
            }
            listed.append(
                Listed(
                    line: index + 1,
                    issuer: fields.count == 2 ? DistinguishedName.canonical(fields[0]) : nil,
                    serial: serial
                )
            )
        }
        guard !listed.isEmpty else { throw ExportError(.badSelection, "\(file) lists no certificate.") }
        return .listed(file: file, certificates: listed)
    }

    /// The selected certificates, sorted by issuer and serial, each once.
    /// - Throws: `ExportError` `.badSelection` for a listed certificate the archive does not hold or a
    ///   serial alone that several issuers use (with file and line), or a selection of nothing.
    package func certificates(in catalog: any SupervisionSource & EvidenceSource) throws -> [CertificateRef] {
        switch self {
        case .period(let policies, let from, let to):
            let refs = try catalog.certificatesWithEvents(policies: policies.map(\.rawValue), from: from, to: to)
            guard !refs.isEmpty else {
                throw ExportError(.badSelection, "No certificate of the selection has a lifecycle event in the period.")
            }
            return refs
        case .listed(let file, let listed):
            var refs: Set<CertificateRef> = []
            for entry in listed {
                let held = try catalog.certificates(serial: entry.serial).filter {
                    entry.issuer == nil || $0.issuer == entry.issuer
                }
                guard held.count == 1, let ref = held.first else {
                    let what = entry.issuer.map { "\($0) serial \(entry.serial)" } ?? "serial \(entry.serial)"
                    throw ExportError(
                        held.isEmpty ? .notFound : .badSelection,
                        "\(file):\(entry.line): "
                            + (held.isEmpty
                                ? "the archive holds no certificate \(what)."
                                : "\(held.count) issuers use \(what) (\(held.map(\.issuer).joined(separator: "; "))); "
                                    + "give the issuer DN, a TAB, then the serial.")
                    )
                }
                refs.insert(ref)
            }
            return refs.sorted()
        }
    }
}
