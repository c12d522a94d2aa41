"""Ruled tables of a strategy PDF -> the strategy records the text reader also produces.

Tables are recognised by their column titles (the template's «Задачи отрасли»,
«Цель проекта» / «Срок реализации», «Наименование показателя» + years), and
placed in sections 5–7 by the template's headings when the document prints
them. Sectors come from the `N. Name` lines between tables or from rows that
span the whole table. What the reader builds is `StrategyRecords`, handed to
the same code that turns the text reader's records into contract rows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from extract.errors import ExtractionError
from extract.pdf.reader import Page, TextLine
from extract.pdf.tables import (
    BodyRow,
    Table,
    assemble,
    continue_merged,
    join_split_rows,
    origin,
)
from extract.strategy.card import read_card
from extract.strategy.records import (
    Finding,
    IndicatorRecord,
    ProjectRecord,
    StrategyRecords,
    TaskLinkRecord,
)
from extract.strategy.sections import (
    SECTION_NAMES,
    SECTION_TITLES,
    Line,
    Section,
    find_sections,
    require_section_8,
)

_SECTOR = re.compile(r"(\d{1,2})\s*\.\s*([А-ЯЁA-Z][^.]{1,100}?)\.?")
_NO = r"№|п/п|^пп$|^n$"
_PLACEHOLDER = "▦"  # a table's place among the text lines


@dataclass
class _Sector:
    no: str = ""
    name: str = ""


def _lines(stream: Sequence[TextLine | Table]) -> tuple[list[Line], dict[int, int]]:
    """Text lines for the text reader's section and card code; narrow tables (the card)
    flattened cell by cell. Returns the lines and stream index -> line index."""
    lines: list[Line] = []
    at: dict[int, int] = {}
    skip = -1
    for k, item in enumerate(stream):
        at[k] = len(lines) - (k == skip)
        if k == skip:
            continue
        if isinstance(item, TextLine):
            text = item.text
            nxt = stream[k + 1] if k + 1 < len(stream) else None
            if isinstance(nxt, TextLine) and _wrapped_heading(text, nxt.text):
                text, skip = f"{text} {nxt.text}", k + 1
            lines.append(Line(len(lines) + 1, text, item.page))
            continue
        lines.append(Line(len(lines) + 1, _PLACEHOLDER, item.page))
        if item.width <= 3:
            for row in [*item.header, *(r.cells for r in item.rows)]:
                for raw in row:
                    for part in (raw or "").split("\n"):
                        if part.strip():
                            lines.append(Line(len(lines) + 1, part, item.page))
    return lines, at


_HEADING_START = re.compile(r"[2-8]\s*\.\s*(?:Раздел\b)?")
_TITLES = [re.compile(rf"[2-8]\s*\.\s*(?:Раздел\s*[«\"]?\s*)?{t}", re.IGNORECASE)
           for t in SECTION_TITLES.values()]


def _wrapped_heading(line: str, nxt: str) -> bool:
    """A section heading the layout broke over two lines («5. Раздел «Взаимосвязь
    задач и» / «проектов стратегии»»)."""
    if not _HEADING_START.match(line) or any(t.match(line) for t in _TITLES):
        return False
    return any(t.match(f"{line} {nxt}") for t in _TITLES)


def _kind(table: Table) -> int | None:
    """Which of sections 5, 6, 7 a table is, from its column titles."""
    if table.find(r"показател") is not None and len(table.years()) >= 1:
        return 7
    if table.find(r"задач") is not None and table.find(r"проект") is not None:
        return 5
    if table.find(r"^цель|цель\s+проекта") is not None and table.find(r"срок") is not None:
        return 6
    return None


def _sector_of(text: str) -> _Sector | None:
    m = _SECTOR.fullmatch(text.strip())
    if m and not re.match(r"Раздел", m.group(2)):
        return _Sector(m.group(1), m.group(2).strip())
    return None


def _sector_row(text: str, previous: _Sector) -> _Sector | None:
    """A row across the table names a sector: `1. Name`, `1 Name`, or just `Name`
    (then numbered after the previous one, as the template numbers them)."""
    if found := _sector_of(text):
        return found
    m = re.fullmatch(r"(\d{1,2})\s+([А-ЯЁA-Z][^.]{1,100}?)\.?", text.strip())
    if m:
        return _Sector(m.group(1), m.group(2).strip())
    if re.fullmatch(r"[А-ЯЁA-Z][^\d.]{1,100}?\.?", text.strip()):
        no = str(int(previous.no) + 1) if previous.no.isdigit() else "1"
        return _Sector(no, text.strip().rstrip("."))
    return None


def _segments(table: Table, sector: _Sector) -> tuple[list[tuple[_Sector, list[BodyRow]]],
                                                     _Sector]:
    """The table's rows cut at sector rows (a cell across the table)."""
    out: list[tuple[_Sector, list[BodyRow]]] = [(sector, [])]
    for row in table.rows:
        if row.spanning:
            found = _sector_row(row.spanning_text(), sector)
            if found:
                sector = found
                out.append((sector, []))
            continue
        out[-1][1].append(row)
    return [s for s in out if s[1]], sector


def _carry(rows: list[BodyRow], i: int, col: int | None) -> BodyRow:
    """The row whose cell is shown at (i, col): itself, or the merged cell's first row."""
    return rows[origin(rows, i, col)] if col is not None else rows[i]


