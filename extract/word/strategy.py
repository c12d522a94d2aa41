"""Strategy tables of a .docx -> contract rows, through the shared table-records builder.

Two stages of its own: `grid_table` turns a python-docx table into a format-free
`grid.Table` (a cell merged across — `w:gridSpan` — or down — `w:vMerge` — shows
its text once, at its first grid position, and covers the others with None);
`document_stream` gives the body in print order as text lines and such tables.
Sections, sectors, the card and the records are then found exactly as for a PDF
(`extract.strategy.table_records`). A Word file has no pages: rows carry no page.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from docx.document import Document
from docx.oxml.ns import qn
from docx.table import Table as DocxTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from extract.errors import ExtractionError
from extract.strategy.grid import BodyRow, Cells, Table, is_column_numbers, split_header
from extract.strategy.rows import to_rows
from extract.strategy.table_records import read_stream
from extract.word import body

_TRUE = {None, "1", "true", "on"}  # w:val of an on/off property; absent means on


@dataclass
class TextLine:
    """A line of running text (a paragraph, or one line of it after a manual break)."""

    text: str
    page: int | None = None


def _is_header_row(tr) -> bool:
    """The row is marked to repeat at the top of each page (`w:tblHeader`)."""
    props = tr.trPr
    mark = props.find(qn("w:tblHeader")) if props is not None else None
    return mark is not None and mark.get(qn("w:val")) in _TRUE


def grid_cells(table: DocxTable) -> list[tuple[Cells, bool]]:
    """Each row's grid positions (None where a merged cell covers the position) and
    whether the row is a marked header row."""
    out: list[tuple[Cells, bool]] = []
    for tr in table._tbl.tr_lst:
        cells: Cells = [""] * tr.grid_before
        for tc in tr.tc_lst:
            span = max(1, tc.grid_span)
            text = None if tc.vMerge == "continue" else _Cell(tc, table).text
            cells += [text] + [None] * (span - 1)
        out.append((cells, _is_header_row(tr)))
    width = max((len(c) for c, _ in out), default=0)
    return [(c + [""] * (width - len(c)), h) for c, h in out]


def grid_table(table: DocxTable, position: int, heading: list[str]) -> Table:
    """A python-docx table as a grid.Table: header rows are the rows marked to repeat,
    or else the leading rows that name columns; the column-number row (marked or
    not) is dropped."""
    rows = grid_cells(table)
    marked = 0
    while marked < len(rows) and rows[marked][1]:
        marked += 1
    plain = [c for c, _ in rows]
    if marked:
        header = [r for r in plain[:marked] if not is_column_numbers(r)]
        start = marked
        if start < len(plain) and is_column_numbers(plain[start]):
            start += 1
    else:
        header, start = split_header(plain)
    out = Table(page=None, position=position, header=header, heading=heading)
    for k, cells in enumerate(plain[start:], 1):
        if any(c for c in cells if c):
            out.rows.append(BodyRow(cells, page=None, index=k))
    return out


def document_stream(document: Document) -> list[TextLine | Table]:
    """The body in print order: paragraph lines and tables."""
    stream: list[TextLine | Table] = []
    recent: list[str] = []
    for item in body(document):
        if isinstance(item, Paragraph):
            for line in item.text.split("\n"):
                if line.strip():
                    stream.append(TextLine(line.strip()))
                    recent.append(line.strip())
        elif isinstance(item, DocxTable):
            stream.append(grid_table(item, len(stream), recent[-3:]))
            recent = []
    return stream


def read_strategy_docx(document: Document, source_file: str) -> dict[str, list[dict]]:
    """Contract rows (plus `findings`) of a strategy in Word form."""
    records = read_stream(document_stream(document), Path(source_file))
    if records is None:
        raise ExtractionError(source_file, "no table of sections 5–7 (task links, projects, "
                              "indicators) found: tables are recognised by their column "
                              "titles («Задачи отрасли», «Цель проекта», «Наименование "
                              "показателя» with year columns)")
    return to_rows(records, source_file)
