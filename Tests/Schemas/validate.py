#!/usr/bin/env python3
"""Checks the JSON Schemas of qcarchive (Schemas/*.schema.json) against their corpus and the samples.

    python3 Tests/Schemas/validate.py [-v] [--archive DIR]

The input schemas describe the drop (batch, event, document, ...); the output schemas describe the
documents qcarchive writes (report, archive, bundle-certificate, bundle-lifecycle, bundle-documents,
bundle-status, bundle-findings, batch-seal, and the batch record's batch-record, drop-files and
batch-record-events). Schemas refer to each other by their $id (https://qcarchive.example/schemas/...).

1. every schema is a valid JSON Schema draft 2020-12 (input schemas stay open to extra fields,
   output schemas are closed), and every $ref to another schema file resolves;
2. every line of Tests/Schemas/corpus/<schema>.jsonl, {"valid", "reason_class", "record"}, gets the
   verdict it states. For an input schema, an invalid record fails for a reason of the class it
   states (the reject classes of the Swift importer: missing_field, unknown_type, unknown_policy,
   non_utc_time, invalid_value, wrong_type, bad_json); for an output schema reason_class is null and
   the corpus has at least one valid and one invalid case;
3. every JSON record of Samples/day1 and Samples/day2 that a schema covers is valid, except the
   deliberate bad records of Samples/expected/rejects.json: those whose class a schema can see must
   fail it (bad_json, bad_utf8, conflicting_event_id, document_hash_mismatch, certificates, CRLs...
   are not schema matters and are skipped);
4. with --archive DIR, the documents an archive holds: DIR/archive.json, every
   DIR/batches/*/report.json, every DIR/batches/*/seal.json (batch_id is the name of its folder,
   bundle_count the number of its bundles), in every bundle DIR/bundles/**/*.tar.gz (or .tar), read in
   place, data/certificate.json, data/lifecycle.json, data/documents.json, data/status.json and
   data/findings.json when present, and in every batch record DIR/batches/*/batch-record.tar.gz
   (top folder qcr-<batch id>, Bag-Kind: batch-record, Batch-Id the batch's folder) data/batch.json,
   data/report.json, data/drop-files.json, data/events.json, data/findings.json and
   data/validation/validation.json (data/batch.json
   names the batch, and its drop_digest is the digest of data/drop-files.json). Every bag's
   seal/batch-seal.json matches batch-seal.schema.json and is byte-identical to the seal.json of the
   batch its bag-info.txt Batch-Id names.

Prints one line per failure and ends with "N passed, M failed"; exits 1 when M > 0.
Needs Python 3.11 and jsonschema 4.18+ (with referencing).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
import tarfile
import time
import zlib
from pathlib import Path

from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError
from referencing import Registry, Resource
from referencing.exceptions import Unresolvable
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_DIR = ROOT / "Schemas"
CORPUS_DIR = Path(__file__).resolve().parent / "corpus"
SAMPLES = ROOT / "Samples"
DAYS = ("day1", "day2")

SCHEMA_BASE = "https://qcarchive.example/schemas/"
# Schemas of the drop (inputs): open to fields they do not name.
INPUT_SCHEMAS = ("batch", "event", "document", "crl-publication", "ocsp-log", "qscd", "exception")
# Schemas of the documents qcarchive writes (outputs): closed.
OUTPUT_SCHEMAS = ("report", "archive", "bundle-certificate", "bundle-lifecycle", "bundle-documents", "bundle-status", "bundle-findings",
                  "batch-seal", "bundle-list-entry", "batch-record", "drop-files", "batch-record-events", "validation-data", "exception-version",
                  "bundle-exceptions", "command-summary")
SCHEMAS = INPUT_SCHEMAS + OUTPUT_SCHEMAS
# The payload documents of a bundle that a schema covers.
BUNDLE_DOCUMENTS = {"data/certificate.json": "bundle-certificate", "data/lifecycle.json": "bundle-lifecycle",
                    "data/documents.json": "bundle-documents", "data/status.json": "bundle-status",
                    "data/findings.json": "bundle-findings", "data/exceptions.json": "bundle-exceptions"}
# The payload documents of a batch record (batches/<id>/batch-record.tar.gz, Bag-Kind: batch-record).
BATCH_RECORD_DOCUMENTS = {"data/batch.json": "batch-record", "data/report.json": "report",
                          "data/drop-files.json": "drop-files", "data/events.json": "batch-record-events",
                          "data/findings.json": "bundle-findings",
                          "data/validation/validation.json": "validation-data"}
# Every bag's copy of its batch's seal.json (SPEC "Bundle": seal/).
SEAL_COPY = "seal/batch-seal.json"
EVENT_TYPES = ("application", "registration", "approval", "issuance", "subscriber_agreement", "renewal", "rekey",
               "modification", "qscd_verification", "suspension", "suspension_lifted", "revocation_request",
               "revocation")
# The RejectReason classes of the Swift importer that a record can get from a schema's point of view.
CORPUS_CLASSES = {"missing_field", "unknown_type", "unknown_policy", "non_utc_time", "invalid_value", "wrong_type",
                  "bad_json"}
# Reject classes of Samples/expected/rejects.json that a schema can see in a parsed JSON record.
SCHEMA_VISIBLE = {"missing_field", "unknown_type", "unknown_policy", "non_utc_time", "invalid_value", "wrong_type"}
# batch.json: the importer reports every decoding error of batch.json as bad_json.
CLASS_ALIASES = {"batch": {"wrong_type": "bad_json", "missing_field": "bad_json"}}


class Result:
    def __init__(self, verbose: bool) -> None:
        self.passed = 0
        self.failed = 0
        self.verbose = verbose

    def ok(self, what: str) -> None:
        self.passed += 1
        if self.verbose:
            print(f"ok   {what}")

    def fail(self, what: str) -> None:
        self.failed += 1
        print(f"FAIL {what}")

    def note(self, what: str) -> None:
        print(f"note {what}")


def strict_json(text: str):
    """json.loads without the NaN/Infinity extensions, which JSON (and the Swift decoder) do not have."""
    def constant(name: str):
        raise ValueError(f"not JSON: {name}")
    return json.loads(text, parse_constant=constant)


# --------------------------------------------------------------------------- reason classes of schema errors

def time_patterns(schemas: dict) -> set[str]:
    found = set()
    for schema in schemas.values():
        defs = schema.get("$defs", {})
        if "utcTime" in defs:
            found.add(defs["utcTime"]["pattern"])
    return found


def leaf_classes(error, times: set[str]) -> set[str]:
    """The reject class(es) a schema error stands for, in the Swift importer's terms."""
    path = list(error.absolute_path)
    v = error.validator
    instance = error.instance
    if v in ("anyOf", "oneOf"):
        classes = set()
        for sub in error.context:
            if sub.validator == "type" and sub.validator_value == "null":
                continue  # the "or null" branch of an optional field says nothing
            classes |= leaf_classes(sub, times)
        return classes or {"invalid_value"}
    if v == "required":
        return {"missing_field"}
    if v == "not" and instance is None:
        return {"missing_field"}  # a required field that is null
    if v == "type":
        return {"bad_json"} if not path else {"wrong_type"}
    if v in ("enum", "const"):
        if path == ["type"]:
            if instance is None:
                return {"missing_field"}
            return {"unknown_type"} if isinstance(instance, str) else {"wrong_type"}
        if not isinstance(instance, str):
            return {"wrong_type"}
        if any(p in ("policy", "policies") for p in path):
            return {"unknown_policy"}
        return {"invalid_value"}
    if v == "pattern":
        return {"non_utc_time"} if error.validator_value in times else {"invalid_value"}
    return {"invalid_value"}


