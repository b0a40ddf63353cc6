import Foundation
internal import CPKCS11

/// A private key in a token, opened for signing: the token found, the user logged in once, the key
/// found. Workers sign at once, each through a session of its own (a PKCS#11 session runs one
/// operation at a time); sessions are opened as needed and kept for the next signature.
package final class PKCS11Key: @unchecked Sendable {
    /// How the key signs.
    package enum Kind: Sendable, Equatable {
        /// CKM_ECDSA over a digest the caller made; the signature is r ‖ s.
        case ecdsa
        /// CKM_EDDSA (Ed25519) over the message itself; the signature has 64 bytes.
        case ed25519
    }

    package let kind: Kind
    /// The token's label, for messages.
    package let tokenLabel: String
    private let module: PKCS11Module
    private let slot: CK_SLOT_ID
    private let handle: CK_OBJECT_HANDLE
    private let publicHandle: CK_OBJECT_HANDLE?
    /// Sessions not signing now, and whether the token refused another one (then workers wait for one).
    private let sessions = NSCondition()
    private var idle: [CK_SESSION_HANDLE]
    /// Sessions open, idle or signing.
    private var open = 1
    private var atSessionLimit = false
    private var functions: CK_FUNCTION_LIST { module.functions.pointee }

    /// Opens the key `uri` names in a token of `module`.
    /// - Parameter pin: the user PIN; nil when the token needs no login.
    /// - Throws: `PKCS11Error`: `.tokenAbsent`, `.pinMissing`, `.pinIncorrect`, `.pinLocked`,
    ///   `.keyNotFound`, `.keyAmbiguous`, `.unsupportedKey`, `.failed`.
    package init(module: PKCS11Module, uri: PKCS11URI, pin: [UInt8]?) throws(PKCS11Error) {
        self.module = module
        let functions = module.functions.pointee
        (slot, tokenLabel) = try Self.slot(functions, matching: uri, module: module.path)
        var session: CK_SESSION_HANDLE = 0
        try Self.check(
            functions.C_OpenSession(slot, CK_FLAGS(CKF_SERIAL_SESSION), nil, nil, &session),
            "open a session with the token '\(tokenLabel)'"
        )
        do throws(PKCS11Error) {
            try Self.login(functions, session: session, slot: slot, pin: pin, token: tokenLabel)
            let found = try Self.objects(functions, session, of: CKO_PRIVATE_KEY, uri: uri)
            guard found.count == 1 else {
                throw PKCS11Error(
                    found.isEmpty ? .keyNotFound : .keyAmbiguous,
                    found.isEmpty
                        ? "The token '\(tokenLabel)' holds no private key matching \(uri) (after login)."
                        : "\(found.count) private keys in the token '\(tokenLabel)' match \(uri); name one with "
                            + "object= and id=."
                )
            }
            handle = found[0]
            switch try Self.unsignedAttribute(functions, session, handle, CK_ATTRIBUTE_TYPE(CKA_KEY_TYPE)) {
            case UInt(CKK_EC): kind = .ecdsa
            case UInt(CKK_EC_EDWARDS): kind = .ed25519
            case let other:
                throw PKCS11Error(
                    .unsupportedKey,
                    "The key \(uri) has key type 0x\(String(other, radix: 16)); qcarchive signs with EC keys "
                        + "(ECDSA, Ed25519)."
                )
            }
            publicHandle = try Self.objects(functions, session, of: CKO_PUBLIC_KEY, uri: uri).first
        } catch {
            _ = functions.C_CloseSession(session)
            throw error
        }
        idle = [session]
    }

    deinit {
        for session in idle { _ = functions.C_CloseSession(session) }
    }

    /// Signs `data` in the token: a digest for `.ecdsa` (r ‖ s back), the message for `.ed25519`.
    /// - Throws: `PKCS11Error` `.sessionLost` when the token, its session or the login went away
    ///   (nothing is retried: the run fails and the next one opens the key afresh), else `.failed`.
    package func sign(_ data: [UInt8]) throws(PKCS11Error) -> [UInt8] {
        let session = try takeSession()
        var mechanism = CK_MECHANISM(
            mechanism: CK_MECHANISM_TYPE(kind == .ecdsa ? CKM_ECDSA : CKM_EDDSA),
            pParameter: nil,
            ulParameterLen: 0
        )
        var signature = [UInt8](repeating: 0, count: 512)
        var length = CK_ULONG(signature.count)
        var value = functions.C_SignInit(session, &mechanism, handle)
        if value == CKR_OK {
            var input = data
            value = functions.C_Sign(session, &input, CK_ULONG(input.count), &signature, &length)
        }
        guard value == CKR_OK else {
            let lost = PKCS11ReturnValue.meansSessionLost(UInt(value))
            if lost { drop(session) } else { putBack(session) }
            throw PKCS11Error(
                lost ? .sessionLost : .failed,
                lost
                    ? "The token '\(tokenLabel)' went away while signing (its session or login is gone); nothing was "
                        + "sealed by this run."
                    : "The token '\(tokenLabel)' refused to sign.",
                returnValue: UInt(value)
            )
        }
        putBack(session)
        return Array(signature.prefix(Int(length)))
    }

    /// The public key object's CKA_EC_POINT with the same label or id: for Ed25519 the raw 32-byte key.
    /// - Throws: `PKCS11Error` `.keyNotFound` when the token holds no public key beside the private one.
    package func ed25519PublicKey() throws(PKCS11Error) -> [UInt8] {
        guard let publicHandle else {
            throw PKCS11Error(
                .keyNotFound,
                "The token '\(tokenLabel)' holds no public key beside the private one; keep the key pair's public "
                    + "object (same label and id)."
            )
        }
        let session = try takeSession()
        defer { putBack(session) }
        let point = try Self.bytesAttribute(functions, session, publicHandle, CK_ATTRIBUTE_TYPE(CKA_EC_POINT))
        // DER OCTET STRING (what PKCS#11 3.0 asks) or the 32 bytes themselves (some modules).
        if point.count == 34, point[0] == 0x04, point[1] == 32 { return Array(point.suffix(32)) }
        guard point.count == 32 else {
            throw PKCS11Error(.unsupportedKey, "The public key in '\(tokenLabel)' is not an Ed25519 point.")
        }
        return point
    }

    /// Closes a session that is gone, and wakes a waiting worker (it finds its own session gone too).
    private func drop(_ session: CK_SESSION_HANDLE) {
        _ = functions.C_CloseSession(session)
        sessions.lock()
        open -= 1
        atSessionLimit = false
        sessions.signal()
        sessions.unlock()
    }

    /// Closes every session of this application with the token, as a token that is reset or
    /// unplugged does: the next signature finds its session gone (tests use it for a loss mid-batch).
    package func closeAllSessions() {
        _ = functions.C_CloseAllSessions(slot)
    }

    /// An idle session, or a new one; when the token allows no more sessions, the next one a worker puts
    /// back (the first session is always someone's, so one comes back).
    private func takeSession() throws(PKCS11Error) -> CK_SESSION_HANDLE {
        sessions.lock()
        defer { sessions.unlock() }
        while true {
            if let session = idle.popLast() { return session }
            if atSessionLimit {
                sessions.wait()
                continue
            }
            var session: CK_SESSION_HANDLE = 0
            let value = functions.C_OpenSession(slot, CK_FLAGS(CKF_SERIAL_SESSION), nil, nil, &session)
            if value == CKR_OK {
                open += 1
                return session
            }
            // Waiting helps only while another worker holds a session it will put back.
            guard value == CKR_SESSION_COUNT, open > 0 else {
                throw PKCS11Error(
                    PKCS11ReturnValue.meansSessionLost(UInt(value)) ? .sessionLost : .failed,
                    "The token '\(tokenLabel)' opened no further session for a worker.",
                    returnValue: UInt(value)
                )
            }
            atSessionLimit = true
        }
    }

    private func putBack(_ session: CK_SESSION_HANDLE) {
        sessions.lock()
        idle.append(session)
        sessions.signal()
        sessions.unlock()
    }
}

