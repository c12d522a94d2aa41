"""Row keys the amendment tests compare by (tests/gold/README.md: names normalised,
numbers as numbers), and the expected rows of the rendered decrees."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.accuracy import norm_number, norm_text

RENDERED = Path(__file__).parent / "fixtures" / "rendered" / "decrees"
EXPECTED = RENDERED / "expected"


def year_key(value) -> str:
    return "" if value in (None, "") else str(value)


def funding_key(r: dict) -> tuple:
    return (r["item_no"] or "", norm_text(r["item_name"]), r["level"], r["source"],
            year_key(r["year"]), norm_number(r["amount_thousand_rub"]))


def passport_key(r: dict) -> tuple:
    return r["source"], year_key(r["year"]), norm_number(r["amount_thousand_rub"])


def indicator_key(r: dict, value: str) -> tuple:
    return (r["item_no"], norm_text(r["item_name"]), norm_text(r["indicator_name"]),
            norm_text(r["unit"]), year_key(r["year"]), norm_number(r[value]))


def expected(doc: str, table: str) -> list[dict]:
    with (EXPECTED / f"{doc}_{table}.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))
