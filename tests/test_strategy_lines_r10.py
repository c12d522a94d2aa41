"""Round 10 rules of the lines stage (words.py): a hyphenated compound whose first part
a narrow column cut by letters (LibreOffice breaks a compound after its hyphen; where
the first part with its hyphen is wider than the column, it cuts that part too).

Each test shows the stage deciding otherwise without the rule (the rule's helper
turned off).
"""

from extract.strategy import words
from extract.strategy.lexicon import Lexicon
from extract.strategy.sections import Line
from tests.strategy_dumps import dump_lines, rejoined


def test_word_piece_before_a_compound_rest_is_glued(monkeypatch) -> None:
    """`медик` / `о-` / `социал` / `ьной`: `медик` is a word, but `медико` is none the
    dictionary lists, and `медик` is as long as the second part's line, so it filled
    the column: the first part's first piece."""
    raw = ["в том числе с ", "учреждениями ", "медик", "о-", "социал", "ьной ",
           "экспертизы"]
    assert rejoined(raw, True)[2] == "медико-"
    monkeypatch.setattr(words, "_compound_half", lambda *a: False)
    assert rejoined(raw, True)[2] == "медик"


def test_quoted_word_piece_before_a_compound_rest(monkeypatch) -> None:
    """`«Автомат` / `и-` / `зированна` / `я система`: the template's own hyphen inside a
    word, cut so by a column nine letters wide."""
    raw = ["к ", "ФГИС ", "«Автомат", "и-", "зированна", "я система ", "лицензир"]
    assert rejoined(raw, True)[2] == "«Автомати-"
    monkeypatch.setattr(words, "_compound_half", lambda *a: False)
    assert rejoined(raw, True)[2] == "«Автомат"


def test_whole_first_part_is_not_glued() -> None:
    """`платформа` / `жилищно-` / `коммунального`: the first part is a word the
    dictionary lists, opening its line after the cell's last word."""
    raw = ["Цифровая ", "платформа", "жилищно-", "коммунального ", "хозяйства"]
    assert rejoined(raw, True)[1] == "платформа"


def test_short_word_before_another_cells_compound_is_not_glued() -> None:
    """`вид` / `ро-` / `социал`: `вид` is far shorter than the second part's line,
    so it did not fill the column (a word that ended its cell); `медик` does."""
    lines = dump_lines(["вид", "ро-", "социал"])
    assert not words._compound_half(lines, 1, "вид", "видро")
    lines = dump_lines(["медик", "ро-", "социал"])
    assert words._compound_half(lines, 1, "медик", "медикро")


def test_piece_before_a_hyphen_alone_is_glued(monkeypatch) -> None:
    """`профес` / `сорско` / `-` / `преподавательский`: the piece filled its line and
    left the hyphen a line of its own; the first part goes together and the hyphen's
    rule joins the parts."""
    raw = ["управленческий ", "персонал, ", "профес", "сорско", "-",
           "преподавательский ", "состав"]
    assert rejoined(raw, True)[2] == "профессорско-преподавательский "
    monkeypatch.setattr(words, "_half_before_hyphen", lambda *a: False)
    assert rejoined(raw, True)[2] == "профес"


def test_word_piece_of_a_printed_word_is_glued(monkeypatch) -> None:
    """`маркет` / `плейса` before the unit's cell: `маркет` is a word and the document
    never prints it whole, `плейса` is none, and `маркетплейс` is printed whole in the
    document's first line: the column cut that word."""
    raw = ["Проект Маркетплейс программного обеспечения", "Доля ", "закупок на ",
           "платформе ", "маркет", "плейса", "процентов"]
    assert rejoined(raw, True)[4] == "маркетплейса"
    monkeypatch.setattr(words, "_word_before_printed_rest", lambda *a: False)
    assert rejoined(raw, True)[4] == "маркет"


def test_compound_rest_after_a_break_is_no_function_word() -> None:
    """`контроль` | break | `но-надзорными`: `но` before a hyphen is the end of the
    compound's first part (`контрольно-`), not the conjunction; `но в рамках` is."""
    last = Line(1, "контроль", 1, False)
    assert words.cut_at_break(last, "но-надзорными органами")
    assert not words.cut_at_break(last, "но в рамках")


def test_cell_opening_piece_takes_its_rest(monkeypatch) -> None:
    """`Цифров` / `изация `: the document prints words opening with `цифров` and one
    ending in `изация`, but none opening with `цифрови`, which reads as `Цифров` being
    another word's first piece whose rest is elsewhere. `Цифров` opens a cell (a
    capital after the row's number) and the next line, on the same page, opens in
    lower case: its own cell going on."""
    raw = ["Проект Цифровой регион и модернизация связи", "2", "Цифров", "изация ",
           "мировых ", "судов"]
    assert rejoined(raw, True)[2] == "Цифровизация "
    monkeypatch.setattr(words, "_opens_cell", lambda *a: False)
    assert rejoined(raw, True)[2] == "Цифров"


def test_whole_words_before_a_compound_are_not_glued() -> None:
    """A dump without wrap marks: `внедрению` / `отечественных` / `программно-` /
    `аппаратных` are whole words; only the piece right after `end` may be the rest of
    a compound's first part."""
    raw = ["Поддержка проектов по ", "внедрению", "отечественных", "программно-",
           "аппаратных", "комплексов"]
    assert rejoined(raw, False)[1:3] == ["внедрению", "отечественных"]


def test_word_printed_whole_before_another_columns_rest_is_not_glued() -> None:
    """`граждан` / `но-` / `надзорно` after a page break: the document prints
    `граждан` whole (first line), so it ended its cell there; `но-` is the rest of
    another column's `контроль`, cut by the break."""
    raw = ["Повышение удовлетворенности граждан услугами", "повышение ",
           "удовлетворенности ", "граждан", "но-", "надзорно", "й ", "деятельности"]
    assert rejoined(raw, True)[3] == "граждан"
    assert rejoined(raw, True, Lexicon())[3] == "гражданно-"
