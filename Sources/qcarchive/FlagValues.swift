import ArgumentParser
import Foundation
import Lifecycle

/// Flag values more than one command reads, checked the same way (exit 64 with what was expected).
enum FlagValues {
    /// One of the seven policy names of EN 319 411-2.
    static func policy(_ name: String) throws -> Policy {
        guard let known = Policy(rawValue: name) else {
            throw ValidationError(
                "Unknown policy '\(name)'; expected one of "
                    + Policy.allCases.map(\.rawValue).joined(separator: ", ") + "."
            )
        }
        return known
    }

    /// An RFC 3339 UTC time or a date (midnight UTC); nil when the flag was not given.
    static func time(_ flag: String, _ value: String?) throws -> Date? {
        guard let value else { return nil }
        guard let date = RFC3339.parse(value) ?? RFC3339.parseDate(value) else {
            throw ValidationError(
                "\(flag) '\(value)' is not an RFC 3339 UTC time (2026-11-20T00:00:00Z) or a date (2026-11-20)."
            )
        }
        return date
    }

    /// One certificate named by `--issuer` and `--serial`: the DN in RFC 4514 form (non-ASCII as
    /// UTF-8 or `\XX`), or as `openssl x509 -issuer` prints it; the serial as hex in any case,
    /// with or without `0x`, colons and leading zeros.
    static func certificate(issuer: String, serial: String) throws -> CertificateRef {
        guard let ref = CertificateRef(issuerText: issuer, serialText: serial) else {
            throw ValidationError(
                "--serial '\(TerminalText.escaped(serial))' is not a hexadecimal serial (0abc, 0x0ABC and 0A:BC "
                    + "are read alike)."
            )
        }
        guard !ref.issuer.isEmpty else { throw ValidationError("--issuer is empty.") }
        return ref
    }
}
