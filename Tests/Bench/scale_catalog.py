"""Grows a qcarchive catalog to N certificates for the query benchmark (`make bench`).

The nightly scenarios build a real catalog (import, gates, bundles) of the bench nights; sealing a
million certificates a run would take the benchmark hours, so the named queries are timed on that
catalog grown by copies: every per-certificate row (certificate, events and the documents they name, OCSP answers, CRL
entries, findings, bundles, touched marks) is copied with the serial extended by a hex suffix and
ids made unique, so that the copy has the real catalog's shape, indexes and distribution. Shared
rows (batches, documents, CRLs, QSCD records, exceptions) are not copied.

Usage: python3 scale_catalog.py SOURCE.sqlite TARGET.sqlite --certificates N
"""
import argparse
import shutil
import sqlite3


def serial(column, suffix):
    return f"CASE WHEN {column} IS NULL THEN NULL ELSE {column} || '{suffix}' END"


def unique(column, suffix):
    return f"CASE WHEN {column} IS NULL THEN NULL ELSE {column} || '-c{suffix}' END"


# Per table: the columns to change in each copy (the others are copied as they are).
COPIED = {
    "auditCertificate": {"serial": serial, "applicationId": unique},
    "event": {"id": unique, "applicationId": unique, "certSerial": serial, "predSerial": serial},
    "ocspAnswer": {"serial": serial},
    "crlEntry": {"serial": serial},
    "finding": {"serial": lambda c, s: f"CASE WHEN {c} = '' THEN '' ELSE {c} || '{s}' END",
                "applicationId": lambda c, s: f"CASE WHEN {c} = '' THEN '' ELSE {c} || '-c{s}' END"},
    "bundle": {"serial": serial, "path": unique},
    "touched": {"serial": serial},
    "documentUse": {"eventId": unique, "applicationId": unique, "certSerial": serial, "firstSerial": serial},
}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("source")
    parser.add_argument("target")
    parser.add_argument("--certificates", type=int, required=True)
    args = parser.parse_args()
    shutil.copyfile(args.source, args.target)
    db = sqlite3.connect(args.target)
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    db.execute("ATTACH DATABASE ? AS src", (f"file:{args.source}?mode=ro",))
    base = db.execute("SELECT count(*) FROM src.auditCertificate").fetchone()[0]
    copies = max(0, -(-args.certificates // base) - 1)  # ceil(N / base) - 1 copies beside the original
    columns = {table: [row[1] for row in db.execute(f"PRAGMA src.table_info({table})")] for table in COPIED}
    for number in range(1, copies + 1):
        suffix = format(number, "03x")
        for table, changes in COPIED.items():
            select = ", ".join(changes[c](c, suffix) if c in changes else c for c in columns[table])
            db.execute(f"INSERT INTO main.{table} ({', '.join(columns[table])}) SELECT {select} FROM src.{table}")
        db.commit()
    db.execute("DETACH DATABASE src")
    total = db.execute("SELECT count(*) FROM auditCertificate").fetchone()[0]
    print(f"{args.target}: {total} certificates ({copies} copies of {base})")


if __name__ == "__main__":
    main()
