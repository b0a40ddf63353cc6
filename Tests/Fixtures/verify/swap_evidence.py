"""Gives bag A the evidence record of bag B, as an editor of the archive folder would: A's last gzip
member (the seal signature and the evidence record, SPEC "Bundle") is replaced by one that names A's
folder but holds B's record, written with the gzip header qcarchive writes. Python's zlib and
tarfile only, none of qcarchive's code.

Usage: python3 swap_evidence.py A.tar.gz B.tar.gz"""
import io
import struct
import sys
import tarfile
import zlib


def last_member(data):
    """Where the last gzip member starts, and what it inflates to."""
    start, position = 0, 0
    while position < len(data):
        start = position
        inflater = zlib.decompressobj(31)
        output = inflater.decompress(data[position:])
        position = len(data) - len(inflater.unused_data)
    return start, output


def members(tar_bytes):
    with tarfile.open(fileobj=io.BytesIO(tar_bytes), mode="r:") as tar:
        return {m.name.split("/", 1)[1]: tar.extractfile(m).read() for m in tar.getmembers()}


a_path, b_path = sys.argv[1], sys.argv[2]
a = open(a_path, "rb").read()
b = open(b_path, "rb").read()
a_start, a_tail = last_member(a)
_, b_tail = last_member(b)
folder = a_path.rsplit("/", 1)[1][: -len(".tar.gz")]
mine, theirs = members(a_tail), members(b_tail)
assert mine["seal/evidence-record.ers"] != theirs["seal/evidence-record.ers"]
out = io.BytesIO()
with tarfile.open(fileobj=out, mode="w:", format=tarfile.USTAR_FORMAT) as tar:
    for name, content in (("seal/batch-seal.json.p7s", mine["seal/batch-seal.json.p7s"]),
                          ("seal/evidence-record.ers", theirs["seal/evidence-record.ers"])):
        info = tarfile.TarInfo(f"{folder}/{name}")
        info.size, info.mode, info.mtime = len(content), 0o444, 0
        tar.addfile(info, io.BytesIO(content))
tail = out.getvalue()
deflater = zlib.compressobj(3, zlib.DEFLATED, -15)
member = (bytes.fromhex("1f8b08000000000000" + "03") + deflater.compress(tail) + deflater.flush()
          + struct.pack("<II", zlib.crc32(tail), len(tail) & 0xFFFFFFFF))
with open(a_path, "wb") as file:
    file.write(a[:a_start] + member)
