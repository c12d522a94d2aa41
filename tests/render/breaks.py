"""Where the page breaks of a rendered PDF fall: which columns of section 7 have a cell
cut by a break (text at the bottom of one page and at the top of the next).

A check of the fixtures themselves, not of a reader: the layouts are meant to cut
rows inside every text column somewhere. Geometry from PyMuPDF: the ruling lines
(`page.get_drawings()`) give the columns and the first cell band under the repeated
header; the words (`page.get_text("words")`) say what is printed there.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

SECTION_7 = "Показатели развития отрасли"
SECTION_8 = "Ресурсное обеспечение реализации стратегии"


@dataclass
class Ruling:
    """A page's horizontal lines (y, x0, x1) and vertical lines (x, y0, y1)."""

    horizontal: list[tuple[float, float, float]]
    vertical: list[tuple[float, float, float]]


def ruling(page) -> Ruling:
    hs: list[tuple[float, float, float]] = []
    vs: list[tuple[float, float, float]] = []
    for drawing in page.get_drawings():
        for item in drawing["items"]:
            if item[0] == "l":
                a, b = item[1], item[2]
                if abs(a.y - b.y) < 0.5:
                    hs.append((a.y, min(a.x, b.x), max(a.x, b.x)))
                elif abs(a.x - b.x) < 0.5:
                    vs.append((a.x, min(a.y, b.y), max(a.y, b.y)))
            elif item[0] == "re":
                r = item[1]
                hs += [(r.y0, r.x0, r.x1), (r.y1, r.x0, r.x1)]
                vs += [(r.x0, r.y0, r.y1), (r.x1, r.y0, r.y1)]
    return Ruling(sorted(hs), sorted(vs))


def _cluster(values: list[float], tol: float = 1.5) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > tol:
            out.append(v)
    return out


def top_bands(page, header_bands: int) -> tuple[list[tuple[float, float]], list[str]] | None:
    """Columns (x0, x1) of the table at the top of `page`, and the text of the first
    body cell under the repeated header (`header_bands` full-width bands) in each;
    None when the page has no table."""
    r = ruling(page)
    if not r.horizontal or not r.vertical:
        return None
    left = min(x for x, _, _ in r.vertical)
    right = max(x for x, _, _ in r.vertical)
    full = _cluster([y for y, x0, x1 in r.horizontal if x0 <= left + 2 and x1 >= right - 2])
    if len(full) <= header_bands:
        return None
    header_bottom = full[header_bands]
    xs = _cluster([x for x, y0, y1 in r.vertical if y0 < header_bottom + 2 < y1])
    cols = list(pairwise(xs))
    words = page.get_text("words")
    texts = []
    for x0, x1 in cols:
        mid = (x0 + x1) / 2
        below = [y for y, a, b in r.horizontal if a <= mid <= b and y > header_bottom + 1]
        bottom = min(below, default=page.rect.height)
        texts.append(" ".join(w[4] for w in words if x0 < (w[0] + w[2]) / 2 < x1
                              and header_bottom < (w[1] + w[3]) / 2 < bottom))
    return cols, texts


def broken_columns(pdf: Path, header_bands: int) -> set[int]:
    """Section-7 columns whose cell text continues at the top of a later page: a row
    (or a project's merged cell) cut by a page break inside that column.
    `header_bands`: full-width bands of the repeated header (2 with a column-number row)."""
    import pymupdf

    found: set[int] = set()
    with pymupdf.open(pdf) as doc:
        texts = [" ".join(page.get_text().split()) for page in doc]  # a heading may wrap
        start = max(i for i, t in enumerate(texts) if SECTION_7 in t)
        end = max(i for i, t in enumerate(texts) if SECTION_8 in t)
        for k in range(start + 1, end + 1):
            bands = top_bands(doc[k], header_bands)
            if bands is None:
                continue
            _, cells = bands
            if len(cells) < 5:
                continue  # a sector row (one cell across the table) starts the page
            # A cut row: its indicator cell (column 4, never merged) goes on with the
            # rest of a name (indicator names start upper-case); then every cell with
            # text at the top of the page is the rest of a cell begun on the page before.
            # Otherwise only a project's merged cells (№, name, body) may go on.
            row_cut = cells[3][:1].islower()
            found |= {c for c, text in enumerate(cells)
                      if text and (row_cut or (c < 3 and not text[0].isupper()
                                               and not text[0].isdigit()))}
    return found
