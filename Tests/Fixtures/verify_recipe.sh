#!/usr/bin/env bash
# Verifies a qcarchive archive WITHOUT qcarchive: every bundle file under ARCHIVE_DIR/bundles, every
# batch record (ARCHIVE_DIR/batches/<id>/batch-record.tar.gz, a bag sealed like a bundle) and the
# batch seal chain under ARCHIVE_DIR/batches, with GNU tar, sha256sum, openssl (1.1 or 3.x)
# and the python3 standard library only. The recipe, step by step and with what each step proves,
# is docs/VERIFY.md; this script runs those commands over a whole archive.
#
#   bash Tests/Fixtures/verify_recipe.sh ARCHIVE_DIR
#
# Prints one "FAIL <what>: <check>: <detail>" line per failed check, then "N passed, M failed"
# (N and M count individual checks) and exits 1 when M > 0. Progress notes go to stderr.
# Optional: BC_CLASSPATH=bcprov.jar:bcpkix.jar:bcutil.jar (Bouncy Castle 1.72) also runs the
# evidence records through Bouncy Castle's ERSEvidenceRecord (Tests/Fixtures/ers/VerifyEvidenceRecord.java,
# or BC_VERIFIER=path). VERIFY_CHUNK (default 200) bounds how many bundles are extracted at a time.
set -euo pipefail

if [ $# -ne 1 ] || [ ! -d "$1" ]; then
    echo "usage: $0 ARCHIVE_DIR" >&2
    exit 2
fi
ARCHIVE_DIR=$(cd "$1" && pwd)
SEAL_CA=$ARCHIVE_DIR/trust/seal-ca.pem
TSA_CA=$ARCHIVE_DIR/trust/tsa-ca.pem
CHUNK=${VERIFY_CHUNK:-200}
BC_CLASSPATH=${BC_CLASSPATH:-}
BC_VERIFIER=${BC_VERIFIER:-$(cd "$(dirname "$0")" && pwd)/ers/VerifyEvidenceRecord.java}
# Renewed evidence (RFC 4998 section 5, batches/<id>/renewals/): docs/VERIFY.md "Renewed evidence records".
CHECK_RECORD=${CHECK_RECORD:-$(cd "$(dirname "$0")" && pwd)/ers/check_record.py}
export LC_ALL=C
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

passed=0
failed=0
pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); printf 'FAIL %s\n' "$*"; }
note() { printf '%s\n' "$*" >&2; }
# check WHAT CHECK COMMAND...: one check; on failure, the command's first meaningful output line.
check() {
    local what=$1 name=$2
    shift 2
    if "$@" >"$WORK/check.out" 2>&1; then
        pass
    else
        fail "$what: $name: $(grep -v -e '^Using configuration' -e '^$' "$WORK/check.out" | head -n 1 | cut -c1-200)"
    fi
}

# A bag's complete record (check_record.py --bag), its FAIL lines only.
renewed_record() {
    python3 "$CHECK_RECORD" --bag "$1" "$2" "$TSA_CA" | grep -v '^PASS'
    return "${PIPESTATUS[0]}"
}

# The genTime of an RFC 3161 response, in seconds since 1970 (empty when it cannot be read): the
# time the batch's timestamp proves, at which the seals are checked (EN 319 102-1).
proven_epoch() {
    local when
    when=$(openssl ts -reply -in "$1" -text 2>/dev/null | sed -n 's/^Time stamp: //p' | head -n 1)
    [ -n "$when" ] && date -u -d "$when" +%s
}

for anchor in "$SEAL_CA" "$TSA_CA"; do
    [ -r "$anchor" ] || fail "${anchor#"$ARCHIVE_DIR"/}: trust anchor: missing or unreadable"
done

# ---------------------------------------------------------------------------------------------
# Part 1: every bundle file and batch record (VERIFY.md "Verifying one bundle").
# ---------------------------------------------------------------------------------------------

# Step 1.1: the tar itself: one top folder (named after the file; qcr-<batch id> for a batch
# record), no absolute or '..' paths, no links.
tar_shape() {
    local bundle=$1 top=$2
    tar -tf "$bundle" >"$WORK/names" || { echo "tar cannot list the file"; return 1; }
    if [ "$(cut -d/ -f1 "$WORK/names" | sort -u)" != "$top" ]; then
        echo "expected exactly one top-level folder $top, found: $(cut -d/ -f1 "$WORK/names" | sort -u | tr '\n' ' ')"
        return 1
    fi
    if grep -E -q '^/|(^|/)\.\.(/|$)' "$WORK/names"; then echo "absolute or '..' member path"; return 1; fi
    tar -tvf "$bundle" | cut -c1 >"$WORK/types"
    if grep -q -v '[-d]' "$WORK/types"; then echo "member that is neither a file nor a folder (link or special file)"; return 1; fi
}

