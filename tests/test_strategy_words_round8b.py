"""Round 8 (second wave) rules of the lines stage (words.py, lexicon.py): words cut
at line ends by narrow columns, glued back or kept apart.

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


def test_word_then_preposition_stay_apart(monkeypatch) -> None:
    """`виде` / `на ` in a column four letters wide: a word that fills its line and a
    preposition after it are two words, not the rare `видена`."""
    raw = ["элек", "трон", "ном ", "виде", "на ", "терр", "итор", "ии "]
    assert "виде" in _texts(raw)
    monkeypatch.setattr(words, "_word_then_preposition", lambda end, rest: False)
    assert "видена " in _texts(raw)
