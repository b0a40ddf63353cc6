#ifndef QCARCHIVE_CSQLITE_SHIM_H
#define QCARCHIVE_CSQLITE_SHIM_H
#include <sqlite3.h>

/// SQLITE_TRANSIENT is a function-pointer cast macro; Swift does not import it.
static inline sqlite3_destructor_type qc_sqlite_transient(void) { return SQLITE_TRANSIENT; }
#endif
