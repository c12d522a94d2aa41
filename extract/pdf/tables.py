"""Fragments of one ruled table over many pages -> one table with a header and body rows.

A long table is printed page after page: each page's part is a separate
fragment in the PDF, usually with the header (or only the column-number row
`1 2 3 …`) drawn again at its top. Here those parts are joined back: repeated
headers and column-number rows are dropped, and the first body row of every
continued part is marked `cont`, because that is where a row cut by the page
break goes on (its cells' tails) and where a merged cell reappears. What those
tails mean depends on the table, so joining them is left to the table readers,
with the helpers below.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from extract.pdf.reader import Fragment, Page, TextLine
from extract.text import join_fragments, squeeze

_YEAR = re.compile(r"((?:19|20)\d{2})(?:\s*(?:год|г\.)[а-я]*)?")
_ROW_NO = re.compile(r"\d{1,3}(?:\.\d{1,3})*\.?")
_NUMERIC = re.compile(r"[-−]?\d[\d\s]*(?:[.,]\d+)?")
# Words that name the template's columns (sections 5–7, Приложения № 1/2).
_HEADER_WORDS = re.compile(
    r"№|п/п|наименовани|задач|цель|срок|описани|финансир|роль|бенефициар|выгод|ответствен|"
    r"показател|единиц|значени|источник|исполнител|годам|год\b",
    re.IGNORECASE,
)
_COLUMN_TOLERANCE = 4.0


_NUMBER_PART = re.compile(r"[\d.]+")


def cell_text(raw: str | None) -> str:
    """A cell's lines joined as the contract says (hyphenated words rejoined); an item
    number wrapped in a narrow column (`1.6.1.` / `1`) is one number again."""
    if not raw:
        return ""
    lines = [ln.strip() for ln in raw.split("\n") if ln.strip()]
    if len(lines) > 1 and all(_NUMBER_PART.fullmatch(ln) for ln in lines):
        return "".join(lines)
    return join_fragments(lines)


@dataclass
class BodyRow:
    """One printed row. `cells[i]` is None where a merged cell covers the position."""

    cells: list[str | None]
    page: int
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

    page: int
    position: int  # index of the first fragment in the document's item stream
    header: list[list[str | None]] = field(default_factory=list)
    rows: list[BodyRow] = field(default_factory=list)
    columns: list[float] = field(default_factory=list)
    heading: list[str] = field(default_factory=list)  # text lines printed right above

    @property
    def width(self) -> int:
        return max([len(r) for r in self.header] + [len(r.cells) for r in self.rows] + [0])

    def titles(self) -> list[str]:
        """Each column's header text (all header rows, top to bottom)."""
        out = []
        for col in range(self.width):
            parts = [cell_text(row[col]) for row in self.header
                     if col < len(row) and row[col]]
            out.append(squeeze(" ".join(parts)))
        return out

    def header_text(self) -> str:
        return " ".join(self.titles()).lower()

    def years(self) -> dict[int, int]:
        """Column -> year for the columns whose header ends with a year."""
        out = {}
        for col in range(self.width):
            cells = [cell_text(row[col]) for row in self.header if col < len(row) and row[col]]
            if cells and (m := _YEAR.fullmatch(cells[-1])):
                out[col] = int(m.group(1))
        return out

    def find(self, pattern: str) -> int | None:
        """First column whose title matches `pattern` (case-insensitive)."""
        pat = re.compile(pattern, re.IGNORECASE)
        for col, title in enumerate(self.titles()):
            if pat.search(title):
                return col
        return None


def is_column_numbers(cells: Sequence[str | None]) -> bool:
    """The `1 2 3 … N` row under the header, repeated on every page."""
    filled = [squeeze(c) for c in cells if c]
    return len(filled) >= 3 and filled == [str(i) for i in range(1, len(filled) + 1)]


def _is_years(cells: Sequence[str | None]) -> bool:
    filled = [cell_text(c) for c in cells if c]
    return len(filled) >= 2 and all(_YEAR.fullmatch(c) for c in filled)


def looks_like_header(cells: Sequence[str | None]) -> bool:
    """Names columns (template words, no row number, no amounts) or prints only years."""
    filled = [cell_text(c) for c in cells if c]
    if not filled:
        return False
    if _is_years(cells):
        return True
    if cells[0] and _ROW_NO.fullmatch(cell_text(cells[0])):
        return False
    if any(_NUMERIC.fullmatch(c) and not _YEAR.fullmatch(c) for c in filled):
        return False
    return any(_HEADER_WORDS.search(c) for c in filled)


