import ArgumentParser
import Nightly
import Sealing
import Storage

/// The key flags `init` and `keys rotate` share: a key is a PEM file or a `pkcs11:` URI of a key in an HSM,
/// given with its certificate chain.
struct KeyOptions: ParsableArguments {
    @Option(
        name: .customLong("seal-key"),
        help: "The sealing key: a PEM private key file, or pkcs11:token=…;object=… for a key in an HSM."
    )
    var sealKey: String?

    @Option(
        name: .customLong("seal-cert"),
        help: "PEM sealing certificate followed by its chain up to a self-signed root."
    )
    var sealCertificate: String?

    @Option(
        name: .customLong("tsa-key"),
        help: "The local TSA's key (with --tsa local): a PEM file or a pkcs11: URI; a demo key when absent."
    )
    var tsaKey: String?

    @Option(name: .customLong("tsa-cert"), help: "PEM TSA certificate (extendedKeyUsage timeStamping) and its chain.")
    var tsaCertificate: String?

    @Option(name: .customLong("head-key"), help: "pkcs11: URI of an Ed25519 key in an HSM that signs the head.")
    var headKey: String?

    @Option(
        name: .customLong("pkcs11-module"),
        help: "The HSM's PKCS#11 module (recorded in archive.json; default: the system's p11-kit proxy)."
    )
    var pkcs11Module: String?

    func validate() throws {
        if (sealKey == nil) != (sealCertificate == nil) {
            throw ValidationError("--seal-key and --seal-cert go together.")
        }
        if (tsaKey == nil) != (tsaCertificate == nil) {
            throw ValidationError("--tsa-key and --tsa-cert go together.")
        }
        for uri in [sealKey, tsaKey].compactMap({ $0 }).filter(HSMKey.names) + [headKey].compactMap({ $0 }) {
            do {
                _ = try HSMKey.parse(uri)
            } catch let error as SealingError {
                throw ValidationError(error.message)
            }
        }
        if let headKey, !HSMKey.names(headKey) {
            throw ValidationError("--head-key takes a pkcs11: URI (a file head key is made by qcarchive itself).")
        }
    }

    /// True when a key is given as a `pkcs11:` URI.
    var namesHSMKey: Bool { [sealKey, tsaKey, headKey].contains { $0.map(HSMKey.names) == true } }

    /// The sealing key given, read.
    /// - Throws: `StorageError` for a key or certificate file that cannot be read.
    var suppliedSealKey: SuppliedKey? {
        get throws { try Self.supplied(sealKey, sealCertificate) }
    }

    /// The TSA key given, read.
    var suppliedTSAKey: SuppliedKey? {
        get throws { try Self.supplied(tsaKey, tsaCertificate) }
    }

    private static func supplied(_ key: String?, _ certificate: String?) throws -> SuppliedKey? {
        guard let key, let certificate else { return nil }
        let source: SuppliedKey.Source = HSMKey.names(key) ? .pkcs11(key) : .pem(try FileIO.read(key))
        return SuppliedKey(source: source, certificatePEM: try FileIO.read(certificate))
    }
}
