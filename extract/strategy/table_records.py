"""Whole tables of a strategy (any format) -> the strategy records the text reader also makes.

The PDF and Word readers only turn their documents into a stream of text lines
and `grid.Table`s; everything from there is here, once: which of sections 5–7 a
table is (from its column titles, `TableSettings`), the sectors (rows across the
table or `N. Name` lines between tables), the columns each field comes from
(found by header words, never by position), the rows cut by page breaks and the
merged cells. A row that cannot be placed becomes a Finding, never a guess.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from extract.errors import ExtractionError
from extract.strategy.card import read_card
from extract.strategy.grid import (
    SOFT_HYPHEN,
    WRAPPED,
    BodyRow,
    Table,
    continue_merged,
    join_split_rows,
    origin,
)
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


@dataclass(frozen=True)
class TableSettings:
    """Header words that give each column its role, and what makes a table one of
    sections 5–7. Matched against a column's whole title (all header rows, a title
    merged across columns counting for each), case-insensitive; the first column
    that matches wins. Each pattern is tested on a hand-made title
    (tests/test_word_strategy.py::test_header_patterns)."""

    number: str = r"№|п/п|^пп$|^n$"
    task: str = r"задач"
    project: str = r"наименование\s*проекта|^проект"
    beneficiary: str = r"^бенефициар"
    effect: str = r"выгод|эффект"
    name: str = r"наименовани"
    goal: str = r"^цель|цель\s*проекта"
    term: str = r"срок"
    description: str = r"описание"
    financing: str = r"финансир"
    role: str = r"роль"
    # «Ответственный исполнитель», «Ответственный РОИВ», «Республиканский орган …».
    responsible: str = (r"ответствен|исполнител|роив|орган\w*\s*(?:испол|власт)"
                        r"|республиканск\w*\s*орган")
    indicator: str = r"наименование\s*показател|^показател"
    indicator_any: str = r"показател"
    unit: str = r"единиц|ед\.\s*изм"
    # Section 7 needs this many year columns (the template's period is three years or more).
    min_years: int = 3
    # A `N. Name` sector line or row; a bare `Name` row is numbered after the previous one.
    sector: str = r"(\d{1,2})\s*\.\s*([А-ЯЁA-Z][^.]{1,100}?)\.?"
    sector_unnumbered: str = r"[А-ЯЁA-Z][^\d.]{1,100}?\.?"
    # Tables this narrow are not sections 5–7 (the card): read cell by cell as lines.
    narrow: int = 3
    # A section-7 project cell whose lines hold this many letters or fewer on average
    # is a column a few letters wide: its name takes the spacing of the section-6 name
    # with the same letters (`respace_names`).
    narrow_letters: int = 4


SETTINGS = TableSettings()
_PLACEHOLDER = "▦"  # a table's place among the text lines


class TextItem(Protocol):
    """A line of running text: what a reader gives besides tables."""

    text: str
    page: int | None


@dataclass
class _Sector:
    no: str = ""
    name: str = ""


def table_kind(table: Table, s: TableSettings = SETTINGS) -> int | None:
    """Which of sections 5, 6, 7 a table is, from its column titles."""
    if len(table.years()) >= s.min_years and (
            table.find(s.indicator_any) is not None
            # a column too narrow to print its title (LibreOffice squeezes the widest
            # one when the widths overflow the page): the project and its body still
            # name the table
            or (table.find(s.project) is not None and table.find(s.responsible) is not None)):
        return 7
    if table.find(s.task) is not None and table.find(s.project) is not None:
        return 5
    if table.find(s.goal) is not None and table.find(s.term) is not None:
        return 6
    return None


def sector_of(text: str, s: TableSettings = SETTINGS) -> _Sector | None:
    """`N. Name` (not `N. Раздел …`)."""
    m = re.fullmatch(s.sector, text.strip())
    if m and not re.match(r"Раздел", m.group(2)):
        return _Sector(m.group(1), m.group(2).strip())
    return None


def sector_row(text: str, previous: _Sector, s: TableSettings = SETTINGS) -> _Sector | None:
    """A row across the table names a sector: `1. Name`, `1 Name`, or just `Name`
    (then numbered after the previous one, as the template numbers them)."""
    if found := sector_of(text, s):
        return found
    m = re.fullmatch(r"(\d{1,2})\s+([А-ЯЁA-Z][^.]{1,100}?)\.?", text.strip())
    if m:
        return _Sector(m.group(1), m.group(2).strip())
    if re.fullmatch(s.sector_unnumbered, text.strip()):
        no = str(int(previous.no) + 1) if previous.no.isdigit() else "1"
        return _Sector(no, text.strip().rstrip("."))
    return None


@dataclass
class _Segments:
    """A table's rows cut at sector rows, the sector in force after it, and the rows
    across the table that name no sector."""

    parts: list[tuple[_Sector, list[BodyRow]]]
    sector: _Sector
    findings: list[Finding]


def _segments(table: Table, sector: _Sector, s: TableSettings) -> _Segments:
    out: list[tuple[_Sector, list[BodyRow]]] = [(sector, [])]
    findings = []
    for row in table.rows:
        if row.spanning:
            found = sector_row(row.spanning_text(), sector, s)
            if found:
                sector = found
                out.append((sector, []))
            else:
                findings.append(_unplaced("a row across the table", row,
                                          "it names no sector (`N. Name`)"))
            continue
        out[-1][1].append(row)
    return _Segments([seg for seg in out if seg[1]], sector, findings)


def _carry(rows: list[BodyRow], i: int, col: int | None) -> BodyRow:
    """The row whose cell is shown at (i, col): itself, or the merged cell's first row."""
    return rows[origin(rows, i, col)] if col is not None else rows[i]


