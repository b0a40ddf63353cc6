"""Loads a SQLite catalog into the PostgreSQL catalog at URI (its schema already made by qcarchive),
replacing what it holds: the bench's grown 1M-certificate catalog, queried on PostgreSQL as on SQLite.
psql's COPY does the loading (not timed, not our code); event, crl and exceptionVersion rows go in
rowid order so that PostgreSQL's seq keeps their import order. Ends with ANALYZE, as after a reindex.

    python3 load_postgresql.py CATALOG.sqlite postgresql://…
"""
import csv
import io
import sqlite3
import subprocess
import sys

# Each table after the tables it references (CatalogSchema.tables).
TABLES = ["batch", "dropFile", "event", "documentUse", "auditCertificate", "caCertificate", "document", "crl",
          "crlEntry", "crlPublication", "ocspAnswer", "qscdCertification", "finding", "bundle", "reject", "touched",
          "exceptionVersion"]
IMPORT_ORDERED = {"event", "crl", "exceptionVersion"}


def main(path, uri):
    db = sqlite3.connect(path)
    subprocess.run(["psql", uri, "-qv", "ON_ERROR_STOP=1", "-c", "TRUNCATE " + ", ".join(TABLES) + " RESTART IDENTITY"],
                   check=True)
    for table in TABLES:
        columns = [row[1] for row in db.execute(f"PRAGMA table_info({table})")]
        order = " ORDER BY rowid" if table in IMPORT_ORDERED else ""
        copy = subprocess.Popen(["psql", uri, "-qv", "ON_ERROR_STOP=1", "-c",
                                 f"\\copy {table} ({', '.join(columns)}) FROM STDIN (FORMAT csv)"],
                                stdin=subprocess.PIPE)
        text = io.TextIOWrapper(copy.stdin, encoding="utf-8", newline="")
        writer = csv.writer(text, quoting=csv.QUOTE_NONNUMERIC)  # unquoted empty: NULL; "": an empty text
        rows = 0
        for row in db.execute(f"SELECT {', '.join(columns)} FROM {table}{order}"):
            writer.writerow(["\\x" + value.hex() if isinstance(value, bytes) else value for value in row])
            rows += 1
        text.close()
        if copy.wait() != 0:
            sys.exit(f"COPY {table} failed")
        print(f"{table}: {rows} rows")
    subprocess.run(["psql", uri, "-qv", "ON_ERROR_STOP=1", "-c", "ANALYZE"], check=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
