"""Round 8 rules of the lines stage (words.py, lexicon.py): words cut at line ends
by narrow columns, glued back or kept apart.

Each test shows the stage deciding otherwise without the rule (the rule's helper
replaced by its former behaviour).
"""

from extract.strategy import words
from extract.strategy.lexicon import Lexicon
from extract.strategy.sections import Line
from extract.strategy.words import rejoin_split_words


def _lines(raw: list[str]) -> list[Line]:
    return [Line(i + 1, t, 1, False) for i, t in enumerate(raw)]


def _texts(raw: list[str], spaced: bool = True) -> list[str]:
    return [ln.raw for ln in rejoin_split_words(_lines(raw), spaced, Lexicon())]


def test_closing_bracket_ends_the_word_not_the_cell(monkeypatch) -> None:
    """`рейтингован` / `ия) и ` / `регистра`: a closing bracket after the rest, then
    more of the cell, ends the word; the rest is a short ending with lower-case text
    after it, so the line without the mark was cut inside the word."""
    raw = ["Реестр ", "поставщиков ", "услуг (с ", "механизма ", "рейтингован",
           "ия) и ", "регистра", "100"]
    assert "рейтингования) " in _texts(raw)
    monkeypatch.setattr(words, "_CLOSED", words.re.compile(r"(?!)"))
    assert "рейтингования) " not in _texts(raw)


def test_short_one_word_line_ended_its_cell(monkeypatch) -> None:
    """`использующих ` / `сервис` / `ов` / `Доля …`: the one-word line is half as long
    as the wrapped line of its cell before it, so it did not fill the column and is no
    word's first piece; `ов` is another cell's (a unit's rest after a page break),
    although `сервисов` is a dictionary word the document prints whole."""
    raw = ["Доля ", "абитуриентов, ", "использующих ", "сервис", "ов",
           "Доля общих собраний ", "цифровых сервисов ", "развития"]
    assert _texts(raw)[3:5] == ["сервис", "ов"]
    monkeypatch.setattr(words, "_short_piece", lambda *a: False)
    assert _texts(raw)[3] == "сервисов"
