"""`extract.morphology`'s prefix look-ups, which the text-dump lines stage and the PDF
cut-word rules share: `words_opening` (the word graph) and `opens_common_word` (the
parses, names and abbreviations aside)."""

from extract.morphology import opens_common_word, words_opening
from extract.strategy.words import _stem_of_other


def test_a_cut_stem_opens_dictionary_words() -> None:
    found = words_opening("федерац")
    assert found and len(found) <= 3
    assert all(w.startswith("федерац") for w in found)


def test_limit_caps_the_walk() -> None:
    assert len(words_opening("про", 1)) == 1
    assert len(words_opening("про", 5)) == 5


def test_letters_that_open_no_word() -> None:
    assert words_opening("изирова") == ()
    assert words_opening("федерацих", 1) == ()


def test_letters_that_open_only_names_open_no_common_word() -> None:
    assert not opens_common_word("ован")  # only «Ованес»
    assert opens_common_word("федерац")
    assert not opens_common_word("изирова")


def test_the_lines_stage_asks_the_word_graph() -> None:
    # Lines stage: a cut stem whose rest is another cell's inflection.
    assert _stem_of_other("федерац", "их")
    assert not _stem_of_other("федерац", "ии")