extension PKCS11Key {
    /// The one present token the URI's token attributes match.
    private static func slot(
        _ functions: CK_FUNCTION_LIST,
        matching uri: PKCS11URI,
        module: String
    ) throws(PKCS11Error) -> (CK_SLOT_ID, String) {
        var count: CK_ULONG = 0
        try check(functions.C_GetSlotList(CK_BBOOL(CK_TRUE), nil, &count), "list the slots of \(module)")
        var slots = [CK_SLOT_ID](repeating: 0, count: Int(count))
        try check(functions.C_GetSlotList(CK_BBOOL(CK_TRUE), &slots, &count), "list the slots of \(module)")
        var present: [String] = []
        var matches: [(CK_SLOT_ID, String)] = []
        for slot in slots.prefix(Int(count)) {
            var info = CK_TOKEN_INFO()
            guard functions.C_GetTokenInfo(slot, &info) == CKR_OK, info.flags & CK_FLAGS(CKF_TOKEN_INITIALIZED) != 0
            else { continue }
            let label = blankPadded(info.label)
            present.append(label)
            let fields = [
                (uri.token, label), (uri.manufacturer, blankPadded(info.manufacturerID)),
                (uri.model, blankPadded(info.model)), (uri.serial, blankPadded(info.serialNumber)),
            ]
            if fields.allSatisfy({ wanted, actual in wanted == nil || wanted == actual }) {
                matches.append((slot, label))
            }
        }
        guard matches.count == 1 else {
            if matches.isEmpty {
                let seen =
                    present.isEmpty
                    ? "no initialised token" : "tokens " + present.map { "'\($0)'" }.joined(separator: ", ")
                throw PKCS11Error(
                    .tokenAbsent,
                    "No token matching \(uri.text) is present in \(module) (it sees \(seen)); plug in or "
                        + "connect the HSM, then run the command again."
                )
            }
            throw PKCS11Error(
                .failed,
                "\(matches.count) tokens match \(uri.text); name one with token= and serial=."
            )
        }
        return matches[0]
    }

