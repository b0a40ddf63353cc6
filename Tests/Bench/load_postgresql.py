"""Loads a SQLite catalog into the PostgreSQL catalog at URI (its schema already made by qcarchive),
replacing what it holds: the bench's grown 1M-certificate catalog, queried on PostgreSQL as on SQLite.
psql's COPY does the loading (not timed, not our code); event, crl and exceptionVersion rows go in
rowid order so that PostgreSQL's seq keeps their import order. Ends with ANALYZE, as after a reindex.

    python3 load_postgresql.py CATALOG.sqlite postgresql://…
"""
import sqlite3
import subprocess
import sys

# Each table after the tables it references (CatalogSchema.tables).
TABLES = ["batch", "dropFile", "event", "documentUse", "auditCertificate", "caCertificate", "document", "crl",
          "crlEntry", "crlPublication", "ocspAnswer", "qscdCertification", "finding", "bundle", "reject", "touched",
          "exceptionVersion"]
IMPORT_ORDERED = {"event", "crl", "exceptionVersion"}


def text(value):
    """A value in COPY's text format: \\N for NULL, bytea as \\\\x hex, text with its backslashes, tabs and
    line ends escaped."""
    if value is None:
        return "\\N"
    if isinstance(value, bytes):
        return "\\\\x" + value.hex()
    if isinstance(value, str):
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    return str(value)


def main(path, uri):
    db = sqlite3.connect(path)
    subprocess.run(["psql", uri, "-qv", "ON_ERROR_STOP=1", "-c", "TRUNCATE " + ", ".join(TABLES) + " RESTART IDENTITY"],
                   check=True)
    for table in TABLES:
        columns = [row[1] for row in db.execute(f"PRAGMA table_info({table})")]
        order = " ORDER BY rowid" if table in IMPORT_ORDERED else ""
        copy = subprocess.Popen(["psql", uri, "-qv", "ON_ERROR_STOP=1", "-c",
                                 f"\\copy {table} ({', '.join(columns)}) FROM STDIN"], stdin=subprocess.PIPE)
        rows = 0
        for row in db.execute(f"SELECT {', '.join(columns)} FROM {table}{order}"):
            copy.stdin.write(("\t".join(text(value) for value in row) + "\n").encode())
            rows += 1
        copy.stdin.close()
        if copy.wait() != 0:
            sys.exit(f"COPY {table} failed")
        print(f"{table}: {rows} rows")
    subprocess.run(["psql", uri, "-qv", "ON_ERROR_STOP=1", "-c", "ANALYZE"], check=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
