"""Round 12 rules of the lines stage (words.py), each on a few hand-made lines, each
shown deciding otherwise without the rule (its helper turned off)."""

from extract.strategy import words
from extract.strategy.lexicon import Lexicon
from tests.strategy_dumps import rejoined


def _lexicon(*whole: str) -> Lexicon:
    return Lexicon(whole=set(whole), ordered=sorted(whole))


def test_word_piece_as_long_as_the_column_s_pieces_opens_a_cut_word(monkeypatch) -> None:
    """`тов ` / `автомат` / `изирова` / `нно через `: `автомат` is a dictionary word but
    as long as the piece after it, after a wrapped line of its cell, and the document
    prints `автоматизации`, never `автомат`: the column cut `автоматизированно`."""
    raw = ["докумен", "тов ", "автомат", "изирова", "нно через ", "ЕГИССО"]
    lex = _lexicon("автоматизации", "документов")
    assert rejoined(raw, True, lex)[1] == "автоматизированно "
    monkeypatch.setattr(words, "_filled_like_pieces", lambda *a: False)
    assert rejoined(raw, True, lex)[1] != "автоматизированно "


def test_header_word_printed_whole_stays_apart_from_pieces_as_long_as_it() -> None:
    """`Наименование ` / `проекта` / `изирова` / `нной `: the document prints `проекта`
    whole, so it is a header's last word, not a cut word's first piece; nor is a word
    the document prints no word opening with (`автомат` where `автоматизации` is not
    printed)."""
    raw = ["Наименование ", "проекта", "изирова", "нной ", "системы"]
    assert rejoined(raw, True, _lexicon("проекта", "проектов"))[1] == "проекта"
    raw = ["докумен", "тов ", "автомат", "изирова", "нно через ", "ЕГИССО"]
    assert rejoined(raw, True, _lexicon("документов"))[1] == "автомат"


def test_full_form_s_ending_after_a_short_participle_goes_on_it(monkeypatch) -> None:
    """`таргет` / `ирован` / `ному ` / `перечн`: `ному` is a dictionary word (of `ном`),
    but it turns `таргетирован`, a short participle, into the same word's full form
    `таргетированному`: its ending, not a word after a line that ended one."""
    raw = ["доступ ", "к ", "таргет", "ирован", "ному ", "перечн", "ю "]
    assert rejoined(raw, True)[2] == "таргетированному "
    monkeypatch.setattr(words, "_full_form_ending", lambda *a: False)
    assert rejoined(raw, True)[2] == "таргетирован"
