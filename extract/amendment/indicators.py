"""The indicator table (Приложение № 2: item × indicator × year) from rows of cells.

Format-independent: `indicator_records(rows, layout, funding_names)` takes
`CellRow`s and returns indicators with their printed values by year.

How the template's rows read:
* a row with an item number opens an item (and its first indicator, if any);
* a row without a number but with a unit or values is another indicator of the
  current item; a name fragment in the same row continues the item's name;
* a row with neither is a continuation: its name fragment continues the item,
  its indicator fragment continues the last indicator printed (which may belong
  to the previous item when the current one has none).

Lost pages: a continuation row at the top of a page continues whatever the
previous page ended with — unless that page was lost. When the numbering after
it jumps (1.1.23 … 1.2.10), the fragment is matched against the funding table's
names to find whose name it ends; it is attached to that item (or, failing a
match, to the item the numbering says precedes the next one) and a `lost_page`
finding names the place. Nothing is glued across a gap without a finding.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from extract.amendment import numbering
from extract.amendment.findings import LOST_PAGE, UNPLACED_VALUES
from extract.amendment.layout import Layout, header_columns
from extract.amendment.settings import SETTINGS
from extract.amendment.tables import CellRow
from extract.findings import Finding
from extract.morphology import join_cut
from extract.text import join_fragments, parse_number

_NO_VALUE = {"-", "–", "—", "−"}
_LETTERS = re.compile(r"[\W_]+")


@dataclass
class IndicatorItem:
    item_no: str
    name: str
    line: int
    inferred: bool = False  # number inferred across a lost page


@dataclass
class IndicatorRecord:
    item: IndicatorItem
    name: str
    unit: str
    values: list[tuple[int | None, str]] = field(default_factory=list)  # (year, raw)
    line: int = 0
    page: int | None = None


def indicator_layout(header: Sequence[CellRow], year_cols: dict[int, int]) -> Layout:
    roles = header_columns(header)
    return Layout(
        no_col=roles.get("no", 0),
        name_col=roles.get("name", 1),
        label_col=roles.get("indicator", 2),
        unit_col=roles.get("unit", 3),
        year_cols=dict(year_cols),
    )


def is_indicator_table(header: Sequence[CellRow], rows: Sequence[CellRow],
                       column_count: int | None) -> bool:
    """Header names indicators and units; without a header, rows read unit + values."""
    text = " ".join(c for r in header for c in r.cells).lower()
    if any(w in text for w in SETTINGS.header_indicator) and any(
            w in text for w in SETTINGS.header_unit):
        return True
    if header or not column_count or column_count < 6:
        return False
    shaped = sum(
        1 for r in rows[:60]
        if r.cell(3) and not parse_number(r.cell(3)) and len(r.cell(3)) <= 40
        and any(r.cell(c) for c in range(4, column_count))
    )
    return shaped >= 3


def _norm(text: str) -> str:
    return _LETTERS.sub("", text.lower())


def _predecessor(no: str) -> str:
    """The item printed right before `no` when nothing is skipped: previous sibling or parent."""
    p = numbering.parts(no)
    if p and p[-1] > 1:
        return ".".join(map(str, (*p[:-1], p[-1] - 1)))
    return numbering.parent(no) or ""


def _owner_of_fragment(fragment: str, current: str, nxt: str,
                       names: Mapping[str, str]) -> tuple[str, bool]:
    """Whose name `fragment` ends, between the current item and the next numbered one.

    Returns (item number, verified by a funding-table name). The current item
    wins when its name ends with the fragment (an intended numbering gap).
    """
    tail = _norm(fragment)
    if tail and _norm(names.get(current, "")).endswith(tail):
        return current, True
    lo, hi = numbering.sort_key(current), numbering.sort_key(nxt)
    between = [no for no in names if lo < numbering.sort_key(no) < hi]
    for no in sorted(between, key=numbering.sort_key, reverse=True):
        if tail and _norm(names[no]).endswith(tail):
            return no, True
    return _predecessor(nxt), False


def indicator_records(
    rows: Sequence[CellRow], layout: Layout, funding_names: Mapping[str, str] | None = None,
) -> tuple[list[IndicatorRecord], list[Finding]]:
    """Indicators with printed values; `funding_names` (item -> name from the funding
    table) lets a fragment after a lost page be placed under its item."""
    names = funding_names or {}
    records: list[IndicatorRecord] = []
    findings: list[Finding] = []
    item: IndicatorItem | None = None
    last: IndicatorRecord | None = None
    value_cols = sorted(layout.year_cols) if layout.year_cols else []

    def new_indicator(row: CellRow, owner: IndicatorItem) -> IndicatorRecord:
        rec = IndicatorRecord(owner, row.cell(layout.label_col), row.cell(layout.unit_col),
                              line=row.line, page=row.page)
        for col in value_cols:
            raw = row.cell(col)
            if raw and raw not in _NO_VALUE:
                rec.values.append((layout.year_cols.get(col), raw))
        records.append(rec)
        return rec

    for idx, row in enumerate(rows):
        no = numbering.item_no(row.cell(layout.no_col))
        name = row.cell(layout.name_col)
        ind = row.cell(layout.label_col)
        unit = row.cell(layout.unit_col)
        # A new indicator prints values (or at least its name with a unit); a unit
        # fragment alone continues the last indicator's unit.
        has_values = any(row.cell(c) for c in value_cols) or bool(ind and unit)

        if no:
            if row.page_start and item is not None and not numbering.follows_naturally(
                item.item_no, no
            ):
                findings.append(Finding(
                    LOST_PAGE, no,
                    f"page break before line {row.line}: item {no} follows {item.item_no}; "
                    "the items in between are not printed (a lost page or an intended gap)",
                    source_line=row.line, source_page=row.page))
            item = IndicatorItem(no, name, row.line)
            if ind or has_values:
                last = new_indicator(row, item)
            continue

        if row.page_start and (name or ind):
            nxt = next((n for r in rows[idx + 1 :]
                        if (n := numbering.item_no(r.cell(layout.no_col)))), None)
            current_no = item.item_no if item else None
            jump = item is None or (nxt is not None and not numbering.follows_naturally(
                current_no, nxt))
            if jump and (name or item is None):
                owner, verified = (
                    _owner_of_fragment(name, current_no or "", nxt, names)
                    if nxt else (current_no or "", False)
                )
                if item is None or owner != item.item_no:
                    how = ("its name ends the funding table's name of that item" if verified
                           else "inferred from the numbering only")
                    kept = (f"indicator «{ind}» recorded under {owner}" if has_values else
                            f"indicator fragment «{ind}» dropped" if ind else "no indicator")
                    findings.append(Finding(
                        LOST_PAGE, owner or "?",
                        f"page lost before line {row.line} (between item "
                        f"{current_no or 'table start'} and {nxt}): «{name}» continues an "
                        f"item whose start was lost; placed under {owner or '?'} ({how}); "
                        f"{kept}",
                        source_line=row.line, source_page=row.page))
                    item = IndicatorItem(owner, name, row.line, inferred=True)
                    last = new_indicator(row, item) if has_values else None
                    continue
            elif jump and ind and not has_values:
                findings.append(Finding(
                    LOST_PAGE, item.item_no if item else "?",
                    f"page break before line {row.line}: indicator fragment «{ind}» joined to "
                    f"the last indicator of line {last.line if last else '?'}, but the "
                    f"numbering then jumps to {nxt}; a page may be lost",
                    source_line=row.line, source_page=row.page))

        if item is None:
            findings.append(Finding(
                UNPLACED_VALUES, "", f"line {row.line} comes before any item; not recorded",
                source_line=row.line, source_page=row.page))
            continue
        if name:
            item.name = join_cut(item.name, name)
        if has_values:
            last = new_indicator(row, item)
        elif ind or unit:
            if last is None:
                findings.append(Finding(
                    UNPLACED_VALUES, item.item_no,
                    f"indicator fragment «{ind or unit}» with no indicator to continue",
                    source_line=row.line, source_page=row.page))
            else:
                last.name = join_fragments([last.name, ind])
                last.unit = join_fragments([last.unit, unit])
    return records, findings


def indicator_rows(records: Sequence[IndicatorRecord]) -> list[dict]:
    """Contract rows of `program_indicators`: one per indicator and year with a value."""
    out = []
    for rec in records:
        for year, raw in rec.values:
            out.append({
                "item_no": rec.item.item_no, "item_name": rec.item.name,
                "indicator_name": rec.name, "unit": rec.unit, "year": year,
                "value_raw": raw, "value": parse_number(raw),
                "source_line": rec.line, "source_page": rec.page,
            })
    return out