_CUT_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3})*\.")
_ROW_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3})*\.?")
_ITEM = re.compile(r"\d{1,3}(?:\.\d{1,3})+")  # `5.1`: a sector's item, its number perhaps cut


def _tail(above: BodyRow, row: BodyRow, no: int | None, before: str = "") -> bool:
    """`row` (the first after a page break) is the rest of the row above: it has no №
    of its own, or the break cut the № itself: after its dot (`5.` above, `5` below:
    item 5.5), before it (`1` above, `.2` below: item 1.2), or inside a part when the
    №'s last line above filled the column (a reader's SOFT_HYPHEN mark: `5.1` above,
    `1` below: item 5.11; `1` above, `6` below: row 16 when the row before, № `before`,
    was 15 — rows are numbered in order, so 1 and 6 as two rows would skip numbers)."""
    if not row.text(no):
        return True
    first, rest = above.text(no), row.text(no)
    if rest.startswith(".") and first and _ROW_NUMBER.fullmatch(f"{first}{rest}"):
        return True  # cut before its dot (`1` | `.2`, `7` | `.`): no № starts with a dot
    if not rest.isdigit():
        return False
    full = (no is not None and no < len(above.cells)
            and (above.cells[no] or "").rstrip("\n").endswith(SOFT_HYPHEN))
    if full and first.isdigit() and before.rstrip(".").isdigit():
        return int(first + rest) == int(before.rstrip(".")) + 1
    return bool(_CUT_NUMBER.fullmatch(first) or (full and _ITEM.fullmatch(first)))


def _tails(rows: list[BodyRow], no: int | None) -> Callable[[BodyRow, BodyRow], bool]:
    """`_tail` for `join_split_rows`, knowing the last № printed before the row above."""
    before: dict[int, str] = {}
    last = ""
    for row in rows:
        before[id(row)] = last
        last = row.text(no) or last
    return lambda above, row: _tail(above, row, no, before.get(id(above), ""))


def _unplaced(table: str, row: BodyRow, why: str) -> Finding:
    return Finding(check="table_row_not_placed", object=row.spanning_text()[:200],
                   message=f"{table}: {why}; not recorded", source_page=row.page)


def task_links(table: Table, rows: list[BodyRow], sector: _Sector,
               s: TableSettings = SETTINGS) -> tuple[list[TaskLinkRecord], list[Finding]]:
    no, task = table.find(s.number), table.find(s.task)
    project, benef = table.find(s.project), table.find(s.beneficiary)
    effect = table.find(s.effect)
    rows = table.cleaned(join_split_rows(rows, _tails(rows, no)))
    out, findings = [], []
    for i, row in enumerate(rows):
        if not row.text(no) and not row.covered(no):
            if any(row.cells):
                findings.append(_unplaced("section 5", row, "a row without a № that does "
                                          "not continue a row cut by a page break"))
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
    return out, findings


