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
