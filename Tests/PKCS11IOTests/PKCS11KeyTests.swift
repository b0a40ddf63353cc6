import CryptoIO
import Synchronization
import Dispatch
import PKCS11IO
import TestSupport
import Testing

/// Keys in a SoftHSM2 token, opened and used in this process: each way of failing has its own code,
/// and a token key signs CMS seals through OpenSSL, from many threads at once.
@Suite(.serialized) struct PKCS11KeyTests {
    let token = SoftHSMToken.inProcess["qc-test"]!

    func open(
        _ uri: String,
        pin: String? = "1234-test",
        module: String = SoftHSMToken.module
    ) throws(PKCS11Error)
        -> PKCS11Key
    {
        try PKCS11Key(module: try PKCS11Module.load(module), uri: try PKCS11URI(uri), pin: pin.map { Array($0.utf8) })
    }

    func failure(_ body: () throws -> Void) -> PKCS11Error? {
        do {
            try body()
            return nil
        } catch {
            return error as? PKCS11Error
        }
    }

    @Test func anECKeySignsCMSSealsThatVerifyUnderItsRootFromManyThreadsAtOnce() throws {
        let key = try open(token.uri("seal"))
        #expect(key.kind == .ecdsa)
        let (chain, root) = try token.certificate(for: "seal", subject: "PKCS11IO test seal")
        let certificates = try SigningCertificate.all(pem: try TestEnvironment.read(chain))
        let anchors = try SigningCertificate.all(pem: try TestEnvironment.read(root))
        struct Token: DigestSigner {
            let key: PKCS11Key
            func signDigest(_ digest: [UInt8]) throws -> [UInt8] { try key.sign(digest) }
        }
        nonisolated(unsafe) let privateKey = try PrivateKey.external(
            certificate: certificates[0],
            signer: Token(key: key)
        )
        #expect(throws: CryptoIOError.self) { try privateKey.pkcs8PEM() }
        #expect(try privateKey.subjectPublicKeyInfo() == certificates[0].subjectPublicKeyInfo)
        // 64 signatures on 8 threads: each thread signs through a session of its own.
        let results = Mutex<[Bool]>([])
        DispatchQueue.concurrentPerform(iterations: 64) { index in
            let content = Array("evidence \(index)".utf8)
            let verified =
                (try? CMSSignature.sign(content, certificate: certificates[0], key: privateKey)).flatMap {
                    try? CMSSignature.verify($0, content: content, trustAnchors: anchors)
                } != nil
            results.withLock { $0.append(verified) }
        }
        #expect(results.withLock { $0.count == 64 && $0.allSatisfy { $0 } })
        // Over other content the seal does not verify: the signature is the token's, over these bytes.
        let signature = try CMSSignature.sign(Array("evidence".utf8), certificate: certificates[0], key: privateKey)
        #expect(throws: CryptoIOError.self) {
            try CMSSignature.verify(signature, content: Array("other evidence".utf8), trustAnchors: anchors)
        }
    }

    @Test func anEd25519KeySignsNotesItsPublicKeyVerifies() throws {
        let key = try open(token.uri("head"))
        #expect(key.kind == .ed25519)
        let message = Array("qcarchive/test\n1\nroot\n".utf8)
        let signature = try key.sign(message)
        let publicKey = try key.ed25519PublicKey()
        #expect(signature.count == 64 && publicKey.count == 32)
        #expect(Ed25519.verify(signature, of: message, publicKey: publicKey))
        #expect(!Ed25519.verify(signature, of: message + [0x0A], publicKey: publicKey))
    }

    @Test func eachFailureHasItsOwnCode() throws {
        #expect(
            failure { _ = try open(token.uri("seal"), module: "/nonexistent/libvendor.so") }?.code == .moduleMissing
        )
        let notAModule = failure { _ = try open(token.uri("seal"), module: "libz.so.1") }
        #expect(notAModule?.code == .moduleMissing && notAModule?.message.contains("not a PKCS#11 module") == true)
        let absent = failure { _ = try open("pkcs11:token=unplugged;object=seal") }
        #expect(
            absent?.code == .tokenAbsent && absent?.message.contains("'qc-test'") == true,
            "\(String(describing: absent))"
        )
        #expect(failure { _ = try open(token.uri("nosuch")) }?.code == .keyNotFound)
        #expect(failure { _ = try open(token.uri("twin")) }?.code == .keyAmbiguous)
        let pinToken = SoftHSMToken.inProcess["qc-pin"]!
        #expect(failure { _ = try open(pinToken.uri("seal"), pin: nil) }?.code == .pinMissing)
        let wrong = failure { _ = try open(pinToken.uri("seal"), pin: "0000-wrong") }
        #expect(wrong?.code == .pinIncorrect && wrong?.returnValue == 0xA0)
        #expect(wrong.map { "\($0)" }?.contains("CKR_PIN_INCORRECT") == true)
        #expect(wrong.map { "\($0)" }?.contains("0000-wrong") == false)
    }

    @Test func aSessionLostUnderTheKeyFailsTheSignatureAndANewOpeningSignsAgain() throws {
        let lost = SoftHSMToken.inProcess["qc-lost"]!
        let key = try open(lost.uri("seal"))
        let digest = [UInt8](repeating: 7, count: 32)
        #expect(try key.sign(digest).count == 64)
        key.closeAllSessions()  // what a reset or unplugged HSM does to every open session
        let error = failure { _ = try key.sign(digest) }
        #expect(error?.code == .sessionLost, "\(String(describing: error))")
        #expect(error?.message.contains("went away") == true)
        // The next run opens the key afresh (login again) and signs.
        #expect(try open(lost.uri("seal")).sign(digest).count == 64)
    }
}