def projects(table: Table, rows: list[BodyRow], sector: _Sector,
             s: TableSettings = SETTINGS) -> tuple[list[ProjectRecord], list[Finding]]:
    no = table.find(s.number)
    cols = {
        "project_name": table.find(s.name), "goal": table.find(s.goal),
        "term": table.find(s.term), "description": table.find(s.description),
        "financing": table.find(s.financing), "region_role": table.find(s.role),
    }
    rows = table.cleaned(join_split_rows(rows, _tails(rows, no)))
    out, findings = [], []
    for i, row in enumerate(rows):
        if not row.text(no):
            if any(row.cells) and not row.covered(no):
                findings.append(_unplaced("section 6", row, "a row without a project №"))
            continue
        fields = {k: _carry(rows, i, c).text(c) for k, c in cols.items()}
        out.append(ProjectRecord(sector_no=sector.no, sector_name=sector.name,
                                 project_no=row.text(no).rstrip("."), source_page=row.page,
                                 **fields))
    return out, findings


def _ends_cut(table: Table, raw: str | None) -> bool:
    """A cell whose last printed line carries the wrap mark goes on, yet nothing of it
    follows: the renderer did not print the rest (LibreOffice prints no more of a
    merged cell than its rows' height). Only a PDF's lines carry the mark; a Word
    table (no pages) may keep a space someone typed."""
    return table.page is not None and bool(raw) and raw.rstrip("\n").endswith(WRAPPED)


def _ends_full(table: Table, raw: str | None) -> bool:
    """A PDF cell whose last printed line is full (the PDF reader's SOFT_HYPHEN mark):
    a word may have been cut there, and the rest of the merged cell not printed
    (`… на предприятиях регио`)."""
    return table.page is not None and bool(raw) and raw.rstrip("\n").endswith(SOFT_HYPHEN)


def _narrow(raw: str | None, s: TableSettings) -> bool:
    """A cell printed over several lines of at most `narrow_letters` letters each on
    average: a column a few letters wide, whose breaks say little of where words end."""
    lines = [ln for ln in (raw or "").split("\n") if any(ch.isalnum() for ch in ln)]
    letters = sum(ch.isalnum() for ln in lines for ch in ln)
    return len(lines) > 1 and letters <= s.narrow_letters * len(lines)


def indicators(table: Table, rows: list[BodyRow], sector: _Sector,
               s: TableSettings = SETTINGS, cut: list[IndicatorRecord] | None = None,
               inside: list[IndicatorRecord] | None = None,
               printed: list[IndicatorRecord] | None = None,
               ) -> tuple[list[IndicatorRecord], list[Finding]]:
    """Section 7's rows; records whose project cell was printed cut short are also
    added to `cut`, those whose project cell ends with a full line to `inside`,
    those of a PDF table whose project cell is a few letters wide (`_narrow`) to
    `printed` (completed or re-spaced from section 6 by `read_stream`)."""
    no, project = table.find(s.number), table.find(s.project)
    org, name = table.find(s.responsible), table.find(s.indicator)
    unit = table.find(s.unit)
    years = table.years()
    value_cols = sorted(years)

    def has_values(r: BodyRow) -> bool:
        return any(r.text(c) for c in value_cols)

    def goes_on(above: BodyRow, r: BodyRow) -> bool:
        """The break cut the row above, values and all: `r` names no indicator of its
        own (every indicator row of the template has a name; a blank name cell, not one
        merged from above, is a cut row's rest: `0.001` | `6`), or a cell of the row
        above's own (its name or unit, never merged down) ends with the renderer's wrap
        mark, so that cell goes on after the break (`Объем жилищного ` | `строительства`,
        `0,98` | `1`)."""
        if name is not None and not r.text(name) and not r.covered(name):
            return True
        return any(c is not None and c < len(above.cells)
                   and (above.cells[c] or "").endswith(WRAPPED) for c in (name, unit))

    # The rest of a row cut by the page break: no № of its own, and values on only
    # one side of the break (top-aligned cells print them above it, centred ones below)
    # unless the row above goes on (`goes_on`).
    tail = _tails(rows, no)
    rows = join_split_rows(
        rows, lambda above, r: tail(above, r) and (
            not (has_values(above) and has_values(r)) or goes_on(above, r)))
    continue_merged(rows, [c for c in (no, project, org) if c is not None],
                    lambda r: not r.text(no))
    # The project cells as printed, before cut words are glued: how many letters
    # their lines hold (`respace_names`).
    narrow = {id(r) for r in rows if project is not None and project < len(r.cells)
              and _narrow(r.cells[project], s)}
    rows = table.cleaned(rows)
    records, findings = [], []
    current: tuple[str, str, str] | None = None  # №, name and body of the project
    cut_name = full_name = narrow_name = False
    for row in rows:
        if row.text(no):  # rows below without a № (merged or blank cells) are its own
            current = (row.text(no).rstrip("."), row.text(project), row.text(org))
            cut_name = project is not None and project < len(row.cells) and _ends_cut(
                table, row.cells[project])
            full_name = project is not None and project < len(row.cells) and _ends_full(
                table, row.cells[project])
            narrow_name = id(row) in narrow
        cells = [(row.text(c), years[c]) for c in value_cols if row.text(c)]
        if not cells:
            findings.append(Finding(
                check="indicator_without_values", object=row.text(name),
                message="an indicator row with no value cells; not recorded",
                source_page=row.page))
            continue
        if current is None:
            findings.append(_unplaced("section 7", row, "an indicator row before any "
                                      "project row (no № above it)"))
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
        if cut_name and cut is not None:
            cut.append(records[-1])
        if full_name and inside is not None:
            inside.append(records[-1])
        if narrow_name and printed is not None and table.page is not None:
            printed.append(records[-1])
    return records, findings


