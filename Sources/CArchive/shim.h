#ifndef QCARCHIVE_CARCHIVE_SHIM_H
#define QCARCHIVE_CARCHIVE_SHIM_H
#include <archive.h>
#include <archive_entry.h>

/// AE_IFREG is a macro with an octal constant cast; Swift does not import it.
static inline unsigned int qc_ae_ifreg(void) { return AE_IFREG; }
/// AE_IFDIR, likewise.
static inline unsigned int qc_ae_ifdir(void) { return AE_IFDIR; }
#endif
