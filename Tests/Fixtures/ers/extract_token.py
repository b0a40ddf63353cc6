"""Writes the RFC 3161 token inside an RFC 4998 evidence record to a file, with nothing but the
standard library: EvidenceRecord -> archiveTimeStampSequence (last element) -> first chain ->
first ArchiveTimeStamp -> its last element (timeStamp ContentInfo).
Usage: python3 extract_token.py evidence-record.ers token.tst"""
import sys


def element(data, offset):
    """(tag, header length, content length) of the DER element at offset."""
    tag = data[offset]
    length = data[offset + 1]
    header = 2
    if length & 0x80:
        count = length & 0x7F
        length = int.from_bytes(data[offset + 2:offset + 2 + count], "big")
        header += count
    return tag, header, length


def children(data, offset):
    _, header, length = element(data, offset)
    position, end = offset + header, offset + header + length
    while position < end:
        yield position
        _, h, l = element(data, position)
        position += h + l


data = open(sys.argv[1], "rb").read()
sequence = list(children(data, 0))[-1]          # archiveTimeStampSequence
chain = next(children(data, sequence))           # the ArchiveTimeStampChain
stamp = next(children(data, chain))              # the ArchiveTimeStamp
token = list(children(data, stamp))[-1]          # timeStamp ContentInfo
_, header, length = element(data, token)
open(sys.argv[2], "wb").write(data[token:token + header + length])
