"""Round 9, second wave, rules of the lines stage (words.py): pieces of words cut by a
narrow column or a page break, glued back or kept apart.

Each test shows the stage deciding otherwise without the rule (the rule's helper
replaced by its former behaviour).
"""

from extract.strategy import words
from extract.strategy.lexicon import Lexicon
from tests.strategy_dumps import rejoined


def _texts(raw: list[str], spaced: bool = True) -> list[str]:
    """The lines stage with an empty lexicon: the dictionary and the rule alone decide."""
    return rejoined(raw, spaced, Lexicon())


def test_filled_line_before_a_dictionary_word_not_glued(monkeypatch) -> None:
    """`валидирована` / `чистота ` / `данных`: neither word is printed whole elsewhere,
    but the dictionary reads the glue only from `-стота`, letters of the next line: the
    line filled its column (no wrap mark) and the next word opens the next line."""
    raw = ["и по которым ", "валидирована", "чистота ", "данных"]
    out = _texts(raw)
    assert "валидирована" in out and "чистота " in out
    monkeypatch.setattr(words, "_read_across", lambda end, rest: True)
    assert "валидированачистота " in _texts(raw)


def test_unknown_word_cut_across_the_line_still_glued() -> None:
    """`таргетиро` / `ванного ` / `контента`: the dictionary reads the glue as
    `-тированного`, a word opening inside the first piece: one word cut by the column."""
    assert words._read_across("таргетиро", "ванного")
    assert not words._read_across("валидирована", "чистота")


def test_short_rest_before_a_preposition_not_glued(monkeypatch) -> None:
    """After a page break a column three letters wide prints the rest of the word the
    break cut (`ных`, of `подключенных`) and the cell goes on (`к ` / `региональной `):
    no word opens with `ныхк`, and `к` is a preposition, no ending."""
    raw = ["2024", "ных", "к ", "рег", "ион", "аль", "ной ", "системе"]
    out = _texts(raw)
    assert "ных" in out and "ныхк " not in out
    monkeypatch.setattr(words, "_opens_listed", lambda word: True)
    assert "ныхк " in _texts(raw)


def test_short_rest_before_an_ending_still_glued() -> None:
    """`атн` / `ой ` (the rest of `бесплатной` after a break, cut again): an ending,
    glued."""
    out = _texts(["2024", "атн", "ой ", "помощи"])
    assert "атной " in out
