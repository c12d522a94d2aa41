"""Round 9 of the PDF reader: rules the held-out layouts (seeds 22-24) asked for, each on
a hand-made cell, each asserting what the reader did wrong without it."""

from __future__ import annotations

from extract.pdf.cut_words import Vocabulary, rejoin_broken_words
from extract.pdf.reader import CUT_LINE, FULL_LINE
from extract.strategy.grid import BodyRow, Table, cell_text
from extract.strategy.records import ProjectRecord
from extract.strategy.table_records import _Sector, complete_names, indicators

F = FULL_LINE


def _spaced(whole: set[str] = frozenset(), printed: set[str] = frozenset()) -> Vocabulary:
    """A document that prints a space at the end of every line wrapped at a space."""
    return Vocabulary(set(printed) | set(whole), set(whole), spaced=True)


def _read(raw: str, words: Vocabulary) -> str:
    return cell_text(rejoin_broken_words(raw, words))


def test_a_whole_word_before_the_pieces_of_a_printed_word_ends_its_line() -> None:
    """A column two letters wide has no room for a wrap's space: `на` alone on its full
    line and the pieces of `основе` look alike. `наос` is a dictionary word, but the
    pieces after `на` make a word the document prints whole: `на` ends there."""
    words = _spaced({"сервисов", "на", "основе"})
    raw = f"се{F}\nрв{F}\nис{F}\nов{F}\nна{F}\nос{F}\nн{CUT_LINE}\nов{F}\nе "
    assert _read(raw, words) == "сервисов на основе"
    # cut by a page break after `ов`: the open pieces begin `основе`, so `на` stays
    assert rejoin_broken_words(f"на{F}\nос{F}\nн{CUT_LINE}\nов{F}", words).startswith(
        f"на{F}\n")
    # a line with room for a space (CUT_LINE) was cut, whatever follows
    assert _read(f"система{CUT_LINE}\nм{F}\nм ", _spaced({"система", "мм"})) == "системам м"


def test_a_preposition_after_a_word_the_dictionary_lacks() -> None:
    """`цифровизация` is unknown to pymorphy3 and fills its line; `для` (a preposition of
    three letters) ends no word, so the line was not cut."""
    assert _read(f"«Цифровизация{F}\nдля транспортной", _spaced()) == \
        "«Цифровизация для транспортной"
    # a two-letter preposition may be a cut ending (`производст` / `во`): still glued
    assert _read(f"производст{F}\nво", _spaced()) == "производство"


def test_a_piece_that_begins_no_word_goes_on_the_line_before() -> None:
    """`автомат` is a word, but no dictionary word and no word the document prints
    begins with `изир`: `изирова` is the middle of a word cut twice (the source's own
    `автоматизированно`, which the dictionary lacks, so no chain of pieces glues it)."""
    assert _read(f"автомат{F}\nизирова{F}\nнно е", _spaced()) == "автоматизированно е"
    # a piece that may begin a word stays apart from a word before it
    assert _read(f"для{F}\nцифровых", _spaced()) == "для цифровых"


# -- a section-7 project cell printed cut short inside a word ------------------------

_HEADER = [["№", "Наименование проекта", "Ответственный исполнитель",
            "Наименование показателя", "Единица измерения", "2024", "2025", "2026"]]


def _project(no: str, name: str) -> ProjectRecord:
    return ProjectRecord(sector_no="6", sector_name="Экономика", project_no=no,
                         project_name=name, goal="", term="", description="",
                         financing="", region_role="")


def _section7(project_cell: str) -> tuple[list, list, list]:
    rows = [BodyRow(["3", project_cell, "Минпром", "Количество", "ед.", "5", "10", "15"], 1)]
    table = Table(page=1, position=0, header=_HEADER, rows=rows)
    cut: list = []
    inside: list = []
    records, _ = indicators(table, rows, _Sector("6", "Экономика"), cut=cut, inside=inside)
    return records, cut, inside


def test_a_project_cell_cut_inside_a_word_takes_its_section_6_name() -> None:
    """LibreOffice prints a merged cell no taller than its rows: the last printed line
    `регио` is full (a word cut there), with no wrap mark. The project of the same
    sector and number in section 6 goes on from it with a letter: its name is taken."""
    six = [_project("3", "Поддержка проектов на предприятиях региона"),
           _project("4", "Поддержка проектов на предприятиях регионального значения")]
    records, cut, inside = _section7(f"Поддержка \nпроектов на \nпредприятиях \nрегио{F}")
    assert cut == [] and inside == records
    complete_names(cut, six, inside)
    assert records[0].project_name == "Поддержка проектов на предприятиях региона"
    # a last line that is not full ended the name; a name section 6 prints alike stays
    records, cut, inside = _section7("Поддержка \nпроектов на \nпредприятиях \nрегио")
    assert inside == []
    records, cut, inside = _section7(f"Поддержка \nпроектов на \nпредприятиях \nрегиона{F}")
    complete_names(cut, six, inside)
    assert records[0].project_name == "Поддержка проектов на предприятиях региона"
