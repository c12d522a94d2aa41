"""Round 9, second wave, of the PDF reader: rules the held-out layouts asked for, each on
a hand-made table, each asserting what the reader did wrong without it."""

from __future__ import annotations

from extract.pdf.cut_words import Vocabulary, rejoin_broken_words
from extract.strategy.grid import BodyRow, Table, cell_text
from extract.strategy.table_records import _Sector, indicators, respace_names
from tests.section7_tables import HEADER, project


def _section7(*rows: BodyRow, page: int | None = 1) -> tuple[list, list]:
    table = Table(page=page, position=0, header=HEADER, rows=list(rows))
    printed: list = []
    records, _ = indicators(table, list(rows), _Sector("6", "Социальная сфера"),
                            printed=printed)
    return records, printed


# A project column two letters wide at 14 pt: no room for a wrap's space, so the lines
# say nothing of where words end (the reader glues or parts them as best it can).
_LETTERS = "системамониторингамедицинскихорганизаций(рекомендованоФОИВ)"
_NARROW = BodyRow(["1", "\n".join(_LETTERS[k:k + 2] for k in range(0, len(_LETTERS), 2)),
                   "Минздрав", "Доля", "%", "1", "2", "3"], 1)
_WIDE = BodyRow(["1", "Система мониторинга \nмедицинских организаций \n(рекомендовано "
                      "ФОИВ)", "Минздрав", "Доля", "%", "1", "2", "3"], 1)
_SIX = [project("1", "Система мониторинга медицинских организаций (рекомендовано ФОИВ)"),
        project("2", "Система мониторинга")]


def test_a_narrow_project_cell_takes_the_spacing_of_its_section_6_name() -> None:
    """The letters of the section-7 cell, spaces aside, are those of one section-6 name
    of its sector: the record takes that name (seed26-5/u00 read no indicator right)."""
    records, printed = _section7(_NARROW)
    assert records[0].project_name.startswith("си ст ем ам")
    assert printed == records
    respace_names(printed, _SIX)
    assert records[0].project_name == _SIX[0].project_name


def test_a_wide_cell_or_other_letters_or_another_sector_or_word_is_kept() -> None:
    """A cell of lines of many letters keeps its own spaces (section 6 may be the one a
    narrow column misspaced); different letters (another project), a project of
    another sector, two section-6 names of other numbers with the same letters, or a
    Word table (spaces there were typed) leave the printed name as it is."""
    _, printed = _section7(_WIDE)
    assert printed == []
    records, printed = _section7(_NARROW)
    respace_names(printed, [project("1", _SIX[0].project_name + " 2"),
                            project("1", _SIX[0].project_name, sector="5")])
    assert records[0].project_name.startswith("си ст ем ам")
    records, printed = _section7(_NARROW)
    respace_names(printed, [project("3", _SIX[0].project_name),
                            project("4", _SIX[0].project_name.replace(" (", "("))])
    assert records[0].project_name.startswith("си ст ем ам")
    records, printed = _section7(_NARROW, page=None)
    assert printed == []


# -- an adjective the dictionary lacks, then a sure word -----------------------------

F = "\u00ad"  # the reader's mark of a full line (`reader.FULL_LINE`)


def _read(raw: str) -> str:
    """A document that marks its wraps and prints none of these words elsewhere."""
    return cell_text(rejoin_broken_words(raw, Vocabulary(set(), set(), spaced=True)))


def test_an_unknown_adjective_before_a_sure_longer_word_stays_apart() -> None:
    """`валидирована` (a participle pymorphy3 only guesses) filled its line; `чистота`
    is a sure word of 4+ letters and `валидированачистота` no adjective form: two words
    even where the document prints neither elsewhere (seed22-4/002, 004)."""
    assert _read(f"Данные \nвалидирована{F}\nчистота") == "Данные валидирована чистота"
    assert _read(f"для \nтаргетированного{F}\nподбора") == "для таргетированного подбора"


def test_an_adjective_ending_that_is_a_word_too_still_glues() -> None:
    """`ному` is a word to pymorphy3 as well, but `цифровизированному` is an adjective
    form: the ending of the participle cut by the column."""
    assert _read(f"к \nцифровизирован{F}\nному") == "к цифровизированному"


def test_an_unknown_adjective_before_a_cut_sure_word_stays_apart() -> None:
    """The word after the adjective is itself cut (`информирова` / `ния`): its pieces
    glue into the sure word `информирования`, so the adjective's line ended a word
    (seed22-4/004); the pieces still glue."""
    raw = f"для \nпроактивного{F}\nинформирова{F}\nния \nграждан"
    assert _read(raw) == "для проактивного информирования граждан"
