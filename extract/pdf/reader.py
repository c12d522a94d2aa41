"""Open a PDF and turn each page into text lines and ruled-table fragments, in reading order.

Everything format-specific about PDF lives here: pdfplumber, the reasons a file
cannot be read (encrypted, corrupt, a scan without text), page furniture (the
page number printed above or below the text). The rest of `extract.pdf` works
on `Page` objects, so it can be tested without thinking about PDF internals.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.utils import extract_text
from pdfplumber.utils.text import LIGATURES

from extract.errors import ExtractionError
from extract.pdf.settings import DEFAULT, PdfSettings
from extract.strategy.grid import SOFT_HYPHEN, WRAPPED

# A page number alone on a line: `7`, `- 7 -`, `– 7 –`, `стр. 7`.
_PAGE_NUMBER = re.compile(r"(?:стр\.?\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?", re.IGNORECASE)




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


def _is_furniture(text: str, top: float, bottom: float, height: float,
                  s: PdfSettings = DEFAULT) -> bool:
    """A page number in the top or bottom margin."""
    in_margin = top < height * s.margin_share or bottom > height * (1 - s.margin_share)
    return in_margin and bool(_PAGE_NUMBER.fullmatch(text.strip()))


def _centre(char: dict) -> tuple[float, float]:
    return (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2


def _anchor(char: dict, s: PdfSettings = DEFAULT) -> tuple[float, float]:
    """Where a glyph is placed among cells: near its left edge, where the renderer put
    the pen. A column narrower than one glyph (LibreOffice prints its first glyph and
    no more) lets the glyph run over the right border: `№`'s centre lies in the next
    column, its start in its own."""
    x, y = _centre(char)
    return min(x, char["x0"] + s.anchor), y


class _CellIndex:
    """Which cell of a pdfplumber table a point falls in, by bisecting the cells' edges
    (each glyph is placed once, instead of testing every glyph against every cell)."""

    def __init__(self, table) -> None:
        self.rows = table.rows
        self.boxes = [(r, c, box) for r, row in enumerate(self.rows)
                      for c, box in enumerate(row.cells) if box]
        self.xs = sorted({b[0] for *_, b in self.boxes} | {b[2] for *_, b in self.boxes})
        self.ys = sorted({b[1] for *_, b in self.boxes} | {b[3] for *_, b in self.boxes})
        self.grid: dict[tuple[int, int], int] = {}
        for k, (*_, (x0, top, x1, bottom)) in enumerate(self.boxes):
            for i in range(self.xs.index(x0), self.xs.index(x1)):
                for j in range(self.ys.index(top), self.ys.index(bottom)):
                    self.grid[i, j] = k

    def at(self, x: float, y: float) -> int | None:
        return self.grid.get((bisect_right(self.xs, x) - 1, bisect_right(self.ys, y) - 1))


def _below(box: tuple, above: tuple, tolerance: float) -> bool:
    """`box` starts under `above`'s bottom border, in the same column (same left edge):
    where text that overflows `above` would fall."""
    return box[1] >= above[3] - tolerance and abs(box[0] - above[0]) <= tolerance


def _earlier(box: tuple, than: tuple, tolerance: float) -> bool:
    """`box` comes before `than` in reading order (rows top down, cells left to right)."""
    if abs(box[1] - than[1]) <= tolerance:
        return box[0] < than[0] - tolerance
    return box[1] < than[1]


def _visible(chars: list[dict], index: _CellIndex, s: PdfSettings) -> list[list[dict]]:
    """The glyphs of each cell (by `index.boxes`), in drawing order, without the clipped ones.

    A renderer draws each cell's text as one run and clips it to the cell. A repeated
    header cut to a shorter height (LibreOffice does this to a header cell merged
    down) still carries its whole text, which then runs on into the body row below,
    over that row's own text. pdfplumber ignores clipping, so it is undone here from
    the drawing order: runs that flow down out of a cell and are followed by a run
    back (to a cell before them in reading order: the next header cell, or the first
    body cell of their own row) were that cell's clipped tail, and are dropped.
    """
    runs: list[tuple[int | None, list[dict]]] = []
    for char in chars:
        k = index.at(*_anchor(char, s))
        if runs and runs[-1][0] == k:
            runs[-1][1].append(char)
        else:
            runs.append((k, [char]))
    box = [None if k is None else index.boxes[k][2] for k, _ in runs]
    out: list[list[dict]] = [[] for _ in index.boxes]
    i = 0
    while i < len(runs):
        k, run = runs[i]
        j = i + 1  # runs i+1 .. j-1 flow down from run i
        while j < len(runs) and box[j] and box[j - 1] and _below(box[j], box[j - 1],
                                                                  s.clip_tolerance):
            j += 1
        back_up = (j > i + 1 and j < len(runs) and box[j] is not None and box[i] is not None
                   and _earlier(box[j], box[i + 1], s.clip_tolerance))
        if k is not None:
            out[k] += run
        if back_up:
            i = j  # the flowing runs are clipped: skip them
            continue
        i += 1
    return out


# Ends a printed line that fills its cell's width: a word too long for the column may
# go on in the next line (`tables.rejoin_broken_words` decides, then drops the mark).
FULL_LINE = SOFT_HYPHEN
# A full line with a next line in its cell, when a space glyph of its font (as the page
# prints it) would still have fitted at its end yet none is printed: the renderer did
# not wrap it at a space, so a word was cut there, certainly. (LibreOffice prints the
# space of a wrap only when it fits: without that room a missing space proves nothing,
# `уровня` / `в`, and the line stays FULL_LINE.) Ends with FULL_LINE.
CUT_LINE = FULL_LINE * 2
# `WRAPPED` (from `grid`, which the table readers also read) ends a printed line whose
# last glyph is a space: the renderer (LibreOffice) wrapped it at a space, so a word
# ends there and the cell goes on (after a page break, if it is the last line on the
# page). Kept as the line's trailing space; `cell_text` drops it.


def _lines_of(chars: list[dict], s: PdfSettings) -> list[list[dict]]:
    """A cell's glyphs grouped into printed lines, top to bottom."""
    lines: list[list[dict]] = []
    for char in sorted(chars, key=lambda ch: (ch["top"], ch["x0"])):
        if lines and abs(char["top"] - lines[-1][0]["top"]) <= s.y_tolerance:
            lines[-1].append(char)
        else:
            lines.append([char])
    return lines


