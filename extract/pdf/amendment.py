"""A program-amendment decree in PDF -> the amendment reader's rows, page by page.

The amendment reader (`extract.amendment`) takes the decree as text lines with
table rows as tab-separated cells — the form of the converted decrees it was
written for — and does all the rest there: the act's header, the passport's
«Объемы и источники финансирования», Приложение № 1/2 by their column titles,
continuation rows, reconciliation and findings. So the PDF's ruled tables are
written out in that form, once whole again: repeated headers and column-number
rows dropped, rows cut by a page break joined, merged cells left empty below
their first row (as the converted text has them). A map from those lines back
to PDF pages fills `source_page`.
"""

from __future__ import annotations

from extract.amendment import extract_amendment_text
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


def as_text(pages: list[Page]) -> tuple[str, dict[int, int]]:
    """The decree as the amendment reader's text and 1-based line -> PDF page."""
    stream, _ = assemble(pages)
    lines: list[str] = []
    page_of: dict[int, int] = {}

    def emit(text: str, page: int) -> None:
        lines.append(text)
        page_of[len(lines)] = page

    for item in stream:
        if isinstance(item, TextLine):
            emit(item.text, item.page)
            continue
        width = item.width
        for row in item.header:
            emit("\t".join(cell_text(c) for c in row), item.page)
        if item.header:
            emit("\t".join(str(i + 1) for i in range(width)), item.page)
        for row in join_split_rows(item.rows, _is_tail(item)):
            emit("\t".join(cell_text(c) for c in row.cells), row.page)
        emit("", item.page)  # a table ends where text resumes
    return "\n".join(lines), page_of


def read_amendment(pages: list[Page], source_file: str) -> dict[str, list[dict]]:
    """Contract rows of an amendment PDF with `source_page` for every row."""
    text, page_of = as_text(pages)
    tables = extract_amendment_text(text, source_file)
    for name in _TABLES:
        for row in tables.get(name, []):
            line = row.get("source_line")
            if line is not None:
                row["source_page"] = page_of.get(line)
                row["source_line"] = None  # a line of the rebuilt text, not of the PDF
    return tables
