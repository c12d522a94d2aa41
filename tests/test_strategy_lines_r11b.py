"""Round 11b rules of the lines stage (words.py): a glued word re-read before a hyphen,
a comma opening a cell's tail after a page break, and a line wider than a narrow
column's pieces ending the word they make.

Each test shows the stage deciding otherwise without the rule (the rule's helper
turned off) on a few hand-made lines.
"""

from extract.strategy import words
from tests.strategy_dumps import rejoined


def test_compound_part_glued_from_pieces_joins_the_part_after_the_hyphen(
        monkeypatch) -> None:
    """`информ` / `ационно` / `-` / `сервисн` / `ой`: the first part is glued from its
    pieces, then read again, so the hyphen's rule joins the compound."""
    raw = ["федеральной ", "информ", "ационно", "-", "сервисн", "ой ", "платформы "]
    assert rejoined(raw, True)[1] == "информационно-сервисной "
    monkeypatch.setattr(words, "_hyphen_follows", lambda *a: False)
    assert "информационно-сервисной " not in rejoined(raw, True)


def test_comma_before_a_narrow_piece_opens_a_cell_s_tail(monkeypatch) -> None:
    """`Республики` / `, ` / `интегр` / `ированных `: the piece after the comma fills a
    column far narrower than `Республики`, which would have been cut there; so the
    comma opens the tail of another column's cell and stays on its line."""
    raw = ["Балкарской ", "Республики", "Республики", ", ", "интегр", "ированных ",
           "в ", "единую "]
    out = rejoined(raw, True)
    assert out[2:4] == ["Республики", ", "]
    monkeypatch.setattr(words, "_comma_opens_tail", lambda *a: False)
    assert rejoined(raw, True)[2] == "Республики, "


def test_comma_after_a_word_as_wide_as_the_column_goes_back() -> None:
    """`деятел` / `ьности` / `, ` / `провед` / `енных `: the piece after the comma is as
    wide as the line before it, one column: the comma goes back onto its word."""
    raw = ["надзорной ", "деятел", "ьности", ", ", "провед", "енных ", "дистанционно"]
    assert rejoined(raw, True)[1] == "деятельности, "


def test_comma_before_a_unit_stays_with_its_word() -> None:
    """`граждан` / `, ` / `ми` / `нут`: the line after the comma opens the unit's cell
    (`минут`), so it says nothing of the comma's column: the comma is the word's."""
    raw = ["Количес", "тво ", "граждан", ", ", "ми", "нут", "26"]
    assert "граждан, " in rejoined(raw, True)


def test_pieces_end_before_a_line_wider_than_their_column(monkeypatch) -> None:
    """`пос` / `тоя` / `нно` / `го контента `: the last line is far wider than the
    column the pieces fill, so it is another cell's (the rest of `образовательно`
    after a page break) and the word is `постоянно`, not `постоянного`."""
    raw = ["далее ", "пос", "тоя", "нно", "го контента ", "(рекомендовано"]
    assert rejoined(raw, True)[1:3] == ["постоянно", "го контента "]
    monkeypatch.setattr(words, "_wider_than_piece", lambda *a: False)
    assert rejoined(raw, True)[1] != "постоянно"


def test_unit_abbreviation_after_a_hyphen_is_no_compound_part(monkeypatch) -> None:
    """`информ` / `ационно` / `-` / `л. ` / `ед.`: after the hyphen comes a unit's
    abbreviated word (the rest of `усл. ед.`), which the template never writes as a
    compound's part; the glued first part is not joined to it."""
    raw = ["обеспечивающей ", "информ", "ационно", "-", "л. ", "ед."]
    assert "информационно-л. " not in rejoined(raw, True)
    monkeypatch.setattr(words, "_abbreviation", lambda letters: words.re.compile("(?!)"))
    assert "информационно-л. " in rejoined(raw, True)