def _line_text(line: list[dict], s: PdfSettings) -> str:
    """What pdfplumber's `extract_text` gives for one printed line (`_lines_of`), by its
    own rules, without its general machinery (which builds a text map per call and cost
    a quarter of the reader's time): glyphs left to right, a new word after a space
    glyph or a gap wider than `x_tolerance`, words joined by one space, ligatures
    expanded. Lines it would read otherwise (rotated glyphs, an empty glyph, glyphs
    that are not all on one of its lines) are left to `extract_text` itself."""
    tops = [ch["top"] for ch in line]
    if (max(tops) > min(tops) + s.y_tolerance
            or not all(ch["upright"] and ch["text"] for ch in line)):
        return extract_text(line, x_tolerance=s.x_tolerance, y_tolerance=s.y_tolerance)
    words: list[str] = []
    word: list[str] = []
    prev: dict | None = None
    for ch in sorted(line, key=lambda c: c["x0"]):
        text = ch["text"]
        if text.isspace():
            prev = None
        elif prev is not None and not (ch["x0"] < prev["x0"]
                                       or ch["x0"] > prev["x1"] + s.x_tolerance
                                       or abs(ch["top"] - prev["top"]) > s.y_tolerance):
            word.append(LIGATURES.get(text, text))
            prev = ch
            continue
        else:
            prev = ch
        if word:
            words.append("".join(word))
        word = [LIGATURES.get(text, text)] if prev is not None else []
    if word:
        words.append("".join(word))
    return " ".join(words)


# (font, size, upper case?) -> the widest letter; (font, size, None) -> the space glyph.
Letters = dict[tuple[str, float, bool | None], float]