    private static func login(
        _ functions: CK_FUNCTION_LIST,
        session: CK_SESSION_HANDLE,
        slot: CK_SLOT_ID,
        pin: [UInt8]?,
        token: String
    ) throws(PKCS11Error) {
        var info = CK_TOKEN_INFO()
        try check(functions.C_GetTokenInfo(slot, &info), "read the token '\(token)'")
        guard info.flags & CK_FLAGS(CKF_LOGIN_REQUIRED) != 0 else { return }
        // A PIN that the token says is locked, or one wrong try away from it, is not tried: one more
        // attempt by a nightly job would lock the key for every run until its security officer acts.
        if info.flags & CK_FLAGS(CKF_USER_PIN_LOCKED) != 0 || info.flags & CK_FLAGS(CKF_USER_PIN_FINAL_TRY) != 0 {
            throw PKCS11Error(
                .pinLocked,
                info.flags & CK_FLAGS(CKF_USER_PIN_LOCKED) != 0
                    ? "The token '\(token)' has locked its user PIN; its security officer must unlock it."
                    : "The token '\(token)' allows one more PIN attempt before it locks; qcarchive does not try. Log "
                        + "in once with the HSM's own tool (which resets the count), then run again."
            )
        }
        guard var pin else {
            throw PKCS11Error(
                .pinMissing,
                "The token '\(token)' needs a PIN: set QCARCHIVE_PKCS11_PIN, or name a file with pin-source in the "
                    + "key's URI."
            )
        }
        let value = functions.C_Login(session, CK_USER_TYPE(CKU_USER), &pin, CK_ULONG(pin.count))
        switch UInt(value) {
        case UInt(CKR_OK), UInt(CKR_USER_ALREADY_LOGGED_IN): return
        case UInt(CKR_PIN_INCORRECT), UInt(CKR_PIN_LEN_RANGE):
            throw PKCS11Error(
                .pinIncorrect,
                "The token '\(token)' refused the PIN (QCARCHIVE_PKCS11_PIN or the pin-source file); nothing was "
                    + "signed. A wrong PIN counts towards the token's lock: check it before the next run.",
                returnValue: UInt(value)
            )
        case UInt(CKR_PIN_LOCKED):
            throw PKCS11Error(
                .pinLocked,
                "The token '\(token)' has locked its user PIN; its security officer must unlock it.",
                returnValue: UInt(value)
            )
        default:
            throw PKCS11Error(.failed, "The token '\(token)' refused the login.", returnValue: UInt(value))
        }
    }

