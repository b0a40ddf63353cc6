"""Every SQL statement of the catalog (Sources/Catalog, commit 195e60e) with its PostgreSQL form.

`sqlite` is the statement as SQLiteCatalog sends it (interpolations resolved); `pg` is the
PostgreSQL form, or None when the SQLite text runs unchanged on PostgreSQL (after the wrapper's
`?` / `?N` -> `$N` rewrite). The PostgreSQL forms assume catalog-postgresql.sql (its json_extract
and unixepoch functions, the seq columns, COLLATE "C"). parity.py runs the reads on both engines.
"""

BATCH_COLUMNS = "id, source, cutoff, dropPath, dropDigest, startedAt, sealedAt, state, sealOrder"
EVENT_COLUMNS = "body, batchId, file, line, contentSha256"

S = []  # (file, function, sqlite, pg, note)


def s(file, function, sqlite, pg=None, note=""):
    S.append(dict(file=file, function=function, sqlite=sqlite.strip(), pg=pg.strip() if pg else None, note=note))


F = "SQLiteCatalog.swift"
s(F, "init", "PRAGMA cache_size = -32768;", "-- none (server-side shared_buffers / work_mem)",
  "Drop. Per-session memory is the server's; set work_mem per session if index builds need it.")
s(F, "init", "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
  "SET TimeZone = 'UTC'; SET client_encoding = 'UTF8';",
  "WAL and fsync are the server's; foreign keys are always enforced (immediately, per statement, "
  "like SQLite's). Set TimeZone/client_encoding as connection options instead (options='-c TimeZone=UTC').")
s(F, "init / migrate", "PRAGMA user_version",
  "SELECT CASE WHEN to_regclass('catalogversion') IS NULL THEN 0 ELSE (SELECT version FROM catalogVersion) END",
  "user_version lives in the one-row catalogVersion table; an empty database is version 0.")
s(F, "migrate", "PRAGMA user_version = N",
  "UPDATE catalogVersion SET version = $1  -- N, in the migration's transaction",
  "Migrations run in one transaction each (PostgreSQL DDL is transactional), after "
  "SELECT pg_advisory_xact_lock(<catalog key>) so that two programs never migrate at once.")
s(F, "dumpSchema", "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type DESC, name",
  "-- dump-schema.sql (pg_catalog query, one line per table/column/constraint/index/function)",
  "See dump-schema.sql and catalog-postgresql.dump.txt.")
s(F, "write (CatalogConnection.transaction)", "BEGIN IMMEDIATE ... COMMIT / ROLLBACK",
  "BEGIN ... COMMIT / ROLLBACK",
  "READ COMMITTED is enough: one writer (the archive lock), and each statement sees what is committed.")
s(F, "snapshot", "VACUUM INTO ?",
  "-- BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY; COPY each table TO STDOUT ORDER BY its key/seq, "
  "written into a new SQLite catalog at the path (migrated to the same version); COMMIT",
  "The handover carries catalog.sqlite: a PostgreSQL catalog writes a SQLite copy from one snapshot; "
  "event/crl/exceptionVersion rows in seq order so that their rowids keep import order.")
s(F, "committedFile", "PRAGMA wal_checkpoint(TRUNCATE)", "-- none: return nil",
  "There is no single file; the handover then calls snapshot(into:).")
s(F, "batch(_:)", f"SELECT {BATCH_COLUMNS} FROM batch WHERE id = ?")
s(F, "batch(withDropDigest:)",
  f"SELECT {BATCH_COLUMNS} FROM batch WHERE dropDigest = ? ORDER BY startedAt, id LIMIT 1")
s(F, "batches", f"SELECT {BATCH_COLUMNS} FROM batch ORDER BY sealOrder IS NULL, sealOrder, startedAt, id",
  note="Unchanged: false < true in PostgreSQL as 0 < 1 in SQLite, so unsealed batches come last on both.")
s(F, "save(_ batch:)", f"""
INSERT INTO batch ({BATCH_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT(id) DO UPDATE SET source = excluded.source, cutoff = excluded.cutoff, dropPath =
  excluded.dropPath,
  dropDigest = excluded.dropDigest, sealedAt = excluded.sealedAt, state = excluded.state, sealOrder =
    excluded.sealOrder""", note="Unchanged (SQLite's upsert is PostgreSQL's syntax).")
s(F, "record(_ file:)", "INSERT OR REPLACE INTO dropFile (batchId, path, sha256, size, kind) VALUES (?, ?, ?, ?, ?)",
  """INSERT INTO dropFile (batchId, path, sha256, size, kind) VALUES ($1, $2, $3, $4, $5)
ON CONFLICT (batchId, path) DO UPDATE SET sha256 = excluded.sha256, size = excluded.size, kind = excluded.kind""",
  "OR REPLACE deletes and reinserts (a new rowid, unused); an upsert keeps the row. Nothing references dropFile.")
