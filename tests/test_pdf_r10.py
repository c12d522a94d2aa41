"""Round 10 of the PDF reader: rules the held-out layouts (seeds 25-27) asked for, each on
a hand-made cell or page, each asserting what the reader did wrong without it."""

from __future__ import annotations

from extract.pdf.cut_words import Vocabulary, rejoin_broken_words, vocabulary
from extract.pdf.reader import CUT_LINE, FULL_LINE, Fragment, Page, TextLine, _widest_letters
from extract.strategy.grid import cell_text

F = FULL_LINE


def _spaced(whole: set[str] = frozenset(), printed: set[str] = frozenset(),
            pairs: set[tuple[str, str]] = frozenset()) -> Vocabulary:
    """A document that prints a space at the end of every line wrapped at a space."""
    return Vocabulary(set(printed) | set(whole), set(whole), spaced=True, pairs=set(pairs))


def _read(raw: str, words: Vocabulary) -> str:
    return cell_text(rejoin_broken_words(raw, words))


# -- the widest letter: the pages read before count too --------------------------------

def _char(text: str, x0: float, width: float) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + width, "fontname": "F", "size": 10.0}


def test_the_widest_letter_of_the_pages_read_before_counts() -> None:
    """A page that prints only narrow letters (no `ю`) took a narrow one for the widest,
    so `под` / `кл` at its foot (`юченных` after the break) was not marked full
    (seed27-4/u01). The widest letter of the pages read before is kept and counts."""
    seen: dict = {}
    _widest_letters([_char("ю", 0, 12.0)], seen)
    page = [_char("к", 0, 8.0), _char("л", 8, 8.0)]
    assert _widest_letters(page)[("F", 10.0, False)] == 8.0
    assert _widest_letters(page, seen)[("F", 10.0, False)] == 12.0
    assert seen[("F", 10.0, False)] == 12.0


# -- a piece that opens only names ----------------------------------------------------

def test_a_piece_that_opens_only_names_goes_on_the_line_before() -> None:
    """`ования` opens no common word (the dictionary's `ован…` are forms of the name
    `Ованес`, and a small letter starts no name): `рейтинг` filled its line cut
    (seed27-4/002), though `рейтинг` is a word."""
    assert _read(f"механизма \nрейтинг{F}\nования) \nи", _spaced()) == \
        "механизма рейтингования) и"
    # after a word the document prints whole elsewhere the evidence is too weak (a
    # misspelt `рашифровки`: `раши` opens only `Рашид`)
    assert _read(f"на \nоснове{F}\nрашиф{F}\nровки", _spaced(whole={"основе"})) == \
        "на основе рашифровки"
    # a piece that opens a common word is still judged by the other rules
    assert _read(f"механизма \nрейтинг{F}\nагентства", _spaced()) == \
        "механизма рейтинг агентства"


def test_a_small_letter_opening_a_continued_part_starts_no_word() -> None:
    """The first line of a cell at the top of a page after a page that ended with a table
    may be a tail of a word the break cut (`ования)`): it does not count as printed
    whole, which had made `ован` open a printed word."""
    def pages(first: str) -> list[Page]:
        return [Page(1, [Fragment(1, (0, 0, 100, 100), [0.0, 50.0], [["А", "Б"]])]),
                Page(2, [Fragment(2, (0, 0, 100, 100), [0.0, 50.0], [[first, "Доля"]])])]
    assert "ования" not in vocabulary(pages("ования) \nи")).whole
    # after running text the part starts a table: its first line starts a word
    start = pages("процентов \nи")
    start[1].items.insert(0, TextLine("Таблица 3", 2, 0.0))
    assert "процентов" in vocabulary(start).whole


# -- words printed only over certainly cut lines ----------------------------------------

def _doc(*cells: str) -> Vocabulary:
    """A spaced document whose only table prints `cells` in one row."""
    wrapped = "Один \nдва \nтри \nчетыре"  # lines wrapped at a space: the document is spaced
    rows = [[wrapped, *cells]]
    return vocabulary([Page(1, [Fragment(1, (0, 0, 300, 100), [0.0, 50.0], rows)])])