    /// The objects of `objectClass` with the URI's label and id.
    private static func objects(
        _ functions: CK_FUNCTION_LIST,
        _ session: CK_SESSION_HANDLE,
        of objectClass: some BinaryInteger,
        uri: PKCS11URI
    ) throws(PKCS11Error) -> [CK_OBJECT_HANDLE] {
        var values: [(CK_ATTRIBUTE_TYPE, [UInt8])] = [
            (CK_ATTRIBUTE_TYPE(CKA_CLASS), withUnsafeBytes(of: CK_OBJECT_CLASS(objectClass)) { Array($0) })
        ]
        if let object = uri.object { values.append((CK_ATTRIBUTE_TYPE(CKA_LABEL), Array(object.utf8))) }
        if let id = uri.id { values.append((CK_ATTRIBUTE_TYPE(CKA_ID), id)) }
        // The template points into buffers that live until the search ends.
        let buffers = values.map { value in
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(value.1.count, 1), alignment: 8)
            buffer.copyBytes(from: value.1)
            return buffer
        }
        defer { buffers.forEach { $0.deallocate() } }
        var template = zip(values, buffers).map { value, buffer in
            CK_ATTRIBUTE(type: value.0, pValue: buffer.baseAddress, ulValueLen: CK_ULONG(value.1.count))
        }
        try check(functions.C_FindObjectsInit(session, &template, CK_ULONG(template.count)), "search the token")
        defer { _ = functions.C_FindObjectsFinal(session) }
        var found = [CK_OBJECT_HANDLE](repeating: 0, count: 4)
        var count: CK_ULONG = 0
        try check(functions.C_FindObjects(session, &found, CK_ULONG(found.count), &count), "search the token")
        return Array(found.prefix(Int(count)))
    }

    private static func unsignedAttribute(
        _ functions: CK_FUNCTION_LIST,
        _ session: CK_SESSION_HANDLE,
        _ object: CK_OBJECT_HANDLE,
        _ type: CK_ATTRIBUTE_TYPE
    ) throws(PKCS11Error) -> UInt {
        var value: CK_ULONG = 0
        let returned = withUnsafeMutableBytes(of: &value) { bytes in
            var attribute = CK_ATTRIBUTE(type: type, pValue: bytes.baseAddress, ulValueLen: CK_ULONG(bytes.count))
            return functions.C_GetAttributeValue(session, object, &attribute, 1)
        }
        try check(returned, "read a key attribute")
        return UInt(value)
    }

    private static func bytesAttribute(
        _ functions: CK_FUNCTION_LIST,
        _ session: CK_SESSION_HANDLE,
        _ object: CK_OBJECT_HANDLE,
        _ type: CK_ATTRIBUTE_TYPE
    ) throws(PKCS11Error) -> [UInt8] {
        var attribute = CK_ATTRIBUTE(type: type, pValue: nil, ulValueLen: 0)
        try check(functions.C_GetAttributeValue(session, object, &attribute, 1), "read a key attribute")
        var bytes = [UInt8](repeating: 0, count: Int(attribute.ulValueLen))
        let returned = bytes.withUnsafeMutableBytes { buffer in
            attribute.pValue = buffer.baseAddress
            return functions.C_GetAttributeValue(session, object, &attribute, 1)
        }
        try check(returned, "read a key attribute")
        return Array(bytes.prefix(Int(attribute.ulValueLen)))
    }

    /// A fixed-width, blank-padded CK_TOKEN_INFO field as text.
    private static func blankPadded<T>(_ field: T) -> String {
        withUnsafeBytes(of: field) { bytes in
            var text = Array(bytes)
            while let last = text.last, last == 0x20 || last == 0 { text.removeLast() }
            return String(decoding: text, as: UTF8.self)
        }
    }

    private static func check(_ value: CK_RV, _ action: String) throws(PKCS11Error) {
        guard value != CKR_OK else { return }
        let lost = PKCS11ReturnValue.meansSessionLost(UInt(value))
        throw PKCS11Error(lost ? .sessionLost : .failed, "Could not \(action).", returnValue: UInt(value))
    }
}
