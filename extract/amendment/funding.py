"""The funding table (Приложение № 1: item × source × year) from rows of cells.

Format-independent: `funding_items(rows, layout)` takes `CellRow`s (from the
text dump's tab rows or from pdfplumber) and returns one `FundingItem` per
program / subprogram / measure with its amounts by source and year, exactly as
printed. The table's template: a row with the item number, name and «Всего»
opens an item, the rows below it carry the other sources (label in the source
column). A source label may be split over a page break, with the values only on
its last part; a name may continue on the next page in an otherwise empty row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from extract.amendment import numbering
from extract.amendment.findings import DUPLICATE, EMPTY_CELL, LOST_PAGE, UNPLACED_VALUES
from extract.amendment.layout import Layout, header_columns
from extract.amendment.settings import SETTINGS
from extract.amendment.sources import CONTRACT_SOURCES, TOTAL, source_kind
from extract.amendment.tables import CellRow
from extract.findings import Finding
from extract.morphology import join_cut
from extract.text import join_fragments, parse_number

_YEAR = re.compile(r"((?:19|20)\d{2})(?:\s*(?:год|г\.)[а-я]*)?")


@dataclass
class Amount:
    value: str  # dot decimal, printed precision
    raw: str
    line: int
    page: int | None = None


@dataclass
class FundingItem:
    item_no: str  # '' for the program row
    name: str
    line: int
    page: int | None = None
    amounts: dict[str, dict[int, Amount]] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)  # source -> label as printed

    @property
    def level(self) -> str:
        return numbering.level(self.item_no)

    @property
    def label(self) -> str:
        return self.item_no or "program"


def funding_layout(header: Sequence[CellRow], year_cols: dict[int, int]) -> Layout:
    """Column roles from the header; № / name / source in the template's order otherwise.

    When a header row names two or more sources in its cells («Всего», «краевой
    бюджет», …), sources are columns and years are rows (a «Год» column).
    """
    roles = header_columns(header)
    sources = source_columns(header)
    if sources:
        return Layout(no_col=roles.get("no", 0), name_col=roles.get("name", 1),
                      label_col=roles.get("year", 2), source_cols=sources,
                      year_col=roles.get("year", 2))
    return Layout(
        no_col=roles.get("no", 0),
        name_col=roles.get("name", 1),
        label_col=roles.get("source", 2),
        year_cols=dict(year_cols),
    )


def source_columns(header: Sequence[CellRow]) -> dict[int, str]:
    """Column -> source for the header row that names two or more distinct sources."""
    best: dict[int, str] = {}
    for row in header:
        # A narrow header cell may cut a word without a hyphen («республик / анский»).
        named = {i: kind for i, c in enumerate(row.cells)
                 if c and (kind := source_kind(c) or source_kind(c.replace(" ", "")))
                 is not None}
        if len(set(named.values())) >= 2 and len(named) > len(best):
            best = named
    return best


def is_funding_table(header: Sequence[CellRow], rows: Sequence[CellRow]) -> bool:
    """A funding table names a source column, sources as columns, or carries
    «Всего»/budget labels in its rows."""
    text = " ".join(c for r in header for c in r.cells).lower()
    if ("источник" in text and "финансир" in text) or source_columns(header):
        return True
    labelled = sum(1 for r in rows[:60] if any(source_kind(c) == TOTAL and len(c) < 12
                                                  for c in r.cells))
    return labelled >= 2


def funding_items(
    rows: Sequence[CellRow], layout: Layout
) -> tuple[list[FundingItem], list[Finding]]:
    """Items with their printed amounts; findings for cells that cannot be placed."""
    items: list[FundingItem] = []
    findings: list[Finding] = []
    current: FundingItem | None = None
    pending: list[str] = []  # source-label fragments printed without values

    for idx, row in enumerate(rows):
        no = numbering.item_no(row.cell(layout.no_col))
        name = row.cell(layout.name_col)
        label = row.cell(layout.label_col)
        cells = {year: row.cell(col) for col, year in layout.year_cols.items() if year is not None}
        has_values = any(cells.values())
        label_kind = source_kind(join_fragments([*pending, label])) if label else None

        opens = bool(no) or (
            bool(name) and (label_kind == TOTAL or current is None)
            and (current is None or TOTAL in current.amounts)
        )
        if opens:
            if row.page_start and current is not None and not numbering.follows_naturally(
                current.item_no, no
            ):
                findings.append(_page_gap(current.label, no, row))
            current = FundingItem(no, name, row.line, row.page)
            items.append(current)
            pending = []
        elif name:
            if current is None:
                findings.append(Finding(
                    UNPLACED_VALUES, "", f"name fragment «{name}» before any item",
                    source_line=row.line, source_page=row.page))
                continue
            if row.page_start and not _continues(rows, idx, current.item_no, layout):
                findings.append(Finding(
                    LOST_PAGE, current.label,
                    f"page break before line {row.line}: «{name}» follows item "
                    f"{current.label} but the numbering then skips; appended as printed",
                    source_line=row.line, source_page=row.page))
            current.name = join_cut(current.name, name)

        if not (label or has_values):
            continue
        if not has_values:
            pending.append(label)
            continue
        full = join_fragments([*pending, label])
        pending = []
        kind = source_kind(full)
        if current is None or kind is None:
            findings.append(Finding(
                UNPLACED_VALUES, current.label if current else "",
                f"values on line {row.line} under an unrecognised source «{full}»",
                source_line=row.line, source_page=row.page))
            continue
        if kind in current.amounts:
            findings.append(Finding(
                DUPLICATE, current.label,
                f"second «{full}» row for item {current.label}; the first is kept",
                source_line=row.line, source_page=row.page))
            continue
        current.amounts[kind] = {}
        current.labels[kind] = full
        for year, raw in cells.items():
            _put(current, kind, year, raw, row, findings)
    return items, findings


def _put(item: FundingItem, kind: str, year: int, raw: str, row: CellRow,
         findings: list[Finding]) -> None:
    """One printed cell into the item's amounts, or a finding when it is no amount."""
    value = parse_number(raw)
    if value is not None:
        item.amounts.setdefault(kind, {})[year] = Amount(value, raw, row.line, row.page)
    elif not raw:
        findings.append(Finding(
            EMPTY_CELL, item.label,
            f"{kind} {year}: the cell is empty while the row has other values",
            year=year, source_line=row.line, source_page=row.page))
    elif raw not in SETTINGS.not_printed:
        findings.append(Finding(
            UNPLACED_VALUES, item.label, f"{kind} {year}: «{raw}» is not an amount",
            year=year, source_line=row.line, source_page=row.page))