def _split_header(rows: list[list[str | None]]) -> tuple[list[list[str | None]], int]:
    """Header rows at the top of a table's first fragment, and where the body starts."""
    for i, row in enumerate(rows[:8]):
        if is_column_numbers(row):
            return rows[:i], i + 1
    k = 0
    while k < len(rows) and k < 6 and looks_like_header(rows[k]):
        k += 1
    return rows[:k], k


def _same_columns(a: Sequence[float], b: Sequence[float]) -> bool:
    return len(a) == len(b) and all(abs(x - y) <= _COLUMN_TOLERANCE for x, y in zip(a, b,
                                                                                    strict=True))


def _repeated(row: list[str | None], header: list[list[str | None]]) -> bool:
    key = [cell_text(c) for c in row if c]
    return is_column_numbers(row) or _is_years(row) or any(
        key == [cell_text(c) for c in h if c] for h in header)


_TOKEN = re.compile(r"\w[\w-]*")
_LEFT_PART = re.compile(r"(\w[\w-]*\w|\w)$")
_RIGHT_PART = re.compile(r"([^\W\d_][\w-]*)")


@dataclass
class _Vocabulary:
    printed: set[str]  # every token, lower case
    whole: set[str]  # tokens surely printed as words: inside a line


def _vocabulary(pages: list[Page]) -> _Vocabulary:
    """What the document prints; a line's first and last token may be part of a word."""
    seen: set[str] = set()
    inner: set[str] = set()

    def add(line: str) -> None:
        tokens = [t.lower() for t in _TOKEN.findall(line)]
        seen.update(tokens)
        inner.update(tokens[1:-1])

    for page in pages:
        for item in page.items:
            if isinstance(item, TextLine):
                add(item.text)
                continue
            for row in item.rows:
                for raw in row:
                    for line in (raw or "").split("\n"):
                        add(line)
    return _Vocabulary(seen, inner)


def rejoin_broken_words(raw: str, words: _Vocabulary) -> str:
    """Undo a line break inside a word printed without a hyphen.

    A word too long for a narrow column is cut where the line ends
    (`информаци` / `онно-сервисная`); the contract's joining would put a space
    there. The two parts are glued when the document prints the glued word
    elsewhere (project names recur in sections 5, 6 and 7) and the parts are not
    both words in their own right.
    """
    lines = raw.split("\n")
    out = [lines[0]]
    for nxt in lines[1:]:
        left = _LEFT_PART.search(out[-1])
        right = _RIGHT_PART.match(nxt.strip())
        if left and right and right.group(1)[0].islower():
            a, b = left.group(1).lower(), right.group(1).lower()
            if a + b in words.printed and not (a in words.whole and b in words.whole):
                out[-1] = out[-1] + nxt.strip()
                continue
        out.append(nxt)
    return "\n".join(out)


def assemble(pages: list[Page]) -> tuple[list[TextLine | Table], list[Table]]:
    """The document as a stream of text lines and whole tables, plus the tables alone.

    A fragment continues the table before it when it is the first thing on its
    page, the previous page ended with that table, and the columns line up.
    """
    words = _vocabulary(pages)
    stream: list[TextLine | Table] = []
    tables: list[Table] = []
    current: Table | None = None
    prev_fragment: Fragment | None = None
    index = 0
    pending_text: list[str] = []
    for page in pages:
        first = True  # nothing but furniture so far on this page
        for item in page.items:
            if isinstance(item, TextLine):
                if item.furniture:
                    continue
                first = False
                stream.append(item)
                pending_text.append(item.text)
                current = None
                prev_fragment = None
                continue
            continues = (
                current is not None and prev_fragment is not None and first
                and item.page == prev_fragment.page + 1
                and _same_columns(item.columns, prev_fragment.columns)
            )
            rows = item.rows
            if continues:
                assert current is not None
                k = 0
                while k < len(rows) and k < len(current.header) + 2 and _repeated(
                        rows[k], current.header):
                    k += 1
                body = rows[k:]
                cont = True
            else:
                header, start = _split_header(rows)
                current = Table(page=item.page, position=len(stream), header=header,
                                columns=item.columns, heading=pending_text[-3:])
                stream.append(current)
                tables.append(current)
                body = rows[start:]
                cont = False
            first = False
            for cells in body:
                if not any(c for c in cells if c):
                    continue
                cells = [rejoin_broken_words(c, words) if c and "\n" in c else c
                         for c in cells]
                index += 1
                current.rows.append(BodyRow(list(cells), item.page, cont, index))
                cont = False
            prev_fragment = item
            pending_text = []
    return stream, tables


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
