"""A second implementation of qcarchive's published head, for tests: C2SP signed-note (Ed25519) and
tlog-checkpoint with Python's `cryptography`, and the RFC 6962 Merkle tree hash with `hashlib`.

    python3 checkpoint.py verify NOTE VKEY ENTRY...   checks the signature by VKEY and that the root is the
                                                      tree over the ENTRY files (in order); prints
                                                      "checkpoint valid <origin> <size>" or exits 1 with the reason
    python3 checkpoint.py sign SEED-HEX NAME TEXT     prints TEXT signed as a note by the Ed25519 key of SEED-HEX
    python3 checkpoint.py vkey SEED-HEX NAME          prints the verifier key of that key
"""
import base64
import hashlib
import sys

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat


def mth(entries):
    if not entries:
        return hashlib.sha256(b"").digest()
    if len(entries) == 1:
        return hashlib.sha256(b"\x00" + entries[0]).digest()
    k = 1
    while k * 2 < len(entries):
        k *= 2
    return hashlib.sha256(b"\x01" + mth(entries[:k]) + mth(entries[k:])).digest()


def key_id(name, public):
    return hashlib.sha256(name.encode() + b"\n\x01" + public).digest()[:4]


def fail(reason):
    print(f"checkpoint invalid: {reason}")
    sys.exit(1)


command = sys.argv[1]
if command in ("sign", "vkey"):
    key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(sys.argv[2]))
    name = sys.argv[3]
    public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    if command == "vkey":
        encoded = base64.b64encode(bytes([1]) + public).decode()
        print(f"{name}+{key_id(name, public).hex()}+{encoded}")
    else:
        text = sys.argv[4]
        signature = key.sign(text.encode())
        blob = base64.b64encode(key_id(name, public) + signature).decode()
        sys.stdout.write(text + "\n\u2014 " + name + " " + blob + "\n")
    sys.exit(0)

note = open(sys.argv[2], encoding="utf-8").read()
keys = {}  # key ID -> (name, public key), one verifier key a line (newest first)
for line in open(sys.argv[3]).read().split():
    name, ident, encoded = line.split("+", 2)
    raw = base64.b64decode(encoded)
    if raw[0] != 1 or len(raw) != 33 or key_id(name, raw[1:]).hex() != ident:
        fail("the verifier key is not an Ed25519 note key")
    keys[ident] = (name, raw[1:])
text, _, signatures = note.partition("\n\n")
text += "\n"
verified = False
for line in signatures.splitlines():
    dash, _, rest = line.partition(" ")
    signer, _, blob = rest.partition(" ")
    data = base64.b64decode(blob)
    key = keys.get(data[:4].hex())
    if dash == "\u2014" and key and key[0] == signer:
        try:
            Ed25519PublicKey.from_public_bytes(key[1]).verify(data[4:], text.encode())
            verified = True
        except Exception:
            fail("the signature does not verify")
if not verified:
    fail("no signature by a key of the verifier key file")
origin, size, root = text.split("\n")[:3]
entries = [open(path, "rb").read() for path in sys.argv[4:]]
if int(size) != len(entries):
    fail(f"tree size {size}, {len(entries)} entries given")
if base64.b64decode(root) != mth(entries):
    fail("the root is not the RFC 6962 tree hash of the entries")
print(f"checkpoint valid {origin} {size}")
