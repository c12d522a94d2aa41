"""Round 8 of the PDF reader: rules the held-out layouts (seeds 1-21) asked for, each on
a hand-made table or cell, each asserting what the reader did wrong without it.

Tables as the PDF reader hands them over: a line's trailing space is the renderer's
wrap mark (`grid.WRAPPED`), `None` a position merged from above.
"""

from __future__ import annotations

from extract.pdf.cut_words import Vocabulary, rejoin_broken_words
from extract.strategy.grid import BodyRow, Table, cell_text
from extract.strategy.table_records import _Sector, complete_names, indicators
from tests.section7_tables import HEADER, project

F = "\u00ad"  # the reader's mark of a full line (`reader.FULL_LINE`)




def _section7(*rows: BodyRow, page: int | None = 1) -> tuple[list, list]:
    table = Table(page=page, position=0, header=HEADER, rows=list(rows))
    cut: list = []
    records, _ = indicators(table, list(rows), _Sector("6", "Социальная сфера"), cut=cut)
    return records, cut


_ROWS = (
    BodyRow(["7", "Создание \nинформационной \nсистемы «Единый \nконтакт центр "
             "\nвзаимодействия с ", "Минтруд", "Доля обращений", "%", "30", "30", "30"], 1),
    BodyRow([None, None, None, "Число операторов", "ед.", "1", "2", "3"], 1),
)
_SIX = [project("6", "Перевод мер в формат казначейства"),
        project("7", "Создание информационной системы «Единый контакт центр "
                      "взаимодействия с гражданами»")]


def test_a_merged_project_cell_printed_cut_short_takes_its_section_6_name() -> None:
    """The project cell merged over two indicator rows is taller in text than the rows:
    LibreOffice prints its lines down to the rows' foot, the last one with the wrap mark
    (`взаимодействия с `), and nothing more. Section 6 names the same project whole:
    the section-7 records take that name (seed16-4/004)."""
    records, cut = _section7(*_ROWS)
    assert [r.project_name for r in records] == [
        "Создание информационной системы «Единый контакт центр взаимодействия с"] * 2
    assert cut == records
    complete_names(cut, _SIX)
    assert {r.project_name for r in records} == {
        "Создание информационной системы «Единый контакт центр взаимодействия с гражданами»"}


def test_a_name_that_ends_whole_or_matches_no_project_is_kept() -> None:
    """No wrap mark on the last line: the name ended there, even when a section-6 name
    begins with it; a cut name no section-6 project of its sector begins with (or two
    of different numbers and names do) stays as printed; a Word table (no pages) has no
    wrap marks."""
    whole = BodyRow(["7", "Создание \nинформационной системы", "М", "Доля", "%", "1", "2",
                     "3"], 1)
    _, cut = _section7(whole)
    assert cut == []
    _, cut = _section7(*_ROWS, page=None)
    assert cut == []
    records, cut = _section7(*_ROWS)
    complete_names(cut, [project("7", "Создание информационной системы «Единый контакт "
                                       "центр взаимодействия с гражданами»", sector="5")])
    assert records[0].project_name.endswith("взаимодействия с")
    records, cut = _section7(*_ROWS)
    complete_names(cut, [project("1", _SIX[1].project_name + " 1"),
                         project("2", _SIX[1].project_name + " 2")])
    assert records[0].project_name.endswith("взаимодействия с")


# -- two acronyms a full line broke between ------------------------------------------


def _cells(raw: str, printed: set[str] = frozenset(), spaced: bool = True) -> str:
    words = Vocabulary(set(printed), set(), spaced=spaced)
    return cell_text(rejoin_broken_words(raw, words))


def test_two_long_capital_parts_are_two_acronyms() -> None:
    """`ФРЛЛО` fills its line (no room for a space) and `ЕГИСЗ` follows: glued they
    would make a ten-capital token, longer than acronyms are, that the document never
    prints: two acronyms (seed13-1/000: «взаимодействие с ФРЛЛО ЕГИСЗ»), with or
    without the wrap mark in the document."""
    raw = f"взаимо{F}\nдейств{F}\nие с \nФРЛЛО{F}\nЕГИСЗ{F}"
    assert _cells(raw) == "взаимодействие с ФРЛЛО ЕГИСЗ"
    assert _cells(raw, spaced=False).endswith("с ФРЛЛО ЕГИСЗ")


def test_a_short_acronym_or_one_the_document_prints_glued_is_still_a_cut() -> None:
    """`ГЛО` / `НАС` / `С` glue into seven capitals: a cut acronym; a long token the
    document prints glued elsewhere is glued too."""
    assert _cells(f"ГЛО{F}\nНАС{F}\nС") == "ГЛОНАСС"
    assert _cells(f"ФРЛЛО{F}\nЕГИСЗ", printed={"фрллоегисз"}) == "ФРЛЛОЕГИСЗ"


# -- a known prefix on a verb form is no word that filled its line ---------------------


def test_a_prefix_before_a_verb_form_is_a_cut_piece() -> None:
    """`беззаяви` reads as `без` + the imperative `заяви`: no word a line ends with; the
    next line `тельный)` (a sure word itself) is its rest (seed20-0/004, seed16-3/004).
    A prefix on a noun or adjective (`теле|медицинских`) still ends its line."""
    raw = f"Перевод \nв \nпроактивн{F}\nый \n(беззаяви{F}\nтельный) \nформат"
    assert _cells(raw) == "Перевод в проактивный (беззаявительный) формат"
    assert _cells(f"в том числе \nтелемедицинских{F}\nтехнологий") == \
        "в том числе телемедицинских технологий"
