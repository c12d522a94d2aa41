"""A program-amendment decree in PDF -> the shared amendment builder, table by table.

The PDF's ruled tables come whole from `extract.pdf.tables.assemble` (fragments of
one table over many pages joined, repeated headers and column-number rows
dropped); here a row cut by a page break is made whole again — the continued
part's first row without an item number is the rest of the row above when only
one side of the break carries values — and each table goes to the builder as
rows of cells with the page of every row and where a page break fell. Running
text lines keep their order around the tables, so captions, the passport's
funding paragraph (a two-column table) and the act's header read as in every form.
"""

from __future__ import annotations

import re

from extract.amendment import SourceTable, decree_from_blocks, read_decree
from extract.amendment.tables import is_column_number_row
from extract.pdf.reader import Page, TextLine
from extract.pdf.tables import BodyRow, Table, assemble, cell_text, join_split_rows
from extract.text import parse_number

_TABLES = ("program_passport_funding", "program_funding", "program_indicators", "findings")


def _is_tail(table: Table):
    """A continued part's first row without an item number is the rest of the row cut
    by the page break when only one side of the break carries values."""
    value_cols = sorted(table.years())

    def has_values(row: BodyRow) -> bool:
        if value_cols:
            return any(row.text(c) for c in value_cols)
        return any(parse_number(row.text(c)) for c in range(1, len(row.cells)))

    def tail(above: BodyRow, row: BodyRow) -> bool:
        return not row.text(0) and not (has_values(above) and has_values(row))

    return tail


_NUMBER_CUT = re.compile(r"([-−]?\d[\d ]*)(?: ([,.]\d+)|([,.]) (\d+))")


def _text(raw: str | None) -> str:
    """A cell's text (`cell_text`), an amount a narrow cell wrapped at its decimal comma
    («358164,» / «4», «1416742» / «,3») made whole."""
    text = cell_text(raw)
    if m := _NUMBER_CUT.fullmatch(text):
        return "".join(g for g in m.groups() if g)
    return text


def source_table(table: Table) -> SourceTable:
    """One whole PDF table as rows of cell texts (merged positions empty) with pages.

    Header rows left at the top of the body (a header row without the template's
    words, say the sources' names) move to the header when a `1 … N` row follows.
    """
    rows = join_split_rows(table.rows, _is_tail(table))
    cells = [[_text(c) for c in row.cells] for row in rows]
    header = [[_text(c) for c in row] for row in table.header]
    k = next((i for i, r in enumerate(cells[:4]) if is_column_number_row(r)), -1) + 1
    return SourceTable(
        rows=cells[k:],
        header=header + cells[:k],
        pages=[row.page for row in rows[k:]],
        breaks=[row.cont for row in rows[k:]],
    )


def read_amendment(pages: list[Page], source_file: str) -> dict[str, list[dict]]:
    """Contract rows of an amendment PDF with `source_page` for every row."""
    stream, _ = assemble(pages)
    blocks: list[str | SourceTable] = []
    line_pages: list[int] = []
    for item in stream:
        if isinstance(item, TextLine):
            blocks.append(item.text)
            line_pages.append(item.page)
        else:
            blocks.append(source_table(item))
    decree, page_of = decree_from_blocks(blocks)
    _text_pages(decree.lines, blocks, line_pages, page_of)
    tables = read_decree(decree, source_file)
    for name in _TABLES:
        for row in tables.get(name, []):
            line = row.get("source_line")
            if line is not None:
                row["source_page"] = page_of.get(line)
                row["source_line"] = None  # a line of the rebuilt text, not of the PDF
    return tables


def _text_pages(lines: list[str], blocks: list[str | SourceTable], line_pages: list[int],
                page_of: dict[int, int]) -> None:
    """Pages of the running-text lines (the passport figures point at them)."""
    pages = iter(line_pages)
    line = 0
    for block in blocks:
        if isinstance(block, str):
            line += 1
            page_of[line] = next(pages)
        else:
            line += len(block.header or []) + len(block.rows) + 1
    assert line == len(lines)