def error_classes(validator: Draft202012Validator, record, times: set[str], schema_name: str) -> set[str]:
    classes = set()
    for error in validator.iter_errors(record):
        classes |= leaf_classes(error, times)
    aliases = CLASS_ALIASES.get(schema_name, {})
    return {aliases.get(c, c) for c in classes}


def leaf_errors(error):
    """The errors under an anyOf/oneOf, without the "or null" branch of optional fields."""
    if error.validator in ("anyOf", "oneOf") and error.context:
        subs = [s for s in error.context if not (s.validator == "type" and s.validator_value == "null")]
        return [leaf for sub in subs for leaf in leaf_errors(sub)] or [error]
    return [error]


def describe(validator: Draft202012Validator, record, times: set[str] = frozenset()) -> str:
    """A short, readable account of why a record fails (at most three errors)."""
    messages = []
    for error in validator.iter_errors(record):
        for leaf in leaf_errors(error):
            where = "/".join(map(str, leaf.absolute_path)) or "(record)"
            if leaf.validator == "pattern":
                what = "an RFC 3339 UTC time ending in Z" if leaf.validator_value in times else "of the required form"
                message = f"{leaf.instance!r} is not {what}"
            else:
                message = leaf.message
            if f"{where}: {message}" not in messages:
                messages.append(f"{where}: {message}")
    return "; ".join(sorted(messages)[:3])


