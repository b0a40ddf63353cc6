/// `handover/VERIFY.md`: how the receiver proves a handover with tar, sha256sum, openssl and
/// python3 alone (SPEC "Exports"). A test runs these commands on a real handover.
package enum HandoverRecipe {
    package static func text(topFolder: String) -> String {
        #"""
        # Verifying this handover without qcarchive

        This tar is the termination handover of a qcarchive archive: every bundle version, every batch
        seal and renewal, the content store (raw drops and documents), the exception register, the trust
        anchors, `archive.json` and a catalog snapshot, under one folder, `\#(topFolder)/`. It holds no
        private key. `handover/manifest-sha256.txt` lists every other file with its SHA-256; it is
        signed by the archive's sealing key (`.p7s`, CMS) and timestamped (`.tsr`, RFC 3161 over its
        SHA-256). With qcarchive: `qcarchive verify HANDOVER.tar --seal-ca SEAL-CA.pem --tsa-ca TSA-CA.pem`.

        Compare the fingerprints of `trust/seal-ca.pem` and `trust/tsa-ca.pem` with ones you received
        out of band (`openssl x509 -in trust/seal-ca.pem -noout -fingerprint -sha256`); below, `SEAL_CA`
        and `TSA_CA` are those anchors.

        ```sh
        tar -xf HANDOVER.tar && cd \#(topFolder)
        # 1. The manifest: signed by the archive's sealing key, timestamped by its TSA.
        openssl cms -verify -binary -inform DER -in handover/manifest-sha256.txt.p7s \
          -content handover/manifest-sha256.txt -CAfile "$SEAL_CA" -purpose any -out /dev/null
        openssl ts -verify -data handover/manifest-sha256.txt -in handover/manifest-sha256.txt.tsr \
          -CAfile "$TSA_CA"
        # 2. Every file listed is there, unchanged; and nothing else is there.
        sha256sum --quiet -c handover/manifest-sha256.txt
        find . -type f ! -path './handover/manifest-sha256.txt*' | sed 's|^\./||' | LC_ALL=C sort > /tmp/found
        cut -c67- handover/manifest-sha256.txt | LC_ALL=C sort | diff - /tmp/found
        # 3. Completeness: the chain of batches, every bag each batch lists, every stored drop file.
        python3 - <<'PY'
        import glob, hashlib, io, json, os, tarfile
        seals = {os.path.basename(os.path.dirname(p)): open(p, "rb").read() for p in glob.glob("batches/*/seal.json")}
        by_previous = {json.loads(b)["previous_seal_sha256"]: n for n, b in seals.items()}
        previous, chain = None, []
        while previous in by_previous:
            chain.append(by_previous[previous])
            previous = hashlib.sha256(seals[chain[-1]]).hexdigest()
        assert len(chain) == len(seals) == len(by_previous), "the chain forks or has gaps"
        for name in chain:
            seal = json.loads(seals[name])
            listed = seal.get("bundles") or [json.loads(l) for l in open(f"batches/{name}/bundles.jsonl")]
            assert len(listed) == seal["bundle_count"], name
            for bag in listed:
                with tarfile.open(bag["path"]) as t:
                    top = t.getnames()[0].split("/")[0]
                    manifest = t.extractfile(f"{top}/tagmanifest-sha256.txt").read()
                assert hashlib.sha256(manifest).hexdigest() == bag["tagmanifest_sha256"], bag["path"]
                if bag["path"].endswith("batch-record.tar.gz"):
                    with tarfile.open(bag["path"]) as t:
                        member = f"{top}/data/drop-files.json"
                        drop = json.load(t.extractfile(member)) if member in t.getnames() else []
                    for f in drop:
                        assert os.path.exists(f"store/sha256/{f['sha256'][:2]}/{f['sha256']}"), f["path"]
        print(f"complete: {len(chain)} batch(es), every listed bag and stored drop file present")
        PY
        ```

        Each bag then verifies as the archive's own `docs/VERIFY.md` describes (its seal, its evidence
        record with `batches/<id>/renewals/`). Extracted, this folder is an archive folder:
        `qcarchive reindex --archive \#(topFolder)` rebuilds the catalog from the sealed files, and
        every query answers as the original archive did.
        """#
    }
}
