/// A PKCS#11 module, token or key that failed. A PIN is never part of the message.
package struct PKCS11Error: Error, Sendable, Equatable, CustomStringConvertible {
    package enum Code: Sendable, Equatable {
        /// The module file cannot be loaded, or is no PKCS#11 module.
        case moduleMissing
        /// No present token matches the URI (unplugged, removed, or another label).
        case tokenAbsent
        /// The token needs a login and no PIN was given.
        case pinMissing
        /// The token refused the PIN.
        case pinIncorrect
        /// The token locked the PIN (too many wrong ones): its security officer must unlock it.
        case pinLocked
        /// The token holds no private key matching the URI.
        case keyNotFound
        /// More than one private key matches the URI.
        case keyAmbiguous
        /// A key type or mechanism qcarchive cannot sign with (it signs with EC keys: ECDSA, Ed25519).
        case unsupportedKey
        /// The token, its session or its login went away after the key was opened (mid-batch).
        case sessionLost
        /// Anything else the module answered.
        case failed
    }

    package var code: Code
    package var message: String
    /// The module's return value (`CKR_…`), when one caused the error.
    package var returnValue: UInt?

    package init(_ code: Code, _ message: String, returnValue: UInt? = nil) {
        self.code = code
        self.message = message
        self.returnValue = returnValue
    }

    package var description: String {
        guard let returnValue else { return message }
        return message + " (" + PKCS11ReturnValue.name(returnValue) + ")"
    }
}
