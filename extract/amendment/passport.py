"""The passport's «Объемы и источники финансирования» paragraph -> amounts by source and year.

The paragraph is prose («Общий объем – 8 055 047,9 тыс. рублей, в том числе по
годам: 2014 год – …; из них: средства областного бюджета – …»), so it is read
as a stream: every «– <amount> [тыс.] рублей» is either a year's figure (a year
stands right before the dash) or a new source's whole-period figure (the words
since the previous figure name the source). `passport_figures` takes the
paragraph as (line, text) pieces, so a PDF reader can feed it the cell's lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.amendment.settings import SETTINGS
from extract.amendment.sources import TOTAL, source_kind
from extract.amendment.tables import clean_cell
from extract.text import parse_number

_AMOUNT = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_FIGURE = re.compile(rf"[-–—−]\s*({_AMOUNT})\s*(тыс\.?\s*|млн\.?\s*)?руб", re.IGNORECASE)
_YEAR_BEFORE = re.compile(r"((?:19|20)\d{2})\s*(?:год[а-я]*|г\.?)?\s*$")
_LABEL = re.compile(
    rf"^\s*[«\"]?\s*{SETTINGS.passport_label}[^\t]*(?:финансир|ассигнован|обеспечени)[^\t]*\t",
    re.IGNORECASE,
)


@dataclass
class PassportFigure:
    source: str  # total | regional | federal | local | other
    year: int | None  # None: the whole-period figure
    amount: str  # dot-decimal, printed precision
    line: int
    unit: str  # as printed: «тыс. рублей», «рублей»


def find_passport_paragraph(lines: list[str]) -> list[tuple[int, str]]:
    """(1-based line, text) pieces of the restated funding paragraph, or [] if not restated.

    Starts at the passport row whose label names the funding volumes and follows
    the converter's continuation rows (empty first cell) until the next row,
    the closing «».» or the next numbered paragraph of the decree.
    """
    starts = [(i, m) for i, line in enumerate(lines) if (m := _LABEL.match(line))]
    # The program's own passport, not a subprogram's, when a decree restates both.
    starts.sort(key=lambda s: "подпрограмм" in s[1].group(0).lower())
    for i, m in starts[:1]:
        line = lines[i]
        pieces = [(i + 1, clean_cell(line[m.end() :].replace("\t", " ")))]
        for j in range(i + 1, len(lines)):
            nxt = lines[j]
            if not nxt.strip():
                continue
            if not nxt.startswith("\t") or nxt.strip().startswith("»"):
                break  # the next passport row, the closing «».» or the decree's text
            pieces.append((j + 1, clean_cell(nxt.replace("\t", " "))))
        return pieces
    return []


def passport_figures(pieces: list[tuple[int, str]]) -> list[PassportFigure]:
    """Every figure of the paragraph, with its source, year (None = whole period) and line."""
    text, starts = "", []
    for line, piece in pieces:
        starts.append((len(text), line))
        text += piece + " "

    def line_at(pos: int) -> int:
        return max((s for s in starts if s[0] <= pos), default=(0, 0))[1]

    figures: list[PassportFigure] = []
    source = TOTAL
    prev_end = 0
    for m in _FIGURE.finditer(text):
        before = text[prev_end : m.start()]
        year_match = _YEAR_BEFORE.search(before)
        amount = parse_number(m.group(1))
        unit = (m.group(2) or "").strip()
        unit = f"{unit} рублей" if unit else "рублей"
        if year_match:
            year: int | None = int(year_match.group(1))
        else:
            year = None
            kind = source_kind(before)
            if kind is not None:
                source = kind
        prev_end = m.end()
        if amount is not None:
            figures.append(PassportFigure(source, year, amount, line_at(m.start(1)), unit))
    return figures
