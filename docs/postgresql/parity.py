"""Loads one small, deliberately awkward catalog into SQLite (Schemas/catalog.sql, the statements as
SQLiteCatalog sends them) and into PostgreSQL (catalog-postgresql.sql, the PostgreSQL forms of
statements.py), runs refreshOrigins on both, then every read statement on both, and compares the
rows as text (SQLite integers as decimal text, blobs as bytes, NULL as None).

Awkward on purpose: issuers that differ in case and punctuation (collation), a received_at with a
lower-case 't', one with a leap second and one with a fraction (unixepoch, text order), ties the
ORDER BYs do not break (a suspension and its lifting in the same ms, two renewals of one certificate
in the same ms, two statuses of one QSCD certification from the same ms, two publications of a CRL in
the same ms).

usage: python3 parity.py 'host=/tmp/pgx port=54329 user=postgres dbname=parity'
"""
import json, os, re, sqlite3, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from statements import S
from pq import Connection, text_array, dollar

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))


def st(function, nth=0, engine="sqlite"):
    found = [x for x in S if x["function"] == function]
    x = found[nth]
    return x["sqlite"] if engine == "sqlite" or x["pg"] is None else x["pg"]


class Both:
    def __init__(self, conninfo):
        self.lite = sqlite3.connect(":memory:")
        self.lite.executescript(open(f"{ROOT}/Schemas/catalog.sql").read())
        self.lite.execute("PRAGMA foreign_keys=ON")
        self.pg = Connection(conninfo)
        self.pg.script("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;")
        # The shipped baseline (Sources/Catalog/PostgreSQLSchema.swift), as the catalog runs it.
        swift = open(f"{ROOT}/Sources/Catalog/PostgreSQLSchema.swift").read()
        baseline = swift.split('static let baseline = #"""\n', 1)[1].split('"""#', 1)[0]
        self.pg.script("\n".join(line[8:] for line in baseline.splitlines()))

    def run(self, function, nth, lite_params, pg_params=None, pg_sql=None, lite_sql=None):
        ls = lite_sql or st(function, nth, "sqlite")
        ps = pg_sql or dollar(st(function, nth, "pg"))
        cur = self.lite.execute(ls, lite_params)
        lrows = [tuple(None if v is None else v if isinstance(v, bytes) else str(v) for v in r) for r in cur.fetchall()]
        lchanged = self.lite.execute("SELECT changes()").fetchone()[0] if not lrows else None
        prows, pchanged = self.pg.execute(ps, lite_params if pg_params is None else pg_params)
        return lrows, prows, lchanged, (pchanged if not prows else None)


def ms(t):
    import datetime
    return int(datetime.datetime.fromisoformat(t.replace("Z", "+00:00").replace("t", "T")).timestamp() * 1000)


