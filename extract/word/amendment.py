"""Amendment decrees in Word (.docx) -> contract rows, from the document's real tables.

The body is read in print order: a paragraph is a line of running text, a table
is a grid of cell texts. Merged cells are read from the WordprocessingML itself
(`w:gridSpan` across, `w:vMerge` down): the text stands in the merge's first
cell and the covered positions are empty, which is how the record builder
expects an item's number and name merged over its source or indicator rows.
Everything after that is the shared builder (`extract.amendment.read_decree`).
"""

from __future__ import annotations

from docx.document import Document
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from extract.amendment import SourceTable, decree_from_blocks, read_decree
from extract.text import join_fragments


def cell_grid(table: Table) -> list[list[str]]:
    """Rows of cell texts, one per grid column; a merged cell's text in its first position."""
    grid: list[list[str]] = []
    for tr in table._tbl.tr_lst:
        row: list[str] = []
        for tc in tr.tc_lst:
            continued = tc.vMerge == "continue"
            text = "" if continued else join_fragments(
                [p.text for p in _Cell(tc, table).paragraphs])
            row.append(text)
            row.extend("" for _ in range(tc.grid_span - 1))
        grid.append(row)
    return grid


def read_amendment_docx(document: Document, source_file: str) -> dict[str, list[dict]]:
    """Contract rows (plus `findings`) of one amendment decree in .docx form."""
    blocks: list[str | SourceTable] = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            blocks.append(item.text)
        elif isinstance(item, Table):
            blocks.append(SourceTable(rows=cell_grid(item)))
    decree, _ = decree_from_blocks(blocks)
    return read_decree(decree, source_file)