def test_a_word_printed_over_certainly_cut_lines_counts_as_printed_whole() -> None:
    """`Мар` / `кетп` / `лейс` with room for a space at each cut (CUT_LINE): the document
    prints `маркетплейс`, so a later `Маркет` / `плейс` (a full line, `маркет` a word,
    `плейс` none) is glued (seed26-5/000); likewise `даннымиР` / `СУД`."""
    words = _doc(f"Мар{CUT_LINE}\nкетп{CUT_LINE}\nлейс \nпрограммного",
                 f"управления \nданнымиР{CUT_LINE}\nСУД")
    assert {"маркетплейс", "даннымирсуд"} <= words.whole
    assert _read(f"Маркет{F}\nплейс \nпрограммного", words) == "Маркетплейс программного"
    assert _read(f"управления \nданным{F}\nиРСУД", words) == "управления даннымиРСУД"
    # a word whose end the cell does not show (a full last line) is not taken
    assert "маркетплейс" not in _doc(f"Мар{CUT_LINE}\nкетп{CUT_LINE}\nлейс{F}").whole
    assert _read(f"Маркет{F}\nплейс \nпрограммного", _spaced()) == \
        "Маркет плейс программного"


# -- a short word and pieces that make a word printed whole ------------------------------

def test_a_short_word_and_pieces_that_make_a_printed_word_glue() -> None:
    """A column three letters wide: `«Ка` / `бар` / `дин` / `о` (`ка` is a dictionary
    word, so the pairwise rules kept it apart) glue into `Кабардино`, printed whole
    elsewhere (seed27-4/004, `«Ку` / `зба` / `сс` in seed27-4/000)."""
    words = _spaced(whole={"кабардино", "кузбасс"})
    assert _read(f"«Ка{F}\nбар{F}\nдин{F}\nо \nБал", words) == "«Кабардино Бал"
    assert _read(f"«Ку{F}\nзба{F}\nсс \nОнлайн»", words) == "«Кузбасс Онлайн»"
    assert _read(f"«Ка{F}\nбар{F}\nдин{F}\nо \nБал", _spaced()) != "«Кабардино Бал"
    # printed apart: two words
    apart = _spaced(whole={"кабардино", "ка", "бардино"}, pairs={("ка", "бар")})
    assert _read(f"«Ка{F}\nбар{F}\nдин{F}\nо \nБал", apart).startswith("«Ка бар")


# -- a word the source hyphenated by hand ------------------------------------------------

def test_a_hand_hyphenated_word_cut_before_its_hyphen_glues() -> None:
    """`Автомати-зированная` (the source's hyphen) in a narrow column: `«Автомат` /
    `и-` / `зированн` / `ая`. `автомат` is a word and `и` too, but the three without
    the hyphen make `автоматизированная` (seed27-0/000, seed27-4/000)."""
    assert _read(f"ФГИС \n«Автомат{F}\nи-\nзированн{F}\nая \nсистема", _spaced()) == \
        "ФГИС «Автомати-зированная система"
    # a compound of two words stays as printed
    assert _read(f"система{F}\nинформационно-\nаналитическая", _spaced()) == \
        "система информационно-аналитическая"


def test_the_rest_of_a_hand_hyphenated_word_ends_it() -> None:
    """`«Автоматизирован-` / `ная` / `сис` / `тем` / `а`: `ная` alone is no word and was
    glued to `система`'s first piece; with the part before the hyphen it makes the
    dictionary word `автоматизированная`, so the word ended there (seed27-4/000)."""
    raw = f"«Автоматизирован-\nная{F}\nсис{F}\nтем{F}\nа \nлицензирования"
    assert _read(raw, _spaced()) == "«Автоматизирован-ная система лицензирования"


# -- a preposition before a word no preposition governs -----------------------------------

def test_a_preposition_before_a_nominative_is_an_ending() -> None:
    """`доступ` / `на` are a word and a sure preposition, kept apart (`виде` / `на`); but
    `автоматизированная` after it can only be nominative, which no preposition governs:
    `на` ended `доступна` (seed26-0/000)."""
    raw = f"которым \nдоступ{F}\nна \nавтома{F}\nтизиро{F}\nванная \nсистема"
    assert _read(raw, _spaced()) == "которым доступна автоматизированная система"
    # before a word in a case the preposition governs it stays a preposition
    assert _read(f"в \nвиде{F}\nна \nплатформе", _spaced()) == "в виде на платформе"
