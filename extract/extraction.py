"""One file in, the contract tables out."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extract.contract import TABLES
from extract.detect import AMENDMENT, detect_format, detect_kind
from extract.errors import ExtractionError

Row = dict[str, Any]


@dataclass
class Extraction:
    """Rows of every table for one file; each row has exactly the table's columns."""

    source_file: str
    sha256: str
    tables: dict[str, list[Row]] = field(default_factory=dict)

    def rows(self, table: str) -> list[Row]:
        return self.tables.get(table, [])


def _conform(table: str, rows: list[Row], source_file: str) -> list[Row]:
    """Give every row the table's columns, in order, and the file's name."""
    columns = TABLES[table]
    out = []
    for row in rows:
        unknown = set(row) - set(columns)
        if unknown:
            raise ValueError(f"{table}: columns outside the contract: {sorted(unknown)}")
        full = {col: row.get(col) for col in columns}
        full["source_file"] = source_file
        out.append(full)
    return out


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ExtractionError(path, f"not valid UTF-8 text (byte {exc.start})") from exc


def extract_file(path: str | Path) -> Extraction:
    """Extract one document; raises ExtractionError naming the file and what is wrong."""
    path = Path(path)
    if not path.is_file():
        raise ExtractionError(path, "no such file")
    raw = path.read_bytes()
    if not raw.strip():
        raise ExtractionError(path, "the file is empty")
    fmt = detect_format(path, raw[:4096])
    if fmt == "pdf":
        from extract.pdf import extract_pdf

        tables = extract_pdf(path)
    elif fmt == "docx":
        from extract.word import extract_docx

        tables = extract_docx(path)
    elif fmt in ("doc", "rtf"):
        from extract.convert import as_docx
        from extract.word import extract_docx

        with as_docx(path, fmt) as converted:
            tables = extract_docx(converted, source_file=path.name)
    else:
        text = _read_text(path)
        kind = detect_kind(path, text)
        if kind == AMENDMENT:
            from extract.amendment import extract_amendment_text

            tables = extract_amendment_text(text, path.name)
        else:
            from extract.strategy import extract_strategy_text

            tables = extract_strategy_text(text, path.name)
    sha256 = hashlib.sha256(raw).hexdigest()
    for doc in tables.get("documents", []):
        doc.setdefault("format", fmt)
        doc["sha256"] = sha256
    return Extraction(
        source_file=path.name,
        sha256=sha256,
        tables={name: _conform(name, tables.get(name, []), path.name) for name in TABLES},
    )
