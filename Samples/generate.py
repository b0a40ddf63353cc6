#!/usr/bin/env python3
"""Deterministic generator for the qcarchive sample drops.

Writes (deleting what was there):
  Samples/day1/, Samples/day2/          two nightly drops in SPEC.md's layout
  Samples/expected/violations.json      every deliberate lifecycle-gate finding
  Samples/expected/rejects.json         every deliberate bad record
  Samples/expected/duplicates.json      records that are exact repeats (not rejects)
  Samples/expected/cast.json            label -> issuer/serial/policy/... of every certificate

Run from anywhere:  python3 Samples/generate.py
Python 3.11 + the `cryptography` package only. Two runs give byte-identical output:
EC keys are derived from labels, ECDSA signatures are deterministic (RFC 6979), RSA keys
come from seeded primes and PKCS#1 v1.5 signatures are deterministic, every date is fixed.
At the end it runs Samples/check.py (re-reads the drops, re-derives rejects and findings).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import math
import random
import shutil
import sys
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import (
    AuthorityInformationAccessOID,
    ExtendedKeyUsageOID,
    NameOID,
    ObjectIdentifier,
)

HERE = Path(__file__).resolve().parent
UTC = dt.timezone.utc


# --------------------------------------------------------------------------- time helpers

def T(s: str) -> dt.datetime:
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def Z(t: dt.datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def D(**kw) -> dt.timedelta:
    return dt.timedelta(**kw)


def sha256hex(b: bytes) -> str:
    return hashlib.sha256(b).hexdigest()


DAY_START = {1: T("2026-11-20T00:00:00Z"), 2: T("2026-11-21T00:00:00Z")}
CUTOFF = {1: T("2026-11-20T23:59:59Z"), 2: T("2026-11-21T23:59:59Z")}


def day_of(t: dt.datetime) -> int:
    """Which drop a record timed `t` travels in: everything up to day 1's cutoff is in day1
    (day1 is the first batch and carries the whole earlier history), the rest in day2."""
    if t <= CUTOFF[1]:
        return 1
    assert t <= CUTOFF[2], t
    return 2


# --------------------------------------------------------------------------- tiny DER encoder

def _der_len(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def tlv(tag: int, content: bytes) -> bytes:
    return bytes([tag]) + _der_len(len(content)) + content


def der_seq(*items: bytes) -> bytes:
    return tlv(0x30, b"".join(items))


def der_oid(dotted: str) -> bytes:
    arcs = [int(x) for x in dotted.split(".")]
    out = b""
    for v in [arcs[0] * 40 + arcs[1]] + arcs[2:]:
        chunk = [v & 0x7F]
        v >>= 7
        while v:
            chunk.append(0x80 | (v & 0x7F))
            v >>= 7
        out += bytes(reversed(chunk))
    return tlv(0x06, out)


def der_int(n: int) -> bytes:
    assert n >= 0
    b = n.to_bytes(n.bit_length() // 8 + 1, "big")  # always room for a 0 sign bit
    while len(b) > 1 and b[0] == 0 and b[1] < 0x80:
        b = b[1:]
    return tlv(0x02, b)


def der_ia5(s: str) -> bytes:
    return tlv(0x16, s.encode("ascii"))


def der_printable(s: str) -> bytes:
    return tlv(0x13, s.encode("ascii"))


# --------------------------------------------------------------------------- OIDs and names

POLICY_OID = {
    "QCP-n": "0.4.0.194112.1.0",
    "QCP-l": "0.4.0.194112.1.1",
    "QCP-n-qscd": "0.4.0.194112.1.2",
    "QCP-l-qscd": "0.4.0.194112.1.3",
    "QEVCP-w": "0.4.0.194112.1.4",
    "QNCP-w": "0.4.0.194112.1.5",
    "QNCP-w-gen": "0.4.0.194112.1.6",
}
ALL_POLICIES = list(POLICY_OID)
QCA_POLICIES = ["QCP-n", "QCP-l", "QCP-n-qscd", "QCP-l-qscd"]
WEB_POLICIES = ["QEVCP-w", "QNCP-w", "QNCP-w-gen"]

OID_QC_STATEMENTS = "1.3.6.1.5.5.7.1.3"
OID_QC_COMPLIANCE = "0.4.0.1862.1.1"
OID_QC_RETENTION = "0.4.0.1862.1.3"
OID_QC_SSCD = "0.4.0.1862.1.4"
OID_QC_PDS = "0.4.0.1862.1.5"
OID_QC_TYPE = "0.4.0.1862.1.6"
QC_TYPE_OID = {"esign": "0.4.0.1862.1.6.1", "eseal": "0.4.0.1862.1.6.2", "web": "0.4.0.1862.1.6.3"}
OID_PKIX_QC_SYNTAX_V2 = "1.3.6.1.5.5.7.11.2"
SEMANTICS_ID = {"natural_person": "0.4.0.194121.1.1", "legal_person": "0.4.0.194121.1.2"}
# CPS OIDs of the CAs: under 2.999 (the ITU-T/ISO "example" arc), so they can never clash.
CPS_OID = {"qca": "2.999.1.1.3", "qwca": "2.999.1.2.2", "qlca": "2.999.1.3.1"}
CABF_OID = {"QEVCP-w": "2.23.140.1.1", "QNCP-w": "2.23.140.1.2.2"}

ORG = "Example Trust Services SA"
PKI = "https://pki.trust.example"


def name(*pairs) -> x509.Name:
    return x509.Name([x509.NameAttribute(oid, val) for oid, val in pairs])


# --------------------------------------------------------------------------- keys

P256_N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
_KEYS: dict[str, object] = {}


def ec_key(label: str) -> ec.EllipticCurvePrivateKey:
    k = "ec/" + label
    if k not in _KEYS:
        d = int.from_bytes(hashlib.sha256(b"qcarchive-samples/" + label.encode()).digest(), "big")
        _KEYS[k] = ec.derive_private_key(d % (P256_N - 1) + 1, ec.SECP256R1())
    return _KEYS[k]


_SMALL_PRIMES = [p for p in range(3, 3000, 2) if all(p % q for q in range(3, int(p ** 0.5) + 1, 2))]


def _probable_prime(n: int, rng: random.Random, rounds: int = 24) -> bool:
    for p in _SMALL_PRIMES:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(rounds):
        x = pow(rng.randrange(2, n - 2), d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def _prime(bits: int, rng: random.Random) -> int:
    while True:
        c = rng.getrandbits(bits) | (3 << (bits - 2)) | 1
        if math.gcd(c - 1, 65537) == 1 and _probable_prime(c, rng):
            return c


def rsa_key(label: str, bits: int) -> rsa.RSAPrivateKey:
    k = f"rsa{bits}/{label}"
    if k not in _KEYS:
        rng = random.Random(label)
        p = _prime(bits // 2, rng)
        q = _prime(bits // 2, rng)
        while q == p:
            q = _prime(bits // 2, rng)
        if p < q:
            p, q = q, p
        e, n = 65537, p * q
        d = pow(e, -1, (p - 1) * (q - 1))
        _KEYS[k] = rsa.RSAPrivateNumbers(
            p, q, d, rsa.rsa_crt_dmp1(d, p), rsa.rsa_crt_dmq1(d, q), rsa.rsa_crt_iqmp(p, q),
            rsa.RSAPublicNumbers(e, n)).private_key()
    return _KEYS[k]


def make_key(label: str, kind: str):
    if kind == "ec":
        return ec_key(label)
    return rsa_key(label, int(kind.removeprefix("rsa")))


def spki_der(key) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.DER,
                                         serialization.PublicFormat.SubjectPublicKeyInfo)


def sign(builder, key):
    if isinstance(key, ec.EllipticCurvePrivateKey):
        return builder.sign(key, hashes.SHA256(), ecdsa_deterministic=True)
    return builder.sign(key, hashes.SHA256())  # RSA: PKCS#1 v1.5, deterministic


def serial_for(label: str) -> int:
    """12-byte positive serial, first byte 0x40..0x7f (no sign padding, no leading hex zero)."""
    b = hashlib.sha256(b"qcarchive-samples/serial/" + label.encode()).digest()[:12]
    return int.from_bytes(bytes([0x40 | (b[0] & 0x3F)]) + b[1:], "big")


# --------------------------------------------------------------------------- CAs

class CA:
    def __init__(self, code, cn, key, cert, crl_url, ocsp_url):
        self.code, self.cn, self.key, self.cert = code, cn, key, cert
        self.crl_url, self.ocsp_url = crl_url, ocsp_url
        self.dn = cert.subject.rfc4514_string()
        self.ski = cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value


def build_cas():
    root_key = rsa_key("example-root-ca", 3072)
    root_name = name((NameOID.COUNTRY_NAME, "BE"), (NameOID.ORGANIZATION_NAME, ORG),
                     (NameOID.COMMON_NAME, "Example Root CA"))
    root_ski = x509.SubjectKeyIdentifier.from_public_key(root_key.public_key())
    b = (x509.CertificateBuilder().subject_name(root_name).issuer_name(root_name)
         .public_key(root_key.public_key()).serial_number(serial_for("ca/root"))
         .not_valid_before(T("2020-01-01T00:00:00Z")).not_valid_after(T("2044-12-31T23:59:59Z"))
         .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
         .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
         .add_extension(root_ski, critical=False))
    root_cert = sign(b, root_key)
    root = CA("root", "Example Root CA", root_key, root_cert, "http://crl.trust.example/root.crl", None)

    def issuing(code, cn, label):
        key = ec_key(label)
        subj = name((NameOID.COUNTRY_NAME, "BE"), (NameOID.ORGANIZATION_NAME, ORG), (NameOID.COMMON_NAME, cn))
        b = (x509.CertificateBuilder().subject_name(subj).issuer_name(root_name)
             .public_key(key.public_key()).serial_number(serial_for("ca/" + code))
             .not_valid_before(T("2022-01-03T00:00:00Z")).not_valid_after(T("2034-01-02T23:59:59Z"))
             .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
             .add_extension(x509.KeyUsage(True, False, False, False, False, True, True, False, False), critical=True)
             .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
             .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(root_ski), critical=False)
             .add_extension(x509.CertificatePolicies([x509.PolicyInformation(ObjectIdentifier("2.5.29.32.0"), None)]), critical=False)
             .add_extension(x509.CRLDistributionPoints([x509.DistributionPoint(
                 [x509.UniformResourceIdentifier(root.crl_url)], None, None, None)]), critical=False)
             .add_extension(x509.AuthorityInformationAccess([x509.AccessDescription(
                 AuthorityInformationAccessOID.CA_ISSUERS, x509.UniformResourceIdentifier(f"{PKI}/ca/root.cer"))]), critical=False))
        cert = sign(b, root_key)
        return CA(code, cn, key, cert, f"http://crl.trust.example/{code}.crl", f"http://ocsp.trust.example/{code}")

    qca = issuing("qca", "Example Qualified CA", "example-qualified-ca")
    qwca = issuing("qwca", "Example Qualified Web CA", "example-qualified-web-ca")
    # a regional CA whose name is not ASCII: events name it in UTF-8, as rfc4514_string writes it
    qlca = issuing("qlca", "Example Qualified CA Li\u00e8ge", "example-qualified-ca-liege")
    return root, qca, qwca, qlca


ROOT, QCA, QWCA, QLCA = build_cas()
CAS = {"qca": QCA, "qwca": QWCA, "qlca": QLCA}
assert QCA.dn == "CN=Example Qualified CA,O=Example Trust Services SA,C=BE", QCA.dn
assert QWCA.dn == "CN=Example Qualified Web CA,O=Example Trust Services SA,C=BE", QWCA.dn
assert QLCA.dn == "CN=Example Qualified CA Li\u00e8ge,O=Example Trust Services SA,C=BE", QLCA.dn


# --------------------------------------------------------------------------- documents

DOCS = [
    # document_id, kind, version, from, to, policies, file, day, title
    ("cpcps-qca-v3.0", "cp_cps", "3.0", "2024-01-01T00:00:00Z", "2025-01-01T00:00:00Z", QCA_POLICIES, "cpcps-qca-v3.0.html", 1,
     "Certificate Policy and Certification Practice Statement - Example Qualified CA"),
    ("cpcps-qca-v3.1", "cp_cps", "3.1", "2025-01-01T00:00:00Z", "2026-07-01T00:00:00Z", QCA_POLICIES, "cpcps-qca-v3.1.html", 1,
     "Certificate Policy and Certification Practice Statement - Example Qualified CA"),
    ("cpcps-qca-v3.2", "cp_cps", "3.2", "2026-07-01T00:00:00Z", None, QCA_POLICIES, "cpcps-qca-v3.2.html", 1,
     "Certificate Policy and Certification Practice Statement - Example Qualified CA"),
    ("cp-qwca-v2.0", "cp", "2.0", "2024-01-01T00:00:00Z", None, WEB_POLICIES, "cp-qwca-v2.0.html", 1,
     "Certificate Policy - Example Qualified Web CA"),
    ("cps-qwca-v2.0", "cps", "2.0", "2024-01-01T00:00:00Z", "2026-04-01T00:00:00Z", WEB_POLICIES, "cps-qwca-v2.0.html", 1,
     "Certification Practice Statement - Example Qualified Web CA"),
    ("cps-qwca-v2.1", "cps", "2.1", "2026-04-01T00:00:00Z", None, WEB_POLICIES, "cps-qwca-v2.1.html", 1,
     "Certification Practice Statement - Example Qualified Web CA"),
    ("terms-v4", "terms", "4", "2024-01-01T00:00:00Z", "2025-01-01T00:00:00Z", ALL_POLICIES, "terms-v4.txt", 1,
     "Terms and Conditions for Qualified Certificates"),
    ("terms-v5", "terms", "5", "2025-01-01T00:00:00Z", "2026-09-01T00:00:00Z", ALL_POLICIES, "terms-v5.txt", 1,
     "Terms and Conditions for Qualified Certificates"),
    ("terms-v6", "terms", "6", "2026-09-01T00:00:00Z", None, ALL_POLICIES, "terms-v6.txt", 1,
     "Terms and Conditions for Qualified Certificates"),
    ("pds-en-v4", "pds", "4", "2024-01-01T00:00:00Z", "2026-03-01T00:00:00Z", ALL_POLICIES, "pds-en-v4.html", 1,
     "PKI Disclosure Statement (en)"),
    ("pds-en-v5", "pds", "5", "2026-03-01T00:00:00Z", None, ALL_POLICIES, "pds-en-v5.html", 1,
     "PKI Disclosure Statement (en)"),
    ("pds-fr-v5", "pds", "5", "2026-03-01T00:00:00Z", None, ALL_POLICIES, "pds-fr-v5.html", 1,
     "Declaration de divulgation PKI (fr)"),
    # day 2: an announced future terms version (valid) ...
    ("terms-v7", "terms", "7", "2027-01-01T00:00:00Z", None, ALL_POLICIES, "terms-v7.txt", 2,
     "Terms and Conditions for Qualified Certificates"),
    # ... and an announced CP/CPS whose metadata sha256 is that of an earlier draft (rejected)
    ("cpcps-qca-v3.3", "cp_cps", "3.3", "2027-01-01T00:00:00Z", None, QCA_POLICIES, "cpcps-qca-v3.3.html", 2,
     "Certificate Policy and Certification Practice Statement - Example Qualified CA"),
]
DOC = {d[0]: d for d in DOCS}
BAD_HASH_DOC = "cpcps-qca-v3.3"


def doc_body(d) -> bytes:
    did, kind, ver, frm, to, pols, fname, _day, title = d
    lang = "fr" if "-fr-" in did else "en"
    period = f"effective from {frm[:10]}" + (f" until {to[:10]} (exclusive)" if to else "")
    if fname.endswith(".txt"):
        return (f"{ORG}\n{title}\nVersion {ver}, {period}\nApplies to: {', '.join(pols)}\n\n"
                "1. The subscriber shall protect the private key and request revocation without delay\n"
                "   when it is compromised or the certificate content becomes inaccurate.\n"
                "2. Registration evidence is retained for the period stated in the CP/CPS.\n"
                "3. Sample document generated for qcarchive test data; not a real agreement.\n").encode()
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{title} v{ver}</title></head>\n'
            f"<body><h1>{title}</h1>\n<p>{ORG} &ndash; version {ver}, {period}.</p>\n"
            f"<p>Policies: {', '.join(pols)} (ETSI EN 319 411-2).</p>\n"
            "<p>Sample document generated for qcarchive test data; not a real policy.</p>\n</body></html>\n").encode()


def doc_meta(d, sha: str) -> dict:
    did, kind, ver, frm, to, pols, fname, _day, _t = d
    m = {"document_id": did, "kind": kind, "version": ver, "effective_from": frm}
    if to:
        m["effective_to"] = to
    m.update({"policies": pols, "file": fname, "sha256": sha})
    return m


def doc_in_force(kind: str, t: dt.datetime, policy: str, lang: str = "en") -> str:
    hits = [d[0] for d in DOCS if d[1] == kind and policy in d[5] and T(d[3]) <= t
            and (d[4] is None or t < T(d[4])) and d[0] != BAD_HASH_DOC
            and (kind != "pds" or f"-{lang}-" in d[0])]
    assert len(hits) == 1, (kind, t, policy, hits)
    return hits[0]


def cp_cps_in_force(ca: str, t: dt.datetime, policy: str, prefer: str) -> str:
    if ca in ("qca", "qlca"):  # the Liège CA operates under the Qualified CA's CP/CPS
        return doc_in_force("cp_cps", t, policy)
    if prefer == "cp":
        return doc_in_force("cp", t, policy)
    return doc_in_force("cps", t, policy)


# --------------------------------------------------------------------------- the cast

QSCD_MAIN = "QSCD-CERT-2022-017"      # smart card, certified throughout
QSCD_REMOTE = "QSCD-CERT-2023-042"    # remote HSM, withdrawn on day 2 (QSC-002 for nq-qsc002)
QSCD_TOKEN = "QSCD-CERT-2021-008"     # USB token, withdrawn on day 2, only an expired cert used it
QSCD_OLD = "QSCD-CERT-2019-003"       # expired 2024, nobody uses it

STORIES: list[dict] = []


def story(label, ca, policy, stype, who, t_app, **kw):
    s = dict(label=label, ca=ca, policy=policy, stype=stype, who=who, t_app=T(t_app))
    s.update(kw)
    STORIES.append(s)


def natural(gn, sn, pno, email):
    return {"kind": "natural", "gn": gn, "sn": sn, "pno": pno, "email": email}


def legal(org, vat, loc="Brussels"):
    return {"kind": "legal", "org": org, "vat": vat, "loc": loc}


def website(host, org, vat, ev=False, loc="Brussels", extra_hosts=()):
    return {"kind": "web", "host": host, "org": org, "vat": vat, "ev": ev, "loc": loc, "extra_hosts": list(extra_hosts)}


# ---- clean certificates of the Qualified CA
story("n-alice", "qca", "QCP-n", "natural_person", natural("Alice", "Dupont", "PNOBE-85031012345", "alice.dupont@mail.example"),
      "2025-03-10T08:30:00Z", keygen="subscriber", ra_site="BRU-01")
story("l-acme", "qca", "QCP-l", "legal_person", legal("ACME Logistics NV", "VATBE-0401234567", "Antwerpen"),
      "2025-06-02T09:00:00Z", keytype="rsa2048", keygen="subscriber", days=1095, sa_form="cert")
story("nq-bruno", "qca", "QCP-n-qscd", "natural_person", natural("Bruno", "Martin", "PNOBE-79120354321", "bruno.martin@mail.example"),
      "2026-02-14T10:00:00Z", qscd=QSCD_MAIN, ra_site="LGE-02")
story("lq-cityhall", "qca", "QCP-l-qscd", "legal_person", legal("Ville de Namur", "NTRBE-0207381234", "Namur"),
      "2025-11-05T13:00:00Z", qscd=QSCD_MAIN, days=1095)
story("n-carla-old", "qca", "QCP-n", "natural_person", natural("Carla", "Janssens", "PNOBE-90052267890", "carla.janssens@mail.example"),
      "2024-05-02T06:00:00Z")
story("n-carla-new", "qca", "QCP-n", "natural_person", None, "2026-11-20T07:00:00Z",
      link=("renewal", "n-carla-old"), key_of="n-carla-old")
story("n-david-old", "qca", "QCP-n", "natural_person", natural("David", "Peeters", "PNOBE-82071511223", "david.peeters@mail.example"),
      "2025-02-03T10:15:00Z")
story("n-david-new", "qca", "QCP-n", "natural_person", None, "2026-11-21T08:00:00Z",
      link=("rekey", "n-david-old"), link_extra={"subscriber_agreement": True}, sa_form="cert")
story("l-bakery-old", "qca", "QCP-l", "legal_person", legal("Boulangerie Lemaire SRL", "VATBE-0654321987", "Li\u00e8ge"),
      "2025-09-15T09:45:00Z")
story("l-bakery-new", "qca", "QCP-l", "legal_person", legal("Lemaire & Fils SRL", "VATBE-0654321987", "Li\u00e8ge"),
      "2026-11-20T09:30:00Z", link=("modification", "l-bakery-old"), key_of="l-bakery-old",
      link_extra={"changed_attributes": ["organizationName"], "attributes_verified_by": "ra-officer-dupuis"})
story("nq-elena", "qca", "QCP-n-qscd", "natural_person", natural("Elena", "Rossi", "PNOBE-88111933445", "elena.rossi@mail.example"),
      "2025-12-01T08:00:00Z", qscd=QSCD_MAIN)
story("l-oldco", "qca", "QCP-l", "legal_person", legal("OldCo Trading BV", "VATBE-0477889900", "Gent"),
      "2024-11-15T08:00:00Z")
story("n-frank", "qca", "QCP-n", "natural_person", natural("Frank", "Claes", "PNOBE-75030944556", "frank.claes@mail.example"),
      "2026-03-20T07:45:00Z")
story("lq-tokenco", "qca", "QCP-l-qscd", "legal_person", legal("TokenCo Industries NV", "VATBE-0422334455", "Mechelen"),
      "2024-09-20T07:00:00Z", qscd=QSCD_TOKEN)
story("n-gina", "qca", "QCP-n", "natural_person", natural("Gina", "Maes", "PNOBE-93040255667", "gina.maes@mail.example"),
      "2026-05-11T12:00:00Z", keygen="subscriber")

# ---- Qualified CA: one isolated violation each
story("l-pol002", "qca", "QCP-n", "legal_person", legal("\u00c9tude Notariale Collin SRL", "VATBE-0811223344", "Namur"),
      "2026-11-20T07:30:00Z", rule="POL-002")
story("l-reg001", "qca", "QCP-l", "legal_person", legal("Brasserie Vandamme NV", "VATBE-0733445566", "Brugge"),
      "2026-11-21T07:15:00Z", rule="REG-001", evidence_kinds=["legal_identity"])
story("n-reg002", "qca", "QCP-n", "natural_person", natural("Hugo", "Wouters", "PNOBE-86082166778", "hugo.wouters@mail.example"),
      "2026-11-20T08:00:00Z", rule="REG-002", keygen="subscriber", no_pop=True)
story("n-app001", "qca", "QCP-n", "natural_person", natural("In\u00e8s", "Lambert", "PNOBE-91121277889", "ines.lambert@mail.example"),
      "2026-11-21T08:30:00Z", rule="APP-001", approval_after_issuance=True)
story("l-iss001", "qca", "QCP-l", "legal_person", legal("Transport Maes BV", "VATBE-0755667788", "Hasselt"),
      "2026-11-20T09:00:00Z", rule="ISS-001", no_en_oid=True)
story("n-iss002", "qca", "QCP-n", "natural_person", natural("Jonas", "Dubois", "PNOBE-84061588990", "jonas.dubois@mail.example"),
      "2026-11-21T09:00:00Z", rule="ISS-002", no_qc_compliance=True)
story("l-iss003", "qca", "QCP-l", "legal_person", legal("Clinique Saint-Luc ASBL", "VATBE-0866778899", "Bouge"),
      "2026-11-20T10:00:00Z", rule="ISS-003", force_sscd=True)
story("n-iss005", "qca", "QCP-n", "natural_person", natural("Karin", "Mertens", "PNOBE-77092399001", "karin.mertens@mail.example"),
      "2026-11-20T11:00:00Z", rule="ISS-005", terms_override="terms-v5")
story("l-iss006", "qca", "QCP-l", "legal_person", legal("Datacentrum Gent NV", "VATBE-0788990011", "Gent"),
      "2026-11-21T09:30:00Z", rule="ISS-006", keygen="subscriber", spki_of="l-iss006-requested")
story("n-ren001-old", "qca", "QCP-n", "natural_person", natural("Luc", "Jacobs", "PNOBE-80010500112", "luc.jacobs@mail.example"),
      "2025-01-15T10:00:00Z")
story("n-ren001", "qca", "QCP-n", "natural_person", None, "2026-11-20T12:00:00Z",
      rule="REN-001", link=("renewal", "n-ren001-old"))  # new key on a "renewal"
story("l-ren002-old", "qca", "QCP-l", "legal_person", legal("Fintech Brussels SA", "VATBE-0799001122"),
      "2025-07-01T08:00:00Z")
story("l-ren002", "qca", "QCP-l", "legal_person", None, "2026-11-21T10:00:00Z",
      rule="REN-002", link=("renewal", "l-ren002-old"), key_of="l-ren002-old")
story("l-ren003-old", "qca", "QCP-l", "legal_person", legal("Legacy Archives SA", "VATBE-0400111222", "Charleroi"),
      "2024-12-02T08:00:00Z", keytype="rsa1024", keygen="ca")
story("l-ren003", "qca", "QCP-l", "legal_person", None, "2026-11-21T10:30:00Z",
      rule="REN-003", link=("renewal", "l-ren003-old"), key_of="l-ren003-old")
story("n-rky001-old", "qca", "QCP-n", "natural_person", natural("Marie", "Willems", "PNOBE-83020611223", "marie.willems@mail.example"),
      "2025-04-01T09:00:00Z")
story("n-rky001", "qca", "QCP-n", "natural_person", None, "2026-11-21T11:00:00Z",
      rule="RKY-001", link=("rekey", "n-rky001-old"), link_extra={"subscriber_agreement": False}, sa_form=None)
story("nq-qsc001", "qca", "QCP-n-qscd", "natural_person", natural("Nora", "Goossens", "PNOBE-92050722334", "nora.goossens@mail.example"),
      "2026-11-20T12:30:00Z", rule="QSC-001", qscd=QSCD_MAIN, qscd_key_in=False)
story("nq-qsc002", "qca", "QCP-n-qscd", "natural_person", natural("Oscar", "Hermans", "PNOBE-78100833445", "oscar.hermans@mail.example"),
      "2026-01-20T09:00:00Z", rule="QSC-002", qscd=QSCD_REMOTE)
story("n-rev001", "qca", "QCP-n", "natural_person", natural("Paul", "Michiels", "PNOBE-81070944556", "paul.michiels@mail.example"),
      "2025-10-06T08:20:00Z", rule="REV-001")
story("n-rev003", "qca", "QCP-n", "natural_person", natural("Quentin", "Lemmens", "PNOBE-87031055667", "quentin.lemmens@mail.example"),
      "2026-06-08T10:10:00Z", rule="REV-003")
story("l-rev004", "qca", "QCP-l", "legal_person", legal("Expo 2024 Organisers VZW", "VATBE-0433221100"),
      "2024-11-20T08:00:00Z", rule="REV-004")
story("n-rec001", "qca", "QCP-n", "natural_person", natural("Rita", "Verstraete", "PNOBE-89080466778", "rita.verstraete@mail.example"),
      "2026-11-21T12:00:00Z", rule="REC-001", no_registration=True)

# ---- Qualified Web CA
story("w-ev-shop", "qwca", "QEVCP-w", "website", website("www.shop.example", "Example Shop NV", "VATBE-0512345678", ev=True,
      extra_hosts=["shop.example"]), "2026-04-01T08:00:00Z", keytype="rsa2048", days=397, cp_pref="cp")
story("w-ncp-bank", "qwca", "QNCP-w", "website", website("www.bank.example", "Example Bank SA", "VATBE-0403199702"),
      "2026-08-12T09:00:00Z", days=397)
story("w-gen-api", "qwca", "QNCP-w-gen", "website", website("api.bank.example", "Example Bank SA", "VATBE-0403199702"),
      "2026-11-20T13:00:00Z", days=397, cp_pref="cp")
story("w-ev-mod-old", "qwca", "QEVCP-w", "website", website("www.insurer.example", "Example Insurer SA", "VATBE-0455667788", ev=True),
      "2026-02-10T10:00:00Z", days=397)
story("w-ev-mod", "qwca", "QEVCP-w", "website", website("www.insurer.example", "Example Assurances SA", "VATBE-0455667788", ev=True),
      "2026-11-21T12:30:00Z", days=397, rule="MOD-001", link=("modification", "w-ev-mod-old"), key_of="w-ev-mod-old",
      link_extra={"changed_attributes": ["organizationName"]})
story("w-iss004", "qwca", "QNCP-w", "website", website("portal.city.example", "Ville de Wavre", "NTRBE-0216688990", loc="Wavre"),
      "2026-11-20T14:00:00Z", days=397, rule="ISS-004", qctype_override="esign")
story("w-pol001", "qwca", "QEVCP-w", "website", website("www.pharma.example", "Example Pharma NV", "VATBE-0477112233", ev=True),
      "2026-11-21T13:00:00Z", days=397, rule="POL-001", cpcps_override="cpcps-qca-v3.2")
story("w-rev002", "qwca", "QNCP-w", "website", website("www.travel.example", "Example Travel BV", "VATBE-0566778800", loc="Leuven"),
      "2026-07-07T11:00:00Z", days=397, rule="REV-002")
story("w-ren-old", "qwca", "QNCP-w-gen", "website", website("mtls.energy.example", "Example Energy NV", "VATBE-0599887766"),
      "2025-12-15T08:00:00Z", days=397, cp_pref="cp")
story("w-ren-new", "qwca", "QNCP-w-gen", "website", None, "2026-11-21T14:00:00Z", days=397,
      link=("renewal", "w-ren-old"), key_of="w-ren-old", reused_validation=True)

# ---- Qualified CA Liège (non-ASCII issuer DN)
story("l-liege", "qlca", "QCP-l", "legal_person", legal("Universit\u00e9 de Li\u00e8ge", "NTRBE-0325777171", "Li\u00e8ge"),
      "2026-03-02T09:00:00Z", days=1095)
story("n-rev002-resolved", "qlca", "QCP-n", "natural_person",
      natural("Zo\u00e9", "Lejeune", "PNOBE-94022811334", "zoe.lejeune@mail.example"), "2026-05-04T08:00:00Z",
      rule="REV-002", resolved_day=2)

# application-only records (never issued)
APP_ONLY = [
    # pending application whose cp_cps_document points at a terms document: POL-001 (application only)
    dict(label="app-pol001", policy="QCP-n-qscd", stype="natural_person",
         who=natural("Sofia", "Leroy", "PNOBE-95060177889", "sofia.leroy@mail.example"),
         t_app=T("2026-11-21T15:00:00Z"), cpcps_override="terms-v6", rule="POL-001", registration=True, approval=None),
    # clean, rejected by the RA officer: no findings
    dict(label="app-rejected", policy="QCP-l-qscd", stype="legal_person",
         who=legal("Gemeente Leuven", "NTRBE-0207521004", "Leuven"),
         t_app=T("2026-11-20T17:30:00Z"), registration=True, approval="rejected"),
]

# revocations: label -> (request received_at, authenticated, requester, method, reason, revoked_at)
REVOCATIONS = {
    "l-oldco": ("2026-10-14T09:50:00Z", True, "legal representative", "qualified_signature", "cessationOfOperation", "2026-10-14T10:20:00Z"),
    "l-rev004": ("2026-11-20T01:30:00Z", True, "legal representative", "qualified_signature", "cessationOfOperation", "2026-11-20T01:45:00Z"),
    "nq-elena": ("2026-11-20T08:10:00Z", True, "subscriber", "qualified_signature", "superseded", "2026-11-20T08:25:00Z"),
    "n-rev001": ("2026-11-20T10:00:00Z", False, "e-mail from unverified sender", "none", "affiliationChanged", "2026-11-20T10:20:00Z"),
    "l-ren002-old": ("2026-11-20T15:00:00Z", True, "legal representative", "phone_callback_passphrase", "keyCompromise", "2026-11-20T15:10:00Z"),
    "n-rev003": ("2026-11-20T16:30:00Z", True, "subscriber", "qualified_signature", "privilegeWithdrawn", "2026-11-20T16:40:00Z"),
    # request on day 1, revoked late on day 2: CRL at exactly 24 h 00 s (clean edge)
    "n-gina": ("2026-11-20T14:30:00Z", True, "employer (sponsor)", "qualified_signature", "affiliationChanged", "2026-11-21T14:20:00Z"),
    # request on day 1, revoked late on day 2: CRL at 24 h + 1 s (REV-002)
    "w-rev002": ("2026-11-20T09:15:00Z", True, "legal representative", "qualified_signature", "cessationOfOperation", "2026-11-21T09:05:00Z"),
    # revoked at once, but the CRL listing it (published 37 min after the request) reaches the archive
    # only in day 2's drop: REV-002 "not seen by the deadline" on day 1, resolved by day 2's evidence
    "n-rev002-resolved": ("2026-11-19T21:00:00Z", True, "subscriber", "qualified_signature", "affiliationChanged", "2026-11-19T21:20:00Z"),
}
SUSPENSIONS = {"n-frank": ("2026-11-20T12:00:00Z", "2026-11-21T11:00:00Z")}
# the operator purged this expired entry from the CRL generator on day 1 (REV-004)
CRL_PURGED_AFTER_EXPIRY = {"l-rev004"}

# CRL schedule per CA: (thisUpdate, published_at or None for +2 min, encoding)
CRL_PLAN = {
    "qca": [
        ("2026-10-14T10:25:00Z", None, "der", 4102),
        ("2026-11-20T01:50:00Z", None, "der", 4135),
        ("2026-11-20T06:00:00Z", None, "der", 4136),
        ("2026-11-20T08:30:00Z", None, "der", 4137),
        ("2026-11-20T10:25:00Z", None, "der", 4138),
        ("2026-11-20T12:05:00Z", None, "der", 4139),
        ("2026-11-20T15:15:00Z", None, "der", 4140),
        ("2026-11-20T16:45:00Z", None, "der", 4141),
        ("2026-11-21T06:00:00Z", None, "pem", 4142),
        ("2026-11-21T11:05:00Z", None, "der", 4143),
        ("2026-11-21T14:25:00Z", "2026-11-21T14:30:00Z", "der", 4144),   # exactly 24 h after n-gina's request
    ],
    "qwca": [
        ("2026-11-20T06:00:00Z", None, "der", 812),
        ("2026-11-20T18:00:00Z", None, "der", 813),
        ("2026-11-21T06:00:00Z", None, "pem", 814),
        ("2026-11-21T09:14:00Z", "2026-11-21T09:15:01Z", "der", 815),   # 24 h + 1 s after w-rev002's request
    ],
    "qlca": [
        ("2026-11-19T06:00:00Z", None, "der", 101),
        ("2026-11-19T21:35:00Z", None, "der", 102),   # lists n-rev002-resolved; delivered late (day 2)
        ("2026-11-21T06:00:00Z", None, "der", 103),
    ],
}
# CRLs (and their publications) that the upstream export delivered a day late: (ca, number) -> drop day
LATE_DELIVERED_CRLS = {("qlca", 102): 2}
ROGUE_CRL = ("qca", "2026-11-21T08:00:00Z", 9001)     # day 2, signed by a test-HSM key (wrong key)
TRUNCATED_CRL = ("qwca", "2026-11-20T18:00:00Z", 813)  # day 1, partial upload of #813

QSCD_RECORDS = [
    # (day, record)
    (1, {"certification_id": QSCD_OLD, "model": "Example Card v2 (QSCD)", "status": "certified",
         "from": "2019-05-01T00:00:00Z", "to": "2024-05-01T00:00:00Z"}),
    (1, {"certification_id": QSCD_OLD, "model": "Example Card v2 (QSCD)", "status": "expired",
         "from": "2024-05-01T00:00:00Z"}),
    (1, {"certification_id": QSCD_TOKEN, "model": "Example USB Token 3 (QSCD)", "status": "certified",
         "from": "2021-09-01T00:00:00Z", "certification_body": "Example CB GmbH"}),
    (1, {"certification_id": QSCD_MAIN, "model": "Example SmartCard v4 (QSCD)", "status": "certified",
         "from": "2022-03-01T00:00:00Z", "certification_body": "Example CB GmbH"}),
    (1, {"certification_id": QSCD_REMOTE, "model": "Example Remote Signing HSM 2.1 (QSCD)", "status": "certified",
         "from": "2023-06-15T00:00:00Z", "certification_body": "Example CB GmbH"}),
    # day 2: the registry restates the closed certified periods and records the withdrawals
    (2, {"certification_id": QSCD_REMOTE, "model": "Example Remote Signing HSM 2.1 (QSCD)", "status": "certified",
         "from": "2023-06-15T00:00:00Z", "to": "2026-11-21T10:00:00Z", "certification_body": "Example CB GmbH"}),
    (2, {"certification_id": QSCD_REMOTE, "model": "Example Remote Signing HSM 2.1 (QSCD)", "status": "withdrawn",
         "from": "2026-11-21T10:00:00Z", "notice": "https://qscd.example/notices/2026-117"}),
    (2, {"certification_id": QSCD_TOKEN, "model": "Example USB Token 3 (QSCD)", "status": "certified",
         "from": "2021-09-01T00:00:00Z", "to": "2026-11-21T10:30:00Z", "certification_body": "Example CB GmbH"}),
    (2, {"certification_id": QSCD_TOKEN, "model": "Example USB Token 3 (QSCD)", "status": "withdrawn",
         "from": "2026-11-21T10:30:00Z", "notice": "https://qscd.example/notices/2026-118"}),
]


# --------------------------------------------------------------------------- world building

class Cert:
    pass


CERTS: dict[str, Cert] = {}
EVENTS: list[dict] = []   # {"t": datetime, "file": "ra|ca|revocation", "rec": dict, "seq": int}
APPS: dict[str, str] = {}  # label -> application_id
SUBJECT_IDS: dict[str, str] = {}
_seq = [0]


def emit(file: str, t: dt.datetime, typ: str, fields: dict, extra: dict | None = None) -> dict:
    rec = {"event_id": None, "type": typ, "time": Z(t)}
    rec.update(fields)
    if extra:
        rec.update(extra)
    _seq[0] += 1
    e = {"t": t, "file": file, "rec": rec, "seq": _seq[0]}
    EVENTS.append(e)
    return e


def cref(label: str) -> dict:
    c = CERTS[label]
    return {"issuer": c.issuer_dn, "serial": c.serial_hex}


def evidence(app_id: str, kind: str, method: str, n: int) -> dict:
    ref = f"RA-EV-{app_id[4:8]}-{int(sha256hex((app_id + kind).encode())[:6], 16) % 900000 + 100000}"
    return {"kind": kind, "method": method, "sha256": sha256hex(f"evidence/{app_id}/{kind}/{n}".encode()),
            "reference": ref}


EVIDENCE_METHOD = {
    "identity": "eid_card_in_person",
    "legal_identity": "company_register_extract",
    "authorized_representative": "power_of_attorney_verified",
    "domain_control": "dns_txt_random_value",
    "proof_of_possession": "pkcs10_signature",
}
USAGE = {
    "natural_person": ("qualified electronic signature", "Regulation (EU) No 910/2014 Art. 28 and Annex I"),
    "legal_person": ("qualified electronic seal", "Regulation (EU) No 910/2014 Art. 38 and Annex III"),
    "website": ("qualified website authentication", "Regulation (EU) No 910/2014 Art. 45 and Annex IV"),
}
QCTYPE_FOR = {"natural_person": "esign", "legal_person": "eseal", "website": "web"}


def subject_name(who: dict) -> x509.Name:
    if who["kind"] == "natural":
        return name((NameOID.COUNTRY_NAME, "BE"), (NameOID.SURNAME, who["sn"]), (NameOID.GIVEN_NAME, who["gn"]),
                    (NameOID.SERIAL_NUMBER, who["pno"]), (NameOID.COMMON_NAME, f'{who["gn"]} {who["sn"]}'))
    if who["kind"] == "legal":
        return name((NameOID.COUNTRY_NAME, "BE"), (NameOID.LOCALITY_NAME, who["loc"]),
                    (NameOID.ORGANIZATION_NAME, who["org"]), (NameOID.ORGANIZATION_IDENTIFIER, who["vat"]),
                    (NameOID.COMMON_NAME, who["org"]))
    pairs = []
    if who["ev"]:
        pairs += [(NameOID.JURISDICTION_COUNTRY_NAME, "BE"), (NameOID.BUSINESS_CATEGORY, "Private Organization"),
                  (NameOID.SERIAL_NUMBER, who["vat"].removeprefix("VATBE-"))]
    pairs += [(NameOID.COUNTRY_NAME, "BE"), (NameOID.LOCALITY_NAME, who["loc"]), (NameOID.ORGANIZATION_NAME, who["org"]),
              (NameOID.ORGANIZATION_IDENTIFIER, who["vat"]), (NameOID.COMMON_NAME, who["host"])]
    return name(*pairs)


def qc_statements_der(*, compliance: bool, sscd: bool, qctype: str, pds: list[tuple[str, str]],
                      retention: int, semantics: str | None) -> bytes:
    st = []
    if compliance:
        st.append(der_seq(der_oid(OID_QC_COMPLIANCE)))
    if sscd:
        st.append(der_seq(der_oid(OID_QC_SSCD)))
    st.append(der_seq(der_oid(OID_QC_TYPE), der_seq(der_oid(QC_TYPE_OID[qctype]))))
    st.append(der_seq(der_oid(OID_QC_PDS), der_seq(*[der_seq(der_ia5(u), der_printable(l)) for u, l in pds])))
    st.append(der_seq(der_oid(OID_QC_RETENTION), der_int(retention)))
    if semantics:
        st.append(der_seq(der_oid(OID_PKIX_QC_SYNTAX_V2), der_seq(der_oid(semantics))))
    return der_seq(*st)


def pds_url(doc_id: str) -> str:
    return f"{PKI}/pds/{doc_id}.html"


def build_ee(s: dict, key, not_before: dt.datetime, not_after: dt.datetime, pds_docs: list[str]):
    ca = CAS[s["ca"]]
    who = s["who"]
    pol = s["policy"]
    stype = s["stype"]
    pub = key.public_key()
    web = stype == "website"
    b = (x509.CertificateBuilder().subject_name(subject_name(who)).issuer_name(ca.cert.subject)
         .public_key(pub).serial_number(serial_for(s["label"]))
         .not_valid_before(not_before).not_valid_after(not_after)
         .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True))
    if web:
        b = b.add_extension(x509.KeyUsage(True, False, isinstance(key, rsa.RSAPrivateKey), False, False, False, False,
                                          False, False), critical=True)
        b = b.add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH, ExtendedKeyUsageOID.CLIENT_AUTH]),
                            critical=False)
        b = b.add_extension(x509.SubjectAlternativeName(
            [x509.DNSName(h) for h in [who["host"]] + who["extra_hosts"]]), critical=False)
    else:
        b = b.add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
        if who["kind"] == "natural":
            b = b.add_extension(x509.SubjectAlternativeName([x509.RFC822Name(who["email"])]), critical=False)
    b = (b.add_extension(x509.SubjectKeyIdentifier.from_public_key(pub), critical=False)
         .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca.ski), critical=False)
         .add_extension(x509.CRLDistributionPoints([x509.DistributionPoint(
             [x509.UniformResourceIdentifier(ca.crl_url)], None, None, None)]), critical=False)
         .add_extension(x509.AuthorityInformationAccess([
             x509.AccessDescription(AuthorityInformationAccessOID.OCSP, x509.UniformResourceIdentifier(ca.ocsp_url)),
             x509.AccessDescription(AuthorityInformationAccessOID.CA_ISSUERS,
                                    x509.UniformResourceIdentifier(f"{PKI}/ca/{ca.code}.cer"))]), critical=False))
    policies = []
    if not s.get("no_en_oid"):
        policies.append(x509.PolicyInformation(ObjectIdentifier(POLICY_OID[pol]), None))
    if pol in CABF_OID:
        policies.append(x509.PolicyInformation(ObjectIdentifier(CABF_OID[pol]), None))
    policies.append(x509.PolicyInformation(ObjectIdentifier(CPS_OID[s["ca"]]), [f"{PKI}/repository/"]))
    b = b.add_extension(x509.CertificatePolicies(policies), critical=False)
    qc = qc_statements_der(
        compliance=not s.get("no_qc_compliance"),
        sscd=pol.endswith("-qscd") or bool(s.get("force_sscd")),
        qctype=s.get("qctype_override") or QCTYPE_FOR[stype],
        pds=[(pds_url(d), "fr" if "-fr-" in d else "en") for d in pds_docs],
        retention=30 if pol.endswith("-qscd") else 15,
        semantics=SEMANTICS_ID.get(stype),
    )
    b = b.add_extension(x509.UnrecognizedExtension(ObjectIdentifier(OID_QC_STATEMENTS), qc), critical=False)
    return sign(b, ca.key)


_app_counter: dict[int, int] = {2024: 311, 2025: 402, 2026: 517}


def new_app_id(t: dt.datetime) -> str:
    y = t.year
    _app_counter[y] += 1
    return f"app-{y}-{_app_counter[y]:04d}"


def run_story(s: dict):
    label, ca_code, pol, stype = s["label"], s["ca"], s["policy"], s["stype"]
    link = s.get("link")
    pred = CERTS[link[1]] if link else None
    if s["who"] is None:
        s["who"] = pred.who
    who = s["who"]
    subj_key = (who.get("pno") or who.get("vat") or who.get("host"))
    if subj_key not in SUBJECT_IDS:
        SUBJECT_IDS[subj_key] = f"subj-{len(SUBJECT_IDS) + 1001:05d}"
    subject_id = SUBJECT_IDS[subj_key]
    t0 = s["t_app"]
    app_id = new_app_id(t0)
    APPS[label] = app_id
    t_reg, t_qscd, t_appr, t_sa, t_iss = t0 + D(minutes=35), t0 + D(minutes=110), t0 + D(hours=2), t0 + D(minutes=150), t0 + D(hours=3)
    days = s.get("days", 730)
    not_before = t_iss
    not_after = t_iss + D(days=days) - D(seconds=1)

    if s.get("key_of"):
        key = CERTS[s["key_of"]].key
    else:
        key = make_key(label, s.get("keytype", "ec"))
    keygen = s.get("keygen") or ("qscd" if pol.endswith("-qscd") else ("subscriber" if stype == "website" else "ca"))
    if link and link[0] in ("renewal", "modification") and s.get("key_of"):
        keygen = pred.keygen  # same key: generated the way the predecessor's was

    cpcps = s.get("cpcps_override") or cp_cps_in_force(ca_code, t0, pol, s.get("cp_pref", "cps"))
    usage, basis = USAGE[stype]
    extra = {"ra_operator_site": s["ra_site"]} if s.get("ra_site") else None
    app = {"application_id": app_id, "subject_id": subject_id, "subject_type": stype, "policy": pol,
           "cp_cps_document": cpcps, "certificate_usage": usage, "qualification_basis": basis,
           "key_generation": keygen}
    if keygen == "subscriber" or s.get("key_of"):
        requested = make_key(s["spki_of"], "ec") if s.get("spki_of") else key
        app["spki_sha256"] = sha256hex(spki_der(requested))
    emit("ra", t0, "application", app, extra)

    if not s.get("no_registration"):
        kinds = s.get("evidence_kinds") or {
            "natural_person": ["identity"],
            "legal_person": ["legal_identity", "authorized_representative"],
            "website": ["legal_identity", "domain_control"],
        }[stype]
        kinds = list(kinds)
        if keygen == "subscriber" and not s.get("no_pop"):
            kinds.append("proof_of_possession")
        ev = [evidence(app_id, k, EVIDENCE_METHOD[k], 1) for k in kinds]
        emit("ra", t_reg, "registration", {"application_id": app_id, "evidence": ev},
             {"ra_operator_site": s["ra_site"]} if s.get("ra_site") else None)

    if pol.endswith("-qscd"):
        emit("ra", t_qscd, "qscd_verification",
             {"application_id": app_id, "certification_id": s["qscd"], "key_generated_in_qscd": s.get("qscd_key_in", True)},
             {"verified_by": "ra-officer-peeters"})

    t_approval = t_iss + D(minutes=20) if s.get("approval_after_issuance") else t_appr
    appr = {"application_id": app_id, "decision": "approved",
            "approved_by": "ra-officer-dupuis" if ca_code == "qca" else "ra-officer-vermeulen"}
    if s.get("reused_validation"):
        appr["reused_validation_from"] = APPS[link[1]]
    emit("ra", t_approval, "approval", appr)

    pds_docs = [doc_in_force("pds", t_iss, pol, "en")]
    if ca_code == "qca" and t_iss >= T("2026-03-01T00:00:00Z"):
        pds_docs.append(doc_in_force("pds", t_iss, pol, "fr"))
    terms = s.get("terms_override") or doc_in_force("terms", t_iss, pol)
    sa_form = s.get("sa_form", "app")
    if sa_form == "app":
        emit("ra", t_sa, "subscriber_agreement", {"application_id": app_id, "terms_document": terms},
             {"signature_method": "qualified_signature"})

    cert = build_ee(s, key, not_before, not_after, pds_docs)
    c = Cert()
    c.label, c.ca, c.policy, c.stype, c.who, c.key, c.cert = label, ca_code, pol, stype, who, key, cert
    c.keygen = keygen
    c.issuer_dn = cert.issuer.rfc4514_string()
    c.serial_hex = format(cert.serial_number, "x")
    c.not_before, c.not_after, c.app_id, c.day = not_before, not_after, app_id, day_of(t_iss)
    c.rule = s.get("rule")
    c.resolved_day = s.get("resolved_day")
    c.link = link
    CERTS[label] = c

    iss = {"application_id": app_id, "certificate": cref(label), "terms_document": terms, "pds_document": pds_docs[0]}
    if ca_code == "qca":
        iss["trusted_list_notice"] = "https://eidas.ec.europa.eu/efda/trust-services/browse/eidas/tls/tl/BE"
    emit("ca", t_iss, "issuance", iss, {"ca_node": "ca-hsm-2"} if len(CERTS) % 3 == 0 else None)
    if sa_form == "cert":
        emit("ra", t_iss + D(minutes=2), "subscriber_agreement", {"certificate": cref(label), "terms_document": terms})
    if link:
        kind = link[0]
        f = {"certificate": cref(label), "predecessor": cref(link[1]), "application_id": app_id}
        f.update(s.get("link_extra", {}))
        if kind == "renewal":
            f.setdefault("subscriber_agreement", True)
        f.setdefault("key_compromise_known", False)
        if kind == "modification" and "changed_attributes" not in f:
            f["changed_attributes"] = ["organizationName"]
        emit("ca", t_iss + D(seconds=5), kind, f)


for _s in sorted(STORIES, key=lambda s: s["t_app"]):
    run_story(_s)

for a in APP_ONLY:
    t0 = a["t_app"]
    app_id = new_app_id(t0)
    APPS[a["label"]] = app_id
    who = a["who"]
    sk = who.get("pno") or who.get("vat")
    SUBJECT_IDS.setdefault(sk, f"subj-{len(SUBJECT_IDS) + 1001:05d}")
    usage, basis = USAGE[a["stype"]]
    emit("ra", t0, "application", {
        "application_id": app_id, "subject_id": SUBJECT_IDS[sk], "subject_type": a["stype"], "policy": a["policy"],
        "cp_cps_document": a.get("cpcps_override") or cp_cps_in_force("qca", t0, a["policy"], "cps"),
        "certificate_usage": usage, "qualification_basis": basis, "key_generation": "qscd"})
    kinds = ["identity"] if a["stype"] == "natural_person" else ["legal_identity", "authorized_representative"]
    emit("ra", t0 + D(minutes=40), "registration",
         {"application_id": app_id, "evidence": [evidence(app_id, k, EVIDENCE_METHOD[k], 1) for k in kinds]})
    if a["approval"]:
        emit("ra", t0 + D(hours=1, minutes=30), "approval",
             {"application_id": app_id, "decision": a["approval"], "approved_by": "ra-officer-dupuis"},
             {"decision_note": "mandate of the representative expired; applicant informed"})

# revocations and suspensions
REVOKED: dict[str, tuple[dt.datetime, str]] = {}
for i, (label, (recv, auth, who, method, reason, rev_at)) in enumerate(REVOCATIONS.items()):
    req_id = f"rr-{T(recv).year}-{i + 201:04d}"
    f = {"certificate": cref(label), "request_id": req_id, "requester": who, "authenticated": auth,
         "received_at": recv, "authentication_method": method, "reason": reason}
    emit("revocation", T(recv), "revocation_request", f, {"channel": "web_portal" if auth else "e-mail"})
    emit("revocation", T(rev_at), "revocation",
         {"certificate": cref(label), "request_id": req_id, "reason": reason, "revoked_at": rev_at})
    REVOKED[label] = (T(rev_at), reason)
for label, (t_s, t_l) in SUSPENSIONS.items():
    emit("revocation", T(t_s), "suspension", {"certificate": cref(label), "reason": "certificateHold"},
         {"requested_by": "subscriber (phone, passphrase verified)"})
    emit("revocation", T(t_l), "suspension_lifted", {"certificate": cref(label), "reason": "subscriber_confirmed_key_possession"})

# event ids: chronological over both days
EVENTS.sort(key=lambda e: (e["t"], e["seq"]))
for i, e in enumerate(EVENTS):
    e["rec"]["event_id"] = f"evt-{i + 1:06d}"


def jline(rec) -> bytes:
    return json.dumps(rec, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# --------------------------------------------------------------------------- CRLs

REASON_FLAG = {
    "keyCompromise": x509.ReasonFlags.key_compromise,
    "cACompromise": x509.ReasonFlags.ca_compromise,
    "affiliationChanged": x509.ReasonFlags.affiliation_changed,
    "superseded": x509.ReasonFlags.superseded,
    "cessationOfOperation": x509.ReasonFlags.cessation_of_operation,
    "certificateHold": x509.ReasonFlags.certificate_hold,
    "privilegeWithdrawn": x509.ReasonFlags.privilege_withdrawn,
}


def crl_entries(ca_code: str, this_update: dt.datetime):
    out = []
    for label, (rev_at, reason) in REVOKED.items():
        c = CERTS[label]
        if c.ca != ca_code or rev_at > this_update:
            continue
        if label in CRL_PURGED_AFTER_EXPIRY and c.not_after < this_update:
            continue
        out.append((c, rev_at, reason))
    for label, (t_s, t_l) in SUSPENSIONS.items():
        c = CERTS[label]
        if c.ca == ca_code and T(t_s) <= this_update < T(t_l):
            out.append((c, T(t_s), "certificateHold"))
    out.sort(key=lambda x: (x[1], x[0].serial_hex))
    return out


def build_crl(ca_code: str, this_update: dt.datetime, number: int, signing_key=None):
    ca = CAS[ca_code]
    b = (x509.CertificateRevocationListBuilder().issuer_name(ca.cert.subject)
         .last_update(this_update).next_update(this_update + D(days=7))
         .add_extension(x509.CRLNumber(number), critical=False)
         .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca.ski), critical=False))
    for c, when, reason in crl_entries(ca_code, this_update):
        rb = (x509.RevokedCertificateBuilder().serial_number(c.cert.serial_number).revocation_date(when)
              .add_extension(x509.CRLReason(REASON_FLAG[reason]), critical=False))
        b = b.add_revoked_certificate(rb.build())
    return sign(b, signing_key or ca.key)


def crl_file_name(ca_code: str, t: dt.datetime, suffix: str = "") -> str:
    return f"{ca_code}-{t.strftime('%Y%m%dT%H%MZ')}{suffix}.crl"


CRLS = []  # dict(day, file, bytes, published_at, ca, this_update, good)
for ca_code, plan in CRL_PLAN.items():
    for tu, pub, enc, number in plan:
        tu = T(tu)
        pub = T(pub) if pub else tu + D(minutes=2)
        crl = build_crl(ca_code, tu, number)
        data = crl.public_bytes(serialization.Encoding.PEM if enc == "pem" else serialization.Encoding.DER)
        CRLS.append(dict(day=LATE_DELIVERED_CRLS.get((ca_code, number), day_of(pub)), file=crl_file_name(ca_code, tu),
                         data=data, published_at=pub,
                         ca=ca_code, this_update=tu, number=number, good=True))
_rc, _rt, _rn = ROGUE_CRL
_rogue = build_crl(_rc, T(_rt), _rn, signing_key=ec_key("example-qualified-ca-test-hsm"))
CRLS.append(dict(day=day_of(T(_rt)), file=crl_file_name(_rc, T(_rt)), data=_rogue.public_bytes(serialization.Encoding.DER),
                 published_at=None, ca=_rc, this_update=T(_rt), number=_rn, good=False, reason="crl_signature"))
_tc, _tt, _tn = TRUNCATED_CRL
_full = build_crl(_tc, T(_tt), _tn).public_bytes(serialization.Encoding.DER)
CRLS.append(dict(day=day_of(T(_tt)), file=crl_file_name(_tc, T(_tt), "-partial"), data=_full[: len(_full) * 3 // 5],
                 published_at=None, ca=_tc, this_update=T(_tt), number=_tn, good=False, reason="bad_crl"))


# --------------------------------------------------------------------------- OCSP

RESPONDER = {"qca": "ocsp-1.trust.example", "qwca": "ocsp-2.trust.example", "qlca": "ocsp-4.trust.example"}
STALE_RESPONDER = "ocsp-3.trust.example"


def ocsp_status(c: Cert, t: dt.datetime):
    """(status, revocation_time, reason) as the CA's responder answers at t, or None if it does not answer."""
    if t < c.not_before or t > c.not_after:
        return None
    if c.label in REVOKED and REVOKED[c.label][0] <= t:
        return ("revoked", REVOKED[c.label][0], REVOKED[c.label][1])
    if c.label in SUSPENSIONS:
        t_s, t_l = map(T, SUSPENSIONS[c.label])
        if t_s <= t < t_l:
            return ("revoked", t_s, "certificateHold")
    return ("good", None, None)


