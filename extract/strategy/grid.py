"""A table as every reader hands it over: header rows, column titles, body rows of cells.

Format-free: the PDF reader builds it from ruled cells joined over pages, the
Word reader from python-docx rows. `None` marks a grid position covered by a
merged cell (spanning down from a row above or across from a column to the
left); an empty string is an empty cell of its own. Cell text keeps its printed
line breaks (`\\n`); `cell_text` joins them the way the contract says.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from extract.text import join_fragments, squeeze

_YEAR = re.compile(r"((?:19|20)\d{2})(?:\s*(?:год|г\.)[а-я]*)?")
_ROW_NO = re.compile(r"\d{1,3}(?:\.\d{1,3})*\.?")
_NUMERIC = re.compile(r"[-−]?\d[\d\s]*(?:[.,]\d+)?")
_NUMBER_PART = re.compile(r"[\d.]+")
# Words that name the template's columns (sections 5–7, Приложения № 1/2).
_HEADER_WORDS = re.compile(
    r"№|п/п|наименовани|задач|цель|срок|описани|финансир|роль|бенефициар|выгод|ответствен|"
    r"показател|единиц|значени|источник|исполнител|годам|год\b",
    re.IGNORECASE,
)
# Header rows are at most this many at a table's top (the template uses one or two).
MAX_HEADER_ROWS = 6

Cells = list[str | None]
# Invisible: a Word file's optional hyphen, or a PDF reader's mark of a full line.
SOFT_HYPHEN = "\u00ad"
# A line's trailing space: a PDF reader's mark that the renderer wrapped the line at a
# space, so a word ends there and the cell goes on (after a page break, if it is the
# last line on the page). A Word cell's lines never carry it (`cell_text` drops it).
WRAPPED = " "


def cell_text(raw: str | None) -> str:
    """A cell's lines joined as the contract says (hyphenated words rejoined, soft
    hyphens dropped); an item
    number wrapped in a narrow column (`1.6.1.` / `1`) is one number again."""
    if not raw:
        return ""
    lines = [ln.strip() for ln in raw.replace(SOFT_HYPHEN, "").split("\n") if ln.strip()]
    if len(lines) > 1 and all(_NUMBER_PART.fullmatch(ln) for ln in lines):
        return "".join(lines)
    return join_fragments(lines)


@dataclass
class BodyRow:
    """One printed row. `cells[i]` is None where a merged cell covers the position."""

    cells: Cells
    page: int | None
    cont: bool = False  # first row after a page break inside the table
    index: int = 0  # running number of the row in the document (provenance)

    def text(self, col: int | None) -> str:
        if col is None or col >= len(self.cells):
            return ""
        return cell_text(self.cells[col])

    def covered(self, col: int | None) -> bool:
        return col is not None and col < len(self.cells) and self.cells[col] is None

    @property
    def spanning(self) -> bool:
        """A cell across (nearly) the whole table: a sector's heading row, `1. Name`
        in one cell or `1.` | `Name` in two."""
        shown = [c for c in self.cells if c is not None]
        return len(self.cells) > 3 and 1 <= len(shown) <= 2 and bool(self.cells[0]) and all(
            c is None for c in self.cells[3:])

    def spanning_text(self) -> str:
        return " ".join(cell_text(c) for c in self.cells if c)


@dataclass
class Table:
    """A whole table: its header rows, column titles and body rows in print order."""

    page: int | None
    position: int  # index of the table in the document's stream of lines and tables
    header: list[Cells] = field(default_factory=list)
    rows: list[BodyRow] = field(default_factory=list)
    heading: list[str] = field(default_factory=list)  # text lines printed right above
    # A format's own clean-up of a cell's printed lines, applied once rows cut by page
    # breaks are whole again (a PDF rejoins words a narrow column cut); default: none.
    clean: Callable[[str], str] | None = None

    def cleaned(self, rows: list[BodyRow]) -> list[BodyRow]:
        """`rows` with `clean` applied to every multi-line cell."""
        if self.clean is not None:
            for row in rows:
                row.cells = [self.clean(c) if c and "\n" in c else c for c in row.cells]
        return rows

    @property
    def width(self) -> int:
        return max([len(r) for r in self.header] + [len(r.cells) for r in self.rows] + [0])

    def titles(self) -> list[str]:
        """Each column's header text (all header rows, top to bottom); a title merged
        across columns («Значения показателя по годам») counts for each of them."""
        out = []
        for col in range(self.width):
            parts = [cell_text(self._shown(row, col)) for row in self.header]
            out.append(squeeze(" ".join(p for p in parts if p)))
        return out

    @staticmethod
    def _shown(row: Cells, col: int) -> str | None:
        """The text shown at (row, col): a cell merged across from the left shows there too."""
        while 0 < col < len(row) and row[col] is None:
            col -= 1
        return row[col] if col < len(row) else None

    def header_text(self) -> str:
        return " ".join(self.titles()).lower()

    def years(self) -> dict[int, int]:
        """Column -> year for the columns whose lowest header cell is a year."""
        out = {}
        for col in range(self.width):
            cells = [cell_text(row[col]) for row in self.header if col < len(row) and row[col]]
            if cells and (m := _YEAR.fullmatch(cells[-1])):
                out[col] = int(m.group(1))
        return out

    def find(self, pattern: str) -> int | None:
        """First column whose title matches `pattern` (case-insensitive); a title is
        also tried without its spaces, since a narrow column may break a word of it
        where no hyphen marks the break («Наименовани / е проекта»)."""
        pat = re.compile(pattern, re.IGNORECASE)
        for col, title in enumerate(self.titles()):
            if pat.search(title) or pat.search(re.sub(r"\s+", "", title)):
                return col
        return None


def is_column_numbers(cells: Sequence[str | None]) -> bool:
    """The `1 2 3 … N` row under the header, repeated on every page."""
    filled = [cell_text(c) for c in cells if c]
    return len(filled) >= 3 and filled == [str(i) for i in range(1, len(filled) + 1)]


def is_years(cells: Sequence[str | None]) -> bool:
    filled = [cell_text(c) for c in cells if c]
    return len(filled) >= 2 and all(_YEAR.fullmatch(c) for c in filled)


def looks_like_header(cells: Sequence[str | None]) -> bool:
    """Names columns (template words, no row number, no amounts) or prints only years."""
    filled = [cell_text(c) for c in cells if c]
    if not filled:
        return False
    if is_years(cells):
        return True
    if cells[0] and _ROW_NO.fullmatch(cell_text(cells[0])):
        return False
    if any(_NUMERIC.fullmatch(c) and not _YEAR.fullmatch(c) for c in filled):
        return False
    return any(_HEADER_WORDS.search(c) for c in filled)


def split_header(rows: list[Cells]) -> tuple[list[Cells], int]:
    """Header rows at the top of a table, and where the body starts (after the
    column-number row when there is one)."""
    for i, row in enumerate(rows[:MAX_HEADER_ROWS + 2]):
        if is_column_numbers(row):
            return rows[:i], i + 1
    k = 0
    while k < len(rows) and k < MAX_HEADER_ROWS and looks_like_header(rows[k]):
        k += 1
    return rows[:k], k


def _key(raw: str | None) -> str:
    return re.sub(r"\W+", "", raw or "").lower()


def _repeats(row: Cells, header: Cells) -> bool:
    """`row` prints `header` again: every cell it fills starts that header cell's text
    (a renderer may cut a repeated header cell to the row's height)."""
    pairs = [(_key(c), _key(header[i] if i < len(header) else None))
             for i, c in enumerate(row) if c and _key(c)]
    return bool(pairs) and all(h.startswith(c) for c, h in pairs)


def repeated_header_rows(rows: list[Cells], header: list[Cells]) -> int:
    """How many rows at the top of a continued part repeat the header: the column
    numbers, the year row, the header rows again (whole or cut short)."""
    k = 0
    while k < len(rows) and k < len(header) + 2:
        row = rows[k]
        if not (is_column_numbers(row) or is_years(row)
                or any(_repeats(row, h) for h in header)):
            break
        k += 1
    return k


# -- helpers for the table readers ------------------------------------------

def origin(rows: list[BodyRow], i: int, col: int) -> int:
    """Index of the row whose cell spans down to row i in column col."""
    while i > 0 and rows[i].covered(col):
        i -= 1
    return i


def append_cell(rows: list[BodyRow], i: int, col: int, raw: str) -> None:
    """Add `raw` as more lines of the (possibly merged) cell at row i, column col."""
    k = origin(rows, i, col)
    cells = rows[k].cells
    while len(cells) <= col:
        cells.append("")
    cells[col] = f"{cells[col]}\n{raw}" if cells[col] else raw


def join_split_rows(rows: list[BodyRow],
                    is_tail: Callable[[BodyRow, BodyRow], bool]) -> list[BodyRow]:
    """Rows cut by a page break made whole again.

    A continued part's first row for which `is_tail(row above, row)` holds is the
    rest of the row above it: each of its cells is appended to the cell above (to
    the merged cell's first row when that one spans down).
    """
    out: list[BodyRow] = []
    for row in rows:
        if row.cont and out and not out[-1].spanning and is_tail(out[-1], row):
            for col, raw in enumerate(row.cells):
                if raw:
                    append_cell(out, len(out) - 1, col, raw)
            continue
        out.append(row)
    return out


def continue_merged(rows: list[BodyRow], cols: Sequence[int],
                    applies: Callable[[BodyRow], bool]) -> None:
    """A merged cell cut by a page break reappears in the continued part's first row;
    when `applies`, its text there is the merged cell's tail: moved up, position covered."""
    for i, row in enumerate(rows):
        if not (row.cont and i > 0 and applies(row)) or rows[i - 1].spanning:
            continue
        for col in cols:
            if col < len(row.cells) and row.cells[col] is not None:
                if row.cells[col]:
                    append_cell(rows, i - 1, col, row.cells[col])
                row.cells[col] = None
