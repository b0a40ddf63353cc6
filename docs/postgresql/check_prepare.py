"""PREPAREs every statement of statements.py on PostgreSQL: the PostgreSQL form, and for the ones
marked unchanged, the SQLite text after the ?/?N -> $N rewrite. Parameters are untyped, as with
PQprepare(paramTypes = NULL)."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from statements import S
from pq import Connection, PGError, dollar

db = Connection(sys.argv[1])
bad = 0
for k, st in enumerate(S):
    for label, sql in (("pg", st["pg"]), ("sqlite-as-is", dollar(st["sqlite"]))):
        if sql is None or sql.lstrip().startswith("--") or "..." in sql or "PRAGMA" in sql or "VACUUM" in sql \
           or "ATTACH" in sql or "sqlite_master" in sql or "BEGIN" in sql:
            continue
        if label == "sqlite-as-is" and st["pg"] is not None:
            try:
                db.script(f"PREPARE t{k}x AS {sql}"); db.script(f"DEALLOCATE t{k}x")
                print(f"NOTE  {st['function']}: SQLite text also prepares on PostgreSQL")
            except PGError as e:
                print(f"ok    {st['function']}: SQLite text fails as expected: {e.sqlstate} {str(e).splitlines()[0][7:90]}")
            continue
        try:
            if re.match(r"\s*(ALTER|CREATE|SET|UPDATE catalogVersion)", sql):
                # DDL and scripts cannot be PREPAREd: run them in a transaction that is rolled back,
                # after removing what the baseline already has (migrations 3-5 replayed on it).
                prelude = {"migration 3": "ALTER TABLE finding DROP COLUMN state, DROP COLUMN resolvedByBatch;",
                           "migration 4": "ALTER TABLE crl DROP COLUMN scope;",
                           "migration 5": "DROP INDEX event_applicationCertificate;"}.get(st["function"], "")
                db.script("BEGIN")
                try:
                    if prelude or ";" in sql.rstrip().rstrip(";"):
                        db.script(prelude + sql.replace("$1", "6"))
                    else:
                        db.execute(sql, ["6"] if "$1" in sql else [])
                finally:
                    db.script("ROLLBACK")
            else:
                db.script(f"PREPARE t{k} AS {sql}")
                db.script(f"DEALLOCATE t{k}")
            print(f"ok    {st['function']} ({label})")
        except PGError as e:
            bad += 1
            print(f"FAIL  {st['function']} ({label}): {e}")
print("failures:", bad)
