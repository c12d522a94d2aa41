"""`extract.morphology.words_opening`: the one prefix look-up in pymorphy3's word graph
that the text-dump lines stage and the PDF cut-word rules share."""

from extract.morphology import words_opening
from extract.pdf.cut_words import _opens_no_known_word
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


def test_both_readers_ask_the_same_helper() -> None:
    # PDF: a next line's first letters that begin no word.
    assert _opens_no_known_word("изирова")
    assert not _opens_no_known_word("федерац")
    # Lines stage: a cut stem whose rest is another cell's inflection.
    assert _stem_of_other("федерац", "их")
    assert not _stem_of_other("федерац", "ии")
