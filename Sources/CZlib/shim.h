#ifndef QCARCHIVE_CZLIB_SHIM_H
#define QCARCHIVE_CZLIB_SHIM_H
#include <zlib.h>

/// inflateInit2 is a macro that passes the library version and struct size.
static inline int qc_inflate_init2(z_streamp strm, int windowBits) { return inflateInit2(strm, windowBits); }
/// deflateInit2 is a macro that passes the library version and struct size.
static inline int qc_deflate_init2(z_streamp strm, int level, int windowBits) {
    return deflateInit2(strm, level, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY);
}
#endif