def main():
    b = Both(sys.argv[1])
    W = lambda f, n, p, pp=None: b.run(f, n, p, pp)

    # batches
    for row in [("b1", "ca", None, "drops/1", "d1", "2026-11-20T00:00:00Z", "2026-11-20T06:00:00Z", "sealed", 1),
                ("b2", "ca", None, "drops/2", "d2", "2026-11-21T00:00:00Z", None, "imported", None),
                ("B0", "ca", None, "drops/0", "d1", "2026-11-19T00:00:00Z", None, "importing", None)]:
        W("save(_ batch:)", 0, list(row))
    # upsert path of save
    W("save(_ batch:)", 0, ["b2", "ca", "c", "drops/2", "d2", "2026-11-21T00:00:00Z", None, "imported", None])

    certs = [("CN=QCA,O=Trust", "1a", "2026-01-01T00:00:00Z", "2026-11-21T12:00:00Z"),
             ("CN=QCA,O=Trust", "2b", "2026-01-02T00:00:00Z", "2027-01-01T00:00:00Z"),
             ("cn=qca,o=trust", "1a", "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z"),
             ("CN=QCA O", "3c", "2026-01-03T00:00:00Z", "2027-01-01T00:00:00Z"),
             ("CN=QCB", "4d", "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z")]
    for i, (iss, ser, nb, na) in enumerate(certs):
        p = [iss, ser, f"CN=Subject {i}", nb, na, bytes([0x30, 0x82, i, 0, 0x5c]), f"sha{i}", f"spki{i}", i % 2 == 0,
             "EC", 256, "0.4.0.194112.1.0 1.2.3", None if i else '{"qcType":["esign"]}', "b1", f"certs/{i}.pem"]
        l, q, lc, pc = W("insert(_ certificate:)", 0, p)
        assert lc == pc == 1, (lc, pc)
    l, q, lc, pc = W("insert(_ certificate:)", 0, p)  # again: ignored on both
    assert lc == pc == 0, (lc, pc)

    def ev(id, type, time, app=None, cert=None, pred=None, batch="b1", **extra):
        body = {"event_id": id, "type": type, "time": time}
        if app: body["application_id"] = app
        if cert: body["certificate"] = {"issuer": cert[0], "serial": cert[1]}
        if pred: body["predecessor"] = {"issuer": pred[0], "serial": pred[1]}
        body.update(extra)
        text = json.dumps(body, separators=(",", ":"), ensure_ascii=False)
        p = [id, type, time, ms(time), app, cert and cert[0], cert and cert[1], pred and pred[0], pred and pred[1],
             "h-" + id, text, batch, "events/e.jsonl", len(id)]
        W("insert(_ stored: StoredEvent)", 1, p)
        for field, key in ((1, "cp_cps_document"), (2, "terms_document"), (3, "pds_document")):
            if key in extra:
                W("insert(_ stored: StoredEvent)", 2, [extra[key], ms(time), id, field, type, time, app,
                                                      cert and cert[0], cert and cert[1]])

    A, B_, L, O, Q = certs[0][:2], certs[1][:2], certs[2][:2], certs[3][:2], certs[4][:2]
    ev("e-app-1", "application", "2026-01-01T00:00:00Z", app="A1", policy="QCP-n", cp_cps_document="DOC-1",
       terms_document="Doc-T")
    ev("e-iss-1", "issuance", "2026-01-01T01:00:00Z", app="A1", cert=A)
    ev("e-reg-1", "registration", "2025-12-31T00:00:00Z", app="A1", pds_document="doc-p")
    ev("e-app-2", "application", "2026-01-02T00:00:00Z", app="A2", policy="QCP-l", cp_cps_document="DOC-1")
    ev("e-iss-2", "issuance", "2026-01-02T01:00:00Z", app="A2", cert=B_)
    ev("e-late-2", "approval", "2026-01-03T00:00:00Z", app="A2", cp_cps_document="DOC-1")
    ev("e-app-3", "application", "2026-01-01T00:00:00Z", app="A3", policy="QCP-n")
    ev("e-iss-3", "issuance", "2026-01-01T01:00:00Z", app="A3", cert=L)
    ev("e-iss-4", "issuance", "2026-01-03T01:00:00Z", app="A4", cert=O)
    # two origins of one certificate in the same ms (renewal, modification): a tie
    ev("e-ren-5", "renewal", "2026-01-01T02:00:00Z", app="A5", cert=Q, pred=A)
    ev("e-mod-5", "modification", "2026-01-01T02:00:00Z", app="A6", cert=Q)
    ev("e-app-5", "application", "2026-01-01T00:00:00Z", app="A5", policy="QCP-w")
    ev("e-app-6", "application", "2026-01-01T00:00:00Z", app="A6", policy="QNCP-w")
    # a suspension and its lifting in the same ms: imported lifted first, then suspension
    ev("e-s-lift", "suspension_lifted", "2026-06-01T00:00:00Z", cert=B_)
    ev("e-s-susp", "suspension", "2026-06-01T00:00:00Z", cert=B_)
    # revocations
    ev("e-rr-1", "revocation_request", "2026-11-21T10:00:00Z", cert=A, request_id="r1",
       received_at="2026-11-21T10:00:00Z")
    ev("e-rv-1", "revocation", "2026-11-21T10:30:00Z", cert=A, request_id="r1", reason="keyCompromise",
       revoked_at="2026-11-21T10:30:00Z")
    ev("e-rr-2", "revocation_request", "2026-11-21T10:00:00Z", cert=B_, request_id="r2",
       received_at="2026-11-21t10:00:00Z")
    ev("e-rr-3", "revocation_request", "2026-11-21T10:00:00Z", cert=L, request_id="r3",
       received_at="2026-11-21T23:59:60Z")
    ev("e-rr-4", "revocation_request", "2026-11-21T10:00:00Z", cert=O, request_id="r4",
       received_at="2026-11-21T10:00:00.5Z")
    ev("e-rv-4", "revocation", "2026-11-21T11:00:00Z", cert=O, request_id="r4", reason="certificateHold")
    ev("e-rv-4b", "revocation", "2026-11-21T11:30:00Z", cert=O, request_id="r4", reason="superseded",
       revoked_at="2026-11-21T11:30:00Z", batch="b2")
    ev("e-qv-1", "qscd_verification", "2026-01-01T00:30:00Z", app="A1", certification_id="QSCD-1")
    ev("e-qv-3", "qscd_verification", "2026-01-01T00:30:00Z", app="A3", certification_id="QSCD-1")

    for r in [("QSCD-1", "M1", "certified", "2025-01-01T00:00:00Z", None, "b1", "status/qscd.jsonl", 1),
              ("QSCD-1", "M1", "withdrawn", "2026-11-21T00:00:00Z", None, "b2", "status/qscd.jsonl", 2),
              ("QSCD-1", "M1", "suspended", "2026-11-21T00:00:00Z", None, "b2", "status/qscd.jsonl", 3)]:
        W("insert(_ record: QSCDRecord)", 0, [r[0], r[1], r[2], r[3], ms(r[3]), r[4], None, r[5], r[6], r[7]])

    # CRLs, publications (a tie: two crlFile names, same ms and point), OCSP (two responders, same ms)
    W("insert(_ crl:)", 0, ["crl-1", "CN=QCA,O=Trust", "01", "2026-11-21T12:00:00Z", None, "qca.crl", "b2", None])
    W("insert(_ crl:)", 0, ["crl-0", "CN=QCA,O=Trust", None, "2026-11-20T12:00:00Z", None, "qca.crl", "b1",
                            '{"delta":false}'])
    W("insert(_ crl:)", 1, ["crl-1", "CN=QCA,O=Trust", "1a", "2026-11-21T10:30:00Z", "keyCompromise"])
    W("insert(_ crl:)", 1, ["crl-1", "CN=QCA,O=Trust", "2b", "2026-11-21T10:30:00Z", "certificateHold"])
    for f, at, dp in (("qca-b.crl", "2026-11-22T00:00:00Z", "http://x"), ("qca-a.crl", "2026-11-22T00:00:00Z", "http://x"),
                      ("qca.crl", "2026-11-21T13:00:00Z", "http://y")):
        W("insert(_ publication:)", 0, [f, "crl-1", at, ms(at), dp, "b2", "status/pub.jsonl", 1])
    for resp, at, txt in (("R2", "2026-11-22T01:00:00Z", "2026-11-22T01:00:00Z"),
                          ("R1", "2026-11-22T01:00:00Z", "2026-11-22T01:00:00.000Z")):
        W("insert(_ answer: OCSPLogEntry)", 0, ["CN=QCA,O=Trust", "1a", txt, ms(at), "revoked", "2026-11-21T10:30:00Z",
                                                "keyCompromise", resp, "b2", "status/ocsp.jsonl", None])
    for row in [("b2", "status/crl/qca.crl", "s1", 10, "crl"), ("b2", "status/ocsp.jsonl", "s2", 20, "ocsp"),
                ("b1", "documents/doc1.pdf", "s3", 30, "document"), ("b1", "documents/doc1.json", "s4", 5_000_000_000, "document")]:
        W("record(_ file:)", 0, list(row))
    W("record(_ file:)", 0, ["b2", "status/ocsp.jsonl", "s2x", 21, "ocsp"])  # replace
    W("insert(_ record: DocumentRecord)", 1, ["DOC-1", "cp_cps", "1", "2025-01-01T00:00:00Z", ms("2025-01-01T00:00:00Z"),
                                             None, None, "QCP-n QCP-l", "doc1.pdf", "s3", "c3", "b1", "documents/doc1.json"])
    W("insert(_ record: DocumentRecord)", 1, ["Doc-T", "terms", "1", "2025-01-01T00:00:00Z", ms("2025-01-01T00:00:00Z"),
                                             "2026-01-01T00:00:00Z", ms("2026-01-01T00:00:00Z"), "QCP-n", "t.pdf", "s5", "c5",
                                             "b1", "documents/t.json"])
    for e in [("X1", 1, "import", "2026-11-20T00:00:00Z", '{"id":"X1"}', "h1"), ("A0", 1, "import", "2026-11-20T00:00:00Z",
                                                                               '{"id":"A0"}', "h0")]:
        W("append(_ version:)", 0, list(e))
    for i, (iss, ser) in enumerate([A, B_, L]):
        W("markTouched", 0, ["b1", iss, ser])
        W("insert(_ bundle:)", 0, [iss, ser, 1, f"bags/{i}", f"tm{i}", "b1"])
        W("insert(_ bundle:)", 1, [iss, ser])
    W("touchCertificatesOfApplications", 0, ["b1"])
    W("insert(_ reject:)", 0, ["b1", "events/e.jsonl", 7, "invalidValue", "bad"])
    W("insert(_ reject:)", 0, ["b1", "events/e.jsonl", 7, "invalidValue", "bad"])

    # refreshOrigins(touchedIn: nil) then (touchedIn: b1)
    for fn, nth in (("originUpdates (refreshOrigins, migration 2)", 0), ("originUpdates (refreshOrigins, migration 2)", 1),
                    ("countUpdate (refreshOrigins, migration 6)", 0),
                    ("firstCertificateUpdate (refreshOrigins, migration 6)", 0)):
        for batch in (None, "b1"):
            lite = st(fn, nth, "sqlite")
            pg = dollar(st(fn, nth, "pg"))
            if batch is None:
                lite = re.sub(r"WHERE (certIssuer IS NULL AND )?\(?(issuer, serial\) IN|applicationId IN).*", r"WHERE \1?1 IS NULL", lite, flags=re.S)
                pg = re.sub(r"WHERE (certIssuer IS NULL AND )?\(?(issuer, serial\) IN|applicationId IN).*", r"WHERE \1$1::text IS NULL", pg, flags=re.S)
            b.run(fn, nth, [batch], lite_sql=lite, pg_sql=pg)

    # findings: insert, re-raise unchanged (0 rows), change state (1 row)
    f = ["rule-1", "CN=QCA,O=Trust", "1a", "A1", "k", "QCP-n", "major", "m", "e1\ne2", "2026-11-21T00:00:00Z",
         ms("2026-11-21T00:00:00Z"), "b1", "open", None]
    counts = []
    for state, by in (("open", None), ("open", None), ("resolved", "b2")):
        f[12], f[13] = state, by
        _, _, lc, pc = W("insert(_ finding:)", 0, list(f))
        counts.append((lc, pc))
    print("finding upsert changed-row counts (sqlite, pg):", counts)
    f2 = list(f); f2[0], f2[1], f2[2], f2[5], f2[12], f2[13] = "rule-0", "", "", None, "open", None
    W("insert(_ finding:)", 0, f2)

    reads = [
        ("batches", 0, []), ("batch(withDropDigest:)", 0, ["d1"]), ("batch(_:)", 0, ["b2"]),
        ("dropFiles(of:)", 0, ["b2"]), ("events(about:)", 0, list(A)), ("events(about:)", 0, list(B_)),
        ("eventsCarriedByNoBundle", 0, ["b1", "b1", "B0", "b1", "B0", "b1", "B0"], ["b1", text_array(["b1", "B0"])]),
        ("eventCount", 0, []), ("certificate(_:)", 0, list(A)), ("certificateCount", 0, []),
        ("document(_:)", 0, ["DOC-1"]), ("crlSHA256(fileName:)", 0, ["qca.crl"]),
        ("isListedOnEarlierCRL", 0, ["CN=QCA,O=Trust", "1a", "crl-0"]), ("exceptionVersions", 0, []),
        ("hasImportedException", 0, ["h1"]), ("crlListings(of:)", 0, list(A)), ("crlListings(of:)", 1, ["crl-1"]),
        ("ocspAnswers(about:)", 0, list(A)), ("qscdRecords", 0, ["QSCD-1"]),
        ("crls(of:listing:)", 0, ["1a", "CN=QCA,O=Trust"]), ("issuerUsesOCSP", 0, ["CN=QCA,O=Trust"]),
        ("issuerUsesCRL", 0, ["CN=QCB"]), ("applicationsWithoutCertificate", 0, ["b1"]),
        ("events(ofApplication:)", 0, ["A2"]), ("certificatesAffected(by:)", 0, ["b2"]),
        ("certificatesWithRevocationDeadline", 0, [ms("2026-11-21T00:00:00Z") // 1000, ms("2026-11-23T00:00:00Z") // 1000]),
        ("allCACertificates", 0, []), ("touchedCertificates", 0, ["b1"]), ("latestBundle(of:)", 0, list(A)),
        ("bundle(of:version:)", 0, list(A) + [1]), ("bundles(in:)", 0, ["b1"]), ("bundleCount", 0, []),
        ("forEachCertificateSummary", 0, [None, None, None, None, None, ms("2026-12-01T00:00:00Z")]),
        ("forEachCertificateSummary", 0, ["QCP-n", ms("2026-01-01T00:00:00Z"), ms("2026-01-02T00:00:00Z"),
                                          "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z", ms("2026-12-01T00:00:00Z")]),
        ("forEachRevocationTiming", 0, [None, None, None, None, None]),
        ("forEachQSCDExposure", 0, [None]), ("forEachStatusBeyondExpiry", 0, [ms("2026-12-01T00:00:00Z")]),
        ("coverage", 0, []), ("coverage", 1, []), ("forEachDocumentReference", 0, ["DOC-1"]),
        ("rejectCount", 0, []),
        ("certificatesWithEvents", 0, [None, None, None]),
        ("certificatesWithEvents", 0, ['["QCP-n","QNCP-w"]', ms("2026-01-01T00:00:00Z"), ms("2026-01-02T00:00:00Z")]),
        ("policy(of:)", 0, list(Q)), ("certificates(serial:)", 0, ["1a"]), ("statusFiles(about:)", 0, list(A)),
        ("documentIDs(governing:)", 0, list(A)), ("documentIDs(governing:)", 0, list(B_)),
        ("policyDocumentsInForce", 0, [None, None]), ("policyDocumentsInForce", 0, [ms("2026-06-01T00:00:00Z"), ms("2025-06-01T00:00:00Z")]),
        ("dropFiles(kind:)", 0, ["document"]), ("documentFiles", 0, ["DOC-1"]), ("batchSummaries", 0, []),
    ]
    differ = 0
    for fn, nth, lp, *pp in reads:
        l, p, _, _ = b.run(fn, nth, lp, pp[0] if pp else None)
        if fn == "forEachQSCDExposure":
            p = [r[:-1] for r in p]  # the ORDER BY column PostgreSQL needs in the DISTINCT list
        if fn in ("coverage", "batchSummaries"):  # no ORDER BY: Swift merges/sorts or keys by id
            l, p = sorted(l, key=repr), sorted(p, key=repr)
        same = l == p
        differ += not same
        print(("same  " if same else "DIFF  ") + f"{fn} {lp if len(str(lp)) < 60 else '…'}: {len(l)} row(s)")
        if not same:
            print("   sqlite:", l)
            print("   pg:    ", p)
    # the whole tables, in key order (what snapshot/differences would see), seq left out
    for t, key in (("auditCertificate", "issuer, serial"), ("documentUse", "documentId, timeMs, eventId, field"),
                   ("touched", "batchId, issuer, serial"), ("finding", "rule, issuer, serial, applicationId, findingKey"),
                   ("dropFile", "batchId, path")):
        l = [tuple(None if v is None else v if isinstance(v, bytes) else str(v) for v in r)
             for r in b.lite.execute(f"SELECT * FROM {t} ORDER BY {key}")]
        p, _ = b.pg.execute(f"SELECT * FROM {t} ORDER BY {key}")
        same = l == p
        differ += not same
        print(("same  " if same else "DIFF  ") + f"table {t}: {len(l)} row(s)")
        if not same:
            for x, y in zip(l, p):
                if x != y:
                    print("   sqlite:", x, "\n   pg:    ", y)
    print("differing:", differ)


main()