# --------------------------------------------------------------------------- 1. schemas

def load_schemas(result: Result) -> dict:
    schemas = {}
    for name in SCHEMAS:
        output = name in OUTPUT_SCHEMAS
        path = SCHEMA_DIR / f"{name}.schema.json"
        try:
            schema = strict_json(path.read_text(encoding="utf-8"))
            Draft202012Validator.check_schema(schema)
        except (OSError, ValueError) as error:
            result.fail(f"{path.relative_to(ROOT)}: cannot read: {error}")
            continue
        except SchemaError as error:
            result.fail(f"{path.relative_to(ROOT)}: not a valid draft 2020-12 schema: {error.message}")
            continue
        problems = []
        if schema.get("$schema") != "https://json-schema.org/draft/2020-12/schema":
            problems.append("$schema is not draft 2020-12")
        if schema.get("$id") != f"{SCHEMA_BASE}{name}.schema.json":
            problems.append("unexpected $id")
        if not schema.get("title") or not schema.get("description"):
            problems.append("title or description missing")
        if output and schema.get("type") == "object" and schema.get("additionalProperties") is not False:
            problems.append("additionalProperties must be false (qcarchive writes this document)")
        if not output and schema.get("additionalProperties", True) is not True:
            problems.append("additionalProperties must stay open")
        if problems:
            result.fail(f"{path.relative_to(ROOT)}: {', '.join(problems)}")
            continue
        schemas[name] = schema
        result.ok(f"{path.relative_to(ROOT)} is a valid draft 2020-12 schema")
    return schemas


def all_refs(node) -> set[str]:
    """Every $ref of a schema, as written."""
    found = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                found.add(value)
            else:
                found |= all_refs(value)
    elif isinstance(node, list):
        for value in node:
            found |= all_refs(value)
    return found


def make_validators(result: Result, schemas: dict) -> dict:
    """One validator per loaded schema, resolving $refs between the schema files by their $id."""
    registry = Registry().with_resources(
        (schema["$id"], Resource.from_contents(schema, default_specification=DRAFT202012)) for schema in schemas.values())
    validators = {}
    for name, schema in schemas.items():
        rel = f"Schemas/{name}.schema.json"
        resolver = registry.resolver(base_uri=schema["$id"])
        problems = []
        for ref in sorted(all_refs(schema)):
            try:
                resolver.lookup(ref)
            except Unresolvable:
                problems.append(ref)
        if problems:
            result.fail(f"{rel}: $ref that does not resolve (a schema that did not load, or a wrong path): "
                        f"{', '.join(problems)}")
            continue
        validators[name] = Draft202012Validator(schema, registry=registry)
    return validators


# --------------------------------------------------------------------------- 2. corpus

