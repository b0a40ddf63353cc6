#!/usr/bin/env python3
"""Self-check of the qcarchive samples (run by generate.py, or alone: python3 Samples/check.py).

It reads Samples/day1 and Samples/day2 the way SPEC.md describes the drop, independently of
generate.py's internals, and asserts:
  * the records it would reject are exactly Samples/expected/rejects.json, the exact repeats
    exactly Samples/expected/duplicates.json;
  * every accepted record's times are RFC 3339 UTC with Z;
  * a small reference evaluation of the lifecycle gates (SPEC.md table, with the readings written
    in README.md) yields exactly Samples/expected/violations.json, each on the day given;
  * every violation certificate/application exists in the drops;
  * with openssl on PATH: every end-entity certificate verifies against root + issuing CA, the
    good CRLs verify, the wrong-key CRL does not, and the text dump shows policies + qcStatements.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

HERE = Path(__file__).resolve().parent
UTC = dt.timezone.utc
TIME_RE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$")
POLICY_OID = {"QCP-n": "0.4.0.194112.1.0", "QCP-l": "0.4.0.194112.1.1", "QCP-n-qscd": "0.4.0.194112.1.2",
              "QCP-l-qscd": "0.4.0.194112.1.3", "QEVCP-w": "0.4.0.194112.1.4", "QNCP-w": "0.4.0.194112.1.5",
              "QNCP-w-gen": "0.4.0.194112.1.6"}
REQUIRED = {
    "application": ["application_id", "subject_id", "subject_type", "policy", "cp_cps_document", "certificate_usage",
                    "qualification_basis"],
    "registration": ["application_id", "evidence"],
    "approval": ["application_id", "decision", "approved_by"],
    "issuance": ["application_id", "certificate", "terms_document", "pds_document"],
    "subscriber_agreement": ["terms_document"],
    "renewal": ["certificate", "predecessor", "application_id"],
    "rekey": ["certificate", "predecessor", "application_id"],
    "modification": ["certificate", "predecessor", "application_id"],
    "qscd_verification": ["application_id", "certification_id", "key_generated_in_qscd"],
    "suspension": ["certificate"],
    "suspension_lifted": ["certificate"],
    "revocation_request": ["certificate", "request_id", "requester", "authenticated", "received_at"],
    "revocation": ["certificate", "request_id", "reason", "revoked_at"],
}
TIME_FIELDS = ("time", "received_at", "revoked_at", "produced_at", "revocation_time", "published_at", "from", "to",
               "effective_from", "effective_to")
CUTOFF = {"day1": "2026-11-20T23:59:59Z", "day2": "2026-11-21T23:59:59Z"}


def T(s: str) -> dt.datetime:
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def spki(cert) -> bytes:
    return cert.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)


# --------------------------------------------------------------------------- tiny DER reader (qcStatements)

def der_read(b: bytes, i: int = 0):
    tag = b[i]
    n = b[i + 1]
    j = i + 2
    if n & 0x80:
        k = n & 0x7F
        n = int.from_bytes(b[j:j + k], "big")
        j += k
    return tag, b[j:j + n], j + n


def der_children(content: bytes):
    i, out = 0, []
    while i < len(content):
        tag, val, i = der_read(content, i)
        out.append((tag, val))
    return out


def oid_str(val: bytes) -> str:
    arcs, v = [], 0
    for byte in val:
        v = (v << 7) | (byte & 0x7F)
        if not byte & 0x80:
            arcs.append(v)
            v = 0
    first = arcs[0]
    a, b = (first // 40, first % 40) if first < 80 else (2, first - 80)
    return ".".join(map(str, [a, b] + arcs[1:]))


def qc_statements(cert) -> dict:
    try:
        ext = cert.extensions.get_extension_for_oid(x509.ObjectIdentifier("1.3.6.1.5.5.7.1.3"))
    except x509.ExtensionNotFound:
        return {}
    tag, content, _ = der_read(ext.value.value)
    assert tag == 0x30
    out = {}
    for tag, st in der_children(content):
        kids = der_children(st)
        sid = oid_str(kids[0][1])
        out[sid] = kids[1] if len(kids) > 1 else None
    return out


def qc_types(cert) -> list[str]:
    st = qc_statements(cert).get("0.4.0.1862.1.6")
    if not st:
        return []
    names = {"0.4.0.1862.1.6.1": "esign", "0.4.0.1862.1.6.2": "eseal", "0.4.0.1862.1.6.3": "web"}
    return [names.get(oid_str(v), oid_str(v)) for _t, v in der_children(st[1])]


def cert_policies(cert) -> list[str]:
    try:
        cp = cert.extensions.get_extension_for_class(x509.CertificatePolicies).value
    except x509.ExtensionNotFound:
        return []
    return [p.policy_identifier.dotted_string for p in cp]


def key_bits(cert) -> tuple[str, int]:
    k = cert.public_key()
    if isinstance(k, rsa.RSAPublicKey):
        return "RSA", k.key_size
    assert isinstance(k, ec.EllipticCurvePublicKey)
    return "EC", k.curve.key_size


# --------------------------------------------------------------------------- the reference importer

class Archive:
    def __init__(self):
        self.events = {}          # event_id -> rec
        self.event_raw = {}       # event_id -> parsed content (for conflict detection)
        self.certs = {}           # (issuer, serial) -> x509
        self.cas = {}             # dn -> x509
        self.docs = {}
        self.crls = {}            # (day, file name) -> parsed CRL
        self.publications = []
        self.ocsp = []
        self.qscd = []
        self.exceptions = []
        self.rejects = []
        self.duplicates = []


def lines_of(path: Path):
    data = path.read_bytes()
    parts = data.split(b"\n")
    if parts and parts[-1] == b"":
        parts.pop()
    return parts


def bad_time(rec) -> bool:
    for k in TIME_FIELDS:
        if k in rec and isinstance(rec[k], str) and not TIME_RE.match(rec[k]):
            return True
    return False


def read_jsonl(ar: Archive, day: str, root: Path, rel: str, validate):
    out = []
    for n, raw in enumerate(lines_of(root / rel), start=1):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            ar.rejects.append({"day": day, "file": rel, "line": n, "reason_class": "bad_utf8"})
            continue
        try:
            rec = json.loads(text)
            assert isinstance(rec, dict)
        except Exception:
            ar.rejects.append({"day": day, "file": rel, "line": n, "reason_class": "bad_json"})
            continue
        reason = validate(rec)
        if reason:
            ar.rejects.append({"day": day, "file": rel, "line": n, "reason_class": reason})
            continue
        out.append((n, rec))
    return out


def validate_event(rec):
    for k in ("event_id", "type", "time"):
        if k not in rec:
            return "missing_field"
    if rec["type"] not in REQUIRED:
        return "unknown_type"
    for k in REQUIRED[rec["type"]]:
        if k not in rec:
            return "missing_field"
    if rec["type"] == "subscriber_agreement" and "certificate" not in rec and "application_id" not in rec:
        return "missing_field"
    if bad_time(rec):
        return "non_utc_time"
    if rec["type"] == "application" and rec["policy"] not in POLICY_OID:
        return "unknown_policy"
    return None


def need(*keys):
    def v(rec):
        for k in keys:
            if k not in rec:
                return "missing_field"
        if bad_time(rec):
            return "non_utc_time"
        return None
    return v


def load_cert(data: bytes):
    if data.lstrip().startswith(b"-----BEGIN"):
        return x509.load_pem_x509_certificate(data)
    return x509.load_der_x509_certificate(data)


def import_drop(ar: Archive, day: str):
    root = HERE / day
    for p in sorted((root / "events").glob("*.jsonl")):
        rel = f"events/{p.name}"
        for n, rec in read_jsonl(ar, day, root, rel, validate_event):
            eid = rec["event_id"]
            if eid in ar.events:
                if ar.event_raw[eid] == rec:
                    ar.duplicates.append({"day": day, "file": rel, "line": n, "event_id": eid})
                else:
                    ar.rejects.append({"day": day, "file": rel, "line": n, "reason_class": "conflicting_event_id"})
                continue
            ar.events[eid] = rec
            ar.event_raw[eid] = rec
    for p in sorted((root / "certificates/ca").iterdir()):
        c = load_cert(p.read_bytes())
        ar.cas[c.subject.rfc4514_string()] = c
    for p in sorted((root / "certificates").iterdir()):
        if p.is_dir():
            continue
        try:
            c = load_cert(p.read_bytes())
        except Exception:
            ar.rejects.append({"day": day, "file": f"certificates/{p.name}", "line": None, "reason_class": "bad_certificate"})
            continue
        ar.certs[(c.issuer.rfc4514_string(), format(c.serial_number, "x"))] = c
    for p in sorted((root / "documents").glob("*.json")):
        m = json.loads(p.read_bytes())
        assert not need("document_id", "kind", "version", "effective_from", "policies", "file", "sha256")(m), p
        f = root / "documents" / m["file"]
        if hashlib.sha256(f.read_bytes()).hexdigest() != m["sha256"]:
            ar.rejects.append({"day": day, "file": f"documents/{p.name}", "line": None, "reason_class": "document_hash_mismatch"})
            continue
        ar.docs[m["document_id"]] = m
    for p in sorted((root / "status/crl").glob("*.crl")):
        data = p.read_bytes()
        try:
            crl = (x509.load_pem_x509_crl(data) if data.startswith(b"-----BEGIN") else x509.load_der_x509_crl(data))
            _ = list(crl)
        except Exception:
            ar.rejects.append({"day": day, "file": f"status/crl/{p.name}", "line": None, "reason_class": "bad_crl"})
            continue
        ca = ar.cas[crl.issuer.rfc4514_string()]
        if not crl.is_signature_valid(ca.public_key()):
            ar.rejects.append({"day": day, "file": f"status/crl/{p.name}", "line": None, "reason_class": "crl_signature"})
            continue
        ar.crls[(day, p.name)] = crl
    for n, rec in read_jsonl(ar, day, root, "status/crl-publications.jsonl", need("crl", "published_at", "distribution_point")):
        crl = ar.crls[(day, rec["crl"])]
        entries = {format(r.serial_number, "x"): r for r in crl}
        ar.publications.append({"issuer": crl.issuer.rfc4514_string(), "published_at": T(rec["published_at"]),
                                "this_update": crl.last_update_utc, "serials": set(entries),
                                "reasons": {s: r.extensions.get_extension_for_class(x509.CRLReason).value.reason.value
                                            for s, r in entries.items()}})
    for p in sorted((root / "status/ocsp").glob("*.jsonl")):
        for n, rec in read_jsonl(ar, day, root, f"status/ocsp/{p.name}",
                                 need("produced_at", "issuer", "serial", "status", "responder")):
            ar.ocsp.append(rec)
    for p in sorted((root / "qscd").glob("*.jsonl")):
        for n, rec in read_jsonl(ar, day, root, f"qscd/{p.name}", need("certification_id", "model", "status", "from")):
            ar.qscd.append(rec)
    if (root / "exceptions").is_dir():
        for p in sorted((root / "exceptions").glob("*.json")):
            e = json.loads(p.read_bytes())
            assert e["source_type"] != "en-319-411-2"
            for k in ("source_type", "citation", "obligation"):
                assert k in e, (p, k)
            ar.exceptions.append(e)


# --------------------------------------------------------------------------- reference gate evaluation

def in_force(doc, t):
    return T(doc["effective_from"]) <= t and ("effective_to" not in doc or t < T(doc["effective_to"]))


def evaluate(ar: Archive, asof: dt.datetime) -> set[tuple]:
    ev = sorted(ar.events.values(), key=lambda r: (r["time"], r["event_id"]))
    by_type = {}
    for r in ev:
        by_type.setdefault(r["type"], []).append(r)
    apps = {r["application_id"]: r for r in by_type.get("application", [])}
    per_app = lambda typ, a: [r for r in by_type.get(typ, []) if r.get("application_id") == a]
    key = lambda ref: (ref["issuer"], ref["serial"])
    issuance = {key(r["certificate"]): r for r in by_type.get("issuance", [])}
    cert_app = {k: r["application_id"] for k, r in issuance.items()}
    revs = {key(r["certificate"]): r for r in by_type.get("revocation", [])}
    F = set()

    def add(rule, k=None, app=None):
        if k is not None and app is None:
            app = cert_app.get(k)
        F.add((rule, k[0] if k else None, k[1] if k else None, app))

    def cert_of_app(a):
        return next((k for k, r in issuance.items() if r["application_id"] == a), None)

    # application-level
    for a, r in apps.items():
        k = cert_of_app(a)
        d = ar.docs.get(r["cp_cps_document"])
        if not d or d["kind"] not in ("cp", "cps", "cp_cps") or r["policy"] not in d["policies"]:
            add("POL-001", k, a)
        fam = {"natural_person": ("QCP-n", "QCP-n-qscd"), "legal_person": ("QCP-l", "QCP-l-qscd"),
               "website": ("QEVCP-w", "QNCP-w", "QNCP-w-gen")}[r["subject_type"]]
        if r["policy"] not in fam:
            add("POL-002", k, a)

    # issuance-level
    for k, iss in issuance.items():
        a = iss["application_id"]
        t = T(iss["time"])
        cert = ar.certs.get(k)
        app = apps.get(a)
        regs = per_app("registration", a)
        apprs = per_app("approval", a)
        if not (app and regs and apprs and cert):
            add("REC-001", k, a)
        if not app or not cert:
            continue
        kinds = {e["kind"] for r in regs if T(r["time"]) < t for e in r["evidence"]}
        st = app["subject_type"]
        ok = {"natural_person": "identity" in kinds,
              "legal_person": {"legal_identity", "authorized_representative"} <= kinds,
              "website": bool(kinds & {"identity", "legal_identity"}) and "domain_control" in kinds}[st]
        if not ok:
            add("REG-001", k, a)
        if app.get("key_generation") == "subscriber" and "proof_of_possession" not in kinds:
            add("REG-002", k, a)
        if not any(r["decision"] == "approved" and T(r["time"]) < t for r in apprs):
            add("APP-001", k, a)
        if POLICY_OID[app["policy"]] not in cert_policies(cert):
            add("ISS-001", k, a)
        qcs = qc_statements(cert)
        if "0.4.0.1862.1.1" not in qcs:
            add("ISS-002", k, a)
        if ("0.4.0.1862.1.4" in qcs) != app["policy"].endswith("-qscd"):
            add("ISS-003", k, a)
        if qc_types(cert) != [{"natural_person": "esign", "legal_person": "eseal", "website": "web"}[st]]:
            add("ISS-004", k, a)
        for field, kind in (("terms_document", "terms"), ("pds_document", "pds")):
            d = ar.docs.get(iss[field])
            if not d or d["kind"] != kind or not in_force(d, t) or app["policy"] not in d["policies"]:
                add("ISS-005", k, a)
        if "spki_sha256" in app and hashlib.sha256(spki(cert)).hexdigest() != app["spki_sha256"]:
            add("ISS-006", k, a)
        if app["policy"].endswith("-qscd"):
            qv = [r for r in per_app("qscd_verification", a) if T(r["time"]) < t]
            good = False
            for r in qv:
                status = qscd_status(ar, r["certification_id"], t)
                if status == "certified" and r["key_generated_in_qscd"] is True:
                    good = True
            if not good:
                add("QSC-001", k, a)
            for r in qv:
                for q in ar.qscd:
                    if q["certification_id"] == r["certification_id"] and q["status"] in ("withdrawn", "expired"):
                        tq = T(q["from"])
                        if tq <= asof and cert.not_valid_before_utc <= tq < cert.not_valid_after_utc and not (
                                k in revs and T(revs[k]["revoked_at"]) <= tq):
                            add("QSC-002", k, a)

    # renewal / re-key / modification (findings concern the new certificate)
    for typ in ("renewal", "rekey", "modification"):
        for r in by_type.get(typ, []):
            k, p = key(r["certificate"]), key(r["predecessor"])
            new, old = ar.certs[k], ar.certs[p]
            a = r["application_id"]
            same_key = spki(new) == spki(old)
            compromised = r.get("key_compromise_known") is True or (p in revs and revs[p]["reason"] == "keyCompromise")
            if compromised:
                add("REN-002", k, a)
            if typ == "renewal":
                if not same_key:
                    add("REN-001", k, a)
                kt, bits = key_bits(new)
                if (kt == "RSA" and bits < 2048) or (kt == "EC" and bits < 256):
                    add("REN-003", k, a)
            if typ == "rekey":
                agreed = r.get("subscriber_agreement") is True or any(
                    s.get("application_id") == a or (s.get("certificate") and key(s["certificate"]) == k)
                    for s in by_type.get("subscriber_agreement", []))
                if same_key or not agreed:
                    add("RKY-001", k, a)
            if typ == "modification":
                if not same_key or not r.get("changed_attributes") or not r.get("attributes_verified_by"):
                    add("MOD-001", k, a)

    # revocation
    for rq in by_type.get("revocation_request", []):
        k = key(rq["certificate"])
        if rq["authenticated"] is not True:
            add("REV-001", k)
        deadline = T(rq["received_at"]) + dt.timedelta(hours=24)
        pubs = [p["published_at"] for p in ar.publications if p["issuer"] == k[0] and k[1] in p["serials"]
                and p["reasons"][k[1]] != "certificateHold"]
        ocsp = [T(o["produced_at"]) for o in ar.ocsp if (o["issuer"], o["serial"]) == k and o["status"] == "revoked"
                and o.get("revocation_reason") != "certificateHold"]
        for firsts in (pubs, ocsp):
            first = min(firsts) if firsts else None
            if (first is None and asof > deadline) or (first is not None and first > deadline):
                add("REV-002", k)
    for k, r in revs.items():
        ra = T(r["revoked_at"])
        cert = ar.certs[k]
        na = cert.not_valid_after_utc
        if any((o["issuer"], o["serial"]) == k and o["status"] == "good" and T(o["produced_at"]) > ra for o in ar.ocsp):
            add("REV-003", k)
        for p in ar.publications:
            for when in (p["published_at"], p["this_update"]):  # both readings of "later" must agree
                if p["issuer"] == k[0] and when > ra and p["published_at"] <= na and k[1] not in p["serials"]:
                    add("REV-003", k)
        if na < asof:
            listed = any(p["issuer"] == k[0] and p["published_at"] > na and k[1] in p["serials"] for p in ar.publications)
            said = any((o["issuer"], o["serial"]) == k and o["status"] == "revoked" and T(o["produced_at"]) > na
                       for o in ar.ocsp)
            if not (listed or said):
                add("REV-004", k)
    # certificates present as files but never issued through an event
    for k in ar.certs:
        if k not in issuance:
            add("REC-001", k, None)
    return F


def qscd_status(ar: Archive, cid: str, t: dt.datetime):
    """Status at t: among records whose [from, to) contains t, the one with the latest `from`."""
    cands = [q for q in ar.qscd if q["certification_id"] == cid and T(q["from"]) <= t
             and ("to" not in q or t < T(q["to"]))]
    if not cands:
        return None
    return max(cands, key=lambda q: q["from"])["status"]


# --------------------------------------------------------------------------- sanity assertions on the design

def design_asserts(ar: Archive):
    # no revocation/suspension falls between a CRL's thisUpdate and its publication (so "later CRL"
    # means the same by thisUpdate or by published_at)
    times = [(key["certificate"]["issuer"], T(key.get("revoked_at") or key["time"]))
             for key in ar.events.values() if key["type"] in ("revocation", "suspension", "suspension_lifted")]
    for issuer, t in times:
        for p in ar.publications:
            assert not (p["issuer"] == issuer and p["this_update"] < t < p["published_at"]), (issuer, t)
    # every accepted time field is UTC with Z
    for coll in (ar.events.values(), ar.ocsp, ar.qscd, ar.docs.values()):
        for rec in coll:
            for k in TIME_FIELDS:
                if k in rec:
                    assert TIME_RE.match(rec[k]), (k, rec)


# --------------------------------------------------------------------------- openssl checks

def openssl_checks():
    if not shutil.which("openssl"):
        print("check: openssl not found, skipping openssl checks")
        return
    cast = json.loads((HERE / "expected/cast.json").read_text())
    ca_dir = HERE / "day1/certificates/ca"
    with tempfile.TemporaryDirectory() as td:
        td = Path(td)
        root = ca_dir / "example-root-ca.pem"
        chain = {}
        for code, f in (("qca", "example-qualified-ca.pem"), ("qwca", "example-qualified-web-ca.der"),
                        ("qlca", "example-qualified-ca-liege.pem")):
            pem = td / f"{code}.pem"
            data = (ca_dir / f).read_bytes()
            pem.write_bytes(load_cert(data).public_bytes(serialization.Encoding.PEM))
            chain[load_cert(data).subject.rfc4514_string()] = pem
        for c in cast["certificates"]:
            path = HERE / c["file"]
            form = "DER" if path.suffix == ".der" else "PEM"
            pem = td / "ee.pem"
            subprocess.run(["openssl", "x509", "-inform", form, "-in", str(path), "-out", str(pem)], check=True)
            at = int(T(c["not_before"]).timestamp()) + 3600
            r = subprocess.run(["openssl", "verify", "-attime", str(at), "-CAfile", str(root), "-untrusted",
                                str(chain[c["issuer"]]), str(pem)], capture_output=True, text=True)
            assert r.returncode == 0 and r.stdout.strip().endswith("OK"), (c["label"], r.stdout, r.stderr)
            text = subprocess.run(["openssl", "x509", "-in", str(pem), "-noout", "-text"], capture_output=True,
                                  text=True, check=True).stdout
            assert "X509v3 Certificate Policies" in text and ("qcStatements" in text or "1.3.6.1.5.5.7.1.3" in text), c["label"]
        n_good = n_bad = 0
        for day in ("day1", "day2"):
            for p in sorted((HERE / day / "status/crl").glob("*.crl")):
                data = p.read_bytes()
                form = "PEM" if data.startswith(b"-----BEGIN") else "DER"
                issuer = None
                try:
                    crl = x509.load_pem_x509_crl(data) if form == "PEM" else x509.load_der_x509_crl(data)
                    issuer = crl.issuer.rfc4514_string()
                except Exception:
                    pass
                cafile = td / "cafile.pem"
                cafile.write_bytes(root.read_bytes() + b"".join(c.read_bytes() for c in chain.values()))
                r = subprocess.run(["openssl", "crl", "-in", str(p), "-inform", form, "-CAfile", str(cafile), "-noout"],
                                   capture_output=True, text=True)
                ok = r.returncode == 0 and "verify OK" in (r.stdout + r.stderr)
                expect_ok = issuer is not None and not p.name.startswith("qca-20261121T0800Z")
                assert ok == expect_ok, (p, r.stdout, r.stderr)
                n_good += ok
                n_bad += not ok
    print(f"check: openssl verify OK for {len(cast['certificates'])} certificates; "
          f"{n_good} CRLs verify, {n_bad} fail as intended")


# --------------------------------------------------------------------------- main

def main():
    exp_rejects = json.loads((HERE / "expected/rejects.json").read_text())
    exp_viol = json.loads((HERE / "expected/violations.json").read_text())
    exp_dups = json.loads((HERE / "expected/duplicates.json").read_text())

    ar = Archive()
    import_drop(ar, "day1")
    f1 = evaluate(ar, T(CUTOFF["day1"]))
    import_drop(ar, "day2")
    f2 = evaluate(ar, T(CUTOFF["day2"]))
    design_asserts(ar)

    key = lambda r: (r["day"], r["file"], r["line"] or 0, r["reason_class"])
    got = sorted(ar.rejects, key=key)
    want = sorted(exp_rejects, key=key)
    assert got == want, "rejects differ:\n got  " + "\n      ".join(map(str, got)) + "\n want " + "\n      ".join(map(str, want))
    assert [(d["day"], d["file"], d["line"], d["event_id"]) for d in ar.duplicates] == \
           [(d["day"], d["file"], d["line"], d["event_id"]) for d in exp_dups], ar.duplicates

    # Findings follow the evidence: one raised on day 1 whose condition no longer holds on day 2 is
    # resolved by day 2 (a CRL published in time but delivered late); none is ever dropped.
    found = [{"rule": r, "issuer": i, "serial": s, "application_id": a, "day": "day1" if (r, i, s, a) in f1 else "day2",
              "state": "open" if (r, i, s, a) in f2 else "resolved",
              "resolved_day": None if (r, i, s, a) in f2 else "day2"}
             for (r, i, s, a) in f1 | f2]
    vk = lambda v: (v["day"], v["rule"], v["application_id"], v["serial"] or "")
    found.sort(key=vk)
    want_v = sorted(exp_viol, key=vk)
    assert found == want_v, "findings differ:\n got  " + "\n      ".join(map(str, found)) + \
        "\n want " + "\n      ".join(map(str, want_v))

    apps = {r["application_id"] for r in ar.events.values() if r["type"] == "application"}
    for v in exp_viol:
        assert v["application_id"] in apps, v
        if v["serial"]:
            assert (v["issuer"], v["serial"]) in ar.certs, v
    readme = HERE / "README.md"
    if readme.exists():
        text = readme.read_text(encoding="utf-8")
        cast = json.loads((HERE / "expected/cast.json").read_text())
        missing = [c["label"] for c in cast["certificates"] if c["serial"] not in text or c["label"] not in text]
        assert not missing, f"README.md does not list: {missing} (regenerate its tables)"
    rules = {v["rule"] for v in exp_viol}
    all_rules = {"POL-001", "POL-002", "REG-001", "REG-002", "APP-001", "ISS-001", "ISS-002", "ISS-003", "ISS-004",
                 "ISS-005", "ISS-006", "REN-001", "REN-002", "REN-003", "RKY-001", "MOD-001", "QSC-001", "QSC-002",
                 "REV-001", "REV-002", "REV-003", "REV-004", "REC-001"}
    assert rules == all_rules, all_rules - rules
    types = {r["type"] for r in ar.events.values()}
    assert types == set(REQUIRED), set(REQUIRED) - types
    pols = {r["policy"] for r in ar.events.values() if r["type"] == "application"}
    assert pols == set(POLICY_OID), set(POLICY_OID) - pols
    print(f"check: {len(ar.events)} events, {len(ar.certs)} end-entity certificates, {len(ar.publications)} CRL "
          f"publications, {len(ar.ocsp)} OCSP answers; {len(ar.rejects)} rejects, {len(ar.duplicates)} duplicate, "
          f"{len(found)} findings - all as expected")
    openssl_checks()


if __name__ == "__main__":
    main()