def _squeezed(text: str) -> str:
    return " ".join(text.split()).casefold()


def _letters(text: str) -> str:
    """A PDF name's characters with spaces and case aside. Stricter than the text
    reader's `narrow_names.letters_key`, which also drops hyphens and stops: a PDF
    prints those glyphs as the source has them, so a section-7 name that differs from
    section 6's in one (`Кабардино-Балкарский` / `Кабардино Балкарский`) is spelled
    otherwise by the source and keeps its own spelling."""
    return "".join(text.split()).casefold()


def respace_names(printed: Sequence[IndicatorRecord], found: list[ProjectRecord]) -> None:
    """A PDF's section-7 project cell may be far narrower than section 6's (a letter
    or two a line at a large size): its lines then say nothing of where words end —
    a space glyph is printed only where it fits, and a bracket or a short word takes a
    line of its own (`системам` / `они` / `тори`, `( рекомендовано`). The template
    names each project in both sections, so a name whose letters, spaces aside, are
    those of one section-6 name of its sector (the one with its number when several
    are) takes that name's spacing."""
    for r in printed:
        letters = _letters(r.project_name)
        same = [p for p in found if p.sector_no == r.sector_no
                and _letters(p.project_name) == letters]
        numbered = [p for p in same if p.project_no == r.project_no]
        pick = {p.project_name for p in (numbered or same)}
        if len(pick) == 1:
            r.project_name = pick.pop()


def complete_names(cut: list[IndicatorRecord], found: list[ProjectRecord],
                   inside: Sequence[IndicatorRecord] = ()) -> None:
    """A section-7 project name printed cut short (`_ends_cut`) is the start of the
    same project's name in section 6 (the template names each project in both): it
    takes that name when one project of its sector and number, or else one project of
    its sector, begins with it word for word. A name whose last line is full
    (`inside`, `_ends_full`) may have been cut inside a word (`регио`): it takes the
    one name of its sector and number that goes on from it with a letter."""
    for r in inside:
        start = _squeezed(r.project_name)
        pick = {p.project_name for p in found
                if p.sector_no == r.sector_no and p.project_no == r.project_no
                and _squeezed(p.project_name)[len(start):][:1].isalpha()
                and _squeezed(p.project_name).startswith(start)}
        if len(pick) == 1:
            r.project_name = pick.pop()
    for r in cut:
        start = _squeezed(r.project_name) + " "
        same = [p for p in found if p.sector_no == r.sector_no
                and _squeezed(p.project_name).startswith(start)]
        numbered = [p for p in same if p.project_no == r.project_no]
        pick = numbered if numbered else same
        if len({p.project_name for p in pick}) == 1:
            r.project_name = pick[0].project_name


# -- the document: text lines and tables -> sections, card, records --------------