def check_corpus(result: Result, validators: dict, times: set[str]) -> None:
    for path in sorted(CORPUS_DIR.glob("*.jsonl")):
        if path.stem not in SCHEMAS:
            result.fail(f"{path.relative_to(ROOT)}: no schema Schemas/{path.stem}.schema.json for this corpus")
    for name in SCHEMAS:
        output = name in OUTPUT_SCHEMAS
        path = CORPUS_DIR / f"{name}.jsonl"
        rel = path.relative_to(ROOT)
        if name not in validators:
            result.fail(f"{rel}: skipped, its schema did not load")
            continue
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as error:
            result.fail(f"{rel}: cannot read: {error}")
            continue
        validator = validators[name]
        valid_types = set()
        verdicts = set()
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            where = f"{rel}:{number}"
            try:
                case = strict_json(line)
                expected, reason_class, record = case["valid"], case["reason_class"], case["record"]
            except (ValueError, KeyError, TypeError) as error:
                result.fail(f"{where}: not a corpus case {{valid, reason_class, record}}: {error}")
                continue
            if output and (not isinstance(expected, bool) or reason_class is not None):
                result.fail(f"{where}: valid must be a boolean and reason_class null (an output document has no "
                            f"reject class)")
                continue
            if not output and (not isinstance(expected, bool) or (expected and reason_class is not None) or (
                    not expected and reason_class not in CORPUS_CLASSES)):
                result.fail(f"{where}: valid must be a boolean, reason_class null for a valid case and one of "
                            f"{sorted(CORPUS_CLASSES)} for an invalid one")
                continue
            is_valid = validator.is_valid(record)
            verdicts.add(expected)
            if is_valid != expected:
                detail = "" if is_valid else f" ({describe(validator, record, times)})"
                stated = "valid" if expected else "invalid" + (f" ({reason_class})" if reason_class else "")
                result.fail(f"{where}: expected {stated}, schema says {'valid' if is_valid else 'invalid'}{detail}")
                continue
            if not expected and not output:
                classes = error_classes(validator, record, times, name)
                if reason_class not in classes:
                    result.fail(f"{where}: invalid as expected, but for {sorted(classes)}, not {reason_class} "
                                f"({describe(validator, record, times)})")
                    continue
            elif name == "event" and isinstance(record, dict):
                valid_types.add(record.get("type"))
            result.ok(f"{where}")
        if output:
            if verdicts == {True, False}:
                result.ok(f"{rel}: has valid and invalid cases")
            else:
                result.fail(f"{rel}: needs at least one valid and one invalid case")
        if name == "event":
            missing = [t for t in EVENT_TYPES if t not in valid_types]
            if missing:
                result.fail(f"{rel}: no valid case for the event types {', '.join(missing)}")
            else:
                result.ok(f"{rel}: every event type has a valid case")


# --------------------------------------------------------------------------- 3. samples

def schema_of(relative: str) -> tuple[str | None, bool]:
    """The schema covering a drop file (by SPEC "The drop" layout) and whether it is JSON Lines."""
    parts = relative.split("/")
    name = parts[-1]
    jsonl = name.endswith(".jsonl") or name.endswith(".jsonl.gz")
    if parts == ["batch.json"]:
        return "batch", False
    if len(parts) == 2 and parts[0] == "events" and jsonl:
        return "event", True
    if len(parts) == 2 and parts[0] == "documents" and name.endswith(".json"):
        return "document", False
    if relative == "status/crl-publications.jsonl":
        return "crl-publication", True
    if len(parts) == 3 and parts[:2] == ["status", "ocsp"] and jsonl:
        return "ocsp-log", True
    if len(parts) == 2 and parts[0] == "qscd" and jsonl:
        return "qscd", True
    if len(parts) == 2 and parts[0] == "exceptions" and name.endswith(".json"):
        return "exception", False
    return None, False


def load_rejects(result: Result) -> dict:
    path = SAMPLES / "expected" / "rejects.json"
    if not path.exists():
        result.note(f"{path.relative_to(ROOT)} is missing: every sample record must be valid")
        return {}
    for attempt in range(3):  # the samples may be being rewritten right now: retry a half-written file
        try:
            entries = strict_json(path.read_text(encoding="utf-8"))
            return {(e["day"], e["file"], e["line"]): e["reason_class"] for e in entries}
        except (OSError, ValueError, KeyError, TypeError) as error:
            if attempt == 2:
                result.fail(f"{path.relative_to(ROOT)}: cannot read the list of deliberate rejects: {error}")
            else:
                time.sleep(1)
    return {}