# Step 1.3: every file under data/ is listed in manifest-sha256.txt, and every listed one exists.
payload_complete() {
    comm -3 <(find data -type f | sort) <(cut -c67- manifest-sha256.txt | sort) >"$WORK/unlisted"
    [ ! -s "$WORK/unlisted" ] || { echo "in data/ or in manifest-sha256.txt but not both: $(tr -d '\t' <"$WORK/unlisted" | tr '\n' ' ')"; return 1; }
}

# Step 1.3: Payload-Oxum = total payload octets "." payload file count.
payload_oxum() {
    local found expected
    found=$(sed -n 's/^Payload-Oxum: *//p' bag-info.txt | tr -d '\r')
    expected=$(find data -type f -printf '%s\n' | awk '{ octets += $1; files++ } END { printf "%d.%d\n", octets, files }')
    [ "$found" = "$expected" ] || { echo "bag-info.txt says Payload-Oxum $found, the payload is $expected"; return 1; }
}

# Step 1.4: the tag manifest lists exactly the three tag files.
tagmanifest_files() {
    local listed
    listed=$(cut -c67- tagmanifest-sha256.txt | sort | paste -sd ' ')
    [ "$listed" = "bag-info.txt bagit.txt manifest-sha256.txt" ] || { echo "lists: $listed"; return 1; }
}

declare -A rel_of=() tm_of_top=() prev_of_top=() root_of=()
declare -a chunk_bags=()
bundle_files=()
while IFS= read -r -d '' file; do
    case $file in
        *.tar.gz | *.tar) bundle_files+=("$file") ;;
        *) note "note: ${file#"$ARCHIVE_DIR"/} is not a bundle file (.tar or .tar.gz); not verified" ;;
    esac