def _widest_letters(chars: list[dict], seen: Letters | None = None) -> Letters:
    """The widest letter printed on the page per font, size and case, and the width of
    the space glyph per font and size (case None). `seen`, the same of the pages read
    before, is kept up to date and taken into account: a page printing few letters
    (no `ю`, `ы`, `м`) would otherwise take a narrow one for the widest, and a word cut
    at its foot (`под` / `кл` | break | `юченных`) would not be seen as cut."""
    out: Letters = dict(seen) if seen is not None else {}
    widest: dict[tuple[str, float, bool], float] = {}  # by the size as printed: few keys
    rounded: dict[float, float] = {}  # size -> round(size, 1), asked once per size
    for ch in chars:
        text = ch["text"]
        if text.isalpha():
            key = (ch["fontname"], ch["size"], text.isupper())
            width = ch["x1"] - ch["x0"]
            if key not in widest or width > widest[key]:
                widest[key] = width
        elif text == " ":
            size = ch["size"]
            if size not in rounded:
                rounded[size] = round(size, 1)
            out[ch["fontname"], rounded[size], None] = ch["x1"] - ch["x0"]
    for (font, size, upper), width in widest.items():
        key = (font, round(size, 1), upper)
        out[key] = max(out.get(key, 0.0), width)
    if seen is not None:
        seen.update(out)
    return out


def _full_mark(line: list[dict], right: float, wrapped: bool, letters: Letters | None,
               s: PdfSettings) -> str:
    """FULL_LINE, or CUT_LINE for a line the cell goes on after (`wrapped`) when a space
    of the line's last font (as the page prints it) would have fitted at its end."""
    last = max(line, key=lambda ch: ch["x1"])
    space = (letters or {}).get((last["fontname"], round(last["size"], 1), None))
    if wrapped and space is not None and right - last["x1"] >= space + s.space_fit:
        return CUT_LINE
    return FULL_LINE


def _cell_text(chars: list[dict], box: tuple, s: PdfSettings,
               letters: Letters | None = None) -> str:
    """A cell's lines; a line that ends with a space glyph keeps one trailing space
    (WRAPPED); any other line the next line's first glyph would not have fitted on (the
    right padding taken equal to the left one) is marked FULL_LINE (`_full_mark`)."""
    if not chars:
        return ""
    lines = _lines_of(chars, s)
    pad = max(0.0, min(ch["x0"] for ch in chars) - box[0])
    right = box[2] - pad
    widest = max(ch["x1"] - ch["x0"] for ch in chars)
    last = max(lines[-1], key=lambda ch: ch["x0"])
    if letters and last["text"].isalpha():
        # A word cut at the page's foot goes on with a letter of the same case, which
        # may be as wide as the widest of its font on the page (`ресурсоснабжаю` / `щих`).
        widest = max(widest, letters.get(
            (last["fontname"], round(last["size"], 1), last["text"].isupper()), 0.0))
    out = []
    for line, nxt in zip(lines, [*lines[1:], None], strict=True):
        text = _line_text(line, s).strip()
        # Would the next line's first glyph have fitted at this one's end? The last line
        # (the cell may go on after a page break) is measured with the widest glyph the
        # unseen one may be (`зарегистрированн` / `ых`).
        # An inner line is measured with the glyph that did not fit, up to
        # `full_tolerance` (the right padding may be wider than the left one); the
        # widest glyph already errs on the full side.
        if nxt is not None:
            first = min(nxt, key=lambda ch: ch["x0"])
            glyph = first["x1"] - first["x0"] + s.full_tolerance
        else:
            glyph = widest
        if text and max(line, key=lambda ch: ch["x0"])["text"].isspace():
            text += WRAPPED
        elif max(ch["x1"] for ch in line) + glyph > right and text:
            text += _full_mark(line, right, nxt is not None, letters, s)
        out.append(text)
    return "\n".join(t for t in out if t)


