"""Round 9, second wave, rules of the lines stage (words.py): pieces of words cut by a
narrow column or a page break, glued back or kept apart.

Each test shows the stage deciding otherwise without the rule (the rule's helper
replaced by its former behaviour).
"""

from extract.strategy import words
from tests.strategy_dumps import rejoined_by_dictionary


def test_filled_line_before_a_dictionary_word_not_glued(monkeypatch) -> None:
    """`валидирована` / `чистота ` / `данных`: neither word is printed whole elsewhere,
    but the dictionary reads the glue only from `-стота`, letters of the next line: the
    line filled its column (no wrap mark) and the next word opens the next line."""
    raw = ["и по которым ", "валидирована", "чистота ", "данных"]
    out = rejoined_by_dictionary(raw)
    assert "валидирована" in out and "чистота " in out
    monkeypatch.setattr(words, "_read_across", lambda end, rest: True)
    assert "валидированачистота " in rejoined_by_dictionary(raw)


def test_unknown_word_cut_across_the_line_still_glued() -> None:
    """`таргетиро` / `ванного ` / `контента`: the dictionary reads the glue as
    `-тированного`, a word opening inside the first piece: one word cut by the column."""
    assert words._read_across("таргетиро", "ванного")
    assert not words._read_across("валидирована", "чистота")


def test_short_rest_before_a_preposition_not_glued(monkeypatch) -> None:
    """After a page break a narrow column prints the rest of the word the break cut
    (`ных`, `ченные`, of `подключенных`) and the cell goes on (`к ` / `медицинским`):
    no word the dictionary lists ends in `ыхк` or `ыек`, so `к` is no ending."""
    for raw, glued in ((["2024", "ных", "к ", "рег", "ион", "аль", "ной ", "системе"], "ныхк "),
                       (["2024", "ченные", "к ", "медици", "нским ", "инфор"], "ченныек ")):
        out = rejoined_by_dictionary(raw)
        assert raw[1] in out and glued not in out
        monkeypatch.setattr(words, "_known_ending", lambda word: True)
        assert glued in rejoined_by_dictionary(raw)
        monkeypatch.undo()


def test_unknown_word_before_a_short_ending_still_glued() -> None:
    """`таргетированног` / `о контента`, `Маркетплей` / `с` / `программного`: the glue
    ends as dictionary words do."""
    assert "таргетированного " in rejoined_by_dictionary(["таргетированног", "о контента ", "для"])
    assert words._known_ending("маркетплейс") and not words._known_ending("ченныек")


def test_short_rest_before_an_ending_still_glued() -> None:
    """`атн` / `ой ` (the rest of `бесплатной` after a break, cut again): an ending,
    glued."""
    out = rejoined_by_dictionary(["2024", "атн", "ой ", "помощи"])
    assert "атной " in out


def test_piece_ending_as_no_word_glued_to_a_dictionary_word(monkeypatch) -> None:
    """`валидиро` / `ванных ` / `(чистота`: the piece ends as no listed word does
    (`-диро`), so the column cut it, though the dictionary reads the glue only from
    `-анных`, letters of the next line."""
    raw = ["и ", "валидиро", "ванных ", "(чистота ", "данных)"]
    assert "валидированных " in rejoined_by_dictionary(raw)
    monkeypatch.setattr(words, "_known_ending", lambda word, letters=3: True)
    assert "валидированных " not in rejoined_by_dictionary(raw)
