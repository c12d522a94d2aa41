"""Low-level python-docx helpers that any renderer of a Word document needs.

python-docx covers page setup, fonts, tables and merges (`_Cell.merge` writes
`w:gridSpan` across and `w:vMerge` down); what it lacks is written here as the raw
WordprocessingML elements (`OxmlElement`, `qn`): the repeated header rows
(`w:tblHeader`), a fixed table layout and the PAGE field of a page-number footer.

Table grids use two marks, as `tests/pdf_fixtures.py` does: `LEFT` (a header cell
merged with the one to its left) and `UP` (merged with the one above); in body rows
`None` means "merged with the cell above" and a `SpanRow` is one cell across the
whole table (a sector's heading).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Cm, Mm, Pt
from docx.table import Table, _Cell, _Row

from tests.render.grid import LEFT, UP, header_spans

# Portrait (width, height) of the paper sizes regions print on.
PAPER = {"A4": (Mm(210), Mm(297)), "A3": (Mm(297), Mm(420)), "Letter": (Mm(215.9), Mm(279.4))}

# Core-property dates written into every file, so renders are byte-stable across runs.
FIXED_DATE = dt.datetime(2022, 1, 1, tzinfo=dt.UTC)


@dataclass(frozen=True)
class PageSetup:
    """Paper, orientation and margins of a section (margins in cm)."""

    paper: str = "A4"
    landscape: bool = True
    margin_cm: float = 2.0

    @property
    def text_width_cm(self) -> float:
        w, h = PAPER[self.paper]
        return (max(w, h) if self.landscape else min(w, h)).cm - 2 * self.margin_cm


@dataclass
class SpanRow:
    """A body row of one cell across the whole table (a sector's heading)."""

    text: str


BodyRow = Sequence[str | None] | SpanRow


def new_document(page: PageSetup, font: str, size_pt: float) -> DocumentObject:
    """An empty document with the page set up, the base font and fixed metadata."""
    doc = Document()
    setup_page(doc.sections[0], page)
    set_base_font(doc, font, size_pt)
    fix_core_properties(doc)
    return doc


def setup_page(section: Section, page: PageSetup) -> None:
    w, h = PAPER[page.paper]
    section.orientation = WD_ORIENT.LANDSCAPE if page.landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (max(w, h), min(w, h)) if page.landscape \
        else (min(w, h), max(w, h))
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(page.margin_cm))
    section.header_distance = section.footer_distance = Cm(page.margin_cm / 2)


def set_base_font(doc: DocumentObject, font: str, size_pt: float) -> None:
    """Normal style: `font` for Latin and Cyrillic alike, no space between paragraphs."""
    style = doc.styles["Normal"]
    style.font.name = font
    style.font.size = Pt(size_pt)
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), font)
    style.paragraph_format.space_after = Pt(0)
    style.paragraph_format.space_before = Pt(0)
    style.paragraph_format.line_spacing = 1.0


def fix_core_properties(doc: DocumentObject) -> None:
    props = doc.core_properties
    props.created = props.modified = props.last_printed = FIXED_DATE
    props.author = props.last_modified_by = "tests/render"
    props.revision = 1


def save(doc: DocumentObject, path: Path) -> Path:
    """Write `doc` with every zip entry dated FIXED_DATE: same content, same bytes."""
    buf = io.BytesIO()
    doc.save(buf)
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=FIXED_DATE.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(info, src.read(item.filename))
    return path


def paragraph(doc: DocumentObject, text: str, *, bold: bool = False, size_pt: float | None = None,
              center: bool = False, page_break_before: bool = False) -> None:
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size_pt:
        run.font.size = Pt(size_pt)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.page_break_before = page_break_before


def page_number_footer(section: Section) -> None:
    """A centred footer holding a PAGE field: every page prints its number."""
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run()
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"),
                       ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == " PAGE ":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        else:
            el = OxmlElement("w:t")
            el.text = text
        run._r.append(el)


def repeat_as_header(row: _Row) -> None:
    """`w:tblHeader`: Word and LibreOffice repeat the row at the top of every page."""
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:tblHeader"))


def _fixed_layout(table: Table, widths_cm: Sequence[float]) -> None:
    """Column widths honoured as given (w:tblLayout fixed, grid and every cell's tcW)."""
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl_pr.append(layout)
    for col, w in zip(table.columns, widths_cm, strict=True):
        col.width = Cm(w)
        for cell in col.cells:
            cell.width = Cm(w)