def _fragment(table, chars: list[dict], number: int, s: PdfSettings,
              letters: Letters | None = None) -> Fragment | None:
    """One pdfplumber table as a Fragment; None for a lone box (a frame, not a table)."""
    index = _CellIndex(table)
    if not index.boxes or max(len(r.cells) for r in index.rows) < 2:
        return None
    x0, top, x1, bottom = table.bbox
    inside = [c for c in chars if x0 <= (c["x0"] + c["x1"]) / 2 <= x1
              and top <= (c["top"] + c["bottom"]) / 2 <= bottom]
    texts = _visible(inside, index, s)
    rows: list[list[str | None]] = [[None] * len(r.cells) for r in index.rows]
    for k, (r, c, box) in enumerate(index.boxes):
        rows[r][c] = _cell_text(texts[k], box, s, letters)
    xs = sorted({round(b[0], 1) for *_, b in index.boxes})
    return Fragment(page=number, bbox=tuple(table.bbox), columns=xs, rows=rows)


def _in_table(char: dict, box: tuple, s: PdfSettings = DEFAULT) -> bool:
    """A table's glyph, not running text: its centre is inside the table, or it starts
    inside and runs out of the table's bottom — the last line of a cell cut by the page
    break, drawn there and clipped (LibreOffice); read as a line of text it would end
    the table before its part on the next page."""
    cx, cy = _centre(char)
    return box[0] <= cx <= box[2] and box[1] <= cy and (
        cy <= box[3] or char["top"] < box[3] - s.clip_tolerance)


def read_page(page, number: int, tables: bool = True, s: PdfSettings = DEFAULT,
              seen: Letters | None = None) -> Page:
    """Text lines and table fragments of one page, top to bottom. `seen`: the widest
    letters of the pages read before (`_widest_letters`), updated."""
    chars = page.chars
    out = Page(number=number, chars=len(chars), images=len(page.images))
    if not out.chars:
        return out
    found = (page.find_tables(s.table_settings()) if tables and (page.lines or page.rects)
             else [])
    # every page's letters count (running text prints most of them), not only a table's
    letters = _widest_letters(chars, seen) if found or seen is not None else {}
    fragments = [f for t in found if (f := _fragment(t, chars, number, s, letters))]
    boxes = [f.bbox for f in fragments]  # a one-column frame stays running text

    # The tables' glyphs, found once (by identity: pdfplumber's filter passes the page's
    # own objects), so the filter's test, asked of every object, is a set look-up.
    in_tables: set[int] = set()
    for box in boxes:
        in_tables.update(id(c) for c in chars if _in_table(c, box, s))
    text_page = page.filter(lambda obj: id(obj) not in in_tables) if boxes else page
    items: list[TextLine | Fragment] = []
    for line in text_page.extract_text_lines(return_chars=False):
        text = line["text"].strip()
        if text:
            furniture = _is_furniture(text, line["top"], line["bottom"], page.height, s)
            items.append(TextLine(text, number, line["top"], furniture))
    items += fragments
    items.sort(key=lambda it: it.top)
    out.items = items
    return out


def _pages_of(pdf, start: int, stop: int, tables: bool,
              s: PdfSettings = DEFAULT) -> list[Page]:
    out = []
    seen: Letters = {}
    for i in range(start, min(stop, len(pdf.pages))):
        page = pdf.pages[i]
        out.append(read_page(page, i + 1, tables, s, seen))
        page.close()  # drop pdfplumber's per-page caches: memory stays flat
    return out


def read_pdf(path: Path, tables: bool = True,
             settings: PdfSettings | Mapping[str, Any] | None = None) -> list[Page]:
    """Every page of the PDF, or ExtractionError saying why it cannot be read.
    `settings` overrides the reader's thresholds (`PdfSettings.of`).

    One process, page by page: a 200-page strategy reads well inside its time
    budget, and forking from inside a Dagster run (which has threads) is a risk
    a nightly job should not take.
    """
    s = PdfSettings.of(settings)
    try:
        with pdfplumber.open(path) as pdf:
            pages = _pages_of(pdf, 0, len(pdf.pages), tables, s)
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
                    lines.extend(re.sub(r" +$", "", c, flags=re.MULTILINE) for c in row if c)
    return "\n".join(lines)
