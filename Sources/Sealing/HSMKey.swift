import CryptoIO
import Foundation
import PKCS11IO

/// A signing key in an HSM, named by a `pkcs11:` URI (SPEC "Archive folder"): the sealing key, the
/// local TSA's key or the head key. Its PIN comes from `QCARCHIVE_PKCS11_PIN` or the URI's
/// `pin-source` file, never from the archive; the key never leaves the token.
package final class HSMKey: DigestSigner, NoteSigningKey, @unchecked Sendable {
    /// The environment variable that holds the token's user PIN.
    package static let pinVariable = "QCARCHIVE_PKCS11_PIN"

    package let uri: PKCS11URI
    /// What the key is for, in messages ("sealing key").
    package let role: String
    private let key: PKCS11Key

    /// Opens the key: loads the module, finds the token, logs in once, finds the key.
    /// - Throws: `SealingError` `.signingFailed` naming the role, the URI and what failed (the
    ///   `PKCS11Error` underneath: token absent, wrong PIN, key not found, module missing).
    package init(
        _ uri: PKCS11URI,
        role: String,
        module: String,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws {
        self.uri = uri
        self.role = role
        do throws(PKCS11Error) {
            let pin = try Self.pin(for: uri, environment: environment)
            key = try PKCS11Key(module: try PKCS11Module.load(module), uri: uri, pin: pin)
        } catch {
            throw Self.failure(error, role: role)
        }
    }

    /// Opens the key `uri` names (text, as archive.json keeps it).
    /// - Throws: `SealingError` `.signingFailed`, for a URI that is not usable too.
    package convenience init(
        _ uri: String,
        role: String,
        module: String,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws {
        try self.init(try Self.parse(uri), role: role, module: module, environment: environment)
    }

    /// Reads a `pkcs11:` URI.
    /// - Throws: `SealingError` `.signingFailed` saying what is wrong with it (a pin-value among them).
    package static func parse(_ text: String) throws -> PKCS11URI {
        do {
            return try PKCS11URI(text)
        } catch {
            throw SealingError(.signingFailed, error.message, underlying: error)
        }
    }

    /// True when `text` names a key in an HSM rather than a key file.
    package static func names(_ text: String) -> Bool { PKCS11URI.names(text) }

    /// Signs `digest` with ECDSA (r ‖ s).
    /// - Throws: `PKCS11Error`, `.sessionLost` when the token went away.
    package func signDigest(_ digest: [UInt8]) throws -> [UInt8] {
        guard key.kind == .ecdsa else {
            throw PKCS11Error(.unsupportedKey, "The \(role) \(uri) is no ECDSA key.")
        }
        return try key.sign(digest)
    }

    /// The OpenSSL key that signs through this one, with `certificate`'s public half.
    /// - Throws: `SealingError` `.signingFailed` for a key that is no ECDSA key.
    package func privateKey(certificate: SigningCertificate) throws -> PrivateKey {
        guard key.kind == .ecdsa else {
            throw SealingError(
                .signingFailed,
                "The \(role) \(uri) is an Ed25519 key; a \(role) in an HSM must be an ECDSA key (P-256, P-384)."
            )
        }
        do {
            return try PrivateKey.external(certificate: certificate, signer: self)
        } catch {
            throw SealingError(.signingFailed, "The \(role) \(uri): \(error.message)", underlying: error)
        }
    }

    package func notePublicKey() throws -> [UInt8] {
        guard key.kind == .ed25519 else {
            throw SealingError(.signingFailed, "The \(role) \(uri) is no Ed25519 key, as a C2SP note key must be.")
        }
        do {
            return try key.ed25519PublicKey()
        } catch {
            throw Self.failure(error, role: role)
        }
    }

    package func noteSignature(_ message: [UInt8]) throws -> [UInt8] {
        do {
            return try key.sign(message)
        } catch {
            throw Self.failure(error, role: role)
        }
    }

    /// Closes every session of the token, as a reset HSM does (tests: a session lost mid-batch).
    package func closeAllSessions() { key.closeAllSessions() }

    /// The PIN: the first line of the URI's `pin-source` file (without its line end),
    /// else `QCARCHIVE_PKCS11_PIN`; nil when neither is given. The URI's own file comes first: keys on
    /// two tokens each name theirs, and the variable is then no other token's PIN tried against them.
    /// - Throws: `PKCS11Error` `.pinMissing` for a pin-source file that cannot be read.
    static func pin(for uri: PKCS11URI, environment: [String: String]) throws(PKCS11Error) -> [UInt8]? {
        guard let file = uri.pinFile else {
            return environment[pinVariable].flatMap { $0.isEmpty ? nil : Array($0.utf8) }
        }
        guard let contents = FileManager.default.contents(atPath: file) else {
            throw PKCS11Error(.pinMissing, "The PIN file \(file) (pin-source of \(uri)) cannot be read.")
        }
        var line = Array(contents.prefix { $0 != 0x0A })
        if line.last == 0x0D { line.removeLast() }
        return line
    }

    /// A PIN file must not be in the archive (whoever copies the folder would have it) nor readable by
    /// every user; checked when a key is given (`init`, `keys rotate`).
    /// - Throws: `SealingError` `.signingFailed` naming the file and what to change.
    package static func requirePINOutside(_ archive: String, _ uri: String) throws {
        guard let file = try parse(uri).pinFile else { return }
        let path = (file as NSString).standardizingPath
        if path.hasPrefix((archive as NSString).standardizingPath + "/") {
            throw SealingError(
                .signingFailed,
                "The PIN file \(file) is inside the archive; keep it outside (the archive is copied and handed over)."
            )
        }
        if let mode = (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int,
            mode & 0o004 != 0
        {
            throw SealingError(
                .signingFailed,
                "The PIN file \(file) is readable by every user; run 'chmod o-r \(file)'."
            )
        }
    }

    /// A PKCS#11 failure as the run reports it: exit 1, nothing sealed, the next run resumes.
    package static func failure(_ error: PKCS11Error, role: String) -> SealingError {
        SealingError(.signingFailed, "The \(role) in the HSM cannot sign: \(error.message)", underlying: error)
    }
}
