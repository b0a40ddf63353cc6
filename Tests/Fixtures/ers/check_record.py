"""Checks an RFC 4998 evidence record (renewed or not) over a data object with python3's standard
library and openssl, independently of qcarchive (docs/VERIFY.md "Renewed evidence records").

    python3 check_record.py RECORD.ers DATA TSA-CA.pem [--at EPOCH]
    python3 check_record.py --bag BAG_DIR ARCHIVE_DIR/batches/<id>/renewals TSA-CA.pem [--at EPOCH]
    python3 check_record.py --renewed-at ARCHIVE_DIR/batches/<id>/renewals

DATA is the data object (a bundle's tagmanifest-sha256.txt). The second form assembles an extracted
bag's complete record itself, as `qcarchive evidence` does: the record sealed in the bag
(seal/evidence-record.ers), then each renewal of its batch in order: a timestamp renewal
(NNNN-timestamp-<alg>.ats) appended to the last chain; a hash-tree renewal (NNNN-hashtree-<alg>.ats
with .leaves) as a new chain whose tree is the bag's path through the sorted leaves' binary tree
(SPEC "Batch seal": neighbours paired left to right, an odd last node carried up) joined with the
.ats's path from that tree's root. The third form prints the genTime (seconds since 1970) of a
batch's first renewal, as of which its own timestamp.tsr is checked; nothing when it has none. For every chain and every archive
timestamp: the reduced hash tree must start from the hash it covers (the data object's hash; after a
timestamp renewal, RFC 4998 5.2, the hash of the previous timeStamp field; after a hash-tree renewal,
5.3, H(H(data) || H(the earlier chains as one DER SEQUENCE)), the order Bouncy Castle 1.72 writes),
and `openssl ts -verify` must accept the token over the tree's root as of the genTime of the archive
timestamp that renewed it (the newest: as of EPOCH, now by default). A list of one hash stands for
that hash; a list of several is hashed sorted. Prints "PASS|FAIL ..." lines and "record valid: ..."
and exits 1 on any failure.
"""
import hashlib
import os
import re
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone

ALGORITHMS = {  # DER of the OIDs id-sha256, id-sha384, id-sha512 (RFC 5754)
    bytes.fromhex("608648016503040201"): "sha256",
    bytes.fromhex("608648016503040202"): "sha384",
    bytes.fromhex("608648016503040203"): "sha512",
}


def tlv(data, offset):
    """One DER element at offset: (tag, content start, end)."""
    tag = data[offset]
    length = data[offset + 1]
    start = offset + 2
    if length & 0x80:
        count = length & 0x7F
        length = int.from_bytes(data[start:start + count], "big")
        start += count
    return tag, start, start + length


def children(data, start, end):
    """The DER elements between start and end: (tag, element start, content start, end)."""
    out, offset = [], start
    while offset < end:
        tag, content, stop = tlv(data, offset)
        out.append((tag, offset, content, stop))
        offset = stop
    return out


def token_info(token, folder):
    """(hash algorithm, genTime epoch) of a token, as openssl reads it."""
    path = os.path.join(folder, "info.tst")
    with open(path, "wb") as f:
        f.write(token)
    text = subprocess.run(["openssl", "ts", "-reply", "-token_in", "-in", path, "-text"],
                          capture_output=True, text=True).stdout
    algorithm = re.search(r"Hash Algorithm: (\S+)", text).group(1)
    when = re.search(r"Time stamp: (.+?) GMT", text).group(1)
    when = re.sub(r"\.\d+", "", when)
    epoch = int(datetime.strptime(when, "%b %d %H:%M:%S %Y").replace(tzinfo=timezone.utc).timestamp())
    return algorithm, epoch


def root_of(algorithm, covered, tree):
    """The root a reduced hash tree leads to from covered, or None when the first list lacks it."""
    def digest(*parts):
        return hashlib.new(algorithm, b"".join(parts)).digest()
    if not tree:
        return covered
    if covered not in tree[0]:
        return None
    current = tree[0][0] if len(tree[0]) == 1 else digest(*sorted(tree[0]))
    for values in tree[1:]:
        current = digest(*sorted([current] + values))
    return current


def parse_ats(der):
    """(algorithm OID or None, reduced tree, token) of one DER ArchiveTimeStamp."""
    oid, tree, token = None, [], None
    _, start, end = tlv(der, 0)
    for tag, e_start, e_content, e_end in children(der, start, end):
        if tag == 0xA0:
            _, o_content, o_end = tlv(der, e_content)
            oid = der[o_content:o_end]
        elif tag == 0xA2:
            tree = [[der[c:d] for _, _, c, d in children(der, l_content, l_end)]
                    for _, _, l_content, l_end in children(der, e_content, e_end)]
        elif tag == 0x30:
            token = der[e_start:e_end]
    return oid, tree, token


def der(tag, content):
    length = len(content)
    if length < 0x80:
        return bytes([tag, length]) + content
    size = (length.bit_length() + 7) // 8
    return bytes([tag, 0x80 | size]) + length.to_bytes(size, "big") + content