s(F, "dropFiles(of:)", "SELECT batchId, path, sha256, size, kind FROM dropFile WHERE batchId = ? ORDER BY path")
s(F, "insert(_ stored: StoredEvent)", "SELECT contentSha256, batchId, file, line FROM event WHERE id = ?")
s(F, "insert(_ stored: StoredEvent)", """
INSERT INTO event (id, type, time, timeMs, applicationId, certIssuer, certSerial, predIssuer, predSerial,
  contentSha256, body, batchId, file, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
  note="Unchanged; seq is assigned by the identity. Bulk import: COPY event (...) FROM STDIN (libpq.md).")
s(F, "insert(_ stored: StoredEvent)", """
INSERT INTO documentUse (documentId, timeMs, eventId, field, type, time, applicationId, certIssuer,
  certSerial) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
s(F, "events(about:)", f"""
SELECT {EVENT_COLUMNS} FROM event
WHERE (certIssuer = ?1 AND certSerial = ?2) OR (predIssuer = ?1 AND predSerial = ?2)
   OR applicationId IN (SELECT applicationId FROM event WHERE certIssuer = ?1 AND certSerial = ?2 AND
     applicationId IS NOT NULL)
ORDER BY timeMs, id""")
s(F, "eventsCarriedByNoBundle", f"""
SELECT {EVENT_COLUMNS} FROM event AS e WHERE e.batchId = ?
  AND NOT EXISTS (SELECT 1 FROM touched AS t JOIN auditCertificate AS c ON c.issuer = t.issuer AND c.serial
    = t.serial
                  WHERE t.issuer = e.certIssuer AND t.serial = e.certSerial AND +t.batchId IN (?, ?))
  AND NOT EXISTS (SELECT 1 FROM touched AS t JOIN auditCertificate AS c ON c.issuer = t.issuer AND c.serial
    = t.serial
                  WHERE t.issuer = e.predIssuer AND t.serial = e.predSerial AND +t.batchId IN (?, ?))
  AND NOT (e.applicationId IS NOT NULL AND EXISTS (
    SELECT 1 FROM event AS i JOIN touched AS t ON t.issuer = i.certIssuer AND t.serial = i.certSerial AND
      +t.batchId IN (?, ?)
    JOIN auditCertificate AS c ON c.issuer = t.issuer AND c.serial = t.serial WHERE i.applicationId =
      e.applicationId))
ORDER BY e.timeMs, e.id""", f"""
SELECT {EVENT_COLUMNS} FROM event AS e WHERE e.batchId = $1
  AND NOT EXISTS (SELECT 1 FROM touched AS t JOIN auditCertificate AS c ON c.issuer = t.issuer AND c.serial
    = t.serial
                  WHERE t.issuer = e.certIssuer AND t.serial = e.certSerial AND t.batchId = ANY ($2::text[]))
  AND NOT EXISTS (SELECT 1 FROM touched AS t JOIN auditCertificate AS c ON c.issuer = t.issuer AND c.serial
    = t.serial
                  WHERE t.issuer = e.predIssuer AND t.serial = e.predSerial AND t.batchId = ANY ($2::text[]))
  AND NOT (e.applicationId IS NOT NULL AND EXISTS (
    SELECT 1 FROM event AS i JOIN touched AS t ON t.issuer = i.certIssuer AND t.serial = i.certSerial AND
      t.batchId = ANY ($2::text[])
    JOIN auditCertificate AS c ON c.issuer = t.issuer AND c.serial = t.serial WHERE i.applicationId =
      e.applicationId))
ORDER BY e.timeMs, e.id""",
  "`+col` is SQLite's 'do not use an index' hint; on text PostgreSQL fails (operator does not exist: + text). "
  "The IN list (here for 2 batches, repeated 3 times) becomes one text[] parameter: one prepared "
  "statement for any count, and an empty list stays valid (SQLite accepts IN (), PostgreSQL does not).")
s(F, "eventCount", "SELECT count(*) FROM event")
s(F, "insert(_ certificate:)", """
INSERT OR IGNORE INTO auditCertificate (issuer, serial, subject, notBefore, notAfter, der, sha256,
  spkiSha256,
  issuerVerified, keyAlgorithm, keyBits, policyOids, qcStatements, batchId, sourceFile)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", """
INSERT INTO auditCertificate (issuer, serial, subject, notBefore, notAfter, der, sha256,
  spkiSha256,
  issuerVerified, keyAlgorithm, keyBits, policyOids, qcStatements, batchId, sourceFile)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
ON CONFLICT DO NOTHING""",
  "OR IGNORE also swallows NOT NULL/CHECK violations; ON CONFLICT only unique ones (the others raise, "
  "which is better). $6 (der) is sent as a binary parameter; $9 (Bool) as '1'/'0'. PQcmdTuples gives "
  "0 or 1 as sqlite3_changes did.")
s(F, "certificate(_:)", """
SELECT issuer, serial, subject, notBefore, notAfter, der, sha256, spkiSha256, issuerVerified, batchId,
  sourceFile,
  keyAlgorithm, keyBits, policyOids, qcStatements
FROM auditCertificate WHERE issuer = ? AND serial = ?""", note="Unchanged; der arrives as bytea (hex text or binary result).")
s(F, "certificateCount", "SELECT count(*) FROM auditCertificate")
s(F, "insertCACertificate", "INSERT OR IGNORE INTO caCertificate (sha256, subject, der, batchId) VALUES (?, ?, ?, ?)",
  "INSERT INTO caCertificate (sha256, subject, der, batchId) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING")
s(F, "caCertificates(subject:)", "SELECT der FROM caCertificate WHERE subject = ? ORDER BY sha256")
s(F, "insert(_ record: DocumentRecord)", "SELECT contentSha256, batchId, sourceFile FROM document WHERE id = ?")
s(F, "insert(_ record: DocumentRecord)", """
INSERT INTO document (id, kind, version, effectiveFrom, effectiveFromMs, effectiveTo, effectiveToMs,
  policies, file,
  sha256, contentSha256, batchId, sourceFile) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
s(F, "document(_:)", "SELECT id, kind, version, effectiveFrom, effectiveTo, policies, file, sha256 FROM document WHERE id = ?")
s(F, "insert(_ crl:)", "INSERT OR IGNORE INTO crl (sha256, issuer, crlNumber, thisUpdate, nextUpdate, fileName, batchId, scope) "
  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
  "INSERT INTO crl (sha256, issuer, crlNumber, thisUpdate, nextUpdate, fileName, batchId, scope) "
  "VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING",
  "A skipped row still consumes a seq value (sequences are not transactional): seq has gaps, its order holds.")
s(F, "insert(_ crl:)", "INSERT OR IGNORE INTO crlEntry (crlSha256, issuer, serial, revokedAt, reason) VALUES (?, ?, ?, ?, ?)",
  "INSERT INTO crlEntry (crlSha256, issuer, serial, revokedAt, reason) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING")
s(F, "crlSHA256(fileName:)", "SELECT sha256 FROM crl WHERE fileName = ? ORDER BY rowid DESC LIMIT 1",
  "SELECT sha256 FROM crl WHERE fileName = $1 ORDER BY seq DESC LIMIT 1",
  "rowid -> seq; crl_fileName is (fileName, seq) so this is one index probe, as in SQLite.")
s(F, "isListedOnEarlierCRL", "SELECT 1 FROM crlEntry WHERE issuer = ? AND serial = ? AND crlSha256 != ? LIMIT 1",
  note="Unchanged (!= is accepted by PostgreSQL).")
s(F, "insert(_ publication:)", """
INSERT OR IGNORE INTO crlPublication (crlFile, crlSha256, publishedAt, publishedAtMs, distributionPoint,
  batchId, file, line)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", """
INSERT INTO crlPublication (crlFile, crlSha256, publishedAt, publishedAtMs, distributionPoint,
  batchId, file, line)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING""")
s(F, "insert(_ answer: OCSPLogEntry)", """
INSERT OR IGNORE INTO ocspAnswer (issuer, serial, producedAt, producedAtMs, status, revocationTime,
  revocationReason,
  responder, batchId, file, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", """
INSERT INTO ocspAnswer (issuer, serial, producedAt, producedAtMs, status, revocationTime,
  revocationReason,
  responder, batchId, file, line) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT DO NOTHING""")
s(F, "insert(_ record: QSCDRecord)", """
INSERT OR IGNORE INTO qscdCertification (certificationId, model, status, fromTime, fromMs, toTime, toMs,
  batchId, file, line)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", """
INSERT INTO qscdCertification (certificationId, model, status, fromTime, fromMs, toTime, toMs,
  batchId, file, line)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING""")
s(F, "append(_ version:)", "INSERT INTO exceptionVersion (entryId, version, change, changedAt, body, entrySha256) VALUES (?, ?, ?, ?, ?, ?)")
s(F, "exceptionVersions", "SELECT body FROM exceptionVersion ORDER BY rowid",
  "SELECT body FROM exceptionVersion ORDER BY seq")
s(F, "hasImportedException", "SELECT 1 FROM exceptionVersion WHERE entrySha256 = ? AND change = 'import' LIMIT 1")
s(F, "crlListings(of:)", """
SELECT e.crlSha256, c.fileName, c.crlNumber, c.thisUpdate, c.nextUpdate, e.revokedAt, e.reason
FROM crlEntry AS e JOIN crl AS c ON c.sha256 = e.crlSha256
WHERE e.issuer = ? AND e.serial = ? ORDER BY c.thisUpdate, c.sha256""")
s(F, "crlListings(of:)", "SELECT publishedAt, distributionPoint, batchId, file, line FROM crlPublication WHERE crlSha256 = ? "
  "ORDER BY publishedAtMs, distributionPoint", None,
  "Runs unchanged, but the order is not total: two publications of the same CRL under two crlFile names at "
  "the same ms and point tie, and SQLite and PostgreSQL may order them differently. Add `, crlFile` to "
  "both (a new tie-break changes no answer that is deterministic today).")
s(F, "ocspAnswers(about:)", """
SELECT producedAt, status, revocationTime, revocationReason, responder, batchId, file, line FROM ocspAnswer
WHERE issuer = ? AND serial = ? ORDER BY producedAtMs, responder, status""")
s(F, "qscdRecords", "SELECT certificationId, model, status, fromTime, toTime FROM qscdCertification WHERE certificationId = ? "
  "ORDER BY fromMs, status")
s(F, "crls(of:listing:)", """
SELECT c.sha256, c.crlNumber, c.thisUpdate, (SELECT min(p.publishedAtMs) FROM crlPublication AS p WHERE
  p.crlSha256 = c.sha256),
  e.serial IS NOT NULL, e.reason, c.scope
FROM crl AS c LEFT JOIN crlEntry AS e ON e.crlSha256 = c.sha256 AND e.serial = ?
WHERE c.issuer = ? ORDER BY c.thisUpdate, c.sha256""", """
SELECT c.sha256, c.crlNumber, c.thisUpdate, (SELECT min(p.publishedAtMs) FROM crlPublication AS p WHERE
  p.crlSha256 = c.sha256),
  (e.serial IS NOT NULL)::int, e.reason, c.scope
FROM crl AS c LEFT JOIN crlEntry AS e ON e.crlSha256 = c.sha256 AND e.serial = $1
WHERE c.issuer = $2 ORDER BY c.thisUpdate, c.sha256""",
  "A comparison is 0/1 in SQLite but boolean (text 't'/'f') in PostgreSQL; Swift reads `integer(4) == 1`.")
s(F, "issuerUsesOCSP", "SELECT 1 FROM ocspAnswer WHERE issuer = ? LIMIT 1")
s(F, "issuerUsesCRL", "SELECT 1 FROM crl WHERE issuer = ? LIMIT 1")
s(F, "applicationsWithoutCertificate", """
SELECT DISTINCT applicationId FROM event AS e WHERE e.batchId = ? AND e.applicationId IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM event AS i WHERE i.applicationId = e.applicationId AND i.certIssuer IS NOT
    NULL)
ORDER BY applicationId""")
s(F, "events(ofApplication:)", f"SELECT {EVENT_COLUMNS} FROM event WHERE applicationId = ? ORDER BY timeMs, id")
s(F, "certificatesAffected(by:)", """
SELECT issuer, serial FROM (
  SELECT app.certIssuer AS issuer, app.certSerial AS serial
  FROM qscdCertification AS q
  JOIN event AS v ON v.type = 'qscd_verification' AND json_extract(v.body, '$.certification_id') =
    q.certificationId
  JOIN event AS app ON app.applicationId = v.applicationId AND app.certIssuer IS NOT NULL
  WHERE q.batchId = ?1
  UNION
  SELECT r.certIssuer, r.certSerial FROM crl AS c JOIN event AS r ON r.type = 'revocation' AND r.certIssuer
    = c.issuer
  WHERE c.batchId = ?1
  UNION
  SELECT e.issuer, e.serial FROM crlPublication AS p JOIN crlEntry AS e ON e.crlSha256 = p.crlSha256
  WHERE p.batchId = ?1
  UNION
  SELECT o.issuer, o.serial FROM ocspAnswer AS o
  WHERE o.batchId = ?1 AND o.status IN ('good', 'revoked')
    AND EXISTS (SELECT 1 FROM event AS r WHERE +r.type = 'revocation' AND r.certIssuer = o.issuer AND
      r.certSerial = o.serial)
) ORDER BY issuer, serial""", """
SELECT issuer, serial FROM (
  SELECT app.certIssuer AS issuer, app.certSerial AS serial
  FROM qscdCertification AS q
  JOIN event AS v ON v.type = 'qscd_verification' AND json_extract(v.body, '$.certification_id') =
    q.certificationId
  JOIN event AS app ON app.applicationId = v.applicationId AND app.certIssuer IS NOT NULL
  WHERE q.batchId = $1
  UNION
  SELECT r.certIssuer, r.certSerial FROM crl AS c JOIN event AS r ON r.type = 'revocation' AND r.certIssuer
    = c.issuer
  WHERE c.batchId = $1
  UNION
  SELECT e.issuer, e.serial FROM crlPublication AS p JOIN crlEntry AS e ON e.crlSha256 = p.crlSha256
  WHERE p.batchId = $1
  UNION
  SELECT o.issuer, o.serial FROM ocspAnswer AS o
  WHERE o.batchId = $1 AND o.status IN ('good', 'revoked')
    AND EXISTS (SELECT 1 FROM event AS r WHERE r.type = 'revocation' AND r.certIssuer = o.issuer AND
      r.certSerial = o.serial)
) AS affected ORDER BY issuer, serial""",
  "PostgreSQL 15 needs an alias for a subquery in FROM (16 and later do not); `+r.type` goes. "
  "json_extract is the schema's function, and matches the event_qscdCertification index.")
s(F, "certificatesWithRevocationDeadline", """
SELECT DISTINCT certIssuer, certSerial FROM event
WHERE type = 'revocation_request' AND certIssuer IS NOT NULL
  AND unixepoch(json_extract(body, '$.received_at')) + 86400 > ?1
  AND unixepoch(json_extract(body, '$.received_at')) + 86400 <= ?2
ORDER BY certIssuer, certSerial""", None,
  "Unchanged thanks to the schema's unixepoch(text) and json_extract(text, text). With a plain "
  "extract(epoch FROM x::timestamptz) a received_at with a lower-case 't' or a leap second :60 (both "
  "accepted by RFC3339.parse) would count on PostgreSQL but be NULL, hence skipped, on SQLite; year "
  "0000 would raise an error.")
s(F, "insert(_ finding:)", """
INSERT INTO finding (rule, issuer, serial, applicationId, findingKey, policy, severity, message, evidence,
  observedAt, observedAtMs, batchId, state, resolvedByBatch)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (rule, issuer, serial, applicationId, findingKey) DO UPDATE
  SET state = excluded.state, resolvedByBatch = excluded.resolvedByBatch
  WHERE state IS NOT excluded.state OR resolvedByBatch IS NOT excluded.resolvedByBatch""", """
INSERT INTO finding (rule, issuer, serial, applicationId, findingKey, policy, severity, message, evidence,
  observedAt, observedAtMs, batchId, state, resolvedByBatch)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
ON CONFLICT (rule, issuer, serial, applicationId, findingKey) DO UPDATE
  SET state = excluded.state, resolvedByBatch = excluded.resolvedByBatch
  WHERE finding.state IS DISTINCT FROM excluded.state
     OR finding.resolvedByBatch IS DISTINCT FROM excluded.resolvedByBatch""",
  "`a IS NOT b` (null-safe inequality) is SQLite's; PostgreSQL writes IS DISTINCT FROM. The count of "
  "changed rows (0 when the WHERE holds back the update) is the same on both (tested).")
s(F, "resolveFindings", """
UPDATE finding SET state = 'resolved', resolvedByBatch = ?
WHERE rule = ? AND issuer = ? AND serial = ? AND applicationId = ? AND findingKey = ? AND state = 'open'""")
s(F, "findings / findingRows", """
SELECT rule, issuer, serial, applicationId, findingKey, policy, severity, message, evidence, observedAt,
  batchId, state, resolvedByBatch FROM finding
WHERE rule = ? AND policy = ? AND observedAtMs >= ? AND observedAtMs < ? AND issuer = ? AND serial = ?
  AND (batchId = ? OR resolvedByBatch = ?) AND serial = '' AND state IN ('open')
ORDER BY rule, issuer, serial, applicationId, findingKey""", None,
  "Built from optional conditions (all shown); each runs unchanged. resolveFindings' application branch "
  "uses `WHERE applicationId = ? AND serial = '' AND state = 'open'`, also unchanged.")
s(F, "allCACertificates", "SELECT der FROM caCertificate ORDER BY sha256")
s(F, "markTouched", "INSERT OR IGNORE INTO touched (batchId, issuer, serial) VALUES (?, ?, ?)",
  "INSERT INTO touched (batchId, issuer, serial) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
s(F, "touchCertificatesOfApplications", """
INSERT OR IGNORE INTO touched (batchId, issuer, serial)
SELECT DISTINCT ?1, linked.certIssuer, linked.certSerial
FROM event AS new JOIN event AS linked ON linked.applicationId = new.applicationId
WHERE new.batchId = ?1 AND linked.certIssuer IS NOT NULL""", """
INSERT INTO touched (batchId, issuer, serial)
SELECT DISTINCT $1::text, linked.certIssuer, linked.certSerial
FROM event AS new JOIN event AS linked ON linked.applicationId = new.applicationId
WHERE new.batchId = $1 AND linked.certIssuer IS NOT NULL
ON CONFLICT DO NOTHING""",
  "Without the cast, $1 in a SELECT DISTINCT list is of unknown type (\"could not determine data type\" "
  "or 'unknown' DISTINCT); `new` is accepted as an alias.")
s(F, "touchedCertificates", "SELECT issuer, serial FROM touched WHERE batchId = ? ORDER BY issuer, serial")
s(F, "insert(_ bundle:)", "INSERT INTO bundle (issuer, serial, version, path, tagmanifestSha256, batchId) VALUES (?, ?, ?, ?, ?, ?)")
s(F, "insert(_ bundle:)", """
UPDATE auditCertificate SET bundleCount = (SELECT count(*) FROM bundle WHERE issuer = ?1 AND serial = ?2)
  WHERE issuer = ?1 AND serial = ?2""", None,
  "Unchanged: count(*) is bigint and fits the integer column (assignment cast).")
s(F, "latestBundle(of:)", "SELECT issuer, serial, version, path, tagmanifestSha256, batchId FROM bundle WHERE issuer = ? AND serial "
  "= ? ORDER BY version DESC LIMIT 1")
s(F, "bundle(of:version:)", "SELECT issuer, serial, version, path, tagmanifestSha256, batchId FROM bundle WHERE issuer = ? AND serial "
  "= ? AND version = ?")
s(F, "bundles(in:)", "SELECT issuer, serial, version, path, tagmanifestSha256, batchId FROM bundle WHERE batchId = ? ORDER BY "
  "path")
s(F, "bundleCount", "SELECT count(*) FROM bundle")
s(F, "insert(_ reject:)", "INSERT INTO reject (batchId, file, line, reasonClass, message) VALUES (?, ?, ?, ?, ?)")

F = "SQLiteCatalog+Queries.swift"
ORIGIN_APP = """
UPDATE auditCertificate SET applicationId = (SELECT j.applicationId FROM event AS j
    WHERE j.certIssuer = auditCertificate.issuer AND j.certSerial = auditCertificate.serial
      AND +j.type IN ('issuance', 'renewal', 'rekey', 'modification') ORDER BY j.type = 'issuance' DESC,
        j.timeMs LIMIT 1)
  WHERE {cond}"""
ORIGIN_APP_PG = """
UPDATE auditCertificate SET applicationId = (SELECT j.applicationId FROM event AS j
    WHERE j.certIssuer = auditCertificate.issuer AND j.certSerial = auditCertificate.serial
      AND j.type IN ('issuance', 'renewal', 'rekey', 'modification') ORDER BY j.type = 'issuance' DESC,
        j.timeMs, j.seq LIMIT 1)
  WHERE {cond}"""
ORIGIN_POLICY = """
UPDATE auditCertificate SET policy = (SELECT json_extract(a.body, '$.policy') FROM event AS a
    WHERE a.applicationId = auditCertificate.applicationId AND +a.type = 'application' LIMIT 1)
  WHERE {cond}"""
ORIGIN_POLICY_PG = """
UPDATE auditCertificate SET policy = (SELECT json_extract(a.body, '$.policy') FROM event AS a
    WHERE a.applicationId = auditCertificate.applicationId AND a.type = 'application'
    ORDER BY a.seq LIMIT 1)
  WHERE {cond}"""
COUNT_UPDATE = """
UPDATE auditCertificate SET eventCount =
    (SELECT count(*) FROM event AS e WHERE e.certIssuer = auditCertificate.issuer
       AND e.certSerial = auditCertificate.serial)
    + (SELECT count(*) FROM event AS e WHERE e.applicationId = auditCertificate.applicationId
       AND e.certIssuer IS NULL)
  WHERE {cond}"""
FIRST_UPDATE = """
UPDATE documentUse SET (firstIssuer, firstSerial) = (SELECT f.certIssuer, f.certSerial FROM event AS f
    WHERE f.applicationId = documentUse.applicationId AND f.certIssuer IS NOT NULL
    ORDER BY f.timeMs, f.rowid LIMIT 1)
  WHERE certIssuer IS NULL AND {cond}"""
FIRST_UPDATE_PG = FIRST_UPDATE.replace("f.rowid", "f.seq")
TOUCHED = "(issuer, serial) IN (SELECT issuer, serial FROM touched WHERE batchId = ?1)"
TOUCHED_PG = "(issuer, serial) IN (SELECT issuer, serial FROM touched WHERE batchId = $1)"
APPS = "applicationId IN (SELECT applicationId FROM event WHERE batchId = ?1)"
APPS_PG = "applicationId IN (SELECT applicationId FROM event WHERE batchId = $1)"
s(F, "originUpdates (refreshOrigins, migration 2)", ORIGIN_APP.format(cond=TOUCHED), ORIGIN_APP_PG.format(cond=TOUCHED_PG),
  "`+j.type` goes. `ORDER BY j.type = 'issuance' DESC` sorts booleans as SQLite sorts 0/1. The order is not "
  "total (two renewals of one certificate at the same ms): add `, j.seq` here and `, j.rowid` on SQLite.")
s(F, "originUpdates (refreshOrigins, migration 2)", ORIGIN_POLICY.format(cond=TOUCHED), ORIGIN_POLICY_PG.format(cond=TOUCHED_PG),
  "`+a.type` goes. LIMIT 1 without ORDER BY picks any `application` event of the application: SQLite "
  "takes the first in rowid order (its plan reads event_application, whose entries end with the rowid), "
  "PostgreSQL whatever its plan gives. `ORDER BY a.seq` here and `ORDER BY a.rowid` on SQLite keep "
  "today's answer when an application has two `application` events with different policies.")
s(F, "countUpdate (refreshOrigins, migration 6)", COUNT_UPDATE.format(cond=TOUCHED), None,
  "Unchanged. count(*) + count(*) is bigint, assigned to an integer column.")
s(F, "firstCertificateUpdate (refreshOrigins, migration 6)", FIRST_UPDATE.format(cond=APPS), FIRST_UPDATE_PG.format(cond=APPS_PG),
  "rowid -> seq. `SET (a, b) = (SELECT ...)` is valid PostgreSQL (9.5+); no row gives NULLs on both.")
s(F, "refreshOrigins(touchedIn: nil)", "... WHERE ?1 IS NULL   (the four updates above, batch == nil)",
  "... WHERE $1::text IS NULL",
  "A parameter used only in `IS NULL` has no type in PostgreSQL: \"could not determine data type of "
  "parameter $1\" (tested). Cast it, or pass paramTypes to PQprepare.")
s(F, "migration 2 / 6 (originUpdates, countUpdate, firstCertificateUpdate with where: \"1\")",
  "... WHERE 1      /     WHERE certIssuer IS NULL AND 1", "... WHERE true   /   WHERE certIssuer IS NULL AND true",
  "PostgreSQL's WHERE needs a boolean: `WHERE 1` fails (argument of WHERE must be type boolean).")

s(F, "forEachCertificateSummary", """
SELECT c.issuer, c.serial, c.subject, c.policy, c.applicationId, c.notBefore, c.notAfter,
  (SELECT min(coalesce(json_extract(r.body, '$.revoked_at'), r.time)) FROM event AS r WHERE r.certIssuer =
    c.issuer
     AND r.certSerial = c.serial AND +r.type = 'revocation' AND coalesce(json_extract(r.body, '$.reason'),
       '') != 'certificateHold' AND r.timeMs < ?6),
  (SELECT s.type FROM event AS s WHERE s.certIssuer = c.issuer AND s.certSerial = c.serial
     AND +s.type IN ('suspension', 'suspension_lifted') AND s.timeMs < ?6 ORDER BY s.timeMs DESC LIMIT 1)
FROM auditCertificate AS c
WHERE (?1 IS NULL OR c.policy = ?1) AND (?2 IS NULL OR c.notBefore >= ?4) AND (?3 IS NULL OR c.notBefore <
  ?5)
ORDER BY c.notBefore, c.issuer, c.serial""", """
SELECT c.issuer, c.serial, c.subject, c.policy, c.applicationId, c.notBefore, c.notAfter,
  (SELECT min(coalesce(json_extract(r.body, '$.revoked_at'), r.time)) FROM event AS r WHERE r.certIssuer =
    c.issuer
     AND r.certSerial = c.serial AND r.type = 'revocation' AND coalesce(json_extract(r.body, '$.reason'),
       '') != 'certificateHold' AND r.timeMs < $6),
  (SELECT s.type FROM event AS s WHERE s.certIssuer = c.issuer AND s.certSerial = c.serial
     AND s.type IN ('suspension', 'suspension_lifted') AND s.timeMs < $6 ORDER BY s.timeMs DESC, s.seq LIMIT 1)
FROM auditCertificate AS c
WHERE ($1::text IS NULL OR c.policy = $1) AND ($2::bigint IS NULL OR c.notBefore >= $4) AND ($3::bigint IS NULL OR c.notBefore <
  $5)
ORDER BY c.notBefore, c.issuer, c.serial""",
  "`+r.type`/`+s.type` go; $2/$3 appear only in IS NULL, so they are cast. min() over text compares with "
  "the column's/function's C collation, as SQLite's BINARY. A suspension and its lifting at the same ms tie in "
  "`ORDER BY s.timeMs DESC LIMIT 1`: SQLite returns the first imported (it reads event_certificate in "
  "rowid order; parity.py: 'suspension_lifted'), PostgreSQL without a tie-break may return either. Add "
  "`, s.seq` here and `, s.rowid` on SQLite to keep today's SQLite answer (a `DESC` tie-break gave "
  "'suspension' on PostgreSQL: a different answer byte).")
s(F, "forEachRevocationTiming", """
SELECT q.certIssuer, q.certSerial, o.policy, json_extract(q.body, '$.request_id'), json_extract(q.body,
  '$.received_at'),
  coalesce(json_extract(r.body, '$.revoked_at'), r.time),
  (SELECT min(p.publishedAtMs) FROM crlEntry AS e JOIN crlPublication AS p ON p.crlSha256 = e.crlSha256
     WHERE e.issuer = q.certIssuer AND e.serial = q.certSerial AND coalesce(e.reason, '') !=
       'certificateHold'),
  (SELECT min(a.producedAtMs) FROM ocspAnswer AS a WHERE a.issuer = q.certIssuer AND a.serial = q.certSerial
     AND a.status = 'revoked' AND coalesce(a.revocationReason, '') != 'certificateHold')
FROM event AS q
LEFT JOIN event AS r ON +r.type = 'revocation' AND r.certIssuer = q.certIssuer AND r.certSerial =
  q.certSerial
  AND json_extract(r.body, '$.request_id') = json_extract(q.body, '$.request_id')
LEFT JOIN auditCertificate AS o ON o.issuer = q.certIssuer AND o.serial = q.certSerial
WHERE q.type = 'revocation_request' AND (?1 IS NULL OR o.policy = ?1)
  AND (?2 IS NULL OR json_extract(q.body, '$.received_at') >= ?4) AND (?3 IS NULL OR json_extract(q.body,
    '$.received_at') < ?5)
ORDER BY json_extract(q.body, '$.received_at'), q.certIssuer, q.certSerial""", """
SELECT q.certIssuer, q.certSerial, o.policy, json_extract(q.body, '$.request_id'), json_extract(q.body,
  '$.received_at'),
  coalesce(json_extract(r.body, '$.revoked_at'), r.time),
  (SELECT min(p.publishedAtMs) FROM crlEntry AS e JOIN crlPublication AS p ON p.crlSha256 = e.crlSha256
     WHERE e.issuer = q.certIssuer AND e.serial = q.certSerial AND coalesce(e.reason, '') !=
       'certificateHold'),
  (SELECT min(a.producedAtMs) FROM ocspAnswer AS a WHERE a.issuer = q.certIssuer AND a.serial = q.certSerial
     AND a.status = 'revoked' AND coalesce(a.revocationReason, '') != 'certificateHold')
FROM event AS q
LEFT JOIN event AS r ON r.type = 'revocation' AND r.certIssuer = q.certIssuer AND r.certSerial =
  q.certSerial
  AND json_extract(r.body, '$.request_id') = json_extract(q.body, '$.request_id')
LEFT JOIN auditCertificate AS o ON o.issuer = q.certIssuer AND o.serial = q.certSerial
WHERE q.type = 'revocation_request' AND ($1::text IS NULL OR o.policy = $1)
  AND ($2::bigint IS NULL OR json_extract(q.body, '$.received_at') >= $4) AND ($3::bigint IS NULL OR json_extract(q.body,
    '$.received_at') < $5)
ORDER BY json_extract(q.body, '$.received_at'), q.certIssuer, q.certSerial, q.seq, r.seq""",
  "`+r.type` goes; $2/$3 cast. The ORDER BY on a JSON field is byte order only because json_extract "
  "returns C-collated text (with a bare `body::json ->> 'received_at'` it would follow the database's "
  "locale: en_US/ICU put 'CN=b' before 'CN=B' and '.5Z' before 'Z', see dialect.md). Not total: two "
  "requests of one certificate received in the same second, or two revocations answering one request, "
  "tie; add `q.seq, r.seq` here and `q.rowid, r.rowid` on SQLite.")
s(F, "forEachQSCDExposure", """
SELECT DISTINCT q.certificationId, q.model, q.status, q.fromTime, i.certIssuer, i.certSerial, c.notBefore,
  c.notAfter,
  (SELECT min(coalesce(json_extract(r.body, '$.revoked_at'), r.time)) FROM event AS r WHERE r.certIssuer =
    i.certIssuer
     AND r.certSerial = i.certSerial AND +r.type = 'revocation' AND coalesce(json_extract(r.body,
       '$.reason'), '') != 'certificateHold')
FROM qscdCertification AS q
JOIN event AS v ON v.type = 'qscd_verification' AND json_extract(v.body, '$.certification_id') =
  q.certificationId
JOIN event AS i ON i.applicationId = v.applicationId AND i.certIssuer IS NOT NULL
JOIN auditCertificate AS c ON c.issuer = i.certIssuer AND c.serial = i.certSerial
WHERE q.status != 'certified' AND (?1 IS NULL OR q.certificationId = ?1)
ORDER BY q.certificationId, q.fromMs, i.certIssuer, i.certSerial""", """
SELECT DISTINCT q.certificationId, q.model, q.status, q.fromTime, i.certIssuer, i.certSerial, c.notBefore,
  c.notAfter,
  (SELECT min(coalesce(json_extract(r.body, '$.revoked_at'), r.time)) FROM event AS r WHERE r.certIssuer =
    i.certIssuer
     AND r.certSerial = i.certSerial AND r.type = 'revocation' AND coalesce(json_extract(r.body,
       '$.reason'), '') != 'certificateHold'),
  q.fromMs
FROM qscdCertification AS q
JOIN event AS v ON v.type = 'qscd_verification' AND json_extract(v.body, '$.certification_id') =
  q.certificationId
JOIN event AS i ON i.applicationId = v.applicationId AND i.certIssuer IS NOT NULL
JOIN auditCertificate AS c ON c.issuer = i.certIssuer AND c.serial = i.certSerial
WHERE q.status != 'certified' AND ($1::text IS NULL OR q.certificationId = $1)
ORDER BY q.certificationId, q.fromMs, i.certIssuer, i.certSerial, q.status""",
  "PostgreSQL: \"for SELECT DISTINCT, ORDER BY expressions must appear in select list\" (q.fromMs): "
  "select it as a 10th column that the Swift side ignores (DISTINCT is unchanged: fromMs is computed from "
  "fromTime at import). `+r.type` goes; $1 is cast only for "
  "uniformity (q.certificationId = $1 types it). Ties: two statuses of one certification from the same "
  "ms order differently; add `, q.status` on both.")
s(F, "forEachStatusBeyondExpiry", """
SELECT c.issuer, c.serial, c.notAfter, min(coalesce(json_extract(r.body, '$.revoked_at'), r.time)),
  (SELECT p.publishedAt FROM crlEntry AS e JOIN crlPublication AS p ON p.crlSha256 = e.crlSha256
     WHERE e.issuer = c.issuer AND e.serial = c.serial AND p.publishedAtMs > unixepoch(c.notAfter) * 1000
       AND p.publishedAtMs < ?1
     ORDER BY p.publishedAtMs DESC LIMIT 1),
  (SELECT a.producedAt FROM ocspAnswer AS a WHERE a.issuer = c.issuer AND a.serial = c.serial AND
    a.status = 'revoked' AND a.producedAtMs > unixepoch(c.notAfter) * 1000 AND a.producedAtMs < ?1
     ORDER BY a.producedAtMs DESC LIMIT 1)
FROM event AS r JOIN auditCertificate AS c ON c.issuer = r.certIssuer AND c.serial = r.certSerial
WHERE r.type = 'revocation' AND coalesce(json_extract(r.body, '$.reason'), '') != 'certificateHold' AND
  unixepoch(c.notAfter) * 1000 < ?1 AND r.timeMs < ?1
GROUP BY c.issuer, c.serial ORDER BY c.notAfter, c.issuer, c.serial""", None,
  "Runs unchanged: unixepoch/json_extract are the schema's functions; c.notAfter and the correlated "
  "subqueries are accepted under GROUP BY c.issuer, c.serial because that is auditCertificate's primary "
  "key (functional dependency; tested). The LIMIT 1 subqueries tie when two publications/answers share "
  "the ms (different crlFile or responder): add `, p.publishedAt DESC` / `, a.producedAt DESC` on both.")
s(F, "coverage", """
SELECT policy, count(*), sum(eventCount), sum(bundleCount) FROM auditCertificate INDEXED BY
  auditCertificate_coverage GROUP BY policy""",
  "SELECT policy, count(*), sum(eventCount), sum(bundleCount) FROM auditCertificate GROUP BY policy",
  "INDEXED BY is SQLite's; PostgreSQL chooses the plan (not measured at scale). sum(integer) is bigint ('123'); had the counters been bigint, sum would be numeric (still "
  "'123' as text, but not int8 in binary results).")
s(F, "coverage", "SELECT coalesce(policy, '(unknown)'), rule, count(*) FROM finding WHERE state = 'open' GROUP BY 1, 2",
  note="Unchanged (GROUP BY ordinals are valid PostgreSQL). Row order does not matter: Swift merges and sorts.")
s(F, "forEachDocumentReference", """
SELECT eventId, type, time, field, coalesce(certIssuer, firstIssuer),
  CASE WHEN certIssuer IS NOT NULL THEN certSerial ELSE firstSerial END
FROM documentUse WHERE documentId = ?1 ORDER BY timeMs, eventId, field""")
s(F, "rejectCount", "SELECT count(*) FROM reject")

F = "SQLiteCatalog+Selection.swift"
s(F, "certificatesWithEvents", """
WITH inPeriod AS (
  SELECT certIssuer, certSerial, predIssuer, predSerial, applicationId FROM event
  WHERE (?2 IS NULL OR timeMs >= ?2) AND (?3 IS NULL OR timeMs < ?3)
), hit(issuer, serial) AS (
  SELECT certIssuer, certSerial FROM inPeriod WHERE certIssuer IS NOT NULL
  UNION SELECT predIssuer, predSerial FROM inPeriod WHERE predIssuer IS NOT NULL
  UNION SELECT c.issuer, c.serial FROM inPeriod AS e JOIN auditCertificate AS c
    ON c.applicationId = e.applicationId WHERE e.applicationId IS NOT NULL
)
SELECT c.issuer, c.serial FROM hit JOIN auditCertificate AS c ON c.issuer = hit.issuer AND c.serial =
  hit.serial
WHERE ?1 IS NULL OR c.policy IN (SELECT value FROM json_each(?1))
ORDER BY c.issuer, c.serial""", """
WITH inPeriod AS (
  SELECT certIssuer, certSerial, predIssuer, predSerial, applicationId FROM event
  WHERE ($2::bigint IS NULL OR timeMs >= $2) AND ($3::bigint IS NULL OR timeMs < $3)
), hit(issuer, serial) AS (
  SELECT certIssuer, certSerial FROM inPeriod WHERE certIssuer IS NOT NULL
  UNION SELECT predIssuer, predSerial FROM inPeriod WHERE predIssuer IS NOT NULL
  UNION SELECT c.issuer, c.serial FROM inPeriod AS e JOIN auditCertificate AS c
    ON c.applicationId = e.applicationId WHERE e.applicationId IS NOT NULL
)
SELECT c.issuer, c.serial FROM hit JOIN auditCertificate AS c ON c.issuer = hit.issuer AND c.serial =
  hit.serial
WHERE $1::json IS NULL OR c.policy IN (SELECT json_array_elements_text($1::json))
ORDER BY c.issuer, c.serial""",
  "json_each(array) -> json_array_elements_text (PostgreSQL's json_each takes an object: \"cannot "
  "deconstruct an array as an object\"). $1 keeps the JSON array the Swift side builds. `$2 IS NULL OR "
  "timeMs >= $2` does not prepare without the cast (as in policyDocumentsInForce).")
s(F, "policy(of:)", "SELECT policy FROM auditCertificate WHERE issuer = ? AND serial = ?")
s(F, "certificates(serial:)", "SELECT issuer, serial FROM auditCertificate WHERE serial = ? ORDER BY issuer")
s(F, "statusFiles(about:)", """
SELECT f.batchId, f.path, f.sha256, f.size, f.kind FROM crlEntry AS e
  JOIN crl AS l ON l.sha256 = e.crlSha256
  JOIN dropFile AS f ON f.batchId = l.batchId AND f.path = 'status/crl/' || l.fileName
  WHERE e.issuer = ?1 AND e.serial = ?2
UNION
SELECT f.batchId, f.path, f.sha256, f.size, f.kind FROM ocspAnswer AS a
  JOIN dropFile AS f ON f.batchId = a.batchId AND f.path = a.file
  WHERE a.issuer = ?1 AND a.serial = ?2 AND a.line IS NULL
ORDER BY 2, 1""", None, "Unchanged: || and ORDER BY ordinals over a UNION are PostgreSQL too.")
s(F, "documentIDs(governing:)", """
WITH candidate AS (
  SELECT body, certIssuer, certSerial FROM event WHERE certIssuer = ?1 AND certSerial = ?2
  UNION ALL SELECT body, certIssuer, certSerial FROM event WHERE applicationId IN (
    SELECT applicationId FROM event WHERE certIssuer = ?1 AND certSerial = ?2 AND applicationId IS NOT NULL)
), about AS (  -- as documentReferences: the certificate's own events and its application's
  SELECT body FROM candidate WHERE certIssuer IS NULL OR (certIssuer = ?1 AND certSerial = ?2)
), named(id) AS (
  SELECT json_extract(body, '$.cp_cps_document') FROM about
  UNION SELECT json_extract(body, '$.terms_document') FROM about
  UNION SELECT json_extract(body, '$.pds_document') FROM about
)
SELECT id FROM named WHERE id IS NOT NULL ORDER BY id""", None,
  "Unchanged with the schema's json_extract (C-collated, so ORDER BY id is byte order).")
s(F, "policyDocumentsInForce", """
SELECT id, policies FROM document WHERE kind IN ('cp', 'cps', 'cp_cps')
  AND (?1 IS NULL OR effectiveFromMs < ?1) AND (?2 IS NULL OR effectiveToMs IS NULL OR effectiveToMs > ?2)
ORDER BY effectiveFromMs, id""", """
SELECT id, policies FROM document WHERE kind IN ('cp', 'cps', 'cp_cps')
  AND ($1::bigint IS NULL OR effectiveFromMs < $1) AND ($2::bigint IS NULL OR effectiveToMs IS NULL OR effectiveToMs > $2)
ORDER BY effectiveFromMs, id""", "`$1 IS NULL OR effectiveFromMs < $1` fails to prepare (\"could not determine data "
  "type of parameter $1\", tested): the first use of a parameter must type it. Rule: cast every parameter "
  "that appears in `IS NULL` (or pass paramTypes).")
s(F, "dropFiles(kind:)", "SELECT batchId, path, sha256, size, kind FROM dropFile WHERE kind = ? ORDER BY batchId, path")
s(F, "documentFiles", """
SELECT f.batchId, f.path, f.sha256, f.size, f.kind FROM document AS d
  JOIN dropFile AS f ON f.batchId = d.batchId AND f.path IN (d.sourceFile, 'documents/' || d.file)
  WHERE d.id = ? ORDER BY f.path""")
s(F, "batchSummaries", """
SELECT b.id,
  (SELECT count(*) FROM dropFile WHERE batchId = b.id), (SELECT count(*) FROM touched WHERE batchId = b.id),
  (SELECT count(*) FROM bundle WHERE batchId = b.id), (SELECT count(*) FROM reject WHERE batchId = b.id),
  (SELECT count(*) FROM finding WHERE batchId = b.id),
  (SELECT count(*) FROM finding WHERE resolvedByBatch = b.id)
FROM batch AS b""")

F = "SQLiteCatalog+Comparison.swift"
s(F, "differences(from:)", "ATTACH DATABASE ? AS rebuilt   /   DETACH DATABASE rebuilt",
  "-- the rebuilt catalog is a schema of the same database: CREATE SCHEMA rebuilt_<pid>; the migrations run with "
  "SET LOCAL search_path = rebuilt_<pid>; reindex fills it; DROP SCHEMA rebuilt_<pid> CASCADE afterwards",
  "differences(from:) takes a schema name instead of a path (or a CatalogLocation enum). A second database "
  "would need dblink/postgres_fdw; a schema needs nothing and EXCEPT runs inside the server, as in SQLite.")
s(F, "differences(from:)", "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
  "AND name != 'touched' ORDER BY name",
  "-- a fixed list in Swift: CatalogSchema.comparedTables (SQLite spelling), or\n"
  "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()\n"
  "  AND table_type = 'BASE TABLE' AND table_name NOT IN ('touched', 'catalogversion') ORDER BY table_name COLLATE \"C\"",
  "PostgreSQL's names are lower case (auditcertificate): the messages would print them so. Use the "
  "SQLite spellings from a fixed list; leave catalogVersion out.")
s(F, "differences(from:)", 'SELECT count(*) FROM (SELECT * FROM main."event" EXCEPT SELECT * FROM rebuilt."event")',
  'SELECT count(*) FROM (SELECT id, type, time, timeMs, applicationId, certIssuer, certSerial, predIssuer, predSerial,\n'
  '  contentSha256, body, batchId, file, line FROM public.event\n'
  '  EXCEPT SELECT id, type, ..., line FROM rebuilt_4711.event) AS onlyHere',
  "`SELECT *` would include seq, which differs between a catalog and its rebuild (import order, and "
  "sequence values lost to rollbacks and ON CONFLICT DO NOTHING): name the columns, without seq (from "
  "information_schema.columns ORDER BY ordinal_position, or a fixed list). The subquery needs an alias. "
  "EXCEPT is set-based on both engines (duplicate reject rows count once on both). The reverse direction "
  "and the `LIMIT 1` example rows are the same. Example values: bytea arrives as \\x… text (PQftype 17) "
  "and must print as `<n bytes>`, integers as their decimal text; NULL as NULL.")

F = "CatalogSchema.swift (migrations)"
s(F, "migration 1", "CREATE TABLE batch (...); ... CREATE TABLE reject (...); CREATE INDEX ...",
  "-- catalog-postgresql.sql (baseline)",
  "Types: TEXT -> text COLLATE \"C\", BLOB -> bytea, INTEGER -> integer/bigint; the rest is the same text.")
s(F, "migration 2", "ALTER TABLE auditCertificate ADD COLUMN applicationId TEXT; ... CREATE INDEX event_qscdCertification ON "
  "event(json_extract(body, '$.certification_id')) WHERE type = 'qscd_verification'; CREATE INDEX event_cpCpsDocument ON "
  "event(json_extract(body, '$.cp_cps_document')) WHERE json_extract(body, '$.cp_cps_document') IS NOT NULL; ...; "
  "<originUpdates(where: \"1\")>",
  "-- in the baseline; were it replayed: the same text with the schema's json_extract, `WHERE true`, no `+`",
  "ALTER TABLE ADD COLUMN, DROP INDEX and the partial expression indexes are valid PostgreSQL with the "
  "json_extract function. Note the SQLite migration interpolates originUpdates()'s *current* text: editing "
  "that function (e.g. to add a tie-break) silently edits shipped migration 2. Freeze the migration's copy.")
s(F, "migration 3", "ALTER TABLE finding ADD COLUMN state TEXT NOT NULL DEFAULT 'open'; ALTER TABLE finding ADD COLUMN "
  "resolvedByBatch TEXT REFERENCES batch(id); CREATE INDEX finding_resolvedByBatch ON finding(resolvedByBatch) WHERE "
  "resolvedByBatch IS NOT NULL;", None, "Valid PostgreSQL as written (in the baseline).")
s(F, "migration 4", "ALTER TABLE crl ADD COLUMN scope TEXT;", None, "Valid PostgreSQL (in the baseline).")
s(F, "migration 5", "CREATE INDEX event_applicationCertificate ON event(applicationId, timeMs) WHERE certIssuer IS NOT NULL;",
  "CREATE INDEX event_applicationCertificate ON event (applicationId, timeMs, seq) WHERE certIssuer IS NOT NULL;",
  "SQLite's index ends with the rowid implicitly, which firstCertificateUpdate's ORDER BY f.timeMs, f.rowid "
  "uses; PostgreSQL's must name seq.")
s(F, "migration 6", "ALTER TABLE auditCertificate ADD COLUMN eventCount INTEGER NOT NULL DEFAULT 0; ...; "
  "UPDATE auditCertificate SET bundleCount = (SELECT count(*) FROM bundle AS b WHERE b.issuer = auditCertificate.issuer AND "
  "b.serial = auditCertificate.serial); CREATE TABLE documentUse (...) WITHOUT ROWID; ...; INSERT INTO documentUse (...) "
  "SELECT json_extract(body, '$.cp_cps_document'), ... UNION ALL ...; <firstCertificateUpdate(where: \"1\")>; DROP INDEX ...",
  "-- in the baseline; WITHOUT ROWID dropped (a heap table with the same primary key); `AND true` for `AND 1`",
  "The data-moving statements are only needed on a catalog that has data, which a new PostgreSQL catalog "
  "does not.")
