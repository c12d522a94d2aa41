"""Extracted tables on disk: one Parquet file per table in one folder per document.

Parquet keeps the types the warehouse expects (years and line numbers as
integers, everything else as text exactly as extracted), so loading raw tables
into DuckDB is a plain `read_parquet`, and a folder is the unit that is
validated, promoted and published as a whole.
"""

from __future__ import annotations

import json
import shutil
import uuid
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from extract.contract import TABLES
from extract.extraction import Extraction

INTEGER_COLUMNS = frozenset({"year", "source_line", "source_page", "period_start", "period_end"})
META_FILE = "extraction.json"


def arrow_schema(table: str) -> pa.Schema:
    return pa.schema(
        [(c, pa.int64() if c in INTEGER_COLUMNS else pa.string()) for c in TABLES[table]]
    )


def _to_arrow(table: str, rows: list[dict[str, Any]]) -> pa.Table:
    schema = arrow_schema(table)
    columns = {}
    for field in schema:
        values = [row.get(field.name) for row in rows]
        if field.type == pa.string():
            values = [None if v is None or v == "" else str(v) for v in values]
        else:
            values = [None if v is None or v == "" else int(v) for v in values]
        columns[field.name] = pa.array(values, type=field.type)
    return pa.table(columns, schema=schema)


def write_extraction(extraction: Extraction, folder: Path, meta: dict[str, Any]) -> None:
    """Write every table (empty ones too) and the metadata, replacing the folder whole."""
    tmp = folder.with_name(f".{folder.name}.{uuid.uuid4().hex}")
    tmp.mkdir(parents=True)
    for table in TABLES:
        pq.write_table(_to_arrow(table, extraction.rows(table)), tmp / f"{table}.parquet")
    (tmp / META_FILE).write_text(json.dumps(meta, ensure_ascii=False, indent=2), "utf-8")
    replace_folder(tmp, folder)


def replace_folder(new: Path, target: Path) -> None:
    """Swap `new` in at `target`; a reader sees the old folder or the new one, never a mix."""
    target.parent.mkdir(parents=True, exist_ok=True)
    old = target.with_name(f".{target.name}.old.{uuid.uuid4().hex}")
    if target.exists():
        target.rename(old)
    new.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def copy_folder(source: Path, target: Path) -> None:
    """Copy a document folder into place atomically (used to promote landing → accepted)."""
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex}")
    shutil.copytree(source, tmp)
    replace_folder(tmp, target)


def read_meta(folder: Path) -> dict[str, Any]:
    return json.loads((folder / META_FILE).read_text("utf-8"))


def read_table(folder: Path, table: str) -> pd.DataFrame:
    return pq.read_table(folder / f"{table}.parquet").to_pandas()


def read_tables(folder: Path) -> dict[str, pd.DataFrame]:
    return {table: read_table(folder, table) for table in TABLES}