OCSP = []  # (day, ca, produced_at, rec)


def ocsp_add(c: Cert, t: dt.datetime, status=None, responder=None):
    st = ocsp_status(c, t) if status is None else status
    if st is None:
        return
    rec = {"produced_at": Z(t), "issuer": c.issuer_dn, "serial": c.serial_hex, "status": st[0]}
    if st[0] == "revoked":
        rec["revocation_time"] = Z(st[1])
        rec["revocation_reason"] = st[2]
    rec["responder"] = responder or RESPONDER[c.ca]
    OCSP.append((day_of(t), c.ca, t, rec))


for day in (1, 2):
    for c in CERTS.values():
        for i in range(2):
            h = int(sha256hex(f"ocsp/{c.label}/{day}/{i}".encode())[:8], 16)
            ocsp_add(c, DAY_START[day] + D(seconds=h % 86000))
for label, (rev_at, _r) in REVOKED.items():
    ocsp_add(CERTS[label], rev_at + D(minutes=1))
for label, (t_s, t_l) in SUSPENSIONS.items():
    ocsp_add(CERTS[label], T(t_s) + D(minutes=1))
    ocsp_add(CERTS[label], T(t_l) + D(minutes=1))
# l-oldco: revoked in October, expired 2026-11-15; the responder keeps answering "revoked" after expiry
ocsp_add(CERTS["l-oldco"], T("2026-11-20T09:00:00Z"),
         status=("revoked", REVOKED["l-oldco"][0], REVOKED["l-oldco"][1]))
