"""Round 8 (second wave) rules of the lines stage (words.py, lexicon.py): words cut
at line ends by narrow columns, glued back or kept apart.

Each test shows the stage deciding otherwise without the rule (the rule's helper
replaced by its former behaviour).
"""

from extract.strategy import words
from extract.strategy.lexicon import Lexicon
from extract.strategy.words import rejoin_split_words
from tests.strategy_dumps import dump_lines, rejoined_by_dictionary


def test_word_then_preposition_stay_apart(monkeypatch) -> None:
    """`виде` / `на ` in a column four letters wide: a word that fills its line and a
    preposition after it are two words, not the rare `видена`."""
    raw = ["элек", "трон", "ном ", "виде", "на ", "терр", "итор", "ии "]
    assert "виде" in rejoined_by_dictionary(raw)
    monkeypatch.setattr(words, "_word_then_preposition", lambda end, rest: False)
    assert "видена " in rejoined_by_dictionary(raw)


def test_preposition_before_hyphen_opens_compound() -> None:
    """`контроль` / `но-` / `надзорной `: a rest before a hyphen is a compound's part,
    glued as before (not kept apart as a preposition)."""
    raw = ["рамках ", "контроль", "но-", "надзорной ", "деятельности"]
    assert "контроль" not in rejoined_by_dictionary(raw)


def test_two_words_each_cut_by_the_column(monkeypatch) -> None:
    """`валиди` / `рована` / `чистот` / `а `: four pieces as long as the column that
    make no word together; the last two make `чистота`, so the first two are one word
    and the next word opened its own line."""
    raw = ["которым ", "валиди", "рована", "чистот", "а ", "данных"]
    out = rejoined_by_dictionary(raw)
    assert "валидирована" in out and "чистота " in out
    monkeypatch.setattr(words, "_first_of_two", lambda end, pieces: 0)
    assert "валидирована" not in rejoined_by_dictionary(raw)


def test_piece_of_another_printed_word_not_glued(monkeypatch) -> None:
    """`учреждени` / `уальная `: the document prints `учреждений` whole and no word
    going on `учреждениу`; the glue is no dictionary word, so `учреждени` is the cut
    piece of `учреждений` and `уальная` another cell's rest."""
    whole = {"учреждений", "подведомственных", "система", "интеллектуальная"}
    lex = Lexicon(whole=whole, ordered=sorted(whole))
    raw = ["подведомственных ", "учреждени", "уальная ", "система "]
    out = [ln.raw for ln in rejoin_split_words(dump_lines(raw), True, lex)]
    assert "учреждени" in out
    monkeypatch.setattr(words, "_other_word_opens", lambda end, word, lx: False)
    monkeypatch.setattr(words, "_stem_of_other", lambda end, rest: False)
    out = [ln.raw for ln in rejoin_split_words(dump_lines(raw), True, lex)]
    assert "учреждени" not in out


def test_short_ending_of_printed_stem_still_glued() -> None:
    """`проактивн` / `ом `: the document prints `проактивным`, not `проактивном`; a
    two-letter ending is the cut word's own, glued."""
    whole = {"проактивным", "формате"}
    lex = Lexicon(whole=whole, ordered=sorted(whole))
    raw = ["в ", "проактивн", "ом ", "формате. "]
    out = [ln.raw for ln in rejoin_split_words(dump_lines(raw), True, lex)]
    assert "проактивном " in out


def test_rest_known_only_as_a_name_glued_to_a_word(monkeypatch) -> None:
    """`рейтингов` / `ания) и `: `ания` in lower case is no name, so it is a cut
    word's rest, though `рейтингов` is a word by itself."""
    raw = ["механизма ", "рейтингов", "ания) и ", "регистра "]
    assert "рейтингования) " in rejoined_by_dictionary(raw)
    monkeypatch.setattr(words, "_unknown_rest", lambda ln, nxt, end, lex: False)
    assert "рейтингования) " not in rejoined_by_dictionary(raw)


def test_adjective_ending_after_no_word(monkeypatch) -> None:
    """`таргетирован` / `ному ` / `перечню `: a four-letter adjective ending after a
    piece that is no word glues into an adjective the dictionary reads by its suffix,
    although `ному` is a (rare) word."""
    raw = ["доступ к ", "таргетирован", "ному ", "перечню ", "программ "]
    assert "таргетированному " in rejoined_by_dictionary(raw)
    monkeypatch.setattr(words, "_unknown_rest", lambda ln, nxt, end, lex: False)
    assert "таргетированному " not in rejoined_by_dictionary(raw)


def test_other_cells_rest_after_a_word_not_glued() -> None:
    """`требованиям` / `ельной ` (the rest of another column's `образоват`): the rest
    is no word at all, and `требованиям` a word; left apart."""
    raw = ["современным ", "требованиям", "ельной ", "организации "]
    assert "требованиям" in rejoined_by_dictionary(raw)


def test_printed_word_then_name_letters_not_glued() -> None:
    """`Федерации` / `ции `: the document prints `федерации` whole, so the line ended
    its cell and `ции` is another cell's rest (`навига` | break | `ции`)."""
    whole = {"федерации", "субъекта"}
    lex = Lexicon(whole=whole, ordered=sorted(whole))
    raw = ["субъекта ", "Российской ", "Федерации", "ции ", "ГЛОНАСС"]
    out = [ln.raw for ln in rejoin_split_words(dump_lines(raw), True, lex)]
    assert "Федерации" in out


def test_pieces_after_a_rest_make_a_word() -> None:
    """`щих` / `сер` / `вис` / `ы `: the pieces after `щих` make `сервисы` by
    themselves; `щих` is a rest alone (its word's first piece before a page break),
    not glued to `сер`."""
    raw = ["2029", "щих", "сер", "вис", "ы ", "цифровой"]
    assert "щихсер" not in rejoined_by_dictionary(raw)
