"""Every tunable threshold of the PDF reader, in one frozen object.

The reader turns pdfplumber's glyphs into ruled cells, lines and words
(`reader.py`), joins a table's parts over pages (`tables.py`) and glues the words
a narrow column cut (`cut_words.py`). The figures below are the gaps a renderer
leaves between glyphs and rules, and the confidence the Russian dictionary must
give: none is a fact about one document or one page size. Distances are PDF
points (1/72 inch), the same at any page size or orientation.

Callers override them the way pdfplumber takes its table settings: a mapping of
the names to change, over the defaults (`PdfSettings.of({"x_tolerance": 2})`,
or `extract_pdf(path, settings={"chain": 3})`); an unknown name is an error.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any


@dataclass(frozen=True)
class PdfSettings:
    """The PDF reader's thresholds; each is documented where it is declared."""

    # -- page furniture --------------------------------------------------------
    # A page number sits in the top or bottom margin: this share of the page height.
    margin_share: float = 0.09

    # -- ruling (pdfplumber's table finder) ------------------------------------
    # Ruling lines closer than this are one line; line ends this close meet.
    snap_tolerance: float = 3
    join_tolerance: float = 3
    intersection_tolerance: float = 3

    # -- glyphs -> words -> lines (pdfplumber) ---------------------------------
    # Glyphs closer than this horizontally are one word, vertically one line.
    x_tolerance: float = 3
    y_tolerance: float = 3

    # -- glyphs -> cells -------------------------------------------------------
    # A glyph is placed among cells at most this far right of its left edge (where
    # the pen started): a `№` wider than its column belongs to its own column.
    anchor: float = 1.0
    # A glyph whose text run started in the cell above and flows this far past its
    # bottom border is clipped away in the PDF (not visible): dropped.
    clip_tolerance: float = 1.0
    # A space glyph "would have fitted" at a full line's end when the room left before
    # the cell's right padding (taken equal to the left one) is at least its width plus
    # this (`reader.CUT_LINE`): the paddings differ by up to about a point (borders of
    # different widths), a printed space never overflows by more than 0.1.
    space_fit: float = 1.5
    # A cell's inner line is full (`reader.FULL_LINE`) when the next line's first glyph
    # would have ended less than this short of the right padding (taken equal to the
    # left one): LibreOffice's right padding is up to about a point wider (borders of
    # different widths), so it cuts a word whose next glyph would, by the left
    # padding, still have fitted by half a point (`посто` / `янно`). A cell's last
    # line is measured with the page's widest letter instead (already on the full side).
    full_tolerance: float = 1.0

    # -- parts of a table over pages -------------------------------------------
    # A table's part on the next page continues it when its column edges are this close.
    column_tolerance: float = 4.0

    # -- words a narrow column cut ---------------------------------------------
    # A document prints line-end spaces (LibreOffice's mark of a wrap at a space) when
    # at least this share of the lines inside its table cells (a cell's last line
    # aside) ends with one; a document without the mark has none.
    spaced_share: float = 0.3
    # A part after a cut counts as a word of its own only when pymorphy3's likeliest
    # reading of it is at least this likely (`на` 0.999 is a word; `ников`, three
    # readings at 0.33, is not).
    sure_word: float = 0.5
    # A word cut several times: this many more lines are tried at most (a column
    # three letters wide cuts `рассмотренных` into five).
    chain: int = 6
    # A lone token at least this long on a full line, which the document never prints
    # whole, is a word's first piece when it and this many letters of the next line
    # open a word the document prints whole elsewhere (`маркет` / `плейса`, of
    # `Маркетплейс`; `lexicon.Lexicon.goes_on`, as the text reader asks it).
    min_lexicon_piece: int = 4
    lexicon_letters: int = 2
    # Acronyms are short (`ЕГИСЗ`, `ЕГИССО`, `ГЛОНАСС`): two capital parts of a full
    # line and the next that would glue into a longer one, no dictionary word and never
    # printed so, are two acronyms (`ФРЛЛО` / `ЕГИСЗ`), not one cut.
    acronym_max: int = 8
    # A full line's one token goes on in the next line when no dictionary word and no
    # word the document prints whole begins with that line's first this many letters
    # (`автомат` / `изирова`: no word begins with `изир`); fewer say less (`ции` may be
    # the start of `ция`-words the dictionary knows).
    opening_letters: int = 4
    # An adjective or participle form the dictionary lacks (`таргетированного`) on a
    # full line, then a sure dictionary word at least this long (`подбора`) that does
    # not glue into another adjective form: two words, though the document prints the
    # second nowhere else (a shorter word may be an ending: `ному`, `кого`).
    word_after_adjective: int = 4

    @classmethod
    def of(cls, overrides: PdfSettings | Mapping[str, Any] | None = None) -> PdfSettings:
        """The defaults with `overrides` (a mapping of names to values) applied; a
        PdfSettings is taken as it is. An unknown name raises ValueError, so a typo
        never passes silently as the default."""
        if overrides is None:
            return DEFAULT
        if isinstance(overrides, PdfSettings):
            return overrides
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(overrides) - known)
        if unknown:
            raise ValueError(f"unknown PDF reader setting(s): {', '.join(unknown)}; "
                             f"known: {', '.join(sorted(known))}")
        return replace(DEFAULT, **overrides)

    def table_settings(self) -> dict:
        """pdfplumber's table finder: only drawn lines count, so paragraphs never
        become tables."""
        return {
            "vertical_strategy": "lines",
            "horizontal_strategy": "lines",
            "snap_tolerance": self.snap_tolerance,
            "join_tolerance": self.join_tolerance,
            "intersection_tolerance": self.intersection_tolerance,
        }


DEFAULT = PdfSettings()
