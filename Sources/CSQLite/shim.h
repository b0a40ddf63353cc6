#ifndef QCARCHIVE_CSQLITE_SHIM_H
#define QCARCHIVE_CSQLITE_SHIM_H
#include <sqlite3.h>

/// SQLITE_TRANSIENT is a function-pointer cast macro; Swift does not import it.
static inline sqlite3_destructor_type qc_sqlite_transient(void) { return SQLITE_TRANSIENT; }

/// sqlite3_config is variadic; Swift does not import it. Turns off SQLite's memory statistics,
/// whose global mutex every allocation takes (connections on several threads then queue on it).
/// Effective only before the library initializes, i.e. before the first connection opens.
static inline int qc_sqlite_disable_memory_statistics(void) { return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); }
#endif
