"""The certificates a supervision pack must select (SPEC "Exports"), computed from the drop folders
alone, not from qcarchive: the certificates (parsed with Python's cryptography) whose issuing
application has one of the policies, with any lifecycle event in [from, to): an event naming the
certificate, naming it as predecessor, or of its application. Records the drop rejects (listed in
the samples' expected/rejects.json) do not count. Prints "issuer<TAB>serial" lines, sorted.
Usage: expected_selection.py REJECTS.json POLICIES FROM TO DROP..."""
import glob
import json
import os
import sys
from datetime import datetime

from cryptography import x509

rejects_file, policies, start, end, drops = sys.argv[1], set(sys.argv[2].split(",")), sys.argv[3], sys.argv[4], sys.argv[5:]
rejected = {(r["day"], r["file"], r["line"]) for r in json.load(open(rejects_file))}
when = lambda text: datetime.strptime(text[:19], "%Y-%m-%dT%H:%M:%S")
start, end = when(start), when(end)

held, events = set(), []
for drop in drops:
    day = os.path.basename(drop.rstrip("/"))
    for path in sorted(glob.glob(f"{drop}/certificates/*")):
        relative = os.path.relpath(path, drop)
        if os.path.isdir(path) or (day, relative, None) in rejected:
            continue
        data = open(path, "rb").read()
        try:
            cert = x509.load_pem_x509_certificate(data) if b"-----BEGIN" in data else x509.load_der_x509_certificate(data)
        except ValueError:
            continue
        held.add((cert.issuer.rfc4514_string(), format(cert.serial_number, "x")))
    for path in sorted(glob.glob(f"{drop}/events/*.jsonl")):
        relative = os.path.relpath(path, drop)
        for number, line in enumerate(open(path, "rb"), 1):
            if (day, relative, number) in rejected or not line.strip():
                continue
            events.append(json.loads(line.decode("utf-8")))

ref = lambda c: (c["issuer"], c["serial"]) if isinstance(c, dict) else None
policy_of_application = {e["application_id"]: e["policy"] for e in events if e["type"] == "application"}
application_of = {}
for e in sorted(events, key=lambda e: e["time"]):
    if e["type"] in ("issuance", "renewal", "rekey", "modification") and ref(e.get("certificate")):
        application_of.setdefault(ref(e["certificate"]), e.get("application_id"))

selected = set()
for e in events:
    if not (start <= when(e["time"]) < end):
        continue
    touched = {ref(e.get("certificate")), ref(e.get("predecessor"))}
    touched |= {c for c, a in application_of.items() if a is not None and a == e.get("application_id")}
    for c in touched:
        if c in held and policy_of_application.get(application_of.get(c)) in policies:
            selected.add(c)
for issuer, serial in sorted(selected):
    print(f"{issuer}\t{serial}")
