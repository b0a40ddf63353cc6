import ArgumentParser
import CryptoIO
import Dispatch
import Foundation
import Sealing
import Synchronization

/// `qcbench sign-rate`: CMS seals a second by a sealing key, a file's or an HSM's, from N threads at
/// once (as the bundle workers sign), for docs/PERFORMANCE.md.
struct SignRate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sign-rate",
        abstract: "Time detached CMS signatures by a key file or a pkcs11: key (PIN from QCARCHIVE_PKCS11_PIN)."
    )
    @Option(help: "A PEM private key file, or a pkcs11: URI.") var key: String
    @Option(help: "The key's certificate (PEM).") var cert: String
    @Option(help: "The PKCS#11 module of a pkcs11: key.") var module: String = "/usr/lib/softhsm/libsofthsm2.so"
    @Option(help: "Signing threads.") var threads: Int = 1
    @Option(help: "Signatures in all.") var count: Int = 2_000

    func run() throws {
        let certificatePEM = Array(try Data(contentsOf: URL(fileURLWithPath: cert)))
        let signer: LocalKeySigner
        if HSMKey.names(key) {
            let certificate = try SigningCertificate.all(pem: certificatePEM)[0]
            let hsm = try HSMKey(key, role: "sealing key", module: module)
            signer = try LocalKeySigner(
                key: try hsm.privateKey(certificate: certificate),
                certificatePEM: certificatePEM
            )
        } else {
            signer = try LocalKeySigner(
                keyPEM: Array(try Data(contentsOf: URL(fileURLWithPath: key))),
                certificatePEM: certificatePEM
            )
        }
        let perThread = count / threads
        let failures = Mutex(0)
        let clock = ContinuousClock()
        let start = clock.now
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            for index in 0..<perThread {
                // A bag's tag manifest is about this size.
                let content = Array("bag \(thread)-\(index) ".utf8) + [UInt8](repeating: 0x61, count: 600)
                if (try? signer.sign(content)) == nil { failures.withLock { $0 += 1 } }
            }
        }
        let seconds =
            Double((clock.now - start).components.attoseconds) / 1e18
            + Double((clock.now - start).components.seconds)
        let failed = failures.withLock { $0 }
        guard failed == 0 else { throw ValidationError("\(failed) signature(s) failed.") }
        let rate = Double(perThread * threads) / seconds
        print(
            String(
                format: "%d signatures on %d thread(s) in %.2f s: %.0f signatures/s",
                perThread * threads,
                threads,
                seconds,
                rate
            )
        )
    }
}
