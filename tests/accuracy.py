"""Row-level accuracy against hand-checked gold, the way the gold README says to compare.

Names are compared after normalising spaces, hyphens/dashes and quotes; numbers
exactly (as numbers, so `0.00` equals `0`). Rows are multisets: the same key
twice must be found twice.
"""

from __future__ import annotations

import csv
import os
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

GOLD = Path(__file__).parent / "gold"

_DASHES = re.compile(r"[‐‑‒–—−-]")
_QUOTES = re.compile(r"[«»“”„\"'‘’]")
_SPACE = re.compile(r"\s+")


def norm_text(value: object) -> str:
    text = "" if value is None else str(value)
    text = _QUOTES.sub('"', _DASHES.sub("-", text))
    text = re.sub(r"\s*-\s*", "-", text)
    return _SPACE.sub(" ", text).strip().lower()


def norm_number(value: object) -> str:
    text = "" if value is None else str(value).strip().replace(",", ".").replace(" ", "")
    try:
        return str(Decimal(text).normalize())
    except InvalidOperation:
        return norm_text(text)


def read_gold(name: str) -> list[dict[str, str]]:
    with (GOLD / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@dataclass
class Score:
    expected: int
    actual: int
    matched: int
    missing: list[tuple]
    unexpected: list[tuple]

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.actual if self.actual else 1.0

    def report(self) -> str:
        lines = [f"recall {self.recall:.3f} precision {self.precision:.3f} "
                 f"({self.matched} of {self.expected} expected, {self.actual} extracted)"]
        lines += [f"  missing:    {k}" for k in self.missing[:15]]
        lines += [f"  unexpected: {k}" for k in self.unexpected[:15]]
        return "\n".join(lines)


# Every score taken during a test run, by test id: printed at the end of `make test`
# (see conftest.pytest_terminal_summary), so each run states the accuracy it measured.
SCORES: list[tuple[str, Score]] = []


# Accuracy of the rendered-fixture matrix (tests/test_rendered_accuracy.py), by
# (format, layout, doc) -> table -> min(recall, precision), or the extraction error:
# printed as its own section at the end of the run.
RENDERED: dict[tuple[str, str, str], dict[str, float | str]] = {}


def score(expected: Iterable[tuple], actual: Iterable[tuple], *, record: bool = True) -> Score:
    """Row-level comparison; `record=False` keeps it out of the per-test SCORES list."""
    exp, act = Counter(expected), Counter(actual)
    matched = sum((exp & act).values())
    result = Score(
        expected=sum(exp.values()),
        actual=sum(act.values()),
        matched=matched,
        missing=sorted((exp - act).elements()),
        unexpected=sorted((act - exp).elements()),
    )
    if record:
        test_id = os.environ.get("PYTEST_CURRENT_TEST", "").rsplit(" (", 1)[0]
        SCORES.append((test_id, result))
    return result