done < <(find "$ARCHIVE_DIR/bundles" -type f -print0 2>/dev/null | sort -z)
certificate_bundles=${#bundle_files[@]}
while IFS= read -r -d '' file; do
    bundle_files+=("$file")
done < <(find "$ARCHIVE_DIR/batches" -mindepth 2 -maxdepth 2 -type f -name 'batch-record.tar.gz' -print0 2>/dev/null | sort -z)
note "verifying $certificate_bundles bundle files and $((${#bundle_files[@]} - certificate_bundles)) batch records"

# Steps 1.6-1.8 for a chunk of extracted bags: one python3 process for all of them, then one
# openssl ts -verify per bag over the root the python step recomputed from its evidence record.
process_chunk() {
    [ ${#chunk_bags[@]} -gt 0 ] || return 0
    # Step 1.6: batch seal lists the bag; bag-info.txt; reduced hash tree -> root; token -> <bag>.tst
    python3 - "${chunk_bags[@]}" >"$WORK/tree.out" <<'PY' || fail "python3 evidence-record step: crashed (exit $?)"
# Evidence-record and batch-seal checks of extracted qcarchive bags, standard library only.
# python3 - BAG_DIR... prints tab-separated lines "PASS|FAIL <bag> <check> <detail>" and
# "ROOT <bag> <root hex>", and writes each bag's RFC 3161 token to <bag>.tst.
import hashlib, json, sys

SHA256_OID = bytes.fromhex("0609608648016503040201")  # DER of OBJECT IDENTIFIER 2.16.840.1.101.3.4.2.1

def element(data, offset):
    """(tag, header length, content length) of the DER element at offset (as extract_token.py)."""
    tag, length, header = data[offset], data[offset + 1], 2
    if length & 0x80:
        count = length & 0x7F
        length = int.from_bytes(data[offset + 2:offset + 2 + count], "big")
        header += count
    if offset + header + length > len(data):
        raise ValueError("DER element runs past the end of the file")
    return tag, header, length

def children(data, offset):
    _, header, length = element(data, offset)
    position, end = offset + header, offset + header + length
    while position < end:
        yield position
        _, h, l = element(data, position)
        position += h + l

def whole(data, offset):
    _, header, length = element(data, offset)
    return data[offset:offset + header + length]

def content(data, offset):
    _, header, length = element(data, offset)
    return data[offset + header:offset + header + length]

def evidence_record(data):
    """RFC 4998 EvidenceRecord -> (reduced hash tree as lists of 32-byte hashes, timeStamp token DER)."""
    tag, header, length = element(data, 0)
    if tag != 0x30 or header + length != len(data):
        raise ValueError("not one DER SEQUENCE")
    parts = list(children(data, 0))
    if whole(data, parts[0]) != b"\x02\x01\x01":
        raise ValueError("version is not v1")
    if [content(data, a) for a in children(data, parts[1])] != [SHA256_OID]:
        raise ValueError("digestAlgorithms is not exactly SHA-256")
    chains = list(children(data, parts[-1]))            # archiveTimeStampSequence
    stamps = list(children(data, chains[0]))            # the one ArchiveTimeStampChain
    if len(chains) != 1 or len(stamps) != 1:
        raise ValueError("not one ArchiveTimeStampChain of one ArchiveTimeStamp")
    tree, token = [], None
    for part in children(data, stamps[0]):
        if data[part] == 0xA0 and content(data, part) != SHA256_OID:      # [0] digestAlgorithm
            raise ValueError("ArchiveTimeStamp digestAlgorithm is not SHA-256")
        if data[part] == 0xA2:                                             # [2] reducedHashtree
            tree = [[content(data, h) for h in children(data, partial)] for partial in children(data, part)]
        if data[part] == 0x30:                                             # timeStamp ContentInfo
            token = whole(data, part)
    if token is None or any(len(h) != 32 for partial in tree for h in partial):
        raise ValueError("no time-stamp token, or a hash that is not 32 bytes")
    return tree, token

def sha256(data):
    return hashlib.sha256(data).digest()

def verify(bag, report):
    try:
        leaf = sha256(open(bag + "/tagmanifest-sha256.txt", "rb").read())
        seal = json.loads(open(bag + "/seal/batch-seal.json", "rb").read().decode("utf-8"))
        info = {}
        for line in open(bag + "/bag-info.txt", encoding="utf-8").read().splitlines():
            label, colon, value = line.partition(":")
            if colon and not line[:1].isspace():
                info.setdefault(label, value.strip())
    except Exception as error:
        report(False, "bag files", f"tag files or seal/batch-seal.json unreadable: {error}")
        return
    if "bundles" in seal:    # format 1 lists the bundles in the copy; format 2 in batches/<id>/bundles.jsonl (part 2)
        listed = [b.get("tagmanifest_sha256") for b in seal["bundles"]]
        report(leaf.hex() in listed, "listed in batch seal", f"SHA-256 {leaf.hex()} of tagmanifest-sha256.txt is not in seal/batch-seal.json")
    report(info.get("Batch-Id") == seal.get("batch_id"), "batch id", f"bag-info.txt Batch-Id {info.get('Batch-Id')}, seal/batch-seal.json batch_id {seal.get('batch_id')}")
    version, previous = info.get("Bundle-Version", ""), info.get("Previous-Version-Tagmanifest-SHA256")
    if info.get("Bag-Kind") == "batch-record":     # a batch's own record: no certificate, no version
        missing = [f for f in ("Bagging-Date", "Payload-Oxum", "Batch-Id") if f not in info]
        consistent = version == "" and previous is None
    else:
        missing = [f for f in ("Bagging-Date", "Payload-Oxum", "Certificate-Issuer", "Certificate-Serial", "Bundle-Version", "Batch-Id") if f not in info]
        consistent = version.isdigit() and int(version) >= 1 and (previous is None) == (version == "1")
    report(not missing and consistent, "bag-info fields", f"missing {missing}, Bundle-Version {version!r}, Previous-Version-Tagmanifest-SHA256 {previous!r}")
    try:
        tree, token = evidence_record(open(bag + "/seal/evidence-record.ers", "rb").read())
        open(bag + ".tst", "wb").write(token)
    except Exception as error:
        report(False, "evidence record", f"seal/evidence-record.ers unreadable: {error}")
        return
    if tree and leaf not in tree[0]:
        report(False, "hash tree", f"the first list of the reduced hash tree does not contain {leaf.hex()}")
        return
    current = sha256(b"".join(sorted(tree[0]))) if tree else leaf    # no tree: a one-leaf batch
    for partial in tree[1:]:
        current = sha256(b"".join(sorted([current] + partial)))
    print("ROOT", bag, current.hex(), sep="\t")
    report(current.hex() == seal.get("root"), "hash tree", f"the evidence record leads to root {current.hex()}, seal/batch-seal.json says {seal.get('root')}")

for bag in sys.argv[1:]:
    def report(ok, check, detail=""):
        print("PASS" if ok else "FAIL", bag, check, "" if ok else " ".join(detail.split()), sep="\t")
    try:
        verify(bag, report)
    except Exception as error:
        report(False, "bag files", f"unexpected content: {error!r}")
PY
    local status bag name detail
    while IFS=$'\t' read -r status bag name detail; do
        case $status in
            PASS) pass ;;
            FAIL) fail "${rel_of[$bag]}: $name: $detail" ;;
            ROOT) root_of[$bag]=$name ;;
        esac
    done <"$WORK/tree.out"

    for bag in "${chunk_bags[@]}"; do
        # Step 1.7: the RFC 3161 token is over that root and chains to trust/tsa-ca.pem. A bag whose
        # batch was renewed is proven by its complete record: the sealed one and every renewal, each
        # token as of the time of the one that renewed it (check_record.py assembles and checks it).
        local renewals
        renewals=$ARCHIVE_DIR/batches/$(sed -n 's/^Batch-Id: *//p' "$bag/bag-info.txt" | tr -d '\r')/renewals
        if [ -d "$renewals" ]; then
            check "${rel_of[$bag]}" "renewed evidence record" renewed_record "$bag" "$renewals"
        elif [ -n "${root_of[$bag]:-}" ]; then
            check "${rel_of[$bag]}" "timestamp token" \
                openssl ts -verify -digest "${root_of[$bag]}" -in "$bag.tst" -token_in -CAfile "$TSA_CA"
        fi
        # Step 1.8 (optional): Bouncy Castle, one java run per TSA certificate per chunk.
        if [ -n "$BC_CLASSPATH" ] && [ -s "$bag.tst" ]; then
            if ! openssl pkcs7 -inform DER -in "$bag.tst" -print_certs | openssl x509 -outform DER -out "$bag.tsa.der"; then
                fail "${rel_of[$bag]}: Bouncy Castle ERSEvidenceRecord: no TSA certificate in the token"
                continue
            fi
            local group
            group=$(sha256sum <"$bag.tsa.der" | cut -c1-64)
            cp "$bag.tsa.der" "$WORK/bc-$group.der"
            printf '%s\n%s\n' "$bag/seal/evidence-record.ers" "$bag/tagmanifest-sha256.txt" >>"$WORK/bc-$group.args"
        fi
    done
    if [ -n "$BC_CLASSPATH" ]; then
        local args_file
        for args_file in "$WORK"/bc-*.args; do
            [ -e "$args_file" ] || continue
            mapfile -t bc_args <"$args_file"
            java -cp "$BC_CLASSPATH" "$BC_VERIFIER" "${args_file%.args}.der" "${bc_args[@]}" >"$WORK/bc.out" 2>&1 || true
            for ((i = 0; i < ${#bc_args[@]}; i += 2)); do
                bag=${bc_args[i]%/seal/evidence-record.ers}
                if grep -q -F "ERS valid ${root_of[$bag]:-none} ${bc_args[i]}" "$WORK/bc.out"; then
                    pass
                else
                    line=$(grep -F "${bc_args[i]}" "$WORK/bc.out" | head -n 1) || line="no answer (java failed: $(head -n 1 "$WORK/bc.out"))"
                    fail "${rel_of[$bag]}: Bouncy Castle ERSEvidenceRecord: $(printf '%s' "${line//"$bag/"/}" | cut -c1-200)"
                fi
            done
            rm -f "$args_file" "${args_file%.args}.der"
        done
    fi
    rm -rf "$WORK/chunk"
    chunk_bags=()
}

index=0
for bundle in "${bundle_files[@]}"; do
    index=$((index + 1))
    rel=${bundle#"$ARCHIVE_DIR"/}
    case $rel in
        batches/*) top=qcr-$(basename "$(dirname "$bundle")") ;;
        *) top=$(basename "$bundle"); top=${top%.gz}; top=${top%.tar} ;;
    esac
    out=$WORK/chunk/$index
    mkdir -p "$out"
    # Step 1.1: list, then extract (GNU tar reads .tar and .tar.gz, and every gzip member, alike).
    if ! tar_shape "$bundle" "$top" >"$WORK/shape.out" 2>&1; then
        fail "$rel: tar: $(head -n 1 "$WORK/shape.out")"
        continue
    fi
    pass
    if ! tar -xf "$bundle" -C "$out" >"$WORK/tar.out" 2>&1; then
        fail "$rel: tar: extraction failed: $(head -n 1 "$WORK/tar.out")"
        continue
    fi
    bag=$out/$top
    rel_of[$bag]=$rel
    cd "$bag"
    # Step 1.2: the BagIt declaration.
    check "$rel" "bagit.txt" cmp bagit.txt <(printf 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n')
    # Step 1.3: payload fixity, completeness and Payload-Oxum.
    check "$rel" "payload manifest" sha256sum -c --quiet --strict manifest-sha256.txt
    check "$rel" "payload complete" payload_complete
    check "$rel" "Payload-Oxum" payload_oxum
    # Step 1.4: tag manifest fixity and content.
    check "$rel" "tag manifest" sha256sum -c --quiet --strict tagmanifest-sha256.txt
    check "$rel" "tag manifest files" tagmanifest_files
    # Step 1.5: the archive's seal on the tag manifest, and on the batch seal copy, as of the time the
    # batch's timestamp proves (-attime): a sealing certificate that expired later leaves them valid.
    batch_id=$(sed -n 's/^Batch-Id: *//p' bag-info.txt | tr -d '\r')
    attime=$(proven_epoch "$ARCHIVE_DIR/batches/$batch_id/timestamp.tsr")
    check "$rel" "seal/tagmanifest.p7s" \
        openssl cms -verify -binary -inform DER -in seal/tagmanifest.p7s -content tagmanifest-sha256.txt -CAfile "$SEAL_CA" -purpose any ${attime:+-attime "$attime"} -out /dev/null
    check "$rel" "seal/batch-seal.json.p7s" \
        openssl cms -verify -binary -inform DER -in seal/batch-seal.json.p7s -content seal/batch-seal.json -CAfile "$SEAL_CA" -purpose any ${attime:+-attime "$attime"} -out /dev/null
    # Step 1.9 (archive at hand): the copy is byte-identical to batches/<Batch-Id>/seal.json.
    check "$rel" "batch seal copy" cmp seal/batch-seal.json "$ARCHIVE_DIR/batches/$batch_id/seal.json"
    if [ "$(sed -n 's/^Bag-Kind: *//p' bag-info.txt | tr -d '\r')" = batch-record ] && [ -e data/report.json ]; then
        # ... and a batch record's data/report.json is the batch's (unsealed) report.json (a format-1
        # continuation batch, <id>-part-NNNNN, has none: its drop's report is its first batch's).
        check "$rel" "report copy" cmp data/report.json "$ARCHIVE_DIR/batches/$batch_id/report.json"
    fi
    # For step 1.9's version chain, after all bundles.
    tm_of_top[$top]=$(sha256sum <tagmanifest-sha256.txt | cut -c1-64)
    prev_of_top[$top]=$(sed -n 's/^Previous-Version-Tagmanifest-SHA256: *//p' bag-info.txt | tr -d '\r')
    rel_of[$top]=$rel
    cd "$WORK"
    chunk_bags+=("$bag")
    if [ ${#chunk_bags[@]} -ge "$CHUNK" ]; then process_chunk; fi
done
process_chunk

# Step 1.9: Previous-Version-Tagmanifest-SHA256 of vN is the SHA-256 of v(N-1)'s tag manifest
# (when v(N-1) is in the archive; a missing sealed bundle is reported by the chain, part 2).
for top in $(printf '%s\n' "${!prev_of_top[@]}" | sort); do
    previous=${prev_of_top[$top]}
    [ -n "$previous" ] || continue
    version=${top##*-v}
    [[ $version =~ ^[0-9]+$ ]] || continue
    before="${top%-v*}-v$((version - 1))"
    [ -n "${tm_of_top[$before]:-}" ] || continue
    if [ "${tm_of_top[$before]}" = "$previous" ]; then
        pass
    else
        fail "${rel_of[$top]}: version chain: Previous-Version-Tagmanifest-SHA256 $previous, ${rel_of[$before]} has tag manifest ${tm_of_top[$before]}"
    fi
done

# ---------------------------------------------------------------------------------------------
# Part 2: the batch seal chain (VERIFY.md "Verifying the seal chain").
# ---------------------------------------------------------------------------------------------
for folder in "$ARCHIVE_DIR"/batches/*/; do
    [ -e "$folder/seal.json" ] || note "note: ${folder#"$ARCHIVE_DIR"/} has no seal.json (a batch that was not sealed)"
done

# Step 2.1: fields, root recomputed from the listed leaves, previous seal, listed bundles.
python3 - "$ARCHIVE_DIR" >"$WORK/chain.out" <<'PY' || fail "python3 chain step: crashed (exit $?)"
# Batch seal checks, standard library only. python3 - ARCHIVE_DIR prints, for every
# batches/<id>/seal.json, tab-separated lines "PASS|FAIL batches/<id> <check> <detail>",
# "ROOT batches/<id> <recomputed root hex>", "PREV batches/<id> <previous_seal_sha256 or null>"
# and "BUNDLE batches/<id> <tagmanifest_sha256> <path>".
import glob, hashlib, json, os, sys

KEYS = {"format", "batch_id", "sealed_at", "hash_algorithm", "root", "bundle_count",
        "previous_seal_sha256", "exception_register_sha256"}
# Format 2 names its bundle list (bundles.jsonl beside seal.json) by digest; format 1 holds it inline.
LIST_KEY = {"qcarchive-batch-seal/1": "bundles", "qcarchive-batch-seal/2": "bundle_list_sha256"}

def sha256(data):
    return hashlib.sha256(data).digest()

for path in sorted(glob.glob(os.path.join(sys.argv[1], "batches", "*", "seal.json"))):
    name = os.path.basename(os.path.dirname(path))
    label = "batches/" + name
    def report(ok, check, detail=""):
        print("PASS" if ok else "FAIL", label, check, "" if ok else " ".join(detail.split()), sep="\t")
    try:
        seal = json.loads(open(path, "rb").read().decode("utf-8"))
        if seal["format"] == "qcarchive-batch-seal/2":
            listing = open(os.path.join(os.path.dirname(path), "bundles.jsonl"), "rb").read()
            report(hashlib.sha256(listing).hexdigest() == seal["bundle_list_sha256"], "bundle list",
                   f"sha256 of bundles.jsonl is {hashlib.sha256(listing).hexdigest()}, seal.json says {seal['bundle_list_sha256']}")
            lines = listing.split(b"\n")
            report(lines[-1] == b"", "bundle list", "the last line of bundles.jsonl does not end in a newline")
            bundles = [json.loads(line.decode("utf-8")) for line in lines[:-1]]
            report([b["path"].encode() for b in bundles] == sorted(b["path"].encode() for b in bundles),
                   "bundle list", "bundles.jsonl is not sorted by path as UTF-8 bytes")
        else:
            bundles = seal["bundles"]
        previous, batch_id = seal["previous_seal_sha256"], seal["batch_id"]
        root, bundle_count = seal["root"], seal["bundle_count"]
        paths = [b["path"] for b in bundles]
        leaves = [bytes.fromhex(b["tagmanifest_sha256"]) for b in bundles] + ([bytes.fromhex(previous)] if previous else [])
        if any(len(leaf) != 32 for leaf in leaves):
            raise ValueError("a digest is not 32 bytes")
    except Exception as error:
        report(False, "seal.json", f"not a readable qcarchive-batch-seal/1 or /2 document (and list): {error!r}")
        continue
    report(seal["format"] in LIST_KEY and set(seal) == KEYS | {LIST_KEY[seal["format"]]} and seal["hash_algorithm"] == "sha-256",
           "seal.json keys", f"keys {sorted(seal)}, format {seal.get('format')}, hash_algorithm {seal.get('hash_algorithm')}")
    report(batch_id == name, "batch id", f"folder {name}, batch_id {batch_id}")
    report(bundle_count == len(bundles), "bundle count", f"bundle_count {bundle_count}, {len(bundles)} listed")
    if not leaves:   # no bag and no previous seal: only before batch records (qcarchive's BatchSeal.leaves)
        leaves = [sha256(("qcarchive-empty-batch:" + batch_id).encode("utf-8"))]
    level = sorted(leaves)
    while len(level) > 1:
        level = [sha256(b"".join(sorted(level[i:i + 2]))) if i + 1 < len(level) else level[i]
                 for i in range(0, len(level), 2)]
    report(level[0].hex() == root, "root", f"recomputed {level[0].hex()}, seal.json says {root}")
    print("ROOT", label, level[0].hex(), sep="\t")
    print("PREV", label, previous or "null", sep="\t")
    for b, path in zip(bundles, paths):
        print("BUNDLE", label, b["tagmanifest_sha256"], path, sep="\t")
PY

declare -A seal_root=() seal_prev=() batch_of_digest=() next_of=() listed=()
bundle_lines=()
while IFS=$'\t' read -r status label name detail; do
    case $status in
        PASS) pass ;;
        FAIL) fail "$label: $name: $detail" ;;
        ROOT) seal_root[$label]=$name ;;
        PREV) seal_prev[$label]=$name ;;
        BUNDLE) bundle_lines+=("$label"$'\t'"$name"$'\t'"$detail") ;;
    esac
done <"$WORK/chain.out"

batches=()
for folder in "$ARCHIVE_DIR"/batches/*/; do
    [ -e "$folder/seal.json" ] || continue
    label=batches/$(basename "$folder")
    batches+=("$label")
    # Step 2.2: the archive's signature on seal.json, as of the time its timestamp proves.
    attime=$(proven_epoch "$folder/timestamp.tsr")
    check "$label" "seal.json.p7s" \
        openssl cms -verify -binary -inform DER -in "$folder/seal.json.p7s" -content "$folder/seal.json" -CAfile "$SEAL_CA" -purpose any ${attime:+-attime "$attime"} -out /dev/null
    # Step 2.3: the TSA's timestamp over the recomputed root; once renewed, as of its first renewal
    # (each bag's complete record, step 1.7, proves the renewals).
    renewed_at=$(python3 "$CHECK_RECORD" --renewed-at "$folder/renewals")
    if [ -n "${seal_root[$label]:-}" ]; then
        check "$label" "timestamp.tsr" \
            openssl ts -verify -digest "${seal_root[$label]}" -in "$folder/timestamp.tsr" -CAfile "$TSA_CA" \
            ${renewed_at:+-attime "$renewed_at"}
    fi
    digest=$(sha256sum <"$folder/seal.json" | cut -c1-64)
    batch_of_digest[$digest]=$label
done

# Step 2.4: the links. One first batch (previous null); every other previous_seal_sha256 is the
# sha256sum of another batch's seal.json; no batch has two successors.
first=()
for label in "${batches[@]}"; do
    previous=${seal_prev[$label]:-}
    [ -n "$previous" ] || continue   # seal.json unreadable: reported above
    if [ "$previous" = null ]; then
        first+=("$label")
    elif [ -z "${batch_of_digest[$previous]:-}" ]; then
        fail "$label: previous seal: previous_seal_sha256 $previous is the sha256sum of no batches/*/seal.json"
    elif [ -n "${next_of[${batch_of_digest[$previous]}]:-}" ]; then
        fail "$label: previous seal: ${batch_of_digest[$previous]} is already followed by ${next_of[${batch_of_digest[$previous]}]}"
    else
        next_of[${batch_of_digest[$previous]}]=$label
        pass
    fi
done
if [ ${#batches[@]} -gt 0 ]; then
    if [ ${#first[@]} -eq 1 ]; then
        pass
        chain=${first[0]}
        label=${first[0]}
        while [ -n "${next_of[$label]:-}" ]; do label=${next_of[$label]}; chain="$chain -> $label"; done
        note "chain: ${chain//batches\//}"
    else
        fail "batches/: first batch: expected exactly one seal.json with previous_seal_sha256 null, found ${#first[@]}: ${first[*]:-none}"
    fi
fi

# Step 2.5: every listed bundle exists and its tagmanifest-sha256.txt has the listed SHA-256.
for line in "${bundle_lines[@]}"; do
    IFS=$'\t' read -r label expected path <<<"$line"
    listed[$path]=1
    bundle=$ARCHIVE_DIR/$path
    if [ ! -f "$bundle" ]; then
        fail "$path: sealed bundle: listed by $label, missing from the archive"
        continue
    fi
    top=$(tar -tf "$bundle" 2>/dev/null | sed -n '1s|/.*||p') || true
    found=$(tar -xOf "$bundle" --occurrence=1 "$top/tagmanifest-sha256.txt" 2>/dev/null | sha256sum | cut -c1-64) || true
    if [ "$found" = "$expected" ]; then
        pass
    else
        fail "$path: sealed bundle: $label lists tag manifest $expected, the file has $found"
    fi
done

# Step 2.6: every bundle file and batch record is sealed by some batch.
for bundle in "${bundle_files[@]}"; do
    rel=${bundle#"$ARCHIVE_DIR"/}
    if [ -n "${listed[$rel]:-}" ]; then pass; else fail "$rel: sealed bundle: listed by no batch (seal.json or bundles.jsonl)"; fi
done

# Step 2.7: the validation data sealed in each batch record (data/validation/): every CRL or OCSP
# answer verifies under the issuer certificate sealed beside it, and none lists a certificate of
# the sealing or TSA chain as revoked at or before the time the batch's timestamp proves.
cat >"$WORK/validation.py" <<'PY'
import datetime, json, os, subprocess, sys
root, proven = sys.argv[1], (int(sys.argv[2]) if sys.argv[2] else None)
bag = os.path.dirname(os.path.dirname(root))
def openssl(*args):
    return subprocess.run(("openssl",) + args, capture_output=True, text=True)
def epoch(text):  # "Dec  3 10:17:42 2026 GMT", as openssl prints times
    return int(datetime.datetime.strptime(" ".join(text.split()), "%b %d %H:%M:%S %Y GMT")
               .replace(tzinfo=datetime.timezone.utc).timestamp())
chains = {}
for entry in json.load(open(os.path.join(root, "validation.json")))["certificates"]:
    chains.setdefault(entry["chain"], []).append(entry)
for chain, entries in sorted(chains.items()):
    entries.sort(key=lambda e: e["position"])
    for index, entry in enumerate(entries):
        status, name = entry.get("status"), f"{chain} certificate {entry['subject']}"
        if not status:
            continue
        if status["result"] == "not-collected":
            print(f"NOTE\t{name}\tno revocation status was collected at sealing")
            continue
        issuer = os.path.join(bag, entries[index + 1]["file"]) if index + 1 < len(entries) else None
        evidence = os.path.join(bag, status["file"])
        if not issuer or openssl("x509", "-inform", "DER", "-in", issuer, "-out", issuer + ".pem").returncode:
            print(f"FAIL\t{name}\tits issuer certificate is not sealed beside its status")
            continue
        revoked = None
        if status["source"] == "ocsp":
            when = ["-attime", str(proven)] if proven else []
            answer = openssl("ocsp", "-respin", evidence, "-issuer", issuer + ".pem", "-VAfile", issuer + ".pem",
                             "-serial", "0x" + entry["serial"], "-no_nonce", *when)
            if "Response verify OK" not in answer.stderr + answer.stdout:
                print(f"FAIL\t{name}\tthe OCSP answer does not verify under its issuer")
                continue
            for line in answer.stdout.splitlines():
                if "Revocation Time:" in line:
                    revoked = epoch(line.split("Revocation Time:")[1])
        else:
            # openssl crl exits 0 whether or not the signature verifies: read its verdict.
            verdict = openssl("crl", "-inform", "DER", "-in", evidence, "-CAfile", issuer + ".pem", "-noout")
            if "verify OK" not in verdict.stderr + verdict.stdout:
                print(f"FAIL\t{name}\tthe CRL does not verify under its issuer")
                continue
            lines = openssl("crl", "-inform", "DER", "-in", evidence, "-noout", "-text").stdout.splitlines()
            for number, line in enumerate(lines):
                if line.strip().startswith("Serial Number:") and \
                        int(line.split(":")[1].strip(), 16) == int(entry["serial"], 16):
                    revoked = epoch(lines[number + 1].split("Revocation Date:")[1])
        if revoked is not None and (proven is None or revoked <= proven):
            print(f"FAIL\t{name}\trevoked at {revoked}, not after the proven time {proven}")
        else:
            print(f"PASS\t{name}\tnot revoked at the proven time")
PY
for label in "${batches[@]}"; do
    record=$ARCHIVE_DIR/$label/batch-record.tar.gz
    [ -r "$record" ] || continue
    mkdir -p "$WORK/validation/$label"
    tar -xzf "$record" -C "$WORK/validation/$label" 2>/dev/null || continue   # step 1.1 reports it
    found=("$WORK/validation/$label"/*/data/validation/validation.json)
    [ -r "${found[0]}" ] || continue   # sealed before validation data were sealed
    while IFS=$'\t' read -r status name detail; do
        case $status in
            PASS) pass ;;
            FAIL) fail "$label: validation data: $name: $detail" ;;
            NOTE) note "$label: validation data: $name: $detail" ;;
        esac
    done < <(python3 "$WORK/validation.py" "$(dirname "${found[0]}")" "$(proven_epoch "$ARCHIVE_DIR/$label/timestamp.tsr")")
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
