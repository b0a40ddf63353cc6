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
/// sk_OCSP_SINGLERESP is not needed: OCSP_resp_count/OCSP_resp_get0 are functions.
/// OCSP_CERTID stacks are not used; nothing else to wrap.
#endif
