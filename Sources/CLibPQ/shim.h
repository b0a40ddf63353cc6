#ifndef QCARCHIVE_CLIBPQ_SHIM_H
#define QCARCHIVE_CLIBPQ_SHIM_H
#include <libpq-fe.h>

/// A notice receiver that drops notices: libpq's default prints them to standard error.
static void qc_pq_ignore_notice(void *arg, const PGresult *res) { (void)arg; (void)res; }

/// Installs `qc_pq_ignore_notice` (a C function pointer Swift cannot name as a C callback otherwise).
static inline void qc_pq_silence_notices(PGconn *conn) { PQsetNoticeReceiver(conn, qc_pq_ignore_notice, 0); }
#endif