# l-rev004: after expiry the responder no longer knows it (REV-004: nothing says "revoked" after notAfter)
ocsp_add(CERTS["l-rev004"], T("2026-11-20T13:00:00Z"), status=("unknown", None, None))
# REV-003: a stale replica answers "good" for a revoked certificate
ocsp_add(CERTS["n-rev003"], T("2026-11-21T07:12:00Z"), status=("good", None, None), responder=STALE_RESPONDER)
OCSP.sort(key=lambda x: (x[2], x[3]["serial"]))


# --------------------------------------------------------------------------- writing the drops

REJECTS: list[dict] = []
DUPLICATES: list[dict] = []


def write(path: Path, data: bytes):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def write_lines(root: Path, rel: str, lines: list[tuple[bytes, str | None]], day: int):
    """lines: (bytes, reject reason or None). Records each reject with its 1-based line number."""
    out = b""
    for n, (b, reason) in enumerate(lines, start=1):
        assert b"\n" not in b
        out += b + b"\n"
        if reason:
            REJECTS.append({"day": f"day{day}", "file": rel, "line": n, "reason_class": reason})
    write(root / rel, out)


def insert_after(lines: list, pred, new: list):
    """Insert `new` after the first line whose decoded record satisfies pred."""
    for i, (b, _r) in enumerate(lines):
        try:
            rec = json.loads(b)
        except Exception:
            continue
        if pred(rec):
            lines[i + 1:i + 1] = new
            return
    raise AssertionError("anchor not found")


