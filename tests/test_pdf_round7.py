"""Round 7 of the PDF reader: rules the held-out layouts (seeds 13-18) asked for, each on
a hand-made cell or glyph list, each asserting what the reader did wrong without it."""

from __future__ import annotations

from extract.pdf.cut_words import Vocabulary, rejoin_broken_words
from extract.pdf.reader import CUT_LINE, FULL_LINE, _cell_text
from extract.pdf.settings import DEFAULT, PdfSettings
from extract.strategy.grid import cell_text

F = FULL_LINE


def _spaced(whole: set[str] = frozenset()) -> Vocabulary:
    """A document that prints a space at the end of every line wrapped at a space."""
    return Vocabulary(set(), set(whole), spaced=True)


def _read(raw: str, words: Vocabulary) -> str:
    return cell_text(rejoin_broken_words(raw, words))


# -- a full line without room for a space: the missing space is no mark -------------


def test_a_word_then_a_preposition_stay_apart_though_they_glue_into_a_word() -> None:
    """`виде` filled its line and a space would not have fitted (FULL_LINE, not
    CUT_LINE): `видена` and `аварийна` are dictionary words, but a word followed by
    surely a preposition (`на`) was wrapped, not cut."""
    assert _read(f"электронном \nвиде{F}\nна территории", _spaced()) == \
        "электронном виде на территории"
    assert _read(f"инцидентов и \nаварий{F}\nна объектах", _spaced()) == \
        "инцидентов и аварий на объектах"
    # where a space would have fitted (CUT_LINE) the break is still a cut
    assert _read(f"виде{CUT_LINE}\nна", _spaced()) == "видена"


def test_an_ending_that_is_a_word_too_is_still_glued() -> None:
    """`ам`, `те`, `ом` are dictionary words but no prepositions: `систем` / `ам` and
    `форма` / `те` are cuts of one word."""
    assert _read(f"подключенных к \nсистем{F}\nам мониторинга", _spaced()) == \
        "подключенных к системам мониторинга"
    assert _read(f"в едином \nформа{F}\nте", _spaced()) == "в едином формате"


def test_a_capitalised_name_the_dictionary_knows_ends_its_line() -> None:
    """`России` is a name (Geox), which the word score does not count; `Россиис` is no
    word: the line was filled by the whole name, the `с` is a preposition."""
    assert _read(f"Минздрава \nРоссии{F}\nс использованием", _spaced()) == \
        "Минздрава России с использованием"
    # a cut part that is no known name is still glued (`Федераци` / `и`)
    assert _read(f"Российской \nФедераци{F}\nи", _spaced()) == "Российской Федерации"


def test_an_adjective_the_dictionary_lacks_before_a_word_printed_whole() -> None:
    """`таргетированного` is unknown to pymorphy3 but read as a participle by its
    ending; `контента` is a sure word the document prints whole elsewhere: two words.
    Round 9b: without that evidence too, since `контента` is a sure word of four
    letters or more that glues into no adjective form (tests/test_pdf_r9b.py)."""
    raw = f"подборку \nтаргетированного{F}\nконтента"
    assert _read(raw, _spaced({"контента"})) == "подборку таргетированного контента"
    assert _read(raw, _spaced()) == "подборку таргетированного контента"


# -- the right padding may be wider than the left one -------------------------------


def _char(text: str, x0: float, width: float, top: float) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + width, "top": top, "bottom": top + 10,
            "fontname": "F", "size": 10.0, "upright": True, "doctop": top}


def test_an_inner_line_the_next_glyph_fits_on_by_less_than_the_tolerance_is_full() -> None:
    """`посто` ends half a point before the next line's `я` would have (left padding 5,
    text up to x = 45): LibreOffice cut the word there all the same (its right padding
    is wider), so the line is full and `посто` / `янно` is glued."""
    box = (0.0, 0.0, 50.0, 100.0)
    cell = [_char(c, 5 + 7 * k, 7.0, 10) for k, c in enumerate("посто")]  # ends at 40
    cell += [_char(c, 5 + 7 * k, 7.0, 22) for k, c in enumerate("янно")]
    cell[5]["x1"] = 5 + 4.5  # `я` 4.5 wide: 40 + 4.5 = 44.5, half a point inside
    text = _cell_text(cell, box, DEFAULT)
    assert text.split("\n")[0] == "посто" + FULL_LINE
    assert _read(text, _spaced()) == "постоянно"
    exact = PdfSettings.of({"full_tolerance": 0.0})
    assert _cell_text(cell, box, exact).split("\n")[0] == "посто"
