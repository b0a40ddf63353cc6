#ifndef QCARCHIVE_CPKCS11_SHIM_H
#define QCARCHIVE_CPKCS11_SHIM_H
// PKCS#11 (OASIS, v2.40/3.0) as p11-kit's header declares it. The module is a plugin loaded with dlopen at run
// time, so nothing is linked: the vendor's library (SoftHSM2, a network HSM's client) is named in archive.json.
#include <dlfcn.h>
#include <p11-kit/pkcs11.h>

/// Looks up `C_GetFunctionList` in a loaded module and calls it (a cast Swift cannot write).
static inline CK_RV qc_p11_function_list(void *module, CK_FUNCTION_LIST_PTR *list) {
    CK_C_GetFunctionList get = (CK_C_GetFunctionList)dlsym(module, "C_GetFunctionList");
    if (get == NULL) return CKR_FUNCTION_NOT_SUPPORTED;
    return get(list);
}
#endif
