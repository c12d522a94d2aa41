"""Round 7b rules of the lines stage (words.py, lexicon.py): breaks inside words the
dictionary does not know, settled by what the hand-made dump prints elsewhere.

Each test shows the stage deciding otherwise without the rule (an empty `Lexicon()`,
or the rule's setting turned off).
"""

from dataclasses import replace

from extract.strategy import words
from extract.strategy.lexicon import Lexicon, build_lexicon
from extract.strategy.sections import Line
from tests.strategy_dumps import dump_lines, rejoined


def _no_unprinted_rule(monkeypatch) -> None:
    monkeypatch.setattr(words, "_unprinted_rest", lambda *a: False)
    # (Nor round 9's rule: a piece alone before the unit's cell ends its word.)
    monkeypatch.setattr(words, "_unit_follows", lambda *a: False)


def test_last_piece_is_a_printed_word_and_its_ending(monkeypatch) -> None:
    """`маркетпл` / `ейса`: no piece is a word, the last one is the cell's last line
    (no mark); the document prints `маркетплейс` whole, and `ейса` is that word's end
    and the ending `а`. (The rule below glues this one too; turned off here.)"""
    raw = ["Проект Маркетплейс программного обеспечения", "на ", "платформе ", "маркетпл",
           "ейса", "процентов"]
    _no_unprinted_rule(monkeypatch)
    assert rejoined(raw, True, Lexicon())[3:5] == ["маркетпл", "ейса"]
    assert rejoined(raw, True)[3] == "маркетплейса"
    lex = build_lexicon(dump_lines(raw), True)
    assert lex.stem_of("маркетпл", "ейса", 3) and not lex.stem_of("маркетпл", "ейса", 0)


def test_unprinted_rest_of_unknown_word_is_glued(monkeypatch) -> None:
    """`таргетиро` / `ванного `: the dictionary knows neither the glued word nor the
    first piece, but knows `ванного` as a word; neither piece is printed whole
    anywhere in the document, so the column cut one word there."""
    raw = ["Доля учащихся, получающих ", "подборку ", "таргетиро", "ванного ", "контента"]
    assert rejoined(raw, True)[2] == "таргетированного "
    _no_unprinted_rule(monkeypatch)
    assert rejoined(raw, True)[2:4] == ["таргетиро", "ванного "]


def test_first_piece_of_a_printed_word_takes_no_other_rest() -> None:
    """`подведо` / `делам `: the document prints `подведомственных` whole, which
    `подведо` opens and `подведоделам` does not: the name's rest comes elsewhere (after
    a break), and `делам` is the next cell's (a body's tail)."""
    raw = ["власти и подведомственных учреждений", "власти и ", "подведо", "делам ",
           "архиво", "в"]
    assert rejoined(raw, True)[2:4] == ["подведо", "делам "]


def test_rest_printed_whole_elsewhere_is_not_glued() -> None:
    """`проактивному` / `управлению `: a line filled to its column (no mark) before a
    word the document prints whole elsewhere stays apart."""
    raw = ["Переход к управлению данными", "переход к ", "проактивному", "управлению ",
           "данными"]
    assert rejoined(raw, True)[2:4] == ["проактивному", "управлению "]


def test_compound_half_of_another_word_is_not_glued() -> None:
    """`вид` / `но-` / `Балкарск`: `видно` is a word, but the document prints
    `Кабардино-Балкарской` whole and no word opening with `видно-`, so `но-` is the
    rest of `Кабардино-` (cut by a page break), not `вид`'s."""
    raw = ["Жители Кабардино-Балкарской Республики", "в ", "вид", "но-",
           "Балкарск", "ой ", "Республики"]
    assert rejoined(raw, True, Lexicon())[2] == "видно-"
    assert rejoined(raw, True)[2:4] == ["вид", "но-"]
    raw[0] = "Жители Республики"  # the compound printed nowhere whole: as before
    assert rejoined(raw, True)[2] == "видно-"


def test_stem_setting_off_keeps_pieces(monkeypatch) -> None:
    """The ending's length is a setting (`max_lexicon_ending`); at 0 no stem is read."""
    raw = ["Проект Маркетплейс программного обеспечения", "на ", "платформе ", "маркетпл",
           "ейса", "процентов"]
    _no_unprinted_rule(monkeypatch)
    monkeypatch.setattr(words, "SETTINGS", replace(words.SETTINGS, max_lexicon_ending=0))
    assert rejoined(raw, True)[3:5] == ["маркетпл", "ейса"]


def test_page_break_pieces_read_the_lexicon() -> None:
    """Across a page break (`join_cell`, `broken_word`, `cut_at_break`), a word the
    dictionary does not know is glued when the document prints it whole (`маркетпл` |
    `ейса`), and a pair it prints side by side and never glued stays apart (`центр` |
    `ом`, which the dictionary reads as `центром`); without a lexicon, as before."""
    lex = build_lexicon(dump_lines(["Проект Маркетплейс программного обеспечения",
                                "повышение уровня в сфере связи"]), True)
    assert words.join_cell(["на платформе маркетпл", "ейса"]) == "на платформе маркетпл ейса"
    assert words.join_cell(["на платформе маркетпл", "ейса"], lex) == (
        "на платформе маркетплейса")
    apart = Lexicon(pairs={("центр", "ом")})
    assert words.broken_word("цифровой центр", "ом далее")
    assert not words.broken_word("цифровой центр", "ом далее", apart)
    assert not words.cut_at_break(Line(1, "центр", 1, False), "ом", apart)
    last = Line(1, "маркетпл", 1, False)
    assert not words.cut_at_break(last, "ейса")
    assert words.cut_at_break(last, "ейса", lex)


def test_whole_unlisted_word_filling_its_line_is_not_glued(monkeypatch) -> None:
    """`таргетированному` / `перечню `: the first line is a whole word the dictionary
    does not list but reads as a known form after an unknown prefix; a line filled to
    the column (no mark) before a word printed nowhere else stays apart."""
    raw = ["Доля работников, имеющих ", "доступ к ", "таргетированному", "перечню ",
           "программ"]
    assert rejoined(raw, True)[2:4] == ["таргетированному", "перечню "]
    monkeypatch.setattr(words, "_guessed", lambda text: True)
    monkeypatch.setattr(words, "_read_across", lambda end, rest: True)  # (r9b: also keeps it)
    assert rejoined(raw, True)[2] == "таргетированномуперечню "


def test_unit_after_unknown_piece_is_not_its_rest() -> None:
    """`муниципаль` / `балл.`: an abbreviated unit is the next cell, not a word's rest
    (its cell does not go on after it)."""
    raw = ["Уровень качества услуг", "значимых ", "муниципаль", "балл.", "3.9"]
    assert rejoined(raw, True)[2:4] == ["муниципаль", "балл."]


def test_compound_of_the_same_word_is_no_evidence() -> None:
    """`роль` / `но-` / `надзорно`: the document prints `контрольно-надзорной`, whose
    first half ends in `рольно`: that compound is this word's, so `но-` stays glued."""
    lex = build_lexicon(dump_lines(["Органы контрольно-надзорной деятельности"]), True)
    assert not lex.compound_elsewhere("роль", "но", "надз")
    assert lex.compound_elsewhere("вид", "но", "надз")
