"""Open a PDF and turn each page into text lines and ruled-table fragments, in reading order.

Everything format-specific about PDF lives here: pdfplumber, the reasons a file
cannot be read (encrypted, corrupt, a scan without text), page furniture (the
page number printed above or below the text). The rest of `extract.pdf` works
on `Page` objects, so it can be tested without thinking about PDF internals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

from extract.errors import ExtractionError

# A page number alone on a line: `7`, `- 7 -`, `– 7 –`, `стр. 7`.
_PAGE_NUMBER = re.compile(r"(?:стр\.?\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?", re.IGNORECASE)
# Page furniture sits in the top or bottom margin (share of the page height).
_MARGIN_SHARE = 0.09
# Table detection: only drawn lines count, so paragraphs never become tables.
_TABLE_SETTINGS = {
    "vertical_strategy": "lines",
    "horizontal_strategy": "lines",
    "snap_tolerance": 3,
    "join_tolerance": 3,
    "intersection_tolerance": 3,
}


@dataclass
class TextLine:
    """A line of running text outside tables."""

    text: str
    page: int  # 1-based
    top: float
    furniture: bool = False  # a page number in the margin, a running head or foot


@dataclass
class Fragment:
    """The part of one ruled table drawn on one page.

    `rows` hold each cell's text with its printed line breaks (`\\n`); None marks
    a position covered by a merged cell (a cell spanning down from a row above
    or across from a column to the left).
    """

    page: int
    bbox: tuple[float, float, float, float]  # x0, top, x1, bottom
    columns: list[float]  # x of each column's left edge
    rows: list[list[str | None]]

    @property
    def top(self) -> float:
        return self.bbox[1]


@dataclass
class Page:
    number: int  # 1-based
    items: list[TextLine | Fragment] = field(default_factory=list)
    chars: int = 0
    images: int = 0


def _causes(exc: BaseException) -> list[BaseException]:
    """The exception and what it wraps (pdfplumber wraps pdfminer's errors)."""
    out: list[BaseException] = []
    while exc is not None and exc not in out:
        out.append(exc)
        out += [a for a in getattr(exc, "args", ()) if isinstance(a, BaseException)]
        exc = exc.__cause__ or exc.__context__
    return out


def _open_error(path: Path, exc: BaseException) -> ExtractionError:
    causes = _causes(exc)
    if any(isinstance(c, PDFPasswordIncorrect | PDFEncryptionError) for c in causes):
        return ExtractionError(path, "the PDF is encrypted (password-protected); "
                               "save an unprotected copy")
    inner = causes[-1]
    detail = str(inner)[:120] or type(inner).__name__
    return ExtractionError(path, f"corrupt or truncated PDF ({detail})")


def _is_furniture(text: str, top: float, bottom: float, height: float) -> bool:
    """A page number in the top or bottom margin."""
    in_margin = top < height * _MARGIN_SHARE or bottom > height * (1 - _MARGIN_SHARE)
    return in_margin and bool(_PAGE_NUMBER.fullmatch(text.strip()))


def _fragment(table, number: int, tolerance: float) -> Fragment | None:
    """One pdfplumber table as a Fragment; None for a lone box (a frame, not a table)."""
    rows: list[list[str | None]] = []
    for cells in table.extract(x_tolerance=tolerance, y_tolerance=tolerance):
        rows.append([None if c is None else c.strip() for c in cells])
    if not rows or max(len(r) for r in rows) < 2:
        return None
    xs = sorted({round(c[0], 1) for c in table.cells})
    return Fragment(page=number, bbox=tuple(table.bbox), columns=xs, rows=rows)


def read_page(page, number: int, tables: bool = True) -> Page:
    """Text lines and table fragments of one page, top to bottom."""
    out = Page(number=number, chars=len(page.chars), images=len(page.images))
    if not out.chars:
        return out
    found = page.find_tables(_TABLE_SETTINGS) if tables and (page.lines or page.rects) else []
    fragments = [f for t in found if (f := _fragment(t, number, 3))]
    boxes = [f.bbox for f in fragments]  # a one-column frame stays running text

    def outside(obj) -> bool:
        if obj.get("object_type") != "char":
            return True
        cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in boxes)

    text_page = page.filter(outside) if boxes else page
    items: list[TextLine | Fragment] = []
    for line in text_page.extract_text_lines(return_chars=False):
        text = line["text"].strip()
        if text:
            furniture = _is_furniture(text, line["top"], line["bottom"], page.height)
            items.append(TextLine(text, number, line["top"], furniture))
    items += fragments
    items.sort(key=lambda it: it.top)
    out.items = items
    return out


def _pages_of(pdf, start: int, stop: int, tables: bool) -> list[Page]:
    out = []
    for i in range(start, min(stop, len(pdf.pages))):
        page = pdf.pages[i]
        out.append(read_page(page, i + 1, tables))
        page.close()  # drop pdfplumber's per-page caches: memory stays flat
    return out


def read_pdf(path: Path, tables: bool = True) -> list[Page]:
    """Every page of the PDF, or ExtractionError saying why it cannot be read.

    One process, page by page: a 200-page strategy reads well inside its time
    budget, and forking from inside a Dagster run (which has threads) is a risk
    a nightly job should not take.
    """
    try:
        with pdfplumber.open(path) as pdf:
            pages = _pages_of(pdf, 0, len(pdf.pages), tables)
    except ExtractionError:
        raise
    except Exception as exc:  # pdfminer raises many unrelated types for a broken file
        raise _open_error(path, exc) from exc
    if not pages:
        raise ExtractionError(path, "corrupt or truncated PDF (no pages)")
    _mark_running_lines(pages)
    if not any(p.chars for p in pages):
        what = "scanned images" if any(p.images for p in pages) else "no content"
        raise ExtractionError(
            path, f"the PDF has no text layer ({what}, {len(pages)} page(s)); it needs OCR "
            "before it can be extracted")
    return pages


def _mark_running_lines(pages: list[Page]) -> None:
    """Running heads and feet («Продолжение таблицы», the document's title on every
    page): the first or last line of many pages with the same words."""
    def key(line: TextLine) -> str:
        return re.sub(r"[\d\s]+", " ", line.text).strip().lower()

    edges: dict[str, list[TextLine]] = {}
    for page in pages:
        lines = [it for it in page.items if isinstance(it, TextLine) and not it.furniture]
        for line in {id(x): x for x in lines[:1] + lines[-1:]}.values():
            edges.setdefault(key(line), []).append(line)
    need = max(3, len(pages) // 5)
    for text, lines in edges.items():
        if text and len({ln.page for ln in lines}) >= need:
            for line in lines:
                line.furniture = True


def has_ruled_tables(pages: list[Page]) -> bool:
    return any(isinstance(it, Fragment) for p in pages for it in p.items)


def plain_text(pages: list[Page]) -> str:
    """The text layer as lines, page numbers included as the text dumps have them."""
    lines: list[str] = []
    for page in pages:
        for it in page.items:
            if isinstance(it, TextLine):
                lines.append(it.text)
            else:
                for row in it.rows:
                    lines.extend(c for c in row if c)
    return "\n".join(lines)
