internal import CPKCS11

/// The names of the `CKR_…` values a signer meets, and which of them mean the token went away.
package enum PKCS11ReturnValue {
    private static let names: [UInt: String] = [
        UInt(CKR_OK): "CKR_OK",
        UInt(CKR_HOST_MEMORY): "CKR_HOST_MEMORY",
        UInt(CKR_GENERAL_ERROR): "CKR_GENERAL_ERROR",
        UInt(CKR_FUNCTION_FAILED): "CKR_FUNCTION_FAILED",
        UInt(CKR_ARGUMENTS_BAD): "CKR_ARGUMENTS_BAD",
        UInt(CKR_DEVICE_ERROR): "CKR_DEVICE_ERROR",
        UInt(CKR_DEVICE_MEMORY): "CKR_DEVICE_MEMORY",
        UInt(CKR_DEVICE_REMOVED): "CKR_DEVICE_REMOVED",
        UInt(CKR_FUNCTION_NOT_SUPPORTED): "CKR_FUNCTION_NOT_SUPPORTED",
        UInt(CKR_KEY_HANDLE_INVALID): "CKR_KEY_HANDLE_INVALID",
        UInt(CKR_KEY_TYPE_INCONSISTENT): "CKR_KEY_TYPE_INCONSISTENT",
        UInt(CKR_KEY_FUNCTION_NOT_PERMITTED): "CKR_KEY_FUNCTION_NOT_PERMITTED",
        UInt(CKR_MECHANISM_INVALID): "CKR_MECHANISM_INVALID",
        UInt(CKR_OBJECT_HANDLE_INVALID): "CKR_OBJECT_HANDLE_INVALID",
        UInt(CKR_OPERATION_ACTIVE): "CKR_OPERATION_ACTIVE",
        UInt(CKR_PIN_INCORRECT): "CKR_PIN_INCORRECT",
        UInt(CKR_PIN_LEN_RANGE): "CKR_PIN_LEN_RANGE",
        UInt(CKR_PIN_EXPIRED): "CKR_PIN_EXPIRED",
        UInt(CKR_PIN_LOCKED): "CKR_PIN_LOCKED",
        UInt(CKR_SESSION_CLOSED): "CKR_SESSION_CLOSED",
        UInt(CKR_SESSION_COUNT): "CKR_SESSION_COUNT",
        UInt(CKR_SESSION_HANDLE_INVALID): "CKR_SESSION_HANDLE_INVALID",
        UInt(CKR_SIGNATURE_LEN_RANGE): "CKR_SIGNATURE_LEN_RANGE",
        UInt(CKR_TOKEN_NOT_PRESENT): "CKR_TOKEN_NOT_PRESENT",
        UInt(CKR_TOKEN_NOT_RECOGNIZED): "CKR_TOKEN_NOT_RECOGNIZED",
        UInt(CKR_USER_NOT_LOGGED_IN): "CKR_USER_NOT_LOGGED_IN",
        UInt(CKR_USER_PIN_NOT_INITIALIZED): "CKR_USER_PIN_NOT_INITIALIZED",
        UInt(CKR_BUFFER_TOO_SMALL): "CKR_BUFFER_TOO_SMALL",
        UInt(CKR_CRYPTOKI_NOT_INITIALIZED): "CKR_CRYPTOKI_NOT_INITIALIZED",
    ]

    /// `CKR_PIN_INCORRECT`, or the value in hex for one without a name here (vendor values included).
    package static func name(_ value: UInt) -> String {
        names[value] ?? "CKR 0x" + String(value, radix: 16)
    }

    /// The values that mean the token, its session or its login is gone: the batch fails and the
    /// next run opens everything afresh.
    static func meansSessionLost(_ value: UInt) -> Bool {
        [
            CKR_SESSION_HANDLE_INVALID, CKR_SESSION_CLOSED, CKR_DEVICE_REMOVED, CKR_TOKEN_NOT_PRESENT,
            CKR_DEVICE_ERROR, CKR_USER_NOT_LOGGED_IN, CKR_OBJECT_HANDLE_INVALID, CKR_KEY_HANDLE_INVALID,
            CKR_CRYPTOKI_NOT_INITIALIZED,
        ].map { UInt($0) }.contains(value)
    }
}
