import Synchronization
internal import CPKCS11

/// A loaded PKCS#11 module (the HSM vendor's library, SoftHSM2, p11-kit's proxy), initialised once
/// per process for every key that uses it and kept to the end of the process: many vendors' libraries
/// are not safe to finalise and load again, and one run opens several keys in turn.
package final class PKCS11Module: @unchecked Sendable {
    /// The module file as given (archive.json records it).
    package let path: String
    let functions: UnsafeMutablePointer<CK_FUNCTION_LIST>

    private static let loaded = Mutex<[String: PKCS11Module]>([:])

    /// The module at `path`, loaded and initialised, or the one already loaded from there.
    /// - Throws: `PKCS11Error` `.moduleMissing` (no such file, not a shared library, no
    ///   `C_GetFunctionList`) or `.failed` (`C_Initialize` refused).
    package static func load(_ path: String) throws(PKCS11Error) -> PKCS11Module {
        let result: Result<PKCS11Module, PKCS11Error> = loaded.withLock { modules in
            if let module = modules[path] { return .success(module) }
            do {
                let module = try PKCS11Module(path: path)
                modules[path] = module
                return .success(module)
            } catch let error as PKCS11Error {
                return .failure(error)
            } catch {
                return .failure(PKCS11Error(.failed, "\(error)"))
            }
        }
        return try result.get()
    }

    private init(path: String) throws(PKCS11Error) {
        self.path = path
        guard let handle = dlopen(path, RTLD_NOW | RTLD_LOCAL) else {
            let reason = dlerror().map { String(cString: $0) } ?? "dlopen failed"
            throw PKCS11Error(
                .moduleMissing,
                "The PKCS#11 module \(path) cannot be loaded (\(reason)); give the HSM vendor's module with "
                    + "--pkcs11-module PATH."
            )
        }
        var list: UnsafeMutablePointer<CK_FUNCTION_LIST>? = nil
        let value = qc_p11_function_list(handle, &list)
        guard value == CKR_OK, let list else {
            dlclose(handle)
            throw PKCS11Error(
                .moduleMissing,
                "\(path) is not a PKCS#11 module (no usable C_GetFunctionList).",
                returnValue: UInt(value)
            )
        }
        functions = list
        // The module's own threads and locks: workers sign at once, one session each (a module given NULL may
        // run without locking at all, as SoftHSM2 does).
        var arguments = CK_C_INITIALIZE_ARGS()
        arguments.flags = CK_FLAGS(CKF_OS_LOCKING_OK)
        let initialised = withUnsafeMutablePointer(to: &arguments) { list.pointee.C_Initialize($0) }
        guard initialised == CKR_OK || initialised == CKR_CRYPTOKI_ALREADY_INITIALIZED else {
            dlclose(handle)
            throw PKCS11Error(.failed, "The PKCS#11 module \(path) did not initialise.", returnValue: UInt(initialised))
        }
    }
}