def column_source_items(
    rows: Sequence[CellRow], layout: Layout
) -> tuple[list[FundingItem], list[Finding]]:
    """Items of a table with sources as columns: a row with a number or a name opens an
    item, every row with a year in the year column gives that year's amounts."""
    items: list[FundingItem] = []
    findings: list[Finding] = []
    current: FundingItem | None = None
    for row in rows:
        no = numbering.item_no(row.cell(layout.no_col))
        name = row.cell(layout.name_col)
        if no or (name and (current is None or not current.amounts)):
            if current is not None and row.page_start and not numbering.follows_naturally(
                    current.item_no, no):
                findings.append(_page_gap(current.label, no, row))
            current = FundingItem(no, name, row.line, row.page)
            items.append(current)
        elif name and current is not None:
            current.name = join_cut(current.name, name)
        year_match = _YEAR.fullmatch(row.cell(layout.year_col))
        if current is None or not year_match:
            if any(row.cell(c) for c in layout.source_cols):
                findings.append(Finding(
                    UNPLACED_VALUES, current.label if current else "",
                    f"amounts on line {row.line} without a year in the year column "
                    f"(«{row.cell(layout.year_col)}»)", source_line=row.line,
                    source_page=row.page))
            continue
        year = int(year_match.group(1))
        for col, kind in layout.source_cols.items():
            if year in current.amounts.get(kind, {}):
                findings.append(Finding(
                    DUPLICATE, current.label, f"{kind} {year} printed twice for item "
                    f"{current.label}; the first is kept", year=year, source_line=row.line,
                    source_page=row.page))
                continue
            _put(current, kind, year, row.cell(col), row, findings)
    return items, findings


def _continues(rows: Sequence[CellRow], idx: int, current_no: str, layout: Layout) -> bool:
    """Whether the next numbered row after `idx` may follow `current_no` with nothing lost."""
    for row in rows[idx + 1 :]:
        no = numbering.item_no(row.cell(layout.no_col))
        if no:
            return numbering.follows_naturally(current_no, no)
    return True


def _page_gap(current: str, nxt: str, row: CellRow) -> Finding:
    return Finding(
        LOST_PAGE, nxt,
        f"page break before line {row.line}: item {nxt} follows {current}, numbers in "
        "between are missing (a lost page or an intended gap)",
        source_line=row.line, source_page=row.page)


def funding_rows(items: Sequence[FundingItem]) -> list[dict]:
    """Contract rows of `program_funding`: one per item, contract source and printed year."""
    out = []
    for item in items:
        for source in CONTRACT_SOURCES:
            for year, amount in sorted(item.amounts.get(source, {}).items()):
                out.append({
                    "item_no": item.item_no, "item_name": item.name, "level": item.level,
                    "source": source, "year": year, "amount_thousand_rub": amount.value,
                    "source_line": amount.line, "source_page": amount.page,
                })
    return out