def records(path: Path, jsonl: bool):
    """Yields (line number or None, text or None when not UTF-8) like the importer reads them."""
    data = path.read_bytes()
    if path.name.endswith(".gz"):
        data = gzip.decompress(data)
    if not jsonl:
        yield None, _utf8(data)
        return
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    for number, line in enumerate(lines, 1):
        if line.endswith(b"\r"):
            line = line[:-1]
        if not line.strip(b" \t"):
            continue
        yield number, _utf8(line)


def _utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def check_samples(result: Result, validators: dict, times: set[str]) -> None:
    if not SAMPLES.is_dir():
        result.note(f"{SAMPLES.relative_to(ROOT)} is missing: no samples checked")
        return
    rejects = load_rejects(result)
    seen = set()
    for day in DAYS:
        drop = SAMPLES / day
        if not drop.is_dir():
            result.note(f"Samples/{day} is missing")
            continue
        for path in sorted(p for p in drop.rglob("*") if p.is_file() and not p.is_symlink()):
            relative = path.relative_to(drop).as_posix()
            name, jsonl = schema_of(relative)
            if name is None:
                continue
            if name not in validators:
                result.fail(f"Samples/{day}/{relative}: skipped, the {name} schema did not load")
                continue
            validator = validators[name]
            try:
                items = list(records(path, jsonl))
            except (OSError, EOFError, gzip.BadGzipFile) as error:
                result.note(f"Samples/{day}/{relative}: could not be read now ({error}); skipped")
                continue
            whole_file = rejects.get((day, relative, None))
            if whole_file is not None:
                seen.add((day, relative, None))
            for number, text in items:
                where = f"Samples/{day}/{relative}" + (f":{number}" if number is not None else "")
                key = (day, relative, number)
                expected = rejects.get(key, whole_file)
                if key in rejects:
                    seen.add(key)
                if expected is not None and expected not in SCHEMA_VISIBLE:
                    continue  # a deliberate reject a schema cannot see (bad_json, conflicting_event_id, ...)
                record = None
                if text is not None:
                    try:
                        record = strict_json(text)
                    except ValueError:
                        text = None
                if text is None:
                    result.fail(f"{where}: not UTF-8 JSON, and not listed in Samples/expected/rejects.json")
                    continue
                is_valid = validator.is_valid(record)
                if expected is None:
                    if is_valid:
                        result.ok(where)
                    else:
                        result.fail(f"{where}: invalid against {name}.schema.json: {describe(validator, record, times)}")
                elif is_valid:
                    result.fail(f"{where}: a deliberate reject ({expected}) that {name}.schema.json accepts")
                else:
                    classes = error_classes(validator, record, times, name)
                    if expected in classes:
                        result.ok(f"{where}: deliberate reject ({expected}) fails {name}.schema.json")
                    else:
                        result.fail(f"{where}: a deliberate reject ({expected}) that fails {name}.schema.json for "
                                    f"{sorted(classes)} instead ({describe(validator, record, times)})")
    for key, reason_class in sorted(rejects.items(), key=lambda item: (item[0][0], item[0][1], item[0][2] or 0)):
        day, relative, line = key
        if key in seen or reason_class not in SCHEMA_VISIBLE or schema_of(relative)[0] is None:
            continue
        result.fail(f"Samples/{day}/{relative}" + (f":{line}" if line is not None else "")
                    + f": listed as a deliberate reject ({reason_class}) but no such record was found")


# --------------------------------------------------------------------------- 4. an archive

