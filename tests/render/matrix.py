"""The rendered-fixture matrix: which documents in which layouts and formats, and where
their committed files live (`tests/fixtures/rendered/<layout>/<doc>.{docx,pdf,txt}` and
`<doc>.expected/<table>.csv`). `scripts/make_fixtures.py` writes it; the accuracy
tests read it without LibreOffice.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path

from tests.render.content import (
    StrategyContent,
    corpus_strategy,
    expected_rows,
    synthetic_strategy,
)

RENDERED = Path(__file__).resolve().parent.parent / "fixtures" / "rendered"
MANIFEST = RENDERED / "manifest.json"
FORMATS = ("docx", "pdf", "txt")
TABLES = ("strategy_indicators", "strategy_projects", "strategy_task_links")


def documents() -> dict[str, StrategyContent]:
    """Every document rendered: the corpus strategies' gold content, and made-up regions
    with other names, 4 and 5 year columns and empty / `-` cells."""
    return {
        "000": corpus_strategy("000"),
        "002": corpus_strategy("002"),
        "004": corpus_strategy("004"),
        "s01": synthetic_strategy(1, "Заречной области", range(2022, 2027)),
        "s02": synthetic_strategy(2, "Республики Лесогорье", range(2021, 2025), sectors_n=5),
    }


@dataclass(frozen=True)
class Variant:
    """One committed file: a document in a layout and a format."""

    layout: str
    doc: str
    fmt: str

    @property
    def path(self) -> Path:
        return RENDERED / self.layout / f"{self.doc}.{self.fmt}"

    @property
    def id(self) -> str:
        return f"{self.fmt}-{self.layout}-{self.doc}"


def manifest() -> dict:
    if not MANIFEST.exists():
        return {"layouts": [], "variants": []}
    return json.loads(MANIFEST.read_text("utf-8"))


def variants() -> list[Variant]:
    """Every committed variant, as the manifest lists them."""
    return [Variant(v["layout"], v["doc"], fmt) for v in manifest()["variants"]
            for fmt in FORMATS]


def expected_dir(layout: str, doc: str) -> Path:
    return RENDERED / layout / f"{doc}.expected"


def read_expected(layout: str, doc: str, table: str) -> list[dict[str, str]]:
    return read_expected_in(expected_dir(layout, doc), table)


def write_expected(out: Path, content: StrategyContent, decimal: str | None) -> dict[str, int]:
    """The rows a reader must return, one CSV per table in `out`; row counts by table."""
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    for table, rows in expected_rows(content, decimal).items():
        with (out / f"{table}.csv").open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
        counts[table] = len(rows)
    return counts


def read_expected_in(folder: Path, table: str) -> list[dict[str, str]]:
    with (folder / f"{table}.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))
