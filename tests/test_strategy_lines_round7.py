"""Round 7 rules of the lines stage: the document's own lexicon (lexicon.py, words.py).

Each break below is one the dictionary cannot settle; the same words printed
elsewhere in the hand-made dump decide it. Passing an empty `Lexicon()` gives the
stage without the rule, which each test shows deciding otherwise.
"""

from dataclasses import replace

from extract.strategy import words
from extract.strategy.lexicon import APART, GLUE, Lexicon, build_lexicon
from tests.strategy_dumps import dump_lines, rejoined


def test_whole_words_and_pairs() -> None:
    """A token between two others is whole, so is a capitalised line opener with a
    token after it and (marked dumps) a wrapped line's last token; a lower-case line
    opener or an unmarked line's last token may be a piece."""
    lex = build_lexicon(dump_lines(["Проект Библиотека цифрового ", "контента", "ства и"]), True)
    assert {"проект", "библиотека", "цифрового"} <= lex.whole
    assert "контента" not in lex.whole and "ства" not in lex.whole
    assert ("библиотека", "цифрового") in lex.pairs and ("цифрового", "контента") in lex.pairs
    assert ("ства", "и") not in lex.pairs  # `ства` may be a word's rest
    lex = build_lexicon(dump_lines(["Проект Библиотека", "цифрового"]), False)
    assert "библиотека" not in lex.whole  # no mark, last on its line: maybe cut
    assert lex.verdict("Библиотек", "а") is None


def test_word_printed_whole_elsewhere_is_glued() -> None:
    """`Библиотек` / `а` reads as two words to the dictionary (a genitive plural and a
    conjunction); the document prints `Библиотека` whole and never `библиотек а`
    (a dump without wrap marks: where lines are marked the missing mark says it)."""
    raw = ["Проект Библиотека цифрового контента региона", "1.1", "Библиотек", "а",
           "цифрового"]
    assert rejoined(raw, False, Lexicon())[2:4] == ["Библиотек", "а"]
    assert "Библиотека" in rejoined(raw, False)


def test_pair_printed_side_by_side_stays_apart() -> None:
    """`уровня` / `в` makes the dictionary's `уровняв`; the document prints `уровня в`
    inside a line and never `уровняв`."""
    raw = ["повышение уровня в сфере связи", "регионального ", "уровня", "в ", "рамках "]
    assert rejoined(raw, True, Lexicon())[2] == "уровняв "
    assert rejoined(raw, True)[2:4] == ["уровня", "в "]
    assert build_lexicon(dump_lines(raw), True).verdict("уровня", "в") == APART


def test_word_in_three_pieces_printed_whole_elsewhere() -> None:
    """`«Марк` / `етплей` / `с ` is a word the dictionary does not know; printed whole
    as `маркетплейс`, its pieces are glued up to the one that completes it."""
    raw = ["Платформа маркетплейс для бизнеса", "проекта ", "«Марк", "етплей", "с ",
           "программного "]
    assert build_lexicon(dump_lines(raw), True).verdict("Марк", "етплейс") == GLUE
    assert "«Маркетплейс " not in rejoined(raw, True, Lexicon())
    assert "«Маркетплейс " in rejoined(raw, True)


def test_first_piece_of_a_word_printed_whole() -> None:
    """`подведо` (no word, never printed whole) and `мственн` (a piece alone on its
    line) open `подведомственных`, printed whole elsewhere: one word's pieces."""
    raw = ["для подведомственных учреждений области", "власти и ", "подведо", "мственн",
           "и услуг "]
    assert rejoined(raw, True, Lexicon())[2] == "подведо"
    assert rejoined(raw, True)[2] == "подведомственн"


def test_short_ending_of_a_word_printed_whole() -> None:
    """`маркетплей` / `са` with its cell going on in lower case: the document prints
    `маркетплейс` (another form) whole, so `маркетплей` is its first piece; not a
    cell's first word after it (`(рекомен` / `до 2024`, a term's cell)."""
    raw = ["Платформа маркетплейс для бизнеса", "на", "маркетплей", "са программного"]
    assert rejoined(raw, False, Lexicon())[2] == "маркетплей"
    assert rejoined(raw, False)[2] == "маркетплейса "
    raw = ["проект (рекомендовано ФОИВ) реализуется", "ства ", "(рекомен", "до 2024 ", "года"]
    assert rejoined(raw, True)[2:4] == ["(рекомен", "до 2024 "]


def test_comma_after_a_short_ending_ends_the_word() -> None:
    """`соцконтрак` / `та, ` / `принятия`: the comma ends the word, the cell goes on in
    lower case, so `та` is the unknown word's ending, not a word of its own."""
    raw = ["основании ", "соцконтрак", "та, ", "принятия "]
    assert rejoined(raw, True)[1] == "соцконтракта, "


def test_min_lexicon_piece_setting(monkeypatch) -> None:
    """`settings.min_lexicon_piece`: a shorter last piece is not taken for the first
    piece of a word the document prints whole."""
    raw = ["для подведомственных учреждений области", "власти и ", "подведо", "мственн",
           "и услуг "]
    monkeypatch.setattr(words, "SETTINGS", replace(words.SETTINGS, min_lexicon_piece=8))
    assert rejoined(raw, True)[2] == "подведо"
    monkeypatch.setattr(words, "SETTINGS", replace(words.SETTINGS, min_lexicon_piece=7))
    assert rejoined(raw, True)[2] == "подведомственн"


def test_compound_parts_are_printed_whole() -> None:
    """`Кабардино-Балкарской` printed whole prints `Кабардино` whole too, so `«Кабарди`
    / `ноБалкар` (the hyphen lost in a name) is glued at `Кабардино`."""
    raw = ["Министерство Кабардино-Балкарской Республики", "организации ", "«Кабарди",
           "ноБалкар", "ский "]
    assert rejoined(raw, True, Lexicon())[2] == "«Кабарди"
    assert rejoined(raw, True)[2] == "«КабардиноБалкар"
