"""Build the warehouse in a side file, then publish it with one atomic rename.

DuckDB allows one writer or many readers per file. The nightly writer therefore
never opens the published file: it builds `warehouse.duckdb.build`, and
`publish` renames it over `warehouse.duckdb`. A reader that holds the old file
open keeps reading the old, complete build; the next connection sees the new one.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from canonical.raw import build_identity
from extract.contract import TABLES
from store.layout import Layout
from store.tables import arrow_schema, replace_folder

# The tables BI reads (schema main); every other model is internal to the build.
PUBLISHED_PREFIXES = ("dim_", "fct_", "bridge_", "mart_")

QUALITY_FINDINGS = "quality_findings"
DOCUMENT_STATUS = "document_status"


def _concat(files: list[Path], schema: pa.Schema) -> pa.Table:
    tables = [pq.read_table(f).cast(schema) for f in files if f.exists()]
    return pa.concat_tables(tables) if tables else schema.empty_table()


def findings_schema() -> pa.Schema:
    """The gate's findings (expectations.gate.FINDING_COLUMNS) as stored and loaded."""
    from expectations.gate import FINDING_COLUMNS

    ints = {"year", "source_line"}
    return pa.schema([(c, pa.int64() if c in ints else pa.string()) for c in FINDING_COLUMNS])


def build_raw(layout: Layout, document_keys: list[str], target: Path | None = None,
              status_keys: list[str] | None = None) -> dict[str, int]:
    """A fresh file (`target`, default the build file) whose `raw` schema holds the accepted
    version of each document; `status_keys` (default the same documents) adds the status of
    documents that are not loaded, such as withdrawn ones."""
    build = target or layout.build_path
    for stale in (build, build.with_name(build.name + ".wal")):
        stale.unlink(missing_ok=True)
    build.parent.mkdir(parents=True, exist_ok=True)
    accepted = [layout.accepted / key for key in document_keys]
    counts: dict[str, int] = {}
    with duckdb.connect(str(build)) as con:
        con.execute("CREATE SCHEMA raw")
        for table in TABLES:
            data = _concat([d / f"{table}.parquet" for d in accepted], arrow_schema(table))
            con.register("incoming", data)
            con.execute(f"CREATE TABLE raw.{table} AS SELECT * FROM incoming")
            con.unregister("incoming")
            counts[table] = data.num_rows
        findings = _concat(
            [layout.quality / "findings" / f"{key}.parquet" for key in document_keys],
            findings_schema(),
        )
        con.register("incoming", findings)
        con.execute(f"CREATE TABLE raw.{QUALITY_FINDINGS} AS SELECT * FROM incoming")
        con.unregister("incoming")
        counts[QUALITY_FINDINGS] = findings.num_rows
        statuses = [
            json.loads((layout.quality / "status" / f"{key}.json").read_text("utf-8"))
            for key in (document_keys if status_keys is None else status_keys)
            if (layout.quality / "status" / f"{key}.json").exists()
        ]
        status = pa.Table.from_pylist(statuses, schema=STATUS_SCHEMA)
        con.register("incoming", status)
        con.execute(f"CREATE TABLE raw.{DOCUMENT_STATUS} AS SELECT * FROM incoming")
        con.unregister("incoming")
        counts[DOCUMENT_STATUS] = status.num_rows
        counts.update(build_identity(con))
    return counts


STATUS_SCHEMA = pa.schema([
    ("source_file", pa.string()),
    ("status", pa.string()),            # published | quarantined | withdrawn | duplicate
    ("reason", pa.string()),
    ("checked_at", pa.string()),
    ("published_sha256", pa.string()),  # the version in the warehouse (may be older)
    ("candidate_sha256", pa.string()),  # the version read tonight
    ("duplicate_of", pa.string()),      # the accepted document with the same content
    ("first_seen_at", pa.string()),     # when the pipeline first checked this file
])


def publish(layout: Layout) -> None:
    """Checkpoint the build and rename it over the published warehouse (atomic on one disk)."""
    build = layout.build_path
    with duckdb.connect(str(build)) as con:
        con.execute("CHECKPOINT")
    if build.with_name(build.name + ".wal").exists():
        raise RuntimeError(f"{build} still has a write-ahead log after CHECKPOINT")
    os.replace(build, layout.warehouse_path)


def export_marts(layout: Layout, prefixes: tuple[str, ...] = PUBLISHED_PREFIXES
                 ) -> list[str]:
    """Every mart of the published warehouse as Parquet, swapped in as one folder."""
    tmp = layout.exports.with_name(f".exports.{uuid.uuid4().hex}")
    tmp.mkdir(parents=True)
    with duckdb.connect(str(layout.warehouse_path), read_only=True) as con:
        names = [
            r[0] for r in con.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
            ).fetchall()
            if r[0].startswith(prefixes)
        ]
        for name in sorted(names):
            con.execute(f"COPY main.{name} TO '{tmp / (name + '.parquet')}' (FORMAT parquet)")
    replace_folder(tmp, layout.exports)
    return sorted(names)


def copy_dbt_docs(target_dir: Path, layout: Layout) -> Path:
    """Keep the generated dbt docs beside the warehouse they describe: the one-file page of
    `dbt docs generate --static` as index.html, so it opens from disk without a server."""
    tmp = layout.dbt_docs.with_name(f".dbt_docs.{uuid.uuid4().hex}")
    tmp.mkdir(parents=True)
    for source, name in (("static_index.html", "index.html"), ("catalog.json", "catalog.json"),
                         ("manifest.json", "manifest.json")):
        if (target_dir / source).exists():
            shutil.copy2(target_dir / source, tmp / name)
    replace_folder(tmp, layout.dbt_docs)
    return layout.dbt_docs / "index.html"
