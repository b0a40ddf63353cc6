#ifndef QCARCHIVE_COPENSSL_SHIM_H
#define QCARCHIVE_COPENSSL_SHIM_H
#include <openssl/evp.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <openssl/cms.h>
#include <openssl/ts.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/ocsp.h>
#include <openssl/rand.h>

/// BIO_get_mem_data is a macro around BIO_ctrl; Swift does not import it.
static inline long qc_bio_get_mem_data(BIO *bio, char **data) { return BIO_get_mem_data(bio, data); }
/// OPENSSL_free is a macro that adds file and line.
static inline void qc_openssl_free(void *p) { OPENSSL_free(p); }
/// XN_FLAG_RFC2253 is a compound macro of casts; Swift does not import it. Non-ASCII characters
/// are printed as UTF-8, not as \XX escapes (SPEC "A certificate is identified by").
static inline unsigned long qc_xn_flag_rfc2253_utf8(void) { return XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB; }
/// sk_X509_new_null and friends are macros in OpenSSL 3.0.
static inline STACK_OF(X509) *qc_sk_x509_new_null(void) { return sk_X509_new_null(); }
/// See qc_sk_x509_new_null.
static inline int qc_sk_x509_push(STACK_OF(X509) *sk, X509 *x) { return sk_X509_push(sk, x); }
/// See qc_sk_x509_new_null; frees the stack and every certificate in it.
static inline void qc_sk_x509_pop_free(STACK_OF(X509) *sk) { sk_X509_pop_free(sk, X509_free); }
/// sk_X509_num is a macro in OpenSSL 3.0.
static inline int qc_sk_x509_num(STACK_OF(X509) *sk) { return sk_X509_num(sk); }
/// sk_X509_value is a macro in OpenSSL 3.0.
static inline X509 *qc_sk_x509_value(STACK_OF(X509) *sk, int i) { return sk_X509_value(sk, i); }
/// sk_X509_REVOKED_num is a macro in OpenSSL 3.0.
static inline int qc_sk_revoked_num(STACK_OF(X509_REVOKED) *sk) { return sk_X509_REVOKED_num(sk); }
/// sk_X509_REVOKED_value is a macro in OpenSSL 3.0.
static inline X509_REVOKED *qc_sk_revoked_value(STACK_OF(X509_REVOKED) *sk, int i) { return sk_X509_REVOKED_value(sk, i); }

/// The ECDSA signing half of an EC_KEY_METHOD (what a key in an HSM replaces).
typedef ECDSA_SIG *(*qc_ecdsa_sign_sig)(const unsigned char *dgst, int dgst_len, const BIGNUM *kinv,
                                        const BIGNUM *r, EC_KEY *key);

/// An EC_KEY_METHOD that makes ECDSA signatures through `sign_sig` and does all else as OpenSSL's own. EC_KEY
/// methods are deprecated in 3.0 but present (libp11's engine signs this way); OpenSSL treats a key with its
/// own method as foreign and signs it through the legacy path, so CMS_sign and the TS responder use it unchanged.
static inline EC_KEY_METHOD *qc_ec_key_method_new(qc_ecdsa_sign_sig sign_sig) {
    EC_KEY_METHOD *method = EC_KEY_METHOD_new(EC_KEY_OpenSSL());
    if (method == NULL) return NULL;
    int (*sign)(int, const unsigned char *, int, unsigned char *, unsigned int *, const BIGNUM *, const BIGNUM *,
                EC_KEY *) = NULL;
    int (*setup)(EC_KEY *, BN_CTX *, BIGNUM **, BIGNUM **) = NULL;
    EC_KEY_METHOD_get_sign(EC_KEY_OpenSSL(), &sign, &setup, NULL);
    EC_KEY_METHOD_set_sign(method, sign, setup, sign_sig);
    return method;
}

/// A new ex-data index of EC keys (no callbacks: the context's owner outlives the key).
static inline int qc_ec_key_ex_index(void) { return EC_KEY_get_ex_new_index(0, NULL, NULL, NULL, NULL); }

/// A private key with the public half of `public_key` (an EC key) whose signatures `method` makes; `context`
/// is kept at ex-data `index` for it. NULL when `public_key` is no EC key.
static inline EVP_PKEY *qc_external_ec_pkey(EVP_PKEY *public_key, const EC_KEY_METHOD *method, int index,
                                            void *context) {
    const EC_KEY *source = EVP_PKEY_get0_EC_KEY(public_key);
    if (source == NULL) return NULL;
    EC_KEY *key = EC_KEY_dup(source);
    if (key == NULL) return NULL;
    if (EC_KEY_set_method(key, method) != 1 || EC_KEY_set_ex_data(key, index, context) != 1) {
        EC_KEY_free(key);
        return NULL;
    }
    EVP_PKEY *pkey = EVP_PKEY_new();
    if (pkey == NULL || EVP_PKEY_assign_EC_KEY(pkey, key) != 1) {
        EVP_PKEY_free(pkey);
        EC_KEY_free(key);
        return NULL;
    }
    return pkey;
}

/// The context `qc_external_ec_pkey` kept.
static inline void *qc_external_ec_context(EC_KEY *key, int index) { return EC_KEY_get_ex_data(key, index); }

/// The size in bytes of the key's group order (half an r ‖ s signature).
static inline int qc_ec_key_order_bytes(EC_KEY *key) {
    return (EC_GROUP_order_bits(EC_KEY_get0_group(key)) + 7) / 8;
}

/// sk_OCSP_SINGLERESP is not needed: OCSP_resp_count/OCSP_resp_get0 are functions.
/// OCSP_CERTID stacks are not used; nothing else to wrap.
#endif
