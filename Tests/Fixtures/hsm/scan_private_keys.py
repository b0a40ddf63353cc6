#!/usr/bin/env python3
"""Lists every private key found under the given folders or files: PEM blocks, and DER keys (PKCS#8,
SEC1 ECPrivateKey, PKCS#1 RSAPrivateKey) confirmed by Python's `cryptography`, in plain files and in
every member of tar and tar.gz files (bundles, batch records, exports), recursively. One line per key
found: "<file>[!<member>...] <kind>". Exit 0 always; the caller counts the lines."""
import io
import os
import re
import sys
import tarfile

from cryptography.hazmat.primitives.serialization import load_der_private_key

PEM = re.compile(rb"-----BEGIN ([A-Z0-9 ]*PRIVATE KEY)-----")
# Where a DER private key may start: SEQUENCE, then version INTEGER 0 (PKCS#8, PKCS#1) or 1 (SEC1).
DER = re.compile(rb"\x30(?:[\x00-\x7f]|\x81[\x00-\xff]|\x82[\x00-\xff]{2})\x02\x01[\x00\x01]", re.S)


def der_length(data, start):
    """The full length of the DER element at `start`, or None."""
    if start + 2 > len(data):
        return None
    first = data[start + 1]
    if first < 0x80:
        return 2 + first
    count = first & 0x7F
    if count == 0 or count > 2 or start + 2 + count > len(data):
        return None
    return 2 + count + int.from_bytes(data[start + 2:start + 2 + count], "big")


def scan(name, data, found, depth=0):
    for match in PEM.finditer(data):
        found.append(f"{name} PEM {match.group(1).decode()}")
    for match in DER.finditer(data):
        length = der_length(data, match.start())
        if length is None or match.start() + length > len(data):
            continue
        try:
            load_der_private_key(data[match.start():match.start() + length], password=None)
        except Exception:
            continue
        found.append(f"{name} DER private key at {match.start()}")
    if depth < 3 and (data[:2] == b"\x1f\x8b" or data[257:262] == b"ustar"):
        try:
            with tarfile.open(fileobj=io.BytesIO(data), mode="r:*") as archive:
                for member in archive.getmembers():
                    if member.isfile():
                        scan(f"{name}!{member.name}", archive.extractfile(member).read(), found, depth + 1)
        except (tarfile.TarError, OSError, EOFError):
            pass


def main(paths):
    found = []
    for path in paths:
        files = [path] if os.path.isfile(path) else [
            os.path.join(folder, file) for folder, _, names in os.walk(path) for file in names
        ]
        for file in sorted(files):
            if os.path.isfile(file) and not os.path.islink(file):
                with open(file, "rb") as handle:
                    scan(file, handle.read(), found)
    for line in found:
        print(line)


if __name__ == "__main__":
    main(sys.argv[1:])