def cert_file_name(c: Cert, idx: int) -> str:
    return f"{c.ca}-{c.serial_hex}.{'der' if idx % 3 == 1 else 'pem'}"


def build_drop(day: int):
    root = HERE / f"day{day}"
    batch = {"batch_id": f"2026-11-{19 + day}", "source": "example-qtsp-prod", "cutoff": Z(CUTOFF[day])}
    write(root / "batch.json", (json.dumps(batch, separators=(",", ":")) + "\n").encode())

    # ---- events
    by_file: dict[str, list] = {"ra": [], "ca": [], "revocation": []}
    for e in EVENTS:
        if day_of(e["t"]) == day:
            by_file[e["file"]].append((jline(e["rec"]), None))
    day1_line = {e["rec"]["event_id"]: jline(e["rec"]) for e in EVENTS if day_of(e["t"]) == 1}
    ev_by_label = lambda label, typ: next(e["rec"] for e in EVENTS if e["rec"]["type"] == typ and (
        e["rec"].get("application_id") == APPS.get(label)
        or e["rec"].get("certificate") == (cref(label) if label in CERTS else None)))

    if day == 1:
        # bad JSON: a registration cut off mid-object by the exporter
        bad_json = (b'{"event_id":"evt-900001","type":"registration","time":"2026-11-20T09:12:00Z",'
                    b'"application_id":"' + APPS["l-iss001"].encode() + b'","evidence":[{"kind":"legal_identity","meth')
        insert_after(by_file["ra"], lambda r: r.get("application_id") == APPS["l-iss001"] and r["type"] == "registration",
                     [(bad_json, "bad_json")])
        # unknown policy name
        unk_pol = {"event_id": "evt-900002", "type": "application", "time": "2026-11-20T10:40:00Z",
                   "application_id": "app-2026-0901", "subject_id": "subj-09001", "subject_type": "website",
                   "policy": "QCP-w", "cp_cps_document": "cp-qwca-v2.0",
                   "certificate_usage": "qualified website authentication",
                   "qualification_basis": "Regulation (EU) No 910/2014 Art. 45 and Annex IV"}
        insert_after(by_file["ra"], lambda r: r.get("time", "") >= "2026-11-20T10:30:00Z", [(jline(unk_pol), "unknown_policy")])
        # non-UTC time
        non_utc = {"event_id": "evt-900003", "type": "subscriber_agreement", "time": "2026-11-20T12:05:00+02:00",
                   "certificate": cref("n-carla-new"), "terms_document": "terms-v6",
                   "exported_by": "ra-portal-node-b (local time zone)"}
        insert_after(by_file["ra"], lambda r: r.get("time", "") >= "2026-11-20T12:00:00Z", [(jline(non_utc), "non_utc_time")])
        # unknown event type
        unk_type = {"event_id": "evt-900004", "type": "suspension_extended", "time": "2026-11-20T18:30:00Z",
                    "certificate": cref("n-frank"), "reason": "certificateHold", "until": "2026-11-22T12:00:00Z"}
        insert_after(by_file["revocation"], lambda r: r.get("time", "") >= "2026-11-20T16:40:00Z",
                     [(jline(unk_type), "unknown_type")])
    else:
        # duplicate: day 1's revocation of n-rev003, byte for byte (the exporter re-sent its last record)
        dup_rec = ev_by_label("n-rev003", "revocation")
        dup = day1_line[dup_rec["event_id"]]
        by_file["revocation"].insert(0, (dup, None))
        DUPLICATES.append({"day": "day2", "file": "events/revocation.jsonl", "line": 1,
                           "event_id": dup_rec["event_id"], "duplicate_of": {"day": "day1", "file": "events/revocation.jsonl"}})
        # conflicting event id: day 1's issuance of n-alice, re-sent with another terms document
        orig = ev_by_label("n-alice", "issuance")
        conf = dict(orig)
        conf["terms_document"] = "terms-v6"
        conf["resent_by"] = "ca-export-v2"
        assert jline(conf) != day1_line[orig["event_id"]]
        by_file["ca"].insert(1, (jline(conf), "conflicting_event_id"))
        # invalid UTF-8: a Latin-1 exporter wrote "M\xfcller"
        bad_utf8 = (b'{"event_id":"evt-900005","type":"application","time":"2026-11-21T09:50:00Z",'
                    b'"application_id":"app-2026-0902","subject_id":"subj-09002","subject_type":"natural_person",'
                    b'"policy":"QCP-n","cp_cps_document":"cpcps-qca-v3.2","certificate_usage":"qualified electronic signature",'
                    b'"qualification_basis":"Regulation (EU) No 910/2014 Art. 28 and Annex I","key_generation":"ca",'
                    b'"ra_operator_note":"applicant J\xfcrgen M\xfcller, walk-in"}')
        insert_after(by_file["ra"], lambda r: r.get("time", "") >= "2026-11-21T09:30:00Z", [(bad_utf8, "bad_utf8")])
        # missing required field: subscriber_agreement without terms_document
        missing = {"event_id": "evt-900006", "type": "subscriber_agreement", "time": "2026-11-21T14:05:00Z",
                   "application_id": APPS["w-ren-new"], "signature_method": "click_through"}
        insert_after(by_file["ra"], lambda r: r.get("time", "") >= "2026-11-21T14:00:00Z", [(jline(missing), "missing_field")])

    for f, lines in by_file.items():
        write_lines(root, f"events/{f}.jsonl", lines, day)

    # ---- certificates
    for p, ca in (("ca/example-root-ca.pem", ROOT), ("ca/example-qualified-ca.pem", QCA),
                  ("ca/example-qualified-web-ca.der", QWCA), ("ca/example-qualified-ca-liege.pem", QLCA)):
        enc = serialization.Encoding.DER if p.endswith(".der") else serialization.Encoding.PEM
        write(root / "certificates" / p, ca.cert.public_bytes(enc))
    for idx, c in enumerate(sorted(CERTS.values(), key=lambda c: (c.not_before, c.label))):
        if c.day != day:
            continue
        fn = cert_file_name(c, idx)
        c.file = f"day{day}/certificates/{fn}"
        enc = serialization.Encoding.DER if fn.endswith(".der") else serialization.Encoding.PEM
        write(root / "certificates" / fn, c.cert.public_bytes(enc))
    if day == 1:
        # unparseable: PEM armour around the first 180 bytes of a real certificate
        der = CERTS["n-alice"].cert.public_bytes(serialization.Encoding.DER)[:180]
        b64 = base64.encodebytes(der).replace(b"\n", b"")
        body = b"\n".join(b64[i:i + 64] for i in range(0, len(b64), 64))
        rel = "certificates/qca-export-0193-broken.pem"
        write(root / rel, b"-----BEGIN CERTIFICATE-----\n" + body + b"\n-----END CERTIFICATE-----\n")
        REJECTS.append({"day": "day1", "file": rel, "line": None, "reason_class": "bad_certificate"})

    # ---- documents
    for d in DOCS:
        if d[7] != day:
            continue
        body = doc_body(d)
        sha = sha256hex(body)
        if d[0] == BAD_HASH_DOC:
            sha = sha256hex(body.replace(b"version 3.3", b"version 3.3-draft2"))
            REJECTS.append({"day": f"day{day}", "file": f"documents/{d[0]}.json", "line": None,
                            "reason_class": "document_hash_mismatch"})
        write(root / "documents" / d[6], body)
        write(root / "documents" / f"{d[0]}.json", (json.dumps(doc_meta(d, sha), indent=2, ensure_ascii=False) + "\n").encode())

    # ---- status: CRLs + publications
    pubs = []
    for crl in sorted(CRLS, key=lambda c: (c["this_update"], c["file"])):
        if crl["day"] != day:
            continue
        write(root / "status/crl" / crl["file"], crl["data"])
        if crl["good"]:
            pubs.append((crl["published_at"], {"crl": crl["file"], "published_at": Z(crl["published_at"]),
                                               "distribution_point": CAS[crl["ca"]].crl_url}))
        else:
            REJECTS.append({"day": f"day{day}", "file": f"status/crl/{crl['file']}", "line": None,
                            "reason_class": crl["reason"]})
    pubs.sort(key=lambda p: (p[0], p[1]["crl"]))
    write_lines(root, "status/crl-publications.jsonl",
                [(jline(dict(p, **({"publisher": "crl-publisher-1"} if i % 4 == 0 else {}))), None)
                 for i, (_t, p) in enumerate(pubs)], day)

    # ---- status: OCSP logs
    for ca_code in ("qca", "qwca", "qlca"):
        lines = [(jline(rec), None) for d_, ca, _t, rec in OCSP if d_ == day and ca == ca_code]
        if day == 2 and ca_code == "qwca":
            # a line cut off by log rotation, between valid lines
            cut = (b'{"produced_at":"2026-11-21T11:30:02Z","issuer":"' + QWCA.dn.encode() + b'","serial":"'
                   + CERTS["w-ncp-bank"].serial_hex.encode() + b'","sta')
            lines.insert(len(lines) // 2, (cut, "bad_json"))
        write_lines(root, f"status/ocsp/{ca_code}-responder.jsonl", lines, day)

    # ---- QSCD registry
    write_lines(root, f"qscd/{'registry' if day == 1 else 'registry-updates'}.jsonl",
                [(jline(r), None) for d_, r in QSCD_RECORDS if d_ == day], day)

    # ---- exception register entry (day 1)
    if day == 1:
        exc = {"source_type": "national-law",
               "citation": "Belgian Code of Economic Law, Book XII (illustrative citation for the samples)",
               "obligation": "Retain registration evidence of qualified certificates whose keys are held in a "
                             "QSCD for 30 years after the certificate expires (longer than the CP/CPS minimum).",
               "policies": ["QCP-n-qscd", "QCP-l-qscd"],
               "owner": "Records Office (records.officer@trust.example)",
               "review_by": "2027-06-30",
               "expires": "2031-12-31"}
        write(root / "exceptions/be-retention-30y.json", (json.dumps(exc, indent=2) + "\n").encode())


# --------------------------------------------------------------------------- expected results

def expected_violations() -> list[dict]:
    v = []
    for c in CERTS.values():
        if c.rule:
            v.append({"rule": c.rule, "issuer": c.issuer_dn, "serial": c.serial_hex, "application_id": c.app_id,
                      "day": f"day{day_of(violation_time(c))}", "state": "resolved" if c.resolved_day else "open",
                      "resolved_day": f"day{c.resolved_day}" if c.resolved_day else None})
    # REC-001 without registration necessarily also fails REG-001 ("registration before issuance")
    c = CERTS["n-rec001"]
    v.append({"rule": "REG-001", "issuer": c.issuer_dn, "serial": c.serial_hex, "application_id": c.app_id, "day": f"day{c.day}",
              "state": "open", "resolved_day": None})
    for a in APP_ONLY:
        if a.get("rule"):
            v.append({"rule": a["rule"], "issuer": None, "serial": None, "application_id": APPS[a["label"]],
                      "day": f"day{day_of(a['t_app'])}", "state": "open", "resolved_day": None})
    v.sort(key=lambda x: (x["day"], x["rule"], x["application_id"]))
    return v


def violation_time(c: Cert) -> dt.datetime:
    """When the violation becomes visible (which batch reports it first)."""
    if c.rule == "QSC-002":
        return T("2026-11-21T10:00:00Z")
    if c.rule == "REV-002" and c.resolved_day:
        return T(REVOCATIONS[c.label][0]) + D(hours=24)  # the deadline passes unseen
    if c.rule == "REV-002":
        return T("2026-11-21T09:15:01Z")
    if c.rule == "REV-003":
        return T("2026-11-21T07:12:00Z")
    if c.rule == "REV-004":
        return c.not_after
    if c.rule in ("REV-001",):
        return REVOKED[c.label][0]
    return c.not_before


def main():
    for d in ("day1", "day2", "expected"):
        shutil.rmtree(HERE / d, ignore_errors=True)
    build_drop(1)
    build_drop(2)
    exp = HERE / "expected"
    rejects = sorted(REJECTS, key=lambda r: (r["day"], r["file"], r["line"] or 0))
    write(exp / "violations.json", (json.dumps(expected_violations(), indent=2) + "\n").encode())
    write(exp / "rejects.json", (json.dumps(rejects, indent=2) + "\n").encode())
    write(exp / "duplicates.json", (json.dumps(DUPLICATES, indent=2) + "\n").encode())
    cast = []
    for c in sorted(CERTS.values(), key=lambda c: (c.ca, c.not_before, c.label)):
        cast.append({"label": c.label, "issuer": c.issuer_dn, "serial": c.serial_hex, "policy": c.policy,
                     "subject_type": c.stype, "subject": c.cert.subject.rfc4514_string(),
                     "application_id": c.app_id, "not_before": Z(c.not_before), "not_after": Z(c.not_after),
                     "key": key_desc(c.key), "file": c.file,
                     "link": {"kind": c.link[0], "predecessor": c.link[1]} if c.link else None,
                     "revoked": {"revoked_at": Z(REVOKED[c.label][0]), "reason": REVOKED[c.label][1]} if c.label in REVOKED else None,
                     "rule": c.rule})
    apps = [{"label": a["label"], "application_id": APPS[a["label"]], "policy": a["policy"], "subject_type": a["stype"],
             "rule": a.get("rule")} for a in APP_ONLY]
    write(exp / "cast.json", (json.dumps({"certificates": cast, "applications_only": apps}, indent=2,
                                         ensure_ascii=False) + "\n").encode())
    print(f"wrote {len(CERTS)} certificates, {len(EVENTS)} events, {len(CRLS)} CRLs, {len(OCSP)} OCSP lines, "
          f"{len(REJECTS)} deliberate rejects")
    sys.dont_write_bytecode = True  # keep Samples/ free of __pycache__
    sys.path.insert(0, str(HERE))
    import check  # noqa: E402  (self-check: re-reads what was just written)
    check.main()


def key_desc(key) -> str:
    if isinstance(key, rsa.RSAPrivateKey):
        return f"RSA-{key.key_size}"
    return "EC P-256"


if __name__ == "__main__":
    main()
