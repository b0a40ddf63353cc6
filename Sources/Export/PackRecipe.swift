/// `VERIFY.md` of a supervision evidence pack: how an auditor proves it with tar, sha256sum, openssl
/// and python3 alone (SPEC "Exports"). A test runs these commands on a real pack.
package enum PackRecipe {
    package static func text(topFolder: String) -> String {
        #"""
        # Verifying this supervision evidence pack without qcarchive

        This tar is one BagIt bag (RFC 8493), `\#(topFolder)/`: under `data/`, every bundle version of
        every selected certificate (`data/bundles/…tar.gz`, byte for byte as archived) with its complete
        RFC 4998 evidence record beside it (`….ers`); the batches that sealed them
        (`data/batches/<id>/`: `seal.json`, `seal.json.p7s`, `timestamp.tsr`, `bundles.jsonl`,
        `renewals/`, the batch record) and the `seal.json` of every other batch, chained in
        `data/chain.jsonl`, with the newest published head (`data/head.note`); the governing documents
        and the CRLs and raw OCSP responses as delivered (`data/drops/<batch>/…`); the exception
        register's entries in scope (`data/exceptions.json`, obligations that do not come from
        ETSI EN 319 411-2); `findings.json`, `findings.csv`, `report.html`, `index.json`; the trust
        anchors (`data/trust/`) and the conformance-boundary statement. The tag manifest
        (`tagmanifest-sha256.txt`) covers `bagit.txt`, `bag-info.txt`, `manifest-sha256.txt` and this
        file; it is signed by the archive's sealing key (`.p7s`, CMS) and timestamped (`.tsr`, RFC 3161
        over its SHA-256). With qcarchive: `qcarchive verify PACK.tar --seal-ca SEAL-CA.pem --tsa-ca TSA-CA.pem`.

        Compare the fingerprints of `data/trust/seal-ca.pem` and `data/trust/tsa-ca.pem` with ones you
        received out of band (`openssl x509 -in data/trust/seal-ca.pem -noout -fingerprint -sha256`);
        below, `SEAL_CA` and `TSA_CA` are those anchors.

        ```sh
        tar -xf PACK.tar && cd \#(topFolder)
        test -z "$(find . ! -type f ! -type d)"  # regular files and folders only
        # 1. The tag manifest: signed by the archive's sealing key, timestamped by its TSA, both checked
        #    at the time the timestamp proves (valid then, whatever expired since).
        WHEN=$(date -u -d "$(openssl ts -reply -in tagmanifest-sha256.txt.tsr -text | sed -n 's/^Time stamp: //p')" +%s)
        openssl cms -verify -binary -inform DER -in tagmanifest-sha256.txt.p7s \
          -content tagmanifest-sha256.txt -CAfile "$SEAL_CA" -purpose any -attime "$WHEN" -out /dev/null
        openssl ts -verify -data tagmanifest-sha256.txt -in tagmanifest-sha256.txt.tsr -CAfile "$TSA_CA" \
          -attime "$WHEN"
        # 2. The tag files and every payload file are unchanged, and nothing was added (as bagit.py --validate,
        #    and beyond it: no file anywhere that the manifests do not list).
        sha256sum --quiet -c tagmanifest-sha256.txt
        sha256sum --quiet -c manifest-sha256.txt
        FOUND=$(mktemp)
        find . -type f | sed 's|^\./||' | LC_ALL=C sort > "$FOUND"
        { cut -c67- manifest-sha256.txt tagmanifest-sha256.txt; ls tagmanifest-sha256.txt*; } | LC_ALL=C sort \
          | diff - "$FOUND"
        # 3. The chain from the first batch to the newest, the head over it (its Ed25519 signature by
        #    openssl), and every bundle in the bundle list of the batch that sealed it.
        python3 - <<'PY'
        import base64, hashlib, json, os, subprocess, tarfile, tempfile
        def tree(leaves):  # RFC 6962 Merkle Tree Hash over seal.json bytes
            if len(leaves) == 1: return hashlib.sha256(b"\0" + leaves[0]).digest()
            k = 1
            while k * 2 < len(leaves): k *= 2
            return hashlib.sha256(b"\1" + tree(leaves[:k]) + tree(leaves[k:])).digest()
        chain = [json.loads(l) for l in open("data/chain.jsonl")]
        previous, seals = None, []
        for n, link in enumerate(chain, 1):
            seal = open(f"data/batches/{link['batch']}/seal.json", "rb").read()
            assert link["position"] == n and hashlib.sha256(seal).hexdigest() == link["seal_sha256"], link
            assert json.loads(seal).get("previous_seal_sha256") == previous == link.get("previous_seal_sha256"), link
            previous = link["seal_sha256"]
            seals.append(seal)
        text, _, signatures = open("data/head.note", encoding="utf-8").read().partition("\n\n")
        lines = text.split("\n")
        size, root = int(lines[1]), lines[2]
        assert size <= len(seals) and base64.b64encode(tree(seals[:size])).decode() == root, "head"
        signed, work = False, tempfile.mkdtemp()
        for name, key_id, key in (l.split("+", 2) for l in open("data/trust/head.vkey").read().split()):
            for line in signatures.splitlines():
                blob = base64.b64decode(line.split(" ")[-1])
                if line.startswith("\u2014 " + name + " ") and blob[:4].hex() == key_id:
                    files = {"k": bytes.fromhex("302a300506032b6570032100") + base64.b64decode(key)[1:],
                             "m": (text + "\n").encode(), "s": blob[4:]}
                    for f, data in files.items():
                        open(os.path.join(work, f), "wb").write(data)
                    signed |= subprocess.run(["openssl", "pkeyutl", "-verify", "-pubin", "-keyform", "DER", "-inkey",
                                              f"{work}/k", "-rawin", "-in", f"{work}/m", "-sigfile", f"{work}/s"],
                                             capture_output=True).returncode == 0
        assert signed, "the head's signature by a key of data/trust/head.vkey"
        listed = {}
        for link in chain:
            if link["carried"] == "all":
                folder = f"data/batches/{link['batch']}"
                seal = json.load(open(f"{folder}/seal.json"))
                if "bundles" not in seal:
                    listing = open(f"{folder}/bundles.jsonl", "rb").read()
                    assert hashlib.sha256(listing).hexdigest() == seal["bundle_list_sha256"], folder
                rows = seal.get("bundles") or [json.loads(l) for l in open(f"{folder}/bundles.jsonl")]
                listed.update({row["path"]: row["tagmanifest_sha256"] for row in rows})
        for line in open("manifest-sha256.txt"):
            path = line[66:].rstrip("\n")
            if path.startswith("data/bundles/") and path.endswith(".tar.gz"):
                with tarfile.open(path) as t:
                    top = t.getnames()[0].split("/")[0]
                    manifest = t.extractfile(f"{top}/tagmanifest-sha256.txt").read()
                assert listed.get(path[5:]) == hashlib.sha256(manifest).hexdigest(), path
        print(f"chain of {len(chain)} batch(es) and the signed head hold; every bundle is sealed in its batch")
        PY
        ```

        Each bundle then verifies alone as the archive's `docs/VERIFY.md` describes: its CMS seal over
        its tag manifest, and its evidence record (`….ers` beside it: the archive timestamp of its
        batch and every renewal) with RFC 4998 tools such as Bouncy Castle's `ERSEvidenceRecord`.
        The head (`data/head.note`) is a C2SP signed note (Ed25519) by a key of `data/trust/head.vkey`;
        compare that key with one published outside the archive.
        """#
    }
}