_HEADING_START = re.compile(r"[2-8]\s*\.\s*(?:Раздел\b)?")
_TITLES = [re.compile(rf"[2-8]\s*\.\s*(?:Раздел\s*[«\"]?\s*)?{t}", re.IGNORECASE)
           for t in SECTION_TITLES.values()]


def wrapped_heading(line: str, nxt: str) -> bool:
    """A section heading the layout broke over two lines («5. Раздел «Взаимосвязь
    задач и» / «проектов стратегии»»)."""
    if not _HEADING_START.match(line) or any(t.match(line) for t in _TITLES):
        return False
    return any(t.match(f"{line} {nxt}") for t in _TITLES)


@dataclass
class _Document:
    lines: list[Line] = field(default_factory=list)
    at: dict[int, int] = field(default_factory=dict)  # stream index -> line index


def _lines(stream: Sequence[TextItem | Table], s: TableSettings) -> _Document:
    """Text lines for the text reader's section and card code; narrow tables (the card)
    flattened cell by cell."""
    doc = _Document()
    lines = doc.lines
    skip = -1
    for k, item in enumerate(stream):
        doc.at[k] = len(lines) - (k == skip)
        if k == skip:
            continue
        if not isinstance(item, Table):
            text = item.text
            nxt = stream[k + 1] if k + 1 < len(stream) else None
            if nxt is not None and not isinstance(nxt, Table) and wrapped_heading(text,
                                                                                  nxt.text):
                text, skip = f"{text} {nxt.text}", k + 1
            lines.append(Line(len(lines) + 1, text, item.page))
            continue
        lines.append(Line(len(lines) + 1, _PLACEHOLDER, item.page))
        if item.width <= s.narrow:
            for row in [*item.header, *(r.cells for r in item.rows)]:
                for raw in row:
                    for part in (raw or "").replace(SOFT_HYPHEN, "").split("\n"):
                        if part.strip():
                            lines.append(Line(len(lines) + 1, part, item.page))
    return doc


def _section_bounds(sections: dict[int, Section], lines: list[Line]) -> dict[int, tuple[int, int]]:
    """Line-index range of sections 5, 6 and 7 (heading to the next heading)."""
    index = {ln.no: i for i, ln in enumerate(lines)}
    heads = sorted((index[sec.heading.no], n) for n, sec in sections.items())
    out = {}
    for k, (start, n) in enumerate(heads):
        end = heads[k + 1][0] if k + 1 < len(heads) else len(lines)
        if n in (5, 6, 7):
            out[n] = (start, end)
    return out


def read_stream(stream: Sequence[TextItem | Table], path: Path,
                s: TableSettings = SETTINGS) -> StrategyRecords | None:
    """Card and the rows of sections 5, 6 and 7 from a document's lines and tables.

    None when no table of sections 5–7 is found (a PDF reader then reads the text
    layer); ExtractionError, as the text reader raises it, when some are and others
    are missing or the document stops before section 8.
    """
    doc = _lines(stream, s)
    lines, at = doc.lines, doc.at
    sections = find_sections(lines)
    card = read_card(lines, sections.get(2))
    card.source_line = None
    bounds = _section_bounds(sections, lines)

    records = StrategyRecords(card=card)
    cut: list[IndicatorRecord] = []
    inside: list[IndicatorRecord] = []
    printed: list[IndicatorRecord] = []
    sector = _Sector()
    heads = {lines.index(sec.heading) for sec in sections.values()}
    for k, item in enumerate(stream):
        if not isinstance(item, Table):
            if at[k] in heads:
                sector = _Sector()  # a new section starts its own sectors
            elif found := sector_of(item.text, s):
                sector = found
            continue
        kind = table_kind(item, s)
        if kind is None or (bounds.get(kind) is not None
                            and not bounds[kind][0] < at[k] < bounds[kind][1]):
            continue
        segments = _segments(item, sector, s)
        sector = segments.sector
        records.findings += segments.findings
        for seg_sector, rows in segments.parts:
            if kind == 5:
                links, finds = task_links(item, rows, seg_sector, s)
                records.task_links += links
            elif kind == 6:
                found_projects, finds = projects(item, rows, seg_sector, s)
                records.projects += found_projects
            else:
                found_indicators, finds = indicators(item, rows, seg_sector, s, cut,
                                                     inside, printed)
                records.indicators += found_indicators
            records.findings += finds
    complete_names(cut, records.projects, inside)
    respace_names(printed, records.projects)
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
