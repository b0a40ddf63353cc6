"""qcarchive benchmark harness (`make bench`, `make bench-smoke`).

Generates deterministic drops with qcbench, runs the product's scenarios (nightly night 1 and 2,
verify --all, reindex, renew (timestamp and hash-tree), every named query), and two reference points on the same bundle payloads:
the floor (GNU tar of all payload files into one stream through `openssl dgst -sha256`) and the
`bagit` library making the same bags. Prints one table, then every target of issue #16 beside what
was measured (met or not), and writes both as JSON (results.json: scenarios, ratios, targets).
Night 2 runs as `import` then `seal`, so that the import is timed alone.

The named queries run twice: on the benchmark's own archive, and on its catalog grown to
--query-certificates (1,000,000 by default) by scale_catalog.py. The reference points are timed on
the payloads of at most --reference-bundles bundles (all of them in the smoke run) and compared per
bundle.

Usage: python3 bench.py --bin DIR --certificates N --ocsp-lines M --out var/bench [--query-certificates Q]
       [--reference-bundles R] [--smoke]
Times are wall seconds; CPU is user+sys of the process; RSS is the process's peak (ru_maxrss)."""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path


def measure(label, argv, ok=(0,), cwd=None):
    """Runs argv; its output is read as it comes (a query can print hundreds of MB) and only the
    last 64 KB are kept, so that this process stays small: a child's peak RSS counts the pages of
    the parent it was forked from."""
    start = time.monotonic()
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=cwd)
    tail, size = b"", 0
    while chunk := process.stdout.read(1 << 20):
        size += len(chunk)
        tail = (tail + chunk)[-65536:]
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in ok:
        sys.stderr.write(tail.decode("utf-8", "replace"))
        raise SystemExit(f"{label}: exit {code}")
    return {"scenario": label, "wall_s": round(wall, 3), "cpu_s": round(usage.ru_utime + usage.ru_stime, 3),
            "peak_rss_mb": round(usage.ru_maxrss / 1024, 1), "output_bytes": size, "output": tail.decode("utf-8", "replace")}


def size(path):
    total = 0
    for root, _, files in os.walk(path):
        for name in files:
            total += os.lstat(os.path.join(root, name)).st_size
    return total


def records(drop, folder):
    """The JSON lines under a folder of a drop (events, or OCSP log lines)."""
    total = 0
    for path in sorted((drop / folder).rglob("*.jsonl")):
        with open(path, "rb") as lines:
            total += sum(1 for _ in lines)
    return total


