"""What a warehouse build was made from, so a run with nothing new can stop early.

A build's fingerprint is the gate's status of every document (version, verdict) plus a
hash of the dbt project's sources. It is stamped into the raw layer, travels with the
build file and is read back from the published warehouse: equal fingerprints mean the
next build would publish the same warehouse.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from store.layout import Layout
from store.warehouse import build_raw

_TABLE = "raw.build_fingerprint"
# The files that decide what dbt builds; target/, logs/ and packages are outputs.
_DBT_SOURCES = ("dbt_project.yml", "profiles.yml", "models", "macros", "seeds", "tests",
                "snapshots", "analyses")
# Fields of a status record that describe the document, not the moment it was checked.
_STATUS_FIELDS = ("source_file", "status", "reason", "published_sha256", "candidate_sha256")


def _dbt_sources(project_dir: Path) -> list[Path]:
    files: list[Path] = []
    for name in _DBT_SOURCES:
        root = project_dir / name
        files += [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
    return files


def dbt_project_hash(project_dir: Path) -> str:
    """sha256 over the names and bytes of every dbt source file, in a stable order."""
    digest = hashlib.sha256()
    for f in _dbt_sources(project_dir):
        digest.update(str(f.relative_to(project_dir)).encode() + b"\0" + f.read_bytes())
    return digest.hexdigest()


def newest_source_mtime(project_dir: Path) -> float:
    """When the dbt project's sources last changed (a manifest older than this is stale)."""
    return max((f.stat().st_mtime for f in _dbt_sources(project_dir)), default=0.0)


def fingerprint(layout: Layout, status_keys: list[str], dbt_hash: str) -> str:
    """The fingerprint of a build over these documents' statuses and this dbt project."""
    statuses = {}
    for key in sorted(status_keys):
        path = layout.quality / "status" / f"{key}.json"
        if path.exists():
            record = json.loads(path.read_text("utf-8"))
            statuses[key] = {f: record.get(f) for f in _STATUS_FIELDS}
    payload = json.dumps({"documents": statuses, "dbt": dbt_hash}, sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()


def stamp(database: Path, value: str) -> None:
    """Record the fingerprint inside a raw-layer file (it is copied into every build)."""
    with duckdb.connect(str(database)) as con:
        con.execute(f"CREATE OR REPLACE TABLE {_TABLE} AS SELECT ? AS fingerprint", [value])


def published_fingerprint(layout: Layout) -> str | None:
    """The fingerprint of the published warehouse, None if there is none or it has none."""
    if not layout.warehouse_path.exists():
        return None
    with duckdb.connect(str(layout.warehouse_path), read_only=True) as con:
        found = con.execute(
            "SELECT count(*) FROM information_schema.tables "
            "WHERE table_schema = 'raw' AND table_name = 'build_fingerprint'").fetchone()[0]
        if not found:
            return None
        return con.execute(f"SELECT fingerprint FROM {_TABLE}").fetchone()[0]


def raw_layer_path(layout: Layout) -> Path:
    """The complete raw layer of the next build; every dbt build starts from a copy of it."""
    return layout.root / "raw_layer.duckdb"


def build_raw_layer(layout: Layout, document_keys: list[str], status_keys: list[str],
                    dbt_hash: str) -> dict[str, int]:
    """Load every document's accepted version into a new raw-layer file, stamp it, swap it in.

    Built aside and renamed, so a dbt build that starts meanwhile copies the previous
    complete raw layer, never a half-written one.
    """
    layout.root.mkdir(parents=True, exist_ok=True)
    tmp = layout.root / f".raw_layer.{uuid.uuid4().hex}.duckdb"
    try:
        counts = build_raw(layout, document_keys, target=tmp, status_keys=status_keys)
        stamp(tmp, fingerprint(layout, status_keys, dbt_hash))
        os.replace(tmp, raw_layer_path(layout))
    finally:
        tmp.unlink(missing_ok=True)
    return counts


def start_build(layout: Layout) -> Path:
    """A fresh build file holding a copy of the raw layer, for dbt to build the marts into."""
    source = raw_layer_path(layout)
    if not source.exists():
        raise FileNotFoundError(
            f"no raw layer at {source}: materialize the raw tables (raw/*) before the dbt models")
    build = layout.build_path
    build.with_name(build.name + ".wal").unlink(missing_ok=True)
    shutil.copyfile(source, build)
    return build


@contextmanager
def build_lock(layout: Layout) -> Iterator[None]:
    """One build and publication at a time per warehouse, whichever process runs them."""
    layout.root.mkdir(parents=True, exist_ok=True)
    with (layout.root / ".build.lock").open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
