"""Cut a converted decree's tab-separated tables into rows of cells.

This is the only text-format-specific part of table reading: everything after it
(`funding`, `indicators`) takes `CellRow`s, which a PDF reader can build from
pdfplumber's tables just as well (one `CellRow` per table row, `page_start` on
the first row of each page).

Page furniture is dropped here: the repeated column-number row (`1 2 … N`), the
markdown separator rows (`--	---`) the converter leaves behind and HTML `<p>`
wrappers. A column-number row after the first one marks a page break, which the
row after it records as `page_start`; the continuation logic downstream needs
to know where pages begin because that is where cells spill over and where a
lost page shows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract.amendment.settings import SETTINGS
from extract.text import squeeze

_TAG = re.compile(r"</?(?:p|br|b|i|strong|em|span)\b[^>]*>", re.IGNORECASE)
_BOLD = re.compile(r"\*\*")
_SEPARATOR_CELL = re.compile(r"-{2,}|:?-+:?")
_YEAR_CELL = re.compile(r"((?:19|20)\d{2})(?:\s*(?:год|г\.)[а-я]*)?")


@dataclass
class CellRow:
    """One printed table row: 1-based line (or any provenance number) and its cells."""

    line: int
    cells: list[str]
    page_start: bool = False  # first row after a page break
    page: int | None = None

    def cell(self, index: int | None) -> str:
        if index is None or index < 0 or index >= len(self.cells):
            return ""
        return self.cells[index]


@dataclass
class Table:
    """A run of table rows: its header rows, data rows and the text printed above it."""

    first_line: int
    header: list[CellRow] = field(default_factory=list)
    rows: list[CellRow] = field(default_factory=list)
    column_count: int | None = None  # N of the `1 … N` row, when printed
    caption: int | None = None  # «Приложение № N» the table stands under, if printed
    heading: list[str] = field(default_factory=list)  # text lines between caption and table
    header_lost: bool = False  # starts at a repeated column-number row: first page lost

    def header_text(self) -> str:
        return " ".join(c for row in self.header for c in row.cells if c).lower()

    def year_columns(self) -> dict[int, int]:
        """Column index -> year, read from the header row that prints the years."""
        for row in self.header:
            years = year_cells(row.cells)
            if len(years) >= 2:
                return years
        return {}


def clean_cell(raw: str) -> str:
    """A cell's text without HTML wrappers and markdown bold, spaces squeezed."""
    return squeeze(_BOLD.sub("", _TAG.sub(" ", raw)))


def split_cells(line: str) -> list[str]:
    return [clean_cell(c) for c in line.split("\t")]


def is_column_number_row(cells: list[str]) -> bool:
    """The `1 2 3 … N` row printed under the header and repeated on every page."""
    filled = [c for c in cells if c]
    return len(filled) >= 3 and filled == [str(i) for i in range(1, len(filled) + 1)]


def is_separator_row(cells: list[str]) -> bool:
    filled = [c for c in cells if c]
    return bool(filled) and all(_SEPARATOR_CELL.fullmatch(c) for c in filled) and any(
        len(c) >= 2 for c in filled
    )


def year_cells(cells: list[str]) -> dict[int, int]:
    """Column index -> year for the cells that are just a year (`2019 год`, `2020`)."""
    return {
        i: int(m.group(1)) for i, c in enumerate(cells) if c and (m := _YEAR_CELL.fullmatch(c))
    }


def appendix_captions(lines: list[str]) -> dict[int, int | None]:
    """0-based line index -> appendix number for «Приложение № N» + «к постановлению …».

    The «к постановлению» tail (same line or within the next lines) is required so
    that a mention of an appendix in the body text is not taken for the appendix.
    """
    out: dict[int, int | None] = {}
    for i, line in enumerate(lines):
        m = SETTINGS.caption.match(line.replace("\t", " "))
        if not m:
            continue
        following = [x for x in lines[i + 1 : i + 1 + SETTINGS.caption_tail_within]
                     if x.strip()]
        if m.group(2) or (following and SETTINGS.caption_tail.match(following[0])):
            out[i] = int(m.group(1)) if m.group(1) else None
    return out


def read_tables(lines: list[str], start: int = 0) -> list[Table]:
    """Every tab-separated table from `lines[start:]`, in order.

    A table is a run of lines with tabs; blank lines and column-number rows may
    sit inside it (page breaks), any other text line ends it. A column-number
    row with a different N also starts a new table: two tables printed one after
    the other, the caption of the second lost in conversion. A table whose first
    line is a column-number row has lost its header (and so its first page).
    """
    captions = appendix_captions(lines)
    tables: list[Table] = []
    current: Table | None = None
    caption: int | None = None
    heading: list[str] = []
    page_break = False
    for i in range(start, len(lines)):
        raw = lines[i]
        if i in captions:
            caption, heading, current = captions[i], [], None
            continue
        if "\t" not in raw:
            if current is not None and _PAGE_NUMBER.fullmatch(raw):
                page_break = page_break or bool(current.rows)  # a printed page number
            elif raw.strip():
                current = None
                heading.append(squeeze(raw))
            continue
        cells = split_cells(raw)
        if is_separator_row(cells) or not any(cells):
            continue
        if is_column_number_row(cells):
            n = len([c for c in cells if c])
            if current is not None and current.column_count not in (None, n):
                current = None
            if current is None:
                current = Table(first_line=i + 1, caption=caption, heading=heading,
                                header_lost=True)
                tables.append(current)
                heading, caption = [], None
                page_break = True
            elif current.rows:
                page_break = True
            current.column_count = n
            continue
        if current is None:
            current = Table(first_line=i + 1, caption=caption, heading=heading)
            tables.append(current)
            heading, caption = [], None
            page_break = False
        if current.rows and _repeats_header(cells, current.header):
            page_break = True  # the header printed again at the top of a page
            continue
        row = CellRow(line=i + 1, cells=cells)
        if not current.rows and current.column_count is None and looks_like_header(cells):
            current.header.append(row)
            continue
        row.page_start, page_break = page_break, False
        current.rows.append(row)
    return tables


_PAGE_NUMBER = re.compile(r"\s*[-–]?\s*\d{1,3}\s*[-–]?\s*")


def _repeats_header(cells: list[str], header: list[CellRow]) -> bool:
    filled = [c for c in cells if c]
    return bool(filled) and any(filled == [c for c in h.cells if c] for h in header)


_ITEM_NO = re.compile(r"\d+(?:\.\d+)*\.?")
_NUMERIC = re.compile(r"[-−]?\d[\d\s]*(?:[.,]\d+)?")


def looks_like_header(cells: list[str]) -> bool:
    """A header row names columns or prints years; it has no item number nor amounts."""
    if cells and _ITEM_NO.fullmatch(cells[0]):
        return False
    years = year_cells(cells)
    return not any(
        _NUMERIC.fullmatch(c) for i, c in enumerate(cells) if c and i not in years
    )
