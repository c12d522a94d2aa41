"""Round 5 of the PDF reader: its thresholds as one settings object, and the rules the
held-out layouts asked for. Each rule is tested on a hand-made cell, word list or row."""

from __future__ import annotations

import dataclasses

import pytest

from extract.pdf.cut_words import Vocabulary, rejoin_broken_words, vocabulary
from extract.pdf.reader import Fragment, Page
from extract.pdf.settings import DEFAULT, PdfSettings
from extract.strategy.grid import cell_text

F = "\u00ad"  # the reader's FULL_LINE mark


# -- settings ---------------------------------------------------------------------


def test_settings_are_frozen_and_overridden_by_name() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        DEFAULT.chain = 2  # type: ignore[misc]
    assert PdfSettings.of(None) is DEFAULT
    assert PdfSettings.of({"chain": 2}).chain == 2
    assert PdfSettings.of({"chain": 2}).x_tolerance == DEFAULT.x_tolerance
    mine = PdfSettings(chain=3)
    assert PdfSettings.of(mine) is mine
    with pytest.raises(ValueError, match="chian"):
        PdfSettings.of({"chian": 2})  # a typo never passes as the default


def test_a_changed_setting_changes_the_outcome() -> None:
    """`chain`: how many more lines a word cut several times may take; with one line
    the three pieces of `образовательного` stay apart."""
    raw = f"образов{F}\nательног{F}\nо контента"
    default = Vocabulary(set(), set())
    short = Vocabulary(set(), set(), settings=PdfSettings.of({"chain": 1}))
    assert cell_text(rejoin_broken_words(raw, default)) == "образовательного контента"
    assert cell_text(rejoin_broken_words(raw, short)) != "образовательного контента"


def test_spaced_share_decides_whether_a_document_marks_its_wraps() -> None:
    """Two of four inner lines end with a space: spaced at the default share (0.3),
    not when the share asked for is higher."""
    cells = ["Министерство \nцифрового\nразвития", "Создание \nцентра\nданных"]
    pages = [Page(1, [Fragment(1, (0, 0, 100, 100), [0.0, 50.0], [cells])])]
    assert vocabulary(pages).spaced
    assert not vocabulary(pages, PdfSettings.of({"spaced_share": 0.6})).spaced


# -- rules from the held-out layouts ------------------------------------------------


def _char(text: str, x0: float, x1: float, top: float, font: str = "F", size: float = 10
          ) -> dict:
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + size,
            "fontname": font, "size": size, "upright": True, "doctop": top}


def _word(text: str, x: float, top: float, width: float = 5) -> list[dict]:
    return [_char(c, x + k * width, x + (k + 1) * width, top) for k, c in enumerate(text)]


def test_a_full_line_a_space_would_still_have_fitted_on_is_marked_cut() -> None:
    """LibreOffice prints the space of a wrap when it fits: a line of a cell that goes
    on, with room for a space (3) and none printed, was not wrapped at a space."""
    from extract.pdf.reader import CUT_LINE, FULL_LINE, _cell_text
    from extract.pdf.settings import DEFAULT as SETTINGS

    box = (0, 0, 100, 100)  # left padding 5 -> text up to x = 95
    letters = {("F", 10.0, False): 6.0, ("F", 10.0, None): 3.0}
    # 17 letters end at x = 90: 5 left, no room for the next `е` (8), room for a space
    roomy = [*_word("автоматизированно", 5, 10), _char("е", 5, 13, 22)]
    text = _cell_text(roomy, box, SETTINGS, letters)
    assert text.split("\n")[0] == "автоматизированно" + CUT_LINE
    # ends at x = 93: the space (3 + 1.5) would not have fitted: just full
    tight = [*_word("автоматизированно", 8, 10), _char("е", 8, 16, 22)]
    text = _cell_text(tight, box, SETTINGS, letters)
    assert text.split("\n")[0] == "автоматизированно" + FULL_LINE
    # no space glyph of the font on the page: nothing to measure by
    text = _cell_text(roomy, box, SETTINGS, {("F", 10.0, False): 6.0})
    assert text.split("\n")[0] == "автоматизированно" + FULL_LINE


def _spaced(printed: set[str] = frozenset(), whole: set[str] = frozenset(),
            pairs: set[tuple[str, str]] = frozenset()) -> Vocabulary:
    return Vocabulary(set(printed), set(whole), spaced=True, pairs=set(pairs))


def test_a_cut_line_glues_even_two_words() -> None:
    """`автоматизирован` / `но`: both words, glued a word too; the dictionary cannot
    tell, the missing space that would have fitted can."""
    from extract.pdf.reader import CUT_LINE

    assert cell_text(rejoin_broken_words(f"автоматизирован{CUT_LINE}\nно через",
                                         _spaced())) == "автоматизированно через"
    assert cell_text(rejoin_broken_words(f"автоматизирован{F}\nно через",
                                         _spaced())) == "автоматизирован но через"


