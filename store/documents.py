"""A document's way from file to accepted tables: land, gate, promote or quarantine.

Each step's outcome is one document's own, so one bad file never stops the others,
and a quarantined document keeps its last accepted version. `land_many` and
`gate_many` do the same for a whole night: extraction in parallel worker
processes, validation in batches, and a document whose bytes (and the code that
reads and checks them) are unchanged is neither extracted nor validated again.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from extract import ExtractionError, extract_file
from extract.extraction import Extraction
from store.code_version import extractor_version, gate_version
from store.isolation import Failed, map_isolated, preload_in_workers
from store.layout import Layout, document_key
from store.tables import META_FILE, copy_folder, read_meta, read_tables, write_extraction
from store.warehouse import findings_schema

preload_in_workers(__name__)  # its functions run in worker processes

logger = logging.getLogger(__name__)

# Per document: a 226-page PDF extracts in about 35 s on this machine (docs/scale.md).
EXTRACTION_TIMEOUT_S = 600.0
# Documents validated in one batch: bounds the gate's memory (about 1 MiB per document).
GATE_BATCH = 200


@dataclass(frozen=True)
class Landing:
    key: str
    source_file: str
    sha256: str
    error: str | None
    rows: dict[str, int]
    reused: bool = False  # unchanged since it was last extracted: not extracted again


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""


def _error_file(layout: Layout, key: str) -> Path:
    return layout.landing / f"{key}.error.json"


def _record_error(layout: Layout, path: Path, reason: str, *, transient: bool = False) -> Landing:
    """Leave the reason instead of tables. A transient failure (the worker died or ran out
    of time) is tried again next run even if the file is unchanged."""
    key = document_key(path)
    sha = _sha256(path)
    error_file = _error_file(layout, key)
    error_file.parent.mkdir(parents=True, exist_ok=True)
    error_file.write_text(json.dumps(
        {"source_file": path.name, "sha256": sha, "error": reason,
         "extractor_version": extractor_version(), "transient": transient},
        ensure_ascii=False), "utf-8")
    shutil.rmtree(layout.landing / key, ignore_errors=True)
    return Landing(key, path.name, sha, reason, {})


def _land(layout: Layout, path: Path, extractor: Callable[[Path], Extraction]) -> Landing:
    key = document_key(path)
    try:
        extraction = extractor(path)
    except Exception as exc:  # one file's failure, whatever it is, stays its own
        if isinstance(exc, ExtractionError):
            reason = str(exc)
        else:
            logger.exception("extraction of %s failed", path)
            reason = f"{path.name}: extractor failed unexpectedly: {type(exc).__name__}: {exc}"
        return _record_error(layout, path, reason)
    _error_file(layout, key).unlink(missing_ok=True)
    rows = {table: len(r) for table, r in extraction.tables.items()}
    write_extraction(extraction, layout.landing / key, {
        "source_file": path.name, "sha256": extraction.sha256, "extracted_at": _now(),
        "rows": rows, "extractor_version": extractor_version(),
    })
    return Landing(key, path.name, extraction.sha256, None, rows)


def _unchanged_landing(layout: Layout, path: Path) -> Landing | None:
    """What landing/ or accepted/ already holds for exactly these bytes, read by this
    extractor; an accepted version is copied back into landing/ (a reverted file)."""
    key, sha, version = document_key(path), _sha256(path), extractor_version()
    if not sha:
        return None
    error_file = _error_file(layout, key)
    if error_file.exists():
        err = json.loads(error_file.read_text("utf-8"))
        if (err["sha256"], err.get("extractor_version"), err.get("transient")) == (
                sha, version, False) and err["source_file"] == path.name:
            return Landing(key, path.name, sha, err["error"], {}, reused=True)
    for folder in (layout.landing / key, layout.accepted / key):
        if not (folder / META_FILE).exists():
            continue
        meta = read_meta(folder)
        if (meta["sha256"], meta.get("extractor_version"), meta["source_file"]) == (
                sha, version, path.name):
            if folder != layout.landing / key:
                copy_folder(folder, layout.landing / key)
            error_file.unlink(missing_ok=True)
            return Landing(key, path.name, sha, None, meta["rows"], reused=True)
    return None


def land_many(
    layout: Layout,
    paths: list[Path],
    *,
    workers: int | None = None,
    timeout_s: float = EXTRACTION_TIMEOUT_S,
    extractor: Callable[[Path], Extraction] = extract_file,
    on_extracting: Callable[[list[Path]], None] | None = None,
) -> list[Landing]:
    """Extract files into landing/<key>/ (an unreadable file leaves an error, not tables):
    unchanged ones reused, the rest extracted in `workers` processes (default: one per CPU).
    A file whose worker crashes or runs longer than `timeout_s` gets an error naming it; the
    others land. `extractor` must be picklable. `on_extracting` hears which files are about
    to be extracted (if any), so a caller can prepare their next step meanwhile."""
    landings = {path: _unchanged_landing(layout, path) for path in paths}
    todo = [path for path, landing in landings.items() if landing is None]
    if todo and on_extracting is not None:
        on_extracting(todo)
    results = map_isolated(partial(_land, layout, extractor=extractor), todo,
                           workers=workers, timeout_s=timeout_s)
    for path, result in zip(todo, results, strict=True):
        landings[path] = (_record_error(layout, path, f"{path.name}: extraction failed: "
                                        f"{result.reason}", transient=True)
                          if isinstance(result, Failed) else result)
    return [landings[path] for path in paths]


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
    reused: bool = False  # the verdict of this very extraction, from an earlier run


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


def _accepted_index(layout: Layout) -> dict[str, tuple[str, str]]:
    """Accepted documents: key -> (sha256, source file)."""
    if not layout.accepted.is_dir():
        return {}
    index = {}
    for folder in sorted(layout.accepted.iterdir()):
        if (folder / META_FILE).exists():
            meta = read_meta(folder)
            index[folder.name] = (meta["sha256"], meta["source_file"])
    return index


def _copy_in(accepted: dict[str, tuple[str, str]], key: str, sha256: str) -> str | None:
    same = sorted(k for k, (sha, _) in accepted.items() if sha == sha256 and k != key)
    return accepted[same[0]][1] if same else None


def duplicate_of(layout: Layout, key: str, sha256: str) -> str | None:
    """The file name of another accepted document with exactly this content, if any."""
    return _copy_in(_accepted_index(layout), key, sha256)


def _first_seen(layout: Layout, key: str) -> str:
    """When this file was first checked: kept across runs, it dates an undated edition."""
    previous = layout.quality / "status" / f"{key}.json"
    if previous.exists():
        return json.loads(previous.read_text("utf-8")).get("first_seen_at") or _now()
    return _now()


def _gate_batch(layout: Layout, keys: list[str], checker) -> list[GateResult]:
    """Validate landing/<key> of each key with the GX gate (in one batch); promote each
    document to accepted/ only if it passed. A copy of an already accepted document is
    recorded as its duplicate and loads nothing. Documents are concluded in order, so a
    copy of one promoted earlier in the batch is its duplicate, as one by one."""
    errors = {key: json.loads(_error_file(layout, key).read_text("utf-8"))
              for key in keys if _error_file(layout, key).exists()}
    metas = {key: read_meta(layout.landing / key) for key in keys if key not in errors}
    verdicts = checker.check_many(
        {meta["source_file"]: read_tables(layout.landing / key) for key, meta in metas.items()})
    accepted = _accepted_index(layout)
    results = []
    for key in keys:
        if key in errors:
            results.append(_conclude_unreadable(layout, key, errors[key]))
        else:
            meta = metas[key]
            results.append(_conclude(layout, key, meta, verdicts[meta["source_file"]], accepted))
    return results


def _conclude(layout: Layout, key: str, meta: dict, verdict, accepted: dict) -> GateResult:
    from expectations.report import write_report

    copy_of = _copy_in(accepted, key, meta["sha256"])
    if copy_of:
        shutil.rmtree(layout.accepted / key, ignore_errors=True)
        accepted.pop(key, None)
        _write_findings(layout, key, pd.DataFrame(columns=findings_schema().names))
        result = GateResult(key, meta["source_file"], False, f"duplicate of {copy_of}", [], {},
                            None, copy_of)
    else:
        folder = layout.landing / key
        report = write_report(verdict, layout.quality / "reports")
        _write_findings(layout, key, verdict.findings)
        if verdict.passed:
            copy_folder(folder, layout.accepted / key)
            accepted[key] = (meta["sha256"], meta["source_file"])
        result = GateResult(
            key, meta["source_file"], verdict.passed, verdict.summary(),
            [o.rule.check for o in verdict.blocking_failures],
            _warnings_by_check(verdict.findings), report,
        )
    _record_verdict(layout, key, result, meta["sha256"], meta.get("extractor_version"))
    return result


def _conclude_unreadable(layout: Layout, key: str, err: dict) -> GateResult:
    findings = pd.DataFrame([{
        "source_file": err["source_file"], "check": "extraction", "object": err["source_file"],
        "expected": "a readable document of the template", "actual": err["error"],
        "severity": "blocking", "message": err["error"],
    }])
    _write_findings(layout, key, findings.reindex(columns=findings_schema().names))
    result = GateResult(key, err["source_file"], False, err["error"], ["extraction"], {}, None)
    _record_verdict(layout, key, result, err["sha256"], err.get("extractor_version"))
    return result


def _verdict_of(sha256: str, extractor: str | None) -> str | None:
    """What a verdict is about: these bytes, read by this extractor, checked by this gate."""
    return f"{sha256}:{extractor}:{gate_version()}" if extractor else None


def _record_verdict(layout: Layout, key: str, result: GateResult, candidate_sha: str,
                    extractor: str | None) -> None:
    _write_status(layout, key, {
        "source_file": result.source_file,
        "status": ("duplicate" if result.duplicate_of else
                   "published" if result.published else "quarantined"),
        "reason": result.reason,
        "checked_at": _now(),
        "published_sha256": _accepted_sha(layout, key),
        "candidate_sha256": candidate_sha,
        "duplicate_of": result.duplicate_of,
        "first_seen_at": _first_seen(layout, key),
        "verdict_of": _verdict_of(candidate_sha, extractor),
        "blocking_failures": result.blocking_failures,
        "warnings_by_check": result.warnings_by_check,
        "report": None if result.report is None else str(result.report),
    })


def _landed_as(layout: Layout, key: str) -> str | None:
    error_file = _error_file(layout, key)
    if error_file.exists():
        err = json.loads(error_file.read_text("utf-8"))
        return _verdict_of(err["sha256"], err.get("extractor_version"))
    meta = read_meta(layout.landing / key)
    return _verdict_of(meta["sha256"], meta.get("extractor_version"))


def _unchanged_verdict(layout: Layout, key: str) -> GateResult | None:
    """The recorded verdict if it is about exactly what landing/<key> holds now, and what
    it decided still stands (a published version is still the accepted one). Duplicates are
    checked again: whether a copy's original is still accepted depends on other documents."""
    file = layout.quality / "status" / f"{key}.json"
    if not file.exists():
        return None
    status = json.loads(file.read_text("utf-8"))
    if status.get("verdict_of") is None or status["verdict_of"] != _landed_as(layout, key):
        return None
    published = status["status"] == "published"
    if status["status"] not in ("published", "quarantined") or (
            published and _accepted_sha(layout, key) != status["candidate_sha256"]):
        return None
    report = None if status["report"] is None else Path(status["report"])
    if report is not None and not report.exists():
        return None
    return GateResult(key, status["source_file"], published, status["reason"],
                      status["blocking_failures"], status["warnings_by_check"], report,
                      reused=True)


def gate_many(layout: Layout, keys: list[str], checker) -> list[GateResult]:
    """Validate landing/<key> of each document with the GX gate and promote the ones that
    passed to accepted/ (a copy of an accepted document is its duplicate and loads nothing).
    The recorded verdict of an unchanged extraction is reused; the rest are validated in
    batches of GATE_BATCH documents."""
    results = {key: _unchanged_verdict(layout, key) for key in keys}
    todo = [key for key, result in results.items() if result is None]
    for start in range(0, len(todo), GATE_BATCH):
        batch = todo[start:start + GATE_BATCH]
        results.update(zip(batch, _gate_batch(layout, batch, checker), strict=True))
    return [results[key] for key in keys]


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