def encode_ats(oid, tree, token):
    """An ArchiveTimeStamp as qcarchive writes it: [0] algorithm, [2] reduced tree, the token."""
    lists = b"".join(der(0x30, b"".join(der(0x04, h) for h in values)) for values in tree)
    return der(0x30, der(0xA0, der(0x06, oid)) + (der(0xA2, lists) if tree else b"") + token)


def record_chains(record):
    """The chains of a DER EvidenceRecord, each a list of ArchiveTimeStamp DERs."""
    _, start, end = tlv(record, 0)
    if end != len(record):
        raise ValueError(f"{len(record) - end} byte(s) after the record")
    sequence = children(record, start, end)[-1]
    return [[record[s:e] for _, s, _, e in children(record, c_content, c_end)]
            for _, _, c_content, c_end in children(record, sequence[2], sequence[3])]


def leaf_path(leaves, leaf):
    """The reduced tree of leaf in the binary tree over sorted leaves, and the tree's root."""
    algorithm_length = len(leaf)
    level, position, path = sorted(leaves), sorted(leaves).index(leaf), []
    name = {32: "sha256", 48: "sha384", 64: "sha512"}[algorithm_length]
    while len(level) > 1:
        neighbour = position + 1 if position % 2 == 0 else position - 1
        if neighbour < len(level):
            path.append([level[position], level[neighbour]] if not path else [level[neighbour]])
        level = [hashlib.new(name, b"".join(sorted(level[i:i + 2]))).digest() if i + 1 < len(level) else level[i]
                 for i in range(0, len(level), 2)]
        position //= 2
    return path, level[0]


def renewal_names(renewals):
    """The .ats files of a renewals folder in order, each with its kind and algorithm, checked as
    qcarchive checks them: NNNN-timestamp|hashtree-sha256|sha384|sha512.ats numbered from 1, a
    hash-tree renewal's .leaves beside it, nothing else (temp files and a .leaves without its .ats, an
    interrupted renew's leftovers, are no evidence and are skipped)."""
    files = set(os.listdir(renewals)) if os.path.isdir(renewals) else set()
    files = {n for n in files if not n.startswith(".tmp-")
             and not (n.endswith(".leaves") and n[:-7] + ".ats" not in files)}
    out = []
    for number, name in enumerate(sorted(n for n in files if n.endswith(".ats")), 1):
        match = re.fullmatch(r"(\d{4,})-(timestamp|hashtree)-(sha256|sha384|sha512)\.ats", name)
        if not match or int(match.group(1)) != number:
            raise SystemExit(f"FAIL {name}: expected renewal {number} named NNNN-timestamp|hashtree-<alg>.ats")
        oid = parse_ats(open(os.path.join(renewals, name), "rb").read())[0]
        if ALGORITHMS.get(oid) != match.group(3):
            raise SystemExit(f"FAIL {name}: its archive timestamp is not {match.group(3)}")
        files.discard(name)
        if match.group(2) == "hashtree":
            files.discard(name[:-4] + ".leaves")
        out.append((name, match.group(2), match.group(3)))
    if files:
        raise SystemExit(f"FAIL {sorted(files)[0]}: not a renewal")
    return out


def assemble(bag, renewals):
    """The bag's complete record as chains of ArchiveTimeStamp DERs, and its data object."""
    data = open(os.path.join(bag, "tagmanifest-sha256.txt"), "rb").read()
    chains = record_chains(open(os.path.join(bag, "seal", "evidence-record.ers"), "rb").read())
    for name, kind, algorithm in renewal_names(renewals):
        ats = open(os.path.join(renewals, name), "rb").read()
        if kind == "timestamp":
            chains[-1].append(ats)
            continue
        oid, upper, token = parse_ats(ats)
        earlier = der(0x30, b"".join(der(0x30, b"".join(chain)) for chain in chains))
        leaf = hashlib.new(algorithm, hashlib.new(algorithm, data).digest()
                           + hashlib.new(algorithm, earlier).digest()).digest()
        text = open(os.path.join(renewals, name[:-4] + ".leaves")).read().split()
        leaves = [bytes.fromhex(line) for line in text]
        if leaf not in leaves:
            raise SystemExit(f"FAIL {name[:-4]}.leaves: this bag's leaf {leaf.hex()} is not listed")
        lower, sub_root = leaf_path(leaves, leaf)
        if lower and upper:
            rest = [h for h in upper[0] if h != sub_root]
            tree = lower + ([rest] if rest else []) + upper[1:]
        else:
            tree = lower or upper
        chains.append([encode_ats(oid, tree, token)])
    return chains, data


