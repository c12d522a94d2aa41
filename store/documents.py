"""A document's way from file to accepted tables: land, gate, promote or quarantine.

Each step looks at one document only, so one bad file never stops the others,
and a quarantined document keeps its last accepted version.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from extract import ExtractionError, extract_file
from store.layout import Layout, document_key
from store.tables import META_FILE, copy_folder, read_meta, read_tables, write_extraction
from store.warehouse import findings_schema

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Landing:
    key: str
    source_file: str
    sha256: str
    error: str | None
    rows: dict[str, int]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def land(layout: Layout, path: Path) -> Landing:
    """Extract one file into landing/<key>/; an unreadable file leaves an error, not tables."""
    key = document_key(path)
    folder = layout.landing / key
    error_file = layout.landing / f"{key}.error.json"
    try:
        extraction = extract_file(path)
    except Exception as exc:  # one file's failure, whatever it is, stays its own
        if isinstance(exc, ExtractionError):
            reason = str(exc)
        else:
            logger.exception("extraction of %s failed", path)
            reason = f"{path.name}: extractor failed unexpectedly: {type(exc).__name__}: {exc}"
        sha = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""
        error_file.parent.mkdir(parents=True, exist_ok=True)
        error_file.write_text(
            json.dumps({"source_file": path.name, "sha256": sha, "error": reason},
                       ensure_ascii=False), "utf-8")
        shutil.rmtree(folder, ignore_errors=True)
        return Landing(key, path.name, sha, reason, {})
    error_file.unlink(missing_ok=True)
    rows = {table: len(r) for table, r in extraction.tables.items()}
    write_extraction(extraction, folder, {
        "source_file": path.name, "sha256": extraction.sha256, "extracted_at": _now(),
        "rows": rows,
    })
    return Landing(key, path.name, extraction.sha256, None, rows)


@dataclass(frozen=True)
class GateResult:
    key: str
    source_file: str
    published: bool
    reason: str
    blocking_failures: list[str]
    warnings_by_check: dict[str, int]
    report: Path | None
    duplicate_of: str | None = None  # a copy of this accepted document: not loaded


def _write_status(layout: Layout, key: str, status: dict) -> None:
    folder = layout.quality / "status"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{key}.json").write_text(json.dumps(status, ensure_ascii=False), "utf-8")


def _write_findings(layout: Layout, key: str, findings: pd.DataFrame) -> None:
    folder = layout.quality / "findings"
    folder.mkdir(parents=True, exist_ok=True)
    table = pa.Table.from_pandas(findings, preserve_index=False).cast(findings_schema())
    pq.write_table(table, folder / f"{key}.parquet")


def _warnings_by_check(findings: pd.DataFrame) -> dict[str, int]:
    warnings = findings[findings["severity"] == "warning"]
    return {str(k): int(v) for k, v in warnings["check"].value_counts().items()}


def _accepted_sha(layout: Layout, key: str) -> str | None:
    folder = layout.accepted / key
    return read_meta(folder)["sha256"] if (folder / META_FILE).exists() else None


def duplicate_of(layout: Layout, key: str, sha256: str) -> str | None:
    """The file name of another accepted document with exactly this content, if any."""
    if not layout.accepted.is_dir():
        return None
    for folder in sorted(layout.accepted.iterdir()):
        if folder.name != key and (folder / META_FILE).exists():
            meta = read_meta(folder)
            if meta["sha256"] == sha256:
                return meta["source_file"]
    return None


def _first_seen(layout: Layout, key: str) -> str:
    """When this file was first checked: kept across runs, it dates an undated edition."""
    previous = layout.quality / "status" / f"{key}.json"
    if previous.exists():
        return json.loads(previous.read_text("utf-8")).get("first_seen_at") or _now()
    return _now()


def gate(layout: Layout, key: str, checker) -> GateResult:
    """Validate landing/<key> with the GX gate; promote it to accepted/ only if it passed.
    A copy of an already accepted document is recorded as its duplicate and loads nothing."""
    from expectations.report import write_report

    error_file = layout.landing / f"{key}.error.json"
    copy_of = None
    if not error_file.exists():
        meta = read_meta(layout.landing / key)
        copy_of = duplicate_of(layout, key, meta["sha256"])
    if copy_of:
        shutil.rmtree(layout.accepted / key, ignore_errors=True)
        _write_findings(layout, key, pd.DataFrame(columns=findings_schema().names))
        result = GateResult(key, meta["source_file"], False, f"duplicate of {copy_of}", [], {},
                            None, copy_of)
        candidate_sha = meta["sha256"]
    elif error_file.exists():
        err = json.loads(error_file.read_text("utf-8"))
        findings = pd.DataFrame([{
            "source_file": err["source_file"], "check": "extraction", "object": err["source_file"],
            "expected": "a readable document of the template", "actual": err["error"],
            "severity": "blocking", "message": err["error"],
        }])
        _write_findings(layout, key, findings.reindex(columns=findings_schema().names))
        result = GateResult(key, err["source_file"], False, err["error"], ["extraction"], {},
                            None)
        candidate_sha = err["sha256"]
    else:
        folder = layout.landing / key
        meta = read_meta(folder)
        verdict = checker.check(meta["source_file"], read_tables(folder))
        report = write_report(verdict, layout.quality / "reports")
        _write_findings(layout, key, verdict.findings)
        if verdict.passed:
            copy_folder(folder, layout.accepted / key)
        result = GateResult(
            key, meta["source_file"], verdict.passed, verdict.summary(),
            [o.rule.check for o in verdict.blocking_failures],
            _warnings_by_check(verdict.findings), report,
        )
        candidate_sha = meta["sha256"]
    _write_status(layout, key, {
        "source_file": result.source_file,
        "status": "duplicate" if copy_of else "published" if result.published else "quarantined",
        "reason": result.reason,
        "checked_at": _now(),
        "published_sha256": _accepted_sha(layout, key),
        "candidate_sha256": candidate_sha,
        "duplicate_of": copy_of,
        "first_seen_at": _first_seen(layout, key),
    })
    return result


def _statuses(layout: Layout, keys: list[str]) -> list[dict]:
    files = [layout.quality / "status" / f"{key}.json" for key in keys]
    return [json.loads(f.read_text("utf-8")) for f in files if f.exists()]


def quarantined(layout: Layout, keys: list[str]) -> dict[str, str]:
    """Documents among `keys` whose latest gate verdict is quarantine, with the reason."""
    return {s["source_file"]: s["reason"] for s in _statuses(layout, keys)
            if s["status"] == "quarantined"}


def published_documents(layout: Layout, keys: list[str]) -> list[str]:
    """Documents among `keys` whose latest version passed the gate."""
    return [s["source_file"] for s in _statuses(layout, keys) if s["status"] == "published"]