def _task_links(table: Table, rows: list[BodyRow], sector: _Sector) -> list[TaskLinkRecord]:
    no = table.find(_NO)
    task = table.find(r"задач")
    project = table.find(r"наименование\s+проекта|^проект")
    benef = table.find(r"^бенефициар")
    effect = table.find(r"выгод|эффект")
    rows = join_split_rows(rows, lambda _, r: not r.text(no))
    out = []
    for i, row in enumerate(rows):
        if not row.text(no) and not row.covered(no):
            continue
        out.append(TaskLinkRecord(
            sector_no=sector.no, sector_name=sector.name,
            row_no=_carry(rows, i, no).text(no).rstrip("."),
            task=_carry(rows, i, task).text(task),
            project_name=_carry(rows, i, project).text(project),
            beneficiaries=_carry(rows, i, benef).text(benef),
            effect=_carry(rows, i, effect).text(effect),
            source_page=row.page,
        ))
    return out


def _projects(table: Table, rows: list[BodyRow], sector: _Sector) -> list[ProjectRecord]:
    no = table.find(_NO)
    cols = {
        "project_name": table.find(r"наименование"),
        "goal": table.find(r"^цель|цель\s+проекта"),
        "term": table.find(r"срок"),
        "description": table.find(r"описание"),
        "financing": table.find(r"финансир"),
        "region_role": table.find(r"роль"),
    }
    rows = join_split_rows(rows, lambda _, r: not r.text(no))
    out = []
    for i, row in enumerate(rows):
        if not row.text(no):
            continue
        fields = {k: _carry(rows, i, c).text(c) for k, c in cols.items()}
        out.append(ProjectRecord(sector_no=sector.no, sector_name=sector.name,
                                 project_no=row.text(no).rstrip("."), source_page=row.page,
                                 **fields))
    return out


def _indicators(table: Table, rows: list[BodyRow], sector: _Sector
                ) -> tuple[list[IndicatorRecord], list[Finding]]:
    no = table.find(_NO)
    project = table.find(r"наименование\s+проекта|^проект")
    org = table.find(r"ответствен|исполнител")
    name = table.find(r"наименование\s+показател|^показател")
    unit = table.find(r"единиц|ед\.\s*изм")
    years = table.years()
    value_cols = sorted(years)

    def has_values(r: BodyRow) -> bool:
        return any(r.text(c) for c in value_cols)

    # The rest of a row cut by the page break: no № of its own, and values on only
    # one side of the break (top-aligned cells print them above it, centred ones below).
    rows = join_split_rows(
        rows, lambda above, r: not r.text(no) and not (has_values(above) and has_values(r)))
    continue_merged(rows, [c for c in (no, project, org) if c is not None],
                    lambda r: not r.text(no))
    records, findings = [], []
    current: tuple[str, str, str] = ("", "", "")  # №, name and body of the project
    for row in rows:
        if row.text(no):  # rows below without a № (merged or blank cells) are its own
            current = (row.text(no).rstrip("."), row.text(project), row.text(org))
        cells = [(row.text(c), years[c]) for c in value_cols if row.text(c)]
        if not cells:
            findings.append(Finding(
                check="indicator_without_values", object=row.text(name),
                message="an indicator row with no value cells; not recorded",
                source_page=row.page))
            continue
        records.append(IndicatorRecord(
            sector_no=sector.no, sector_name=sector.name,
            project_no=current[0], project_name=current[1], responsible_org=current[2],
            indicator_name=row.text(name),
            unit=row.text(unit),
            values=[v for v, _ in cells],
            year_columns=[years[c] for c in value_cols],
            value_years=[y for _, y in cells],
            source_page=row.page,
        ))
    return records, findings


def read_strategy(pages: list[Page], path: Path) -> StrategyRecords | None:
    """Card and the rows of sections 5, 6 and 7 from a PDF with ruled tables.

    None when no table of sections 5–7 is ruled (the caller reads the text layer);
    ExtractionError, as the text reader raises it, when some are and others are
    missing or the document stops before section 8.
    """
    stream, _ = assemble(pages)
    lines, at = _lines(stream)
    sections = find_sections(lines)
    card = read_card(lines, sections.get(2))
    card.source_line = None
    bounds = _section_bounds(sections, lines)

    records = StrategyRecords(card=card)
    sector = _Sector()
    heads = {lines.index(s.heading) for s in sections.values()}
    for k, item in enumerate(stream):
        if isinstance(item, TextLine):
            if at[k] in heads:
                sector = _Sector()  # a new section starts its own sectors
                continue
            found = _sector_of(item.text)
            if found:
                sector = found
            continue
        kind = _kind(item)
        if kind is None or (bounds and bounds.get(kind) is not None
                            and not bounds[kind][0] < at[k] < bounds[kind][1]):
            continue
        segments, sector = _segments(item, sector)
        for seg_sector, rows in segments:
            if kind == 5:
                records.task_links += _task_links(item, rows, seg_sector)
            elif kind == 6:
                records.projects += _projects(item, rows, seg_sector)
            else:
                recs, finds = _indicators(item, rows, seg_sector)
                records.indicators += recs
                records.findings += finds
    found = {5: records.task_links, 6: records.projects, 7: records.indicators}
    if not any(found.values()):
        return None
    missing = [n for n, rows in found.items() if not rows]
    if missing:
        names = ", ".join(f"{n}. {SECTION_NAMES[n]}" for n in missing)
        raise ExtractionError(path, f"no table rows found for section(s) {names} (tables "
                              "are recognised by their column titles)")
    require_section_8(sections, path.name)
    return records


def _section_bounds(sections: dict[int, Section], lines: list[Line]) -> dict[int, tuple[int, int]]:
    """Line-index range of sections 5, 6 and 7 (heading to the next heading)."""
    index = {ln.no: i for i, ln in enumerate(lines)}
    heads = sorted((index[s.heading.no], n) for n, s in sections.items())
    out = {}
    for k, (start, n) in enumerate(heads):
        end = heads[k + 1][0] if k + 1 < len(heads) else len(lines)
        if n in (5, 6, 7):
            out[n] = (start, end)
    return out
