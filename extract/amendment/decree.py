"""One decree, whatever it was printed as: its text and its tables as rows of cells.

Each form has its own front end — the converted text with tab-separated tables
(`decree_from_tab_text`), Word and PDF tables (`decree_from_blocks`), a PDF's
plain text dump (`extract.amendment.stream`) — and they all end here, in a
`Decree`: the lines of running text (tables written into it row by row, cells
tab-separated, so the act's header, the passport paragraph and the references to
appendices read the same from every form) and the tables as `Table`s whose rows
are `CellRow`s under a header. The record builder (`extract.amendment.build`)
takes only this.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from extract.amendment.passport import find_passport_paragraph
from extract.amendment.tables import (
    CellRow,
    Table,
    appendix_captions,
    is_column_number_row,
    looks_like_header,
    read_tables,
)
from extract.text import squeeze


@dataclass
class Decree:
    lines: list[str]  # running text; a table row is one line of tab-separated cells
    tables: list[Table]  # appendix candidates: tables from the first appendix caption on
    all_tables: list[Table] = field(default_factory=list)  # with the header-only ones
    passport: list[tuple[int, str]] = field(default_factory=list)  # (line, text) pieces

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def decree_from_tab_text(text: str) -> Decree:
    """The converted-text form: tables are runs of tab-separated lines."""
    lines = text.split("\n")
    captions = appendix_captions(lines)
    start = min(captions) if captions else 0
    tables = read_tables(lines, start)
    return Decree(lines, [t for t in tables if t.rows], tables, find_passport_paragraph(lines))


@dataclass
class SourceTable:
    """A table as a structured reader (Word, PDF) gives it: rows of cell texts.

    `header` rows when the reader knows them (a PDF's repeated rows), otherwise
    they are told from the top rows. `pages[i]` and `breaks[i]` say where body row
    i was printed and whether a page break comes right before it.
    """

    rows: list[list[str]]
    header: list[list[str]] | None = None
    pages: list[int | None] | None = None
    breaks: list[bool] | None = None


def decree_from_blocks(blocks: Sequence[str | SourceTable]) -> tuple[Decree, dict[int, int]]:
    """A decree from paragraphs and tables in print order; also 1-based line -> page.

    A table stands under the last «Приложение № N» caption printed above it; the
    text lines between caption and table are its heading (stage periods).
    """
    lines: list[str] = []
    page_of: dict[int, int] = {}
    placed: list[tuple[int, SourceTable, int | None]] = []  # (first line, table, page)

    def emit(text: str, page: int | None) -> int:
        lines.append(text)
        if page is not None:
            page_of[len(lines)] = page
        return len(lines)

    for block in blocks:
        if isinstance(block, str):
            emit(squeeze(block), None)
            continue
        first = len(lines) + 1
        page = block.pages[0] if block.pages else None
        for row in block.header or []:
            emit("\t".join(squeeze(c) for c in row), page)
        for k, row in enumerate(block.rows):
            emit("\t".join(squeeze(c) for c in row), block.pages[k] if block.pages else None)
        emit("", None)
        placed.append((first, block, page))

    captions = appendix_captions(lines)
    start = min(captions) if captions else 0
    all_tables: list[Table] = []
    for first, block, _page in placed:
        if first - 1 < start:
            continue
        table = _table(block, first, captions, lines)
        all_tables.append(table)
    return (Decree(lines, [t for t in all_tables if t.rows], all_tables,
                   find_passport_paragraph(lines)), page_of)


def _table(block: SourceTable, first: int, captions: dict[int, int | None],
           lines: list[str]) -> Table:
    """Header, body rows and caption of one structured table."""
    above = [i for i in captions if i < first - 1]
    caption_at = max(above) if above else None
    heading = [lines[i] for i in range((caption_at or 0) + 1, first - 1)
               if lines[i] and "\t" not in lines[i]] if caption_at is not None else []
    table = Table(first_line=first, caption=captions[caption_at] if caption_at is not None
                  else None, heading=heading)
    given = block.header is not None
    header_rows, skip = (block.header or [], 0) if given else split_header(block.rows)
    offset = len(header_rows) if given else 0
    for j, raw in enumerate(header_rows):
        cells = [squeeze(c) for c in raw]
        if is_column_number_row(cells):
            table.column_count = len([c for c in cells if c])
        else:
            table.header.append(CellRow(first + j, cells))
    for k in range(skip, len(block.rows)):
        cells = [squeeze(c) for c in block.rows[k]]
        if is_column_number_row(cells):
            table.column_count = len([c for c in cells if c])
            continue
        if not any(cells) or (table.rows and _repeats(cells, table.header)):
            continue
        table.rows.append(CellRow(
            first + offset + k, cells,
            page_start=bool(block.breaks and block.breaks[k]),
            page=block.pages[k] if block.pages else None))
    return table


def split_header(rows: Sequence[Sequence[str]]) -> tuple[list[list[str]], int]:
    """Header rows at the top of a table and how many rows (with the `1 … N` row) they take."""
    for i, row in enumerate(rows[:8]):
        if is_column_number_row([squeeze(c) for c in row]):
            return [list(r) for r in rows[: i + 1]], i + 1
    k = 0
    while k < len(rows) and k < 6 and looks_like_header([squeeze(c) for c in rows[k]]):
        k += 1
    return [list(r) for r in rows[:k]], k


def _repeats(cells: list[str], header: list[CellRow]) -> bool:
    filled = [c for c in cells if c]
    return bool(filled) and any(filled == [c for c in h.cells if c] for h in header)
