import Bundling
import CryptoIO
import Foundation
import Sealing
import Lifecycle
import Storage

/// `qcarchive keys list`: every sealing certificate and TSA certificate the archive has used or
/// uses, with its validity, fingerprint and the batches it served (read from the seals themselves).
package enum KeyInventory {
    package struct Entry: Sendable, Equatable {
        package enum Role: String, Sendable { case sealing, tsa }
        package var role: Role
        package var subject: String
        /// SHA-256 of the certificate's DER.
        package var sha256: String
        package var notBefore: Date
        package var notAfter: Date
        /// True for the key new batches use.
        package var current: Bool
        package var batches: [String]
    }

    /// - Throws: `StorageError`, `CryptoIOError` for unreadable key files.
    package static func list(_ archive: Archive) throws -> [Entry] {
        let layout = archive.layout
        var entries: [String: Entry] = [:]
        var order: [String] = []
        func add(_ certificate: SigningCertificate, _ role: Entry.Role, current: Bool) {
            let digest = SHA256Digest.of(certificate.der).hex
            if entries[digest] == nil {
                order.append(digest)
                entries[digest] = Entry(
                    role: role,
                    subject: certificate.subject,
                    sha256: digest,
                    notBefore: certificate.notBefore,
                    notAfter: certificate.notAfter,
                    current: false,
                    batches: []
                )
            }
            if current { entries[digest]?.current = true }
        }
        let retired = layout.keys + "/retired"
        for name in FileIO.names(in: retired) {
            guard
                let role: Entry.Role = name.hasSuffix("seal-cert.pem")
                    ? .sealing : name.hasSuffix("tsa-cert.pem") ? .tsa : nil,
                let certificate = try SigningCertificate.all(pem: try FileIO.read(retired + "/" + name)).first
            else { continue }
            add(certificate, role, current: false)
        }
        if let seal = try SigningCertificate.all(pem: try FileIO.read(layout.sealCertificate)).first {
            add(seal, .sealing, current: true)
        }
        if let tsa = try SigningCertificate.all(pem: try FileIO.read(layout.tsaCertificate)).first {
            add(tsa, .tsa, current: archive.configuration.timestampAuthority.kind == "local")
        }
        for name in FileIO.names(in: layout.batches) {
            let folder = layout.batch(name)
            if let bytes = try? FileIO.read(folder + "/seal.json"),
                let signature = try? FileIO.read(folder + "/seal.json.p7s"),
                let signer = try? CMSSignature.signer(of: signature, content: bytes)
            {
                entries[signer.certificateSHA256]?.batches.append(name)
            }
            if let response = try? FileIO.read(folder + "/timestamp.tsr"),
                let token = try? TimeStampProtocol.token(fromResponse: response),
                let tsa = TimeStampProtocol.signer(ofToken: token)
            {
                add(tsa, .tsa, current: false)  // a remote TSA's certificate is known from its tokens
                entries[SHA256Digest.of(tsa.der).hex]?.batches.append(name)
            }
        }
        return order.compactMap { entries[$0] }
    }
}
