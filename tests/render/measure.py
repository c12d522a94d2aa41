"""Accuracy of the extractor on the rendered fixtures, and the floors it must keep.

For each committed variant (format x layout x doc) and table, the score is
min(recall, precision) of row keys against the variant's expected rows (the rows
compared as in tests/test_strategy_accuracy.py):

- strategy_indicators: (project, indicator, values in year order)
- strategy_projects: (name, term)
- strategy_task_links: (task, project)

A file the extractor refuses or crashes on scores 0.0 in every table (the error is
kept for the report), so floors can simply be raised as readers improve. The floors
live in one file, `tests/fixtures/rendered/floors.csv`; `scripts/accuracy_table.py
--write-floors` rewrites it from a measurement.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import TextIO

from extract.extraction import Extraction, extract_file
from tests.accuracy import Score, norm_number, norm_text, score
from tests.render.matrix import RENDERED, TABLES, Variant, read_expected

FLOORS = RENDERED / "floors.csv"
SHORT = {"strategy_indicators": "indicators", "strategy_projects": "projects",
         "strategy_task_links": "task_links"}
Row = dict


@cache
def extraction(path: Path) -> Extraction | str:
    """The file's extraction, once per run; the error message if it failed."""
    try:
        return extract_file(path)
    except Exception as exc:  # a reader's crash is a measured 0.0, not a test error
        return f"{type(exc).__name__}: {exc}"


def indicator_keys(rows: Iterable[Row], value: str) -> list[tuple]:
    """Long rows (one per indicator and year) regrouped one per printed row: consecutive
    rows of one project/indicator from one source line (extracted rows say where their
    printed row starts), else while the year goes up; values in year order.

    Years are not part of the key: a row whose values the reader could not place in
    years (an empty year cell prints nothing in a text dump; the reader leaves the years
    empty and reports a finding) counts by its values, as every row does. An indicator
    printed twice in a row, the second time with such an empty cell, is two rows, not
    one of nine values.
    """
    out: list[tuple] = []
    last_key, last_year, last_line = None, None, None
    for r in rows:
        key = (norm_text(r["project_name"]), norm_text(r["indicator_name"]))
        year = int(r["year"]) if r["year"] not in (None, "") else None
        line = r.get("source_line") or None
        same_row = (line == last_line if line is not None and last_line is not None
                    else year is None or last_year is None or year > last_year)
        if key == last_key and same_row:
            out[-1] = (*key, (*out[-1][2], norm_number(r[value])))
        else:
            out.append((*key, (norm_number(r[value]),)))
        last_key, last_year, last_line = key, year, line
    return out


def keys(table: str, rows: Iterable[Row]) -> list[tuple]:
    if table == "strategy_indicators":
        return indicator_keys(rows, "value_raw")
    if table == "strategy_projects":
        return [(norm_text(r["project_name"]), norm_text(r["term"])) for r in rows]
    return [(norm_text(r["task"]), norm_text(r["project_name"])) for r in rows]


def measure(variant: Variant, table: str) -> tuple[float, Score | str]:
    """min(recall, precision) of one table of one variant, with the score or the error."""
    got = extraction(variant.path)
    if isinstance(got, str):
        return 0.0, got
    s = score(keys(table, read_expected(variant.layout, variant.doc, table)),
              keys(table, got.rows(table)), record=False)
    return min(s.recall, s.precision), s


def read_floors() -> dict[tuple[str, str, str], dict[str, float]]:
    """(format, layout, doc) -> short table name -> floor."""
    if not FLOORS.exists():
        return {}
    with FLOORS.open(encoding="utf-8", newline="") as fh:
        return {(r["format"], r["layout"], r["doc"]): {t: float(r[t]) for t in SHORT.values()}
                for r in csv.DictReader(fh)}


def floors_csv(measured: dict[tuple[str, str, str], dict[str, float]], out: TextIO) -> None:
    """`measured` in the floors file's format, each score rounded down: a floor never
    exceeds what was measured."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["format", "layout", "doc", *SHORT.values()])
    for (fmt, layout, doc), scores in sorted(measured.items()):
        writer.writerow([fmt, layout, doc, *(f"{math.floor(scores[t] * 1000) / 1000:.3f}"
                                             for t in SHORT.values())])


def write_floors(measured: dict[tuple[str, str, str], dict[str, float]]) -> None:
    with FLOORS.open("w", encoding="utf-8", newline="") as fh:
        floors_csv(measured, fh)


def measure_all(variants: Iterable[Variant]) -> dict[tuple[str, str, str], dict[str, float]]:
    return {(v.fmt, v.layout, v.doc): {SHORT[t]: measure(v, t)[0] for t in TABLES}
            for v in variants}


def table_lines(results: dict[tuple[str, str, str], dict[str, float | str]]) -> list[str]:
    """format x layout x doc -> indicators / projects / task links, worst first."""
    def worst(item: tuple) -> tuple:
        vals = [v for v in item[1].values() if isinstance(v, float)]
        return (min(vals, default=0.0), item[0])

    lines = [f"{'format':6} {'layout':38} {'doc':4} {'indic':>6} {'proj':>6} {'links':>6}  error"]
    for (fmt, layout, doc), vals in sorted(results.items(), key=worst):
        nums = [vals.get(t) for t in SHORT.values()]
        cells = " ".join(f"{v:6.3f}" if isinstance(v, float) else f"{'-':>6}" for v in nums)
        error = str(vals.get("error", ""))[:90]
        lines.append(f"{fmt:6} {layout:38} {doc:4} {cells}  {error}")
    return lines