def test_two_words_the_document_prints_apart_are_not_glued_at_a_full_line() -> None:
    """`уровня` / `в`: a space that did not fit is not printed, and `уровняв` is a
    dictionary word; the document prints `уровня в` inside a line, never `уровняв`."""
    raw = f"уровня{F}\nв рамках"
    assert cell_text(rejoin_broken_words(raw, _spaced())) == "уровняв рамках"
    apart = _spaced(whole={"уровня", "в"}, pairs={("уровня", "в")})
    assert cell_text(rejoin_broken_words(raw, apart)) == "уровня в рамках"
    # printed glued too: the pair alone decides nothing
    both = _spaced(whole={"уровня", "в", "уровняв"}, pairs={("уровня", "в")})
    assert cell_text(rejoin_broken_words(raw, both)) == "уровняв рамках"


def test_pairs_are_read_inside_lines_and_across_a_wrap_at_a_space() -> None:
    cells = ["регионального уровня в рамках", "Кабардино \nБалкарский центр",
             f"уровня в{F}\nрамках"]
    pages = [Page(1, [Fragment(1, (0, 0, 100, 100), [0.0, 30.0, 60.0], [cells])])]
    pairs = vocabulary(pages).pairs
    assert ("уровня", "в") in pairs and ("кабардино", "балкарский") in pairs
    assert ("регионального", "уровня") in pairs
    # a line's last token may be cut (`в` of `вопросов`): no pair with it
    only_cut = [Page(1, [Fragment(1, (0, 0, 100, 100), [0.0, 30.0],
                                  [[f"уровня в{F}\nрамках", ""]])])]
    assert ("уровня", "в") not in vocabulary(only_cut).pairs


def test_a_capital_after_small_letters_starts_a_cut_word() -> None:
    """`КабардиноБ` / `алкарский`: no word ends with a capital after small letters."""
    raw = f"«КабардиноБ{F}\nалкарский центр"
    assert cell_text(rejoin_broken_words(raw, _spaced())) == "«КабардиноБалкарский центр"
    # a word's capital first letter after a space still starts its own word
    assert cell_text(rejoin_broken_words(f"Министерство{F}\nРоссийской",
                                         _spaced())) == "Министерство Российской"


def test_a_glyph_clipped_at_the_tables_foot_is_the_tables() -> None:
    """A cut cell's last line drawn across the table's bottom (its centre below it) is
    no running text: as a line it ended the table before its part on the next page."""
    from extract.pdf.reader import _in_table

    box = (0, 0, 100, 100)
    assert _in_table(_char("о", 10, 15, 98.5), box)  # starts 1.5 above the bottom
    assert not _in_table(_char("о", 10, 15, 99.5), box)  # a line under the table
    assert not _in_table(_char("о", 10, 15, 101), box)
    assert _in_table(_char("о", 10, 15, 50), box)


def _row(no: str, text: str, cont: bool = False):
    from extract.strategy.grid import BodyRow

    return BodyRow([no, text], 1, cont)


def test_a_row_number_cut_between_its_digits_continues_its_row() -> None:
    """`1` at a page's foot (a full line) and `6` at the next page's top: row 16 when
    the № before was 15; `15` / `16` are two rows, and so is `1` / `6` after `0`."""
    from extract.strategy.table_records import _tails

    def joined(*rows):
        from extract.strategy.grid import join_split_rows

        rows = list(rows)
        return [r.cells[0] for r in join_split_rows(rows, _tails(rows, 0))]

    assert len(joined(_row("15", "a"), _row(f"1{F}", "b"), _row("6", "c", True))) == 2
    assert len(joined(_row("14", "a"), _row(f"15{F}", "b"), _row("16", "c", True))) == 3
    assert len(joined(_row("1", "a"), _row(f"1{F}", "b"), _row("6", "c", True))) == 3
    # a part of the row after the page break in between: the № before is still 15
    assert len(joined(_row("15", "a"), _row("", "a2", True), _row(f"1{F}", "b"),
                      _row("6", "c", True))) == 2
    # without the full-line mark the № above ended in its cell
    assert len(joined(_row("15", "a"), _row("1", "b"), _row("6", "c", True))) == 3


def test_a_row_number_whose_dot_alone_went_over_the_break_continues_its_row() -> None:
    """`7` | `.`: no № starts with a dot (nor is one)."""
    from extract.strategy.table_records import _tail

    assert _tail(_row(f"7{F}", "a"), _row(".", "b", True), 0)
    assert _tail(_row("1", "a"), _row(".2", "b", True), 0)
    assert not _tail(_row("7", "a"), _row("8", "b", True), 0)


def test_full_lines_do_not_count_against_the_wrap_mark() -> None:
    """A line that filled its column ends there with or without a space, so only the
    other inner lines tell whether the document marks its wraps. In a layout with
    columns one glyph wide most inner lines are full (`2` / `0` / `2` / `4`); the rest
    end with a space, and the document is spaced: the digits glue into one number."""
    cells = [f"2{F}\n0{F}\n2{F}\n4", f"д{F}\nо \n2{F}\n0{F}\n3{F}\n0", "Министерство \nцифрового"]
    pages = [Page(1, [Fragment(1, (0, 0, 100, 100), [0.0, 30.0, 60.0], [cells])])]
    words = vocabulary(pages)
    assert words.spaced
    assert cell_text(rejoin_broken_words(cells[1], words)) == "до 2030"