def check_document(result: Result, validators: dict, times: set[str], name: str, where: str, data: bytes):
    """Validates one document qcarchive wrote (UTF-8 JSON bytes) against the schema `name`; returns the
    parsed document when it is JSON (valid or not), else None."""
    if name not in validators:
        result.fail(f"{where}: skipped, the {name} schema did not load")
        return None
    try:
        document = strict_json(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        result.fail(f"{where}: not UTF-8 JSON: {error}")
        return None
    validator = validators[name]
    if validator.is_valid(document):
        result.ok(f"{where} matches {name}.schema.json")
    else:
        result.fail(f"{where}: invalid against {name}.schema.json: {describe(validator, document, times)}")
    return document


def parse_bag_info(data: bytes) -> dict[str, str]:
    """bag-info.txt (RFC 8493 §2.2.2): "Label: value" lines, a line starting with white space continues
    the value above; the first occurrence of a label wins."""
    info: dict[str, str] = {}
    current = None  # the label whose value a continuation line extends (None after a repeated label)
    for line in data.decode("utf-8", errors="replace").splitlines():
        if line[:1] in (" ", "\t"):
            if current is not None:
                info[current] += " " + line.strip()
            continue
        key, separator, value = line.partition(":")
        label = key.strip()
        current = label if separator and label not in info else None
        if current is not None:
            info[current] = value.strip()
    return info


def drop_digest(files) -> str | None:
    """The digest of a drop from its data/drop-files.json (ImportJob.digest): SHA-256 over every file,
    in the order of the paths' UTF-8 bytes, of path NUL sha256-hex LF."""
    try:
        entries = sorted(((f["path"].encode("utf-8"), f["sha256"].encode("ascii")) for f in files), key=lambda e: e[0])
    except (KeyError, TypeError, AttributeError, UnicodeEncodeError):
        return None
    hasher = hashlib.sha256()
    for path, digest in entries:
        hasher.update(path + b"\0" + digest + b"\n")
    return hasher.hexdigest()


def check_seal(result: Result, validators: dict, times: set[str], path: Path) -> bytes | None:
    """Checks DIR/batches/<id>/seal.json; returns its bytes (for the bags' copies) when readable."""
    shown = str(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        result.fail(f"{shown}: cannot read: {error}")
        return None
    seal = check_document(result, validators, times, "batch-seal", shown, data)
    if not isinstance(seal, dict):
        return data
    batch_id = seal.get("batch_id")
    if batch_id == path.parent.name:
        result.ok(f"{shown}: batch_id is the name of its folder")
    else:
        result.fail(f"{shown}: batch_id {batch_id!r} is not the name of its folder {path.parent.name!r}")
    bundles = seal.get("bundles")
    if seal.get("format") == "qcarchive-batch-seal/2":
        bundles = check_bundle_list(result, validators, times, path.parent / "bundles.jsonl", seal)
    if isinstance(bundles, list):
        if seal.get("bundle_count") == len(bundles):
            result.ok(f"{shown}: bundle_count is the number of bundles")
        else:
            result.fail(f"{shown}: bundle_count {seal.get('bundle_count')!r} is not the number of bundles listed "
                        f"({len(bundles)})")
    return data


def check_bundle_list(result: Result, validators: dict, times: set[str], path: Path, seal: dict) -> list | None:
    """Checks a format-2 seal's bundles.jsonl: its SHA-256 is bundle_list_sha256, every line a valid entry,
    sorted by path as UTF-8 bytes, each ending in a newline; returns the entries."""
    shown = str(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        result.fail(f"{shown}: cannot read: {error}")
        return None
    if hashlib.sha256(data).hexdigest() == seal.get("bundle_list_sha256"):
        result.ok(f"{shown}: its SHA-256 is the seal's bundle_list_sha256")
    else:
        result.fail(f"{shown}: SHA-256 {hashlib.sha256(data).hexdigest()} is not bundle_list_sha256 "
                    f"{seal.get('bundle_list_sha256')}")
    if data and not data.endswith(b"\n"):
        result.fail(f"{shown}: the last line does not end in a newline")
    entries = []
    for number, line in enumerate(data.split(b"\n")[:-1] if data else [], start=1):
        entry = check_document(result, validators, times, "bundle-list-entry", f"{shown}:{number}", line)
        entries.append(entry)
    paths = [entry.get("path", "").encode() for entry in entries if isinstance(entry, dict)]
    if paths == sorted(paths):
        result.ok(f"{shown}: sorted by path as UTF-8 bytes")
    else:
        result.fail(f"{shown}: not sorted by path as UTF-8 bytes")
    return entries


def check_bundle(result: Result, validators: dict, times: set[str], path: Path, shown: str,
                 seals: dict[str, bytes | None], documents: dict[str, str] = BUNDLE_DOCUMENTS,
                 batch_record: str | None = None) -> None:
    """Reads a bag (a tar with exactly one top-level folder) in place and checks its payload documents
    (`documents`: path in the bag -> schema) and its seal/batch-seal.json, which must be byte-identical to
    the seal.json of the batch its bag-info.txt Batch-Id names (`seals`: batch id -> seal.json bytes, None
    when unreadable). For the batch record of the batch `batch_record`, also checks its top folder,
    bag-info.txt and data/batch.json."""
    try:
        with tarfile.open(path, "r:*") as bundle:
            members = bundle.getmembers()
            names = {member.name.removeprefix("./").rstrip("/"): member for member in members}
            tops = {name.split("/", 1)[0] for name in names if name}
            if len(tops) != 1:
                result.fail(f"{shown}: expected exactly one top-level folder, found {sorted(tops) or 'none'}")
                return

            top = tops.pop()

            def read(inner: str) -> bytes | None:
                member = names.get(f"{top}/{inner}")
                if member is None:
                    return None
                if not member.isfile():
                    result.fail(f"{shown}!{top}/{inner}: not a regular file")
                    return None
                return bundle.extractfile(member).read()

            info = parse_bag_info(read("bag-info.txt") or b"")
            batch_id = info.get("Batch-Id")
            if batch_record is not None:
                problems = []
                if top != f"qcr-{batch_record}":
                    problems.append(f"top folder {top!r}, not 'qcr-{batch_record}'")
                if info.get("Bag-Kind") != "batch-record":
                    problems.append(f"bag-info.txt Bag-Kind {info.get('Bag-Kind')!r}, not 'batch-record'")
                if batch_id != batch_record:
                    problems.append(f"bag-info.txt Batch-Id {batch_id!r}, not the batch's folder {batch_record!r}")
                if problems:
                    result.fail(f"{shown}: a batch record with {'; '.join(problems)}")
                else:
                    result.ok(f"{shown}: a batch record of batch {batch_record}")

            found = 0
            parsed = {}
            for inner, name in documents.items():
                if f"{top}/{inner}" not in names:
                    continue
                found += 1
                data = read(inner)
                if data is not None:
                    parsed[inner] = check_document(result, validators, times, name, f"{shown}!{top}/{inner}", data)
            if not found:
                result.note(f"{shown}: holds none of {', '.join(documents)}")
            elif batch_record is not None:
                check_batch_record(result, shown, top, batch_record, parsed, documents)

            where = f"{shown}!{top}/{SEAL_COPY}"
            copy = read(SEAL_COPY)
            if copy is None:
                if f"{top}/{SEAL_COPY}" not in names:
                    result.fail(f"{where}: missing (every sealed bag carries a copy of its batch's seal.json)")
                return
            check_document(result, validators, times, "batch-seal", where, copy)
            if batch_id is None:
                result.fail(f"{where}: bag-info.txt has no Batch-Id, so no batch seal to compare the copy with")
            elif batch_id not in seals:
                result.fail(f"{where}: bag-info.txt Batch-Id {batch_id!r} names no batches/{batch_id}/seal.json")
            elif seals[batch_id] is None:
                result.fail(f"{where}: batches/{batch_id}/seal.json could not be read, so the copy was not compared")
            elif copy == seals[batch_id]:
                result.ok(f"{where} is byte-identical to batches/{batch_id}/seal.json")
            else:
                result.fail(f"{where}: not byte-identical to batches/{batch_id}/seal.json (the seal of the bag's "
                            f"Batch-Id)")
    except (OSError, EOFError, tarfile.TarError, zlib.error) as error:
        result.fail(f"{shown}: cannot read the bundle: {' '.join(str(error).split())}")


def check_batch_record(result: Result, shown: str, top: str, batch_id: str, parsed: dict, documents: dict) -> None:
    """What the batch record's documents say about one another beyond their schemas."""
    batch = parsed.get("data/batch.json")
    if isinstance(batch, dict):
        where = f"{shown}!{top}/data/batch.json"
        if batch.get("batch_id") == batch_id:
            result.ok(f"{where}: batch_id is the batch's folder")
        else:
            result.fail(f"{where}: batch_id {batch.get('batch_id')!r} is not the batch's folder {batch_id!r}")
        files = parsed.get("data/drop-files.json")
        if isinstance(files, list):
            digest = drop_digest(files)
            if digest is not None and digest == batch.get("drop_digest"):
                result.ok(f"{where}: drop_digest is the digest of data/drop-files.json")
            elif digest is not None:
                result.fail(f"{where}: drop_digest {batch.get('drop_digest')!r} is not the digest of "
                            f"data/drop-files.json ({digest})")
    elif "data/batch.json" in documents and "data/batch.json" not in parsed:
        result.fail(f"{shown}: a batch record without data/batch.json")
    report = parsed.get("data/report.json")
    if isinstance(report, dict) and report.get("batch_id") != batch_id:
        result.fail(f"{shown}!{top}/data/report.json: batch_id {report.get('batch_id')!r} is not the batch's "
                    f"folder {batch_id!r}")


def check_archive(result: Result, validators: dict, times: set[str], archive: Path) -> None:
    if not archive.is_dir():
        result.fail(f"{archive}: not a folder")
        return
    configuration = archive / "archive.json"
    try:
        check_document(result, validators, times, "archive", str(configuration), configuration.read_bytes())
    except OSError as error:
        result.fail(f"{configuration}: cannot read: {error}")
    reports = sorted(archive.glob("batches/*/report.json"))
    if not reports:
        result.note(f"{archive}/batches: no report.json (no batch yet)")
    for path in reports:
        shown = str(path)
        try:
            data = path.read_bytes()
        except OSError as error:
            result.fail(f"{shown}: cannot read: {error}")
            continue
        check_document(result, validators, times, "report", shown, data)
        try:
            batch_id = strict_json(data.decode("utf-8")).get("batch_id")
        except (UnicodeDecodeError, ValueError, AttributeError):
            continue  # reported above
        if batch_id != path.parent.name:
            result.fail(f"{shown}: batch_id {batch_id!r} is not the name of its folder {path.parent.name!r}")
    seals = {path.parent.name: check_seal(result, validators, times, path)
             for path in sorted(archive.glob("batches/*/seal.json"))}
    if not seals:
        result.note(f"{archive}/batches: no seal.json (no sealed batch yet)")
    bundles = sorted(p for p in (archive / "bundles").rglob("*")
                     if p.is_file() and (p.name.endswith(".tar.gz") or p.name.endswith(".tar")))
    if not bundles:
        result.note(f"{archive}/bundles: no bundle")
    for path in bundles:
        check_bundle(result, validators, times, path, str(path), seals)
    records = sorted(archive.glob("batches/*/batch-record.tar.gz"))
    for name in sorted(seals):
        if not (archive / "batches" / name / "batch-record.tar.gz").exists():
            result.note(f"{archive}/batches/{name}: sealed without a batch-record.tar.gz (an archive written before "
                        f"batch records?)")
    for path in records:
        check_bundle(result, validators, times, path, str(path), seals, BATCH_RECORD_DOCUMENTS,
                     batch_record=path.parent.name)
    # The exception register and its sealed snapshots: one version per line.
    for path in [archive / "exceptions" / "register.jsonl"] + sorted(archive.glob("batches/*/exception-register.jsonl")):
        if not path.exists():
            continue
        for number, line in enumerate(path.read_bytes().splitlines(), 1):
            check_document(result, validators, times, "exception-version", f"{path}:{number}", line)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Checks qcarchive's JSON Schemas against their corpus, the samples "
                                                 "and, optionally, the documents of an archive.")
    parser.add_argument("-v", "--verbose", action="store_true", help="also print every check that passed")
    parser.add_argument("--archive", metavar="DIR", type=Path,
                        help="also validate DIR/archive.json, DIR/batches/*/report.json and seal.json, the payload "
                             "documents and seal copy of every bundle under DIR/bundles and of every batch record "
                             "DIR/batches/*/batch-record.tar.gz")
    args = parser.parse_args(argv)
    result = Result(verbose=args.verbose)
    schemas = load_schemas(result)
    validators = make_validators(result, schemas)
    times = time_patterns(schemas)
    check_corpus(result, validators, times)
    check_samples(result, validators, times)
    if args.archive is not None:
        check_archive(result, validators, times, args.archive)
    print(f"{result.passed} passed, {result.failed} failed")
    return 1 if result.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