def issue16_targets(rows, ratios, label):
    """Every figure issue #16 sets, beside what this run measured: {name, target, measured, met}.
    A target of a scenario this version does not have is measured None ("not built")."""
    by = {r["scenario"]: r for r in rows}
    queries = [r for name, r in by.items() if name.startswith("query ") and name.endswith(f"({label} certs)")]
    timeline = by.get(f"query timeline ({label} certs)")
    others = [r for r in queries if r is not timeline]

    def target(name, goal, measured, met):
        return {"name": name, "target": goal, "measured": measured, "met": met}

    night = by["nightly night 1"]
    return [
        target("nightly wall s", "<= 60", night["wall_s"], night["wall_s"] <= 60),
        target("nightly peak RSS MB", "<= 512", night["peak_rss_mb"], night["peak_rss_mb"] <= 512),
        target("per bag, times faster than bagit", ">= 4", ratios["bagit_over_nightly_per_bundle"],
               ratios["bagit_over_nightly_per_bundle"] >= 4),
        target("import records/s (events + OCSP lines)", ">= 50000", by["import night 2"]["records_per_s"],
               by["import night 2"]["records_per_s"] >= 50000),
        target("verify --all bundles/s", ">= 5000", by["verify --all"]["bundles_per_s"],
               by["verify --all"]["bundles_per_s"] >= 5000),
        target("verify --all --fast bundles/s", ">= 30000", by["verify --all --fast"]["bundles_per_s"],
               by["verify --all --fast"]["bundles_per_s"] >= 30000),
        target("reindex bundles/s", ">= 2000", by["reindex"]["bundles_per_s"], by["reindex"]["bundles_per_s"] >= 2000),
        target(f"timeline s ({label} certs)", "<= 0.05", timeline["wall_s"], timeline["wall_s"] <= 0.05),
        target(f"slowest other query s ({label} certs)", "<= 2", max(r["wall_s"] for r in others),
               max(r["wall_s"] for r in others) <= 2),
        target(f"largest query peak RSS MB ({label} certs)", "<= 256", max(r["peak_rss_mb"] for r in queries),
               max(r["peak_rss_mb"] for r in queries) <= 256),
    ]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True)
    parser.add_argument("--certificates", type=int, default=2000)
    parser.add_argument("--ocsp-lines", type=int, default=20000)
    parser.add_argument("--out", default="var/bench")
    parser.add_argument("--query-certificates", type=int, default=1_000_000)
    parser.add_argument("--reference-bundles", type=int, default=20_000)
    parser.add_argument("--smoke", action="store_true")
    parser.add_argument("--catalog", help="a PostgreSQL database (postgresql:// URI) the bench may empty; default: SQLite")
    parser.add_argument("--hsm", action="store_true", help="seal and time-stamp with keys in a SoftHSM2 token")
    args = parser.parse_args()
    out = Path(args.out).resolve()
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    qcarchive, qcbench = os.path.join(args.bin, "qcarchive"), os.path.join(args.bin, "qcbench")
    archive = out / "archive"
    rows = []

    for night in (1, 2):
        rows.append(measure(f"generate night {night}", [qcbench, "generate", "--out", str(out / f"night{night}"),
                                                     "--certificates", str(args.certificates), "--ocsp-lines", str(args.ocsp_lines), "--night", str(night)]))
    catalog = ["--catalog", args.catalog] if args.catalog else []
    if args.catalog:  # an empty database, whatever an earlier run left
        subprocess.run(["psql", args.catalog, "-qc", "DROP SCHEMA public CASCADE; CREATE SCHEMA public"], check=True)
    keys = []
    if args.hsm:  # a token made for this run (Tests/Fixtures/hsm/token.sh); its PIN and store for every command
        keys = subprocess.run([str(Path(__file__).parents[1] / "Fixtures/hsm/token.sh"), str(out / "hsm")], check=True,
                               capture_output=True, text=True).stdout.split()
        os.environ["SOFTHSM2_CONF"] = str(out / "hsm/softhsm2.conf")
        os.environ["QCARCHIVE_PKCS11_PIN"] = "1234-test"
    measure("init", [qcarchive, "init", "--archive", str(archive)] + catalog + keys)
    # Night 1 as cron runs it; night 2 in its two halves, so that the import is timed alone.
    before = size(archive)
    row = measure("nightly night 1", [qcarchive, "nightly", "--archive", str(archive), "--drop", str(out / "night1")])
    row["bytes_written"] = size(archive) - before
    row["events_per_s"] = round(records(out / "night1", "events") / row["wall_s"])
    row["bundles_per_s"] = round(args.certificates / row["wall_s"])
    rows.append(row)
    before = size(archive)
    imported = measure("import night 2", [qcarchive, "import", "--archive", str(archive), "--drop", str(out / "night2")])
    imported["events_per_s"] = round(records(out / "night2", "events") / imported["wall_s"])
    imported["records_per_s"] = round(
        (records(out / "night2", "events") + records(out / "night2", "status/ocsp")) / imported["wall_s"])
    rows.append(imported)
    sealed = measure("seal night 2", [qcarchive, "seal", "--archive", str(archive)])
    sealed["bytes_written"] = size(archive) - before
    sealed["bundles_per_s"] = round(args.certificates / sealed["wall_s"])
    rows.append(sealed)
    bundles = 2 * args.certificates
    row = measure("verify --all", [qcarchive, "verify", "--archive", str(archive), "--all"])
    row["bundles_per_s"] = round(bundles / row["wall_s"])
    rows.append(row)
    row = measure("verify --all --fast", [qcarchive, "verify", "--archive", str(archive), "--all", "--fast"])
    row["bundles_per_s"] = round(bundles / row["wall_s"])
    rows.append(row)
    row = measure("verify --all --subset 1/30", [qcarchive, "verify", "--archive", str(archive), "--all", "--subset", "1/30"])
    read = int(next(line for line in row["output"].splitlines() if "bundle(s) verified" in line).split()[0])
    row["bundles_per_s"] = round(read / row["wall_s"])
    rows.append(row)
    if not args.catalog:
        shutil.copy(archive / "catalog.sqlite", out / "catalog.before")
        for suffix in ("", "-wal", "-shm"):
            (archive / f"catalog.sqlite{suffix}").unlink(missing_ok=True)
    row = measure("reindex", [qcarchive, "reindex", "--archive", str(archive)])
    row["bundles_per_s"] = round(bundles / row["wall_s"])
    rows.append(row)
    # RFC 4998 renewal of both nights: timestamp renewal (one request, no bag read), then hash-tree
    # renewal to SHA-512 (every bag read once, one request), then verify --all with the renewals.
    for label, extra in (("renew --all", ["--all"]), ("renew --hash-algorithm sha-512", ["--hash-algorithm", "sha-512"])):
        before = size(archive)
        row = measure(label, [qcarchive, "renew", "--archive", str(archive)] + extra)
        row["bytes_written"] = size(archive) - before
        row["bundles_per_s"] = round(bundles / row["wall_s"])
        rows.append(row)
    row = measure("verify --all (renewed)", [qcarchive, "verify", "--archive", str(archive), "--all"])
    row["bundles_per_s"] = round(bundles / row["wall_s"])
    rows.append(row)

    issuer = "CN=Bench Qualified CA,O=Bench Trust Services SA,C=BE"
    queries = [("findings", []), ("certificates", ["--policy", "QCP-n"]), ("timeline", ["--issuer", issuer, "--serial", "10000000"]),
               ("governing-documents", ["--issuer", issuer, "--serial", "10000000"]),
               ("certificates-under-document", ["--document", "bench-terms-1"]), ("revocation-latency", []), ("qscd-exposure", []),
               ("status-beyond-expiry", []), ("exceptions", []), ("coverage", [])]
    for name, extra in queries:
        rows.append(measure(f"query {name}", [qcarchive, "query", "--archive", str(archive), name, "--format", "json"] + extra))

    # Exports (SPEC "Exports"): the handover against tar copying the same folder (the issue asks for
    # at least half of tar's speed), a supervision pack of one policy and of all, each verified.
    exports = out / "exports"
    exports.mkdir()
    tar = measure("tar -cf (the archive folder)", ["tar", "-cf", str(exports / "plain.tar"), "-C", str(out), "archive"])
    tar["bytes_written"] = (exports / "plain.tar").stat().st_size
    rows.append(tar)
    (exports / "plain.tar").unlink()
    for label, argv, name in (
            ("export handover", ["handover"], "handover.tar"),
            ("export supervision --policy QCP-n", ["supervision", "--policy", "QCP-n"], "pack-qcp-n.tar"),
            ("export supervision (all policies)", ["supervision"], "pack-all.tar")):
        row = measure(label, [qcarchive, "export"] + argv + ["--archive", str(archive), "--out", str(exports / name)])
        row["bytes_written"] = (exports / name).stat().st_size
        if name == "handover.tar":
            row["speed_over_tar"] = round(tar["wall_s"] / row["wall_s"], 2)
        rows.append(row)
        rows.append(measure(f"verify {name}", [qcarchive, "verify", str(exports / name)]))
        (exports / name).unlink()

    # The same queries on the catalog grown to --query-certificates (not timed: the copy).
    large = out / "archive-large"
    large.mkdir()
    shutil.copy(archive / "archive.json", large / "archive.json")
    shutil.copytree(archive / "trust", large / "trust")
    if args.catalog:  # the catalog grown from a SQLite copy of this one, then loaded into the database
        subprocess.run([qcarchive, "export", "handover", "--archive", str(archive), "--out", str(out / "copy.tar")],
                       check=True, capture_output=True)
        subprocess.run(["tar", "-xf", str(out / "copy.tar"), "-C", str(out), "--wildcards", "*/catalog.sqlite"], check=True)
        (out / "copy.tar").unlink()
        source = next(out.glob("qch-*/catalog.sqlite"))
    else:
        source = archive / "catalog.sqlite"
    grown = subprocess.run([sys.executable, str(Path(__file__).with_name("scale_catalog.py")), str(source),
                            str(large / "catalog.sqlite"), "--certificates", str(args.query_certificates)], check=True,
                           capture_output=True, text=True).stdout.strip()
    print(grown)
    if args.catalog:
        subprocess.run([sys.executable, str(Path(__file__).with_name("load_postgresql.py")), str(large / "catalog.sqlite"),
                        args.catalog], check=True)
        for suffix in ("", "-wal", "-shm"):
            (large / f"catalog.sqlite{suffix}").unlink(missing_ok=True)
    label = f"{args.query_certificates // 1000}k" if args.query_certificates < 1_000_000 else f"{args.query_certificates / 1e6:g}M"
    for name, extra in queries:
        rows.append(measure(f"query {name} ({label} certs)", [qcarchive, "query", "--archive", str(large), name, "--format", "json"] + extra))
    shutil.rmtree(large)

    # Reference points on the same payloads: extract the data/ of up to --reference-bundles bundles
    # (not timed), then time the floor (tar | openssl dgst) and bagit making the same bags.
    payloads = out / "payloads"
    payloads.mkdir()
    sample = sorted((archive / "bundles").rglob("*.tar.gz"))[:args.reference_bundles]
    for bundle in sample:
        with tarfile.open(bundle) as tar:
            members = [m for m in tar.getmembers() if "/data/" in m.name and m.isfile()]
            tar.extractall(payloads / bundle.name.replace(".tar.gz", ""), members=members)
    floor = measure("floor: tar | openssl dgst -sha256", ["bash", "-c", f"tar -cf - -C '{payloads}' . | openssl dgst -sha256"])
    floor["bundles_per_s"] = round(len(sample) / floor["wall_s"])
    rows.append(floor)
    bagit = measure("bagit library (same bags)", [sys.executable, "-c",
                    "import bagit,os,sys,logging; logging.disable(logging.INFO)\n"
                    "for d in sorted(os.listdir(sys.argv[1])): bagit.make_bag(os.path.join(sys.argv[1], d), checksums=['sha256'])", str(payloads)])
    bagit["bundles_per_s"] = round(len(sample) / bagit["wall_s"])
    rows.append(bagit)
    shutil.rmtree(payloads)

    nightly = [r for r in rows if r["scenario"] in ("nightly night 1", "import night 2", "seal night 2")]
    per_bundle = sum(r["wall_s"] for r in nightly) / bundles
    ratios = {"bagit_over_nightly_per_bundle": round((bagit["wall_s"] / len(sample)) / per_bundle, 2),
              "nightly_over_floor_per_bundle": round(per_bundle / (floor["wall_s"] / len(sample)), 1),
              "reference_bundles": len(sample)}
    for row in rows:
        row.pop("output", None)
    print(f"{'scenario':<38}{'wall s':>9}{'cpu s':>9}{'RSS MB':>9}{'events/s':>10}{'bundles/s':>11}{'MB written':>12}")
    for row in rows:
        written = row.get("bytes_written")
        print(f"{row['scenario']:<38}{row['wall_s']:>9.2f}{row['cpu_s']:>9.2f}{row['peak_rss_mb']:>9.1f}"
              f"{row.get('events_per_s', ''):>10}{row.get('bundles_per_s', ''):>11}{'' if written is None else round(written / 1e6, 1):>12}")
    print(f"bagit / nightly per bundle: {ratios['bagit_over_nightly_per_bundle']}x   nightly / floor per bundle: {ratios['nightly_over_floor_per_bundle']}x")
    handover = next(r for r in rows if r["scenario"] == "export handover")
    print(f"handover speed / tar speed: {handover['speed_over_tar']} (target at least 0.5)")
    targets = issue16_targets(rows, ratios, label)
    print(f"{'target (issue #16; at 100,000 certificates a night)':<58}{'target':>12}{'measured':>12}  met")
    for target in targets:
        measured = "not built" if target["measured"] is None else target["measured"]
        met = "-" if target["met"] is None else ("yes" if target["met"] else "no")
        print(f"{target['name']:<58}{target['target']:>12}{measured:>12}  {met}")
    result = {"catalog": "postgresql" if args.catalog else "sqlite", "keys": "softhsm2" if args.hsm else "files", "certificates_per_night": args.certificates, "ocsp_lines_per_night": args.ocsp_lines, "scenarios": rows, "ratios": ratios,
              "targets": targets, "machine": {"cpus": os.cpu_count()}}
    (out / "results.json").write_text(json.dumps(result, indent=2) + "\n")
    print(f"results: {out / 'results.json'}")
    if args.smoke:
        print("bench-smoke: the harness ran every scenario (times are not checked).")


if __name__ == "__main__":
    main()
