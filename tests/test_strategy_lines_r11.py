"""Round 11 rules of the lines stage (words.py): words a column cut, or did not cut,
at a line's end, told from how LibreOffice wraps a cell (a column cuts a word only
where the word alone is wider than it, so a cut word's first piece fills its line).

Each test shows the stage deciding otherwise without the rule (the rule's helper
turned off), and the setting the rule reads on a hand-made string.
"""

from extract.strategy import words
from extract.strategy.settings import SETTINGS
from tests.strategy_dumps import rejoined


def test_stem_compound_before_a_preposition_stays_apart(monkeypatch) -> None:
    """`госсоцпомощи` / `на основе`: the line ends in a whole word (`помощи`) after a
    stem (`госсоц`), so it filled its column on a word and `на` opens the next words;
    `госсоцпомощина` is no word's cut."""
    raw = ["предоставления ", "мер ", "госсоцпомощи", "на основе ", "данных"]
    assert rejoined(raw, True)[2] == "госсоцпомощи"
    monkeypatch.setattr(words, "_stem_compound", lambda *a: False)
    assert rejoined(raw, True)[2] == "госсоцпомощина "


def test_cut_word_before_a_function_word_ending_is_still_glued() -> None:
    """`Министерст` / `во`: a cut first piece ends inside its word, no whole word at
    its tail, so its rest is glued though it spells a preposition."""
    assert not words._stem_compound("Министерст", "во")
    assert rejoined(["Министерст", "во ", "образования"], True)[0].startswith("Министерство")


def test_min_compound_word_setting() -> None:
    """A tail shorter than `min_compound_word` letters is no whole last part:
    `соцконтр` ends in the dictionary's `контр` (5 letters), yet is a cut piece."""
    assert SETTINGS.min_compound_word == 6
    assert not words._stem_compound("соцконтр", "по")
    assert words._stem_compound("госсоцпомощи", "по")


def test_but_without_a_comma_is_a_cut_word_s_rest(monkeypatch) -> None:
    """`автоматизирован` / `но через ЕГИССО`: Russian punctuation puts a comma before the
    conjunction `но`; a line ending in letters before it was cut inside the word the
    dictionary reads across the cut (`автоматизированно`)."""
    raw = ["формирование ", "документов ", "автоматизирован", "но через ЕГИССО", "Доля "]
    assert rejoined(raw, True)[2] == "автоматизированно "
    monkeypatch.setattr(words, "_comma_conjunction_rest", lambda *a: False)
    assert rejoined(raw, True)[2] == "автоматизирован"


def test_comma_conjunctions_setting() -> None:
    """After a comma `но` is the conjunction: the line ends in the comma, not in letters,
    and nothing is glued."""
    assert "но" in SETTINGS.comma_conjunctions
    raw = ["данные получены, ", "но не ", "обработаны"]
    assert rejoined(raw, True)[:2] == ["данные получены, ", "но не "]
    assert not words._comma_conjunction_rest("автоматизирован", "на")


def test_acronym_cut_by_a_break_glues_where_the_document_prints_it_whole(
        monkeypatch) -> None:
    """`ЕГИС` | break | `СО`: the cell's join glues capitals the document prints glued
    whole (`ЕГИССО`) and never apart; capitals printed apart (`АРМ ГС`) stay two."""
    from extract.strategy.lexicon import Lexicon
    frags = ["социальных услуг в ЕГИС", "СО"]
    lex = Lexicon(whole={"егиссо"})
    assert words.join_cell(frags, lex) == "социальных услуг в ЕГИССО"
    assert words.join_cell(frags) == "социальных услуг в ЕГИС СО"
    apart = Lexicon(whole={"арм", "гс"}, pairs={("арм", "гс")})
    assert words.join_cell(["АРМ", "ГС"], apart) == "АРМ ГС"
    monkeypatch.setattr(words, "_acronym_glued_elsewhere", lambda *a: False)
    assert words.join_cell(frags, lex) == "социальных услуг в ЕГИС СО"


def test_but_after_a_piece_that_is_no_word_is_left_to_the_other_rules() -> None:
    """`предоставл` / `но`: the piece is no word, so the conjunction rule does not
    speak; `но` is another cell's rest (`постоян` | break | `но`)."""
    assert not words._comma_conjunction_rest("предоставл", "но")
    raw = [", ", "сокращени", "е сроков их ", "предоставл", "но", "искусственного "]
    assert "предоставлно" not in rejoined(raw, True)