def _set_text(cell: _Cell, text: str, *, bold: bool = False, center: bool = False) -> None:
    """Cell text; each `\n` starts a new paragraph, as a typed Enter does in Word."""
    for k, line in enumerate(text.split("\n")):
        p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


CELL_PADDING_CM = 0.4  # left + right cell margins of the default table style, rounded up
BOLD_EM = 0.7  # a generous width of one bold Cyrillic letter, in ems


def cell_width_cm(chars: int, size_pt: float) -> float:
    """A column width that holds `chars` bold letters on one line."""
    return chars * size_pt * BOLD_EM / 72 * 2.54 + CELL_PADDING_CM


def _lines_needed(text: str, width_cm: float, size_pt: float) -> int:
    """A rough (high) count of the lines `text` wraps to in a cell of bold type."""
    per_line = max(1, int((width_cm - CELL_PADDING_CM) / (size_pt * BOLD_EM / 72 * 2.54)))
    lines, used = 1, 0
    for word in text.split():
        for _ in range(max(1, -(-len(word) // per_line)) - 1):
            lines += 1  # a word longer than the column is cut
        n = min(len(word), per_line)
        if used and used + 1 + n > per_line:
            lines, used = lines + 1, n
        else:
            used += n + (1 if used else 0)
    return lines


def _header_min_height(rows: Sequence[_Row], header: Sequence[Sequence[str]],
                       widths_cm: Sequence[float], size_pt: float) -> None:
    """Give a multi-row header room for its tallest vertically merged cell.

    LibreOffice does not grow the rows under a merged cell on the pages where it
    repeats the header, so a long title («Единица измерения» in a narrow column)
    would be clipped there; Word grows them. `w:trHeight` atLeast on every header
    row keeps the title whole in both.
    """
    lines = [0] * len(header)  # lines each header row must hold
    for r, c, r1, _ in header_spans(header):
        if r1 > r:
            each = -(-_lines_needed(header[r][c], widths_cm[c], size_pt) // (r1 - r + 1))
            for k in range(r, r1 + 1):
                lines[k] = max(lines[k], each)
    for row, n in zip(rows, lines, strict=False):
        if n:
            row.height = Pt(n * size_pt * 1.2 + 2)
            row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST


def add_table(doc: DocumentObject, widths_cm: Sequence[float], header: Sequence[Sequence[str]],
              body: Sequence[BodyRow], *, repeat_header: bool = True,
              size_pt: float = 10.0) -> Table:
    """A ruled table: header rows (LEFT/UP marks merge them) repeated on every page, then
    body rows that may break across pages (no `w:cantSplit`), `None` cells merged with
    the cell above, `SpanRow`s merged across the whole width."""
    ncol = len(widths_cm)
    table = doc.add_table(rows=len(header) + len(body), cols=ncol)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _fixed_layout(table, widths_cm)
    rows = table.rows
    _header_min_height(rows, header, widths_cm, size_pt)
    for r, hrow in enumerate(header):
        if repeat_header:
            repeat_as_header(rows[r])
        for c, text in enumerate(hrow):
            if text not in (LEFT, UP):
                _set_text(rows[r].cells[c], text, bold=True, center=True)
    merges = header_spans(header)  # (r0, c0, r1, c1) in table rows
    top = len(header)
    for k, brow in enumerate(body):
        r = top + k
        if isinstance(brow, SpanRow):
            _set_text(rows[r].cells[0], brow.text, bold=True)
            merges.append((r, 0, r, ncol - 1))
            continue
        for c, text in enumerate(brow):
            if text is None:
                continue
            _set_text(rows[r].cells[c], text)
            n = k + 1
            while n < len(body) and not isinstance(body[n], SpanRow) and body[n][c] is None:
                n += 1
            if n - k > 1:
                merges.append((r, c, top + n - 1, c))
    # Merge last: `_Cell.merge` moves the text of the merged cells into the first one
    # (the others are empty) and rewrites the grid, so cells are addressed before it.
    cells = [[rows[r].cells[c] for c in range(ncol)] for r in range(len(rows))]
    for r0, c0, r1, c1 in merges:
        cells[r0][c0].merge(cells[r1][c1])
    return table
