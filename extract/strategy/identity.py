"""Which section-6 project each row of sections 5 and 7 refers to — decided once, here.

Sections 5 and 7 print a project's name (section 7 also its own number), not a
reference to section 6, and each prints it its own way: cut at another page
break, with or without «(рекомендовано ФОИВ)», abbreviated or spelled out. The
section-6 project of a row is the one of its sector whose name is the same
(names.name_key of the cores), else the same up to abbreviations
(acronyms.same_name), else one that the other begins with (a name cut by a page
break, at least `_MIN_CUT` characters); among several equally good, the one numbered
like the row (none, for a row without a number). A section-7 row that names no
section-6 project keeps the project of the same number. The answer is written into
`section6_project_no` (empty when none), so every later layer joins on it instead of
matching names again. A section-7 project that no section-6 project names is reported
as a finding (`indicator_project_not_in_section_6`), whatever number it was linked by.
"""

from __future__ import annotations

import re
from typing import Any

from extract.strategy.acronyms import same_name
from extract.strategy.names import core, name_key

Row = dict[str, Any]
REF_COLUMN = "section6_project_no"
_MIN_CUT = 12
_SEQ = re.compile(r"(\d+)\.?\s*$")


def _seq(project_no: str | None) -> int | None:
    """«1.2» and «2» both print the project's number within its sector: the last part."""
    m = _SEQ.search(project_no or "")
    return int(m.group(1)) if m else None


def _rank(name: str, candidate: str) -> int | None:
    """How surely `name` names `candidate` (0 best), None when it does not."""
    a, b = name_key(core(name)), name_key(core(candidate))
    if not a or not b:
        return None
    if a == b:
        return 0
    if same_name(core(name), core(candidate)):
        return 1
    if min(len(a), len(b)) >= _MIN_CUT and (a.startswith(b) or b.startswith(a)):
        return 2
    return None


def _resolve(row: Row, projects: list[Row], by_number: bool) -> tuple[str, bool]:
    """(section-6 project number or "", whether a section-6 project's name names it)."""
    own = _seq(row.get("project_no"))
    ranked = [(r, p) for p in projects
              if (r := _rank(row["project_name"], p["project_name"])) is not None]
    if ranked:
        best = min(r for r, _ in ranked)
        tied = [p for r, p in ranked if r == best]
        if len(tied) > 1 and own is None:
            return "", True  # a cut name that begins several projects, and no number to tell
        closest = min(tied, key=lambda p: abs((_seq(p["project_no"]) or 0) - (own or 0)))
        return closest["project_no"], True
    if by_number and own is not None:
        same_no = [p["project_no"] for p in projects if _seq(p["project_no"]) == own]
        if same_no:
            return same_no[0], False
    return "", False


def _not_in_section_6(row: Row) -> Row:
    return {
        "source_file": row.get("source_file"), "check": "indicator_project_not_in_section_6",
        "object": row["project_name"], "year": None, "expected": None, "actual": None,
        "message": f"section 7 project {row.get('project_no')} of sector {row['sector_no']} "
                   "is not among the projects of section 6",
        "source_line": row.get("source_line"), "source_page": row.get("source_page"),
    }


def link_projects(tables: dict[str, list[Row]]) -> dict[str, list[Row]]:
    """Fill `section6_project_no` of every task link and indicator row, and add a finding
    for each section-7 project no section-6 project names; returns `tables`."""
    by_sector: dict[str, list[Row]] = {}
    for p in tables.get("strategy_projects", []):
        by_sector.setdefault(p["sector_no"], []).append(p)
    cache: dict[tuple[str, str, str, bool], tuple[str, bool]] = {}
    for table, by_number in (("strategy_task_links", False), ("strategy_indicators", True)):
        for row in tables.get(table, []):
            key = (row["sector_no"], row["project_name"], row.get("project_no") or "", by_number)
            first = key not in cache
            if first:
                cache[key] = _resolve(row, by_sector.get(row["sector_no"], []), by_number)
            row[REF_COLUMN], named = cache[key]
            if first and by_number and not named:
                tables.setdefault("findings", []).append(_not_in_section_6(row))
    return tables
