"""Round 8, second wave, of the PDF reader: cut-word rules the held-out layouts asked
for, each on a hand-made cell, each asserting what the reader did wrong without it."""

from __future__ import annotations

from extract.pdf.cut_words import Vocabulary, rejoin_broken_words, vocabulary
from extract.pdf.reader import FULL_LINE, Fragment, Page
from extract.strategy.grid import cell_text

F = FULL_LINE


def _spaced(whole: set[str] = frozenset()) -> Vocabulary:
    """A document that prints a space at the end of every line wrapped at a space."""
    return Vocabulary(set(whole), set(whole), spaced=True)


def _read(raw: str, words: Vocabulary) -> str:
    return cell_text(rejoin_broken_words(raw, words))


def test_one_letter_that_makes_another_form_of_the_word_is_its_ending() -> None:
    """`маркетплейс` filled its line (no room for a space) and the document prints it
    whole, as it prints the conjunction `а`: still `маркетплейса` is a form of
    `маркетплейс`, so the `а` is the ending cut off, not a word after it."""
    words = _spaced({"маркетплейс", "а"})
    assert _read(f"на \nплатформе \nмаркетплейс{F}\nа", words) == \
        "на платформе маркетплейса"
    # a one-letter word that makes no form of the word before stays apart
    assert _read(f"Минздрава \nРоссии{F}\nс использованием", _spaced({"россии", "с"})) == \
        "Минздрава России с использованием"


def test_an_adjective_printed_whole_in_another_form_ends_its_line() -> None:
    """`проактивном` is unknown to pymorphy3 (read as an adjective by its ending) and
    `формате` is printed only at a line's start; the document prints `проактивным`
    whole: a complete form of that adjective filled the line, two words."""
    raw = f"гражданами в \nпроактивном{F}\nформате."
    assert _read(raw, _spaced({"проактивным"})) == "гражданами в проактивном формате."
    # Round 9b: without the other form printed whole too, `формате` being a sure word
    # of 4+ letters that glues into no adjective form (tests/test_pdf_r9b.py)
    assert _read(raw, _spaced()) == "гражданами в проактивном формате."


def _cells(*cells: str) -> list[Page]:
    frag = Fragment(page=1, bbox=(0, 0, 100, 100), columns=[0, 50],
                    rows=[[c, "x"] for c in cells])
    return [Page(number=1, items=[frag])]


def test_a_word_next_to_punctuation_at_a_line_edge_is_printed_whole() -> None:
    """No word goes on through a bracket, quote or comma: a full line's last word
    before a line opening with `(` (`проактивный` / `(беззаявительный)`) or ending with
    one, and the first word after a line ending with one, are printed whole; that
    whole `проактивный` then tells `проактивном` / `режиме` apart elsewhere."""
    pages = _cells(f"Перевод в \nпроактивный{F}\n(беззаявительный) \nформат",
                   f"иных организаций,{F}\nприменением{F}\nмодели",
                   f"доля в \nпроактивном{F}\nрежиме")
    words = vocabulary(pages)
    assert {"проактивный", "беззаявительный", "организаций"} <= words.whole
    # a line after a comma starts a word; it may still be cut at its own end
    assert "применением" not in words.whole
    assert _read(f"доля в \nпроактивном{F}\nрежиме", words) == "доля в проактивном режиме"