def renewed_at(renewals):
    """Prints the genTime of a batch's first renewal when that renewal is bound to the batch's own
    token (timestamp renewal: its tree starts from the token's hash; hash-tree renewal: from its
    leaves' root) and openssl accepts its token over the root it leads to; else nothing."""
    names = renewal_names(renewals)
    if not names:
        return
    name, kind, algorithm = names[0]
    oid, tree, token = parse_ats(open(os.path.join(renewals, name), "rb").read())
    if kind == "timestamp":
        with tempfile.TemporaryDirectory() as folder:
            batch_token = os.path.join(folder, "batch.tst")
            subprocess.run(["openssl", "ts", "-reply", "-in", os.path.join(renewals, "..", "timestamp.tsr"),
                            "-token_out", "-out", batch_token], capture_output=True, check=True)
            start = hashlib.new(algorithm, open(batch_token, "rb").read()).digest()
    else:
        leaves = [bytes.fromhex(line) for line in open(os.path.join(renewals, name[:-4] + ".leaves")).read().split()]
        start = leaf_path(leaves, leaves[0])[1]
    root = root_of(algorithm, start, tree)
    if root is None:
        return
    with tempfile.TemporaryDirectory() as folder:
        genTime = token_info(token, folder)[1]
        path = os.path.join(folder, "renewal.tst")
        with open(path, "wb") as f:
            f.write(token)
        checked = subprocess.run(["openssl", "ts", "-verify", "-digest", root.hex(), "-token_in", "-in", path,
                                  "-CAfile", os.path.join(renewals, "..", "..", "..", "trust", "tsa-ca.pem"),
                                  "-attime", str(genTime)], capture_output=True, text=True)
        if checked.returncode == 0 and "Verification: OK" in checked.stdout:
            print(genTime)


def main():
    at = int(sys.argv[sys.argv.index("--at") + 1]) if "--at" in sys.argv else int(time.time())
    if sys.argv[1] == "--renewed-at":
        renewed_at(sys.argv[2])
        return
    if sys.argv[1] == "--bag":
        chains, data = assemble(sys.argv[2], sys.argv[3])
        ca = sys.argv[4]
    else:
        chains = record_chains(open(sys.argv[1], "rb").read())
        data, ca = open(sys.argv[2], "rb").read(), sys.argv[3]
    if "--at" in sys.argv:  # as of a past time: the archive timestamps made after it did not exist then
        with tempfile.TemporaryDirectory() as folder:
            kept = []
            for chain in chains:
                stamps = []
                for ats in chain:
                    if token_info(parse_ats(ats)[2], folder)[1] > at:
                        break
                    stamps.append(ats)
                if stamps:
                    kept.append(stamps)
                if len(stamps) < len(chain):
                    break
            chains = kept or chains
    chain_ders = [der(0x30, b"".join(chain)) for chain in chains]
    stamps = [(index, position) + parse_ats(ats) for index, chain in enumerate(chains)
              for position, ats in enumerate(chain)]
    failed = 0
    with tempfile.TemporaryDirectory() as folder:
        infos = [token_info(token, folder) for *_, token in stamps]
        covered = None
        for number, (chain, position, oid, tree, token) in enumerate(stamps):
            algorithm = ALGORITHMS.get(oid) if oid else infos[number][0]
            if position == 0:
                covered = hashlib.new(algorithm, data).digest()
                if chain > 0:  # RFC 4998 5.3: H(H(data) || H(earlier chains))
                    earlier = der(0x30, b"".join(chain_ders[:chain]))
                    covered = hashlib.new(algorithm, covered + hashlib.new(algorithm, earlier).digest()).digest()
            root = root_of(algorithm, covered, tree)
            label = f"chain {chain + 1} timestamp {position + 1} ({algorithm})"
            # 5.2 as Bouncy Castle 1.72 renews and validates: the hash of every earlier timeStamp of the chain.
            earlier = [hashlib.new(algorithm, token_of).digest()
                       for c, _, _, _, token_of in stamps[number - position:number] if c == chain]
            if position > 0 and not (len(earlier) == 1 if not tree else all(h in tree[0] for h in earlier)):
                print(f"FAIL {label}: it does not renew every earlier timeStamp of its chain")
                failed += 1
                break
            if root is None:
                print(f"FAIL {label}: the reduced hash tree does not start from {covered.hex()}")
                failed += 1
                break
            valid_at = infos[number + 1][1] if number + 1 < len(stamps) else at
            path = os.path.join(folder, f"{number}.tst")
            with open(path, "wb") as f:
                f.write(token)
            checked = subprocess.run(["openssl", "ts", "-verify", "-digest", root.hex(), "-token_in", "-in", path,
                                      "-CAfile", ca, "-attime", str(valid_at)], capture_output=True, text=True)
            if checked.returncode != 0 or "Verification: OK" not in checked.stdout:
                reason = (checked.stderr.strip().splitlines() or ["no reason"])[-1]
                print(f"FAIL {label}: openssl ts -verify as of {valid_at}: {reason}")
                failed += 1
            else:
                print(f"PASS {label}: over {root.hex()}, valid as of {valid_at}")
            covered = hashlib.new(algorithm, token).digest()  # 5.2: the next one covers this timeStamp
    if failed:
        sys.exit(1)
    print(f"record valid: proven at {infos[0][1]}, {len(stamps)} timestamp(s) in {len(chains)} chain(s)")


try:
    main()
except (ValueError, IndexError, KeyError, AttributeError, OSError) as error:
    print(f"FAIL the record or its renewals cannot be read: {error!r}")
    sys.exit(1)
