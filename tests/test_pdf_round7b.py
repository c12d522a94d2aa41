"""Round 7b: an indicator row cut by a page break, values and all (section 7).

Hand-made tables as the PDF reader hands them over: a line's trailing space is the
renderer's wrap mark (`grid.WRAPPED`), `\\xad` a full line (`grid.SOFT_HYPHEN`), the
first row after the break is `cont`, `None` a position merged from above.
"""

from __future__ import annotations

from functools import partial

from extract.pdf.cut_words import Vocabulary, rejoin_broken_words
from extract.strategy.grid import BodyRow, Table
from extract.strategy.table_records import _Sector, indicators

F = "\u00ad"
HEADER = [["№", "Наименование проекта", "Ответственный исполнитель",
           "Наименование показателя", "Единица измерения", "2024", "2025", "2026"]]


def _read(*rows: BodyRow) -> list[tuple[str, str, list[str]]]:
    # the PDF's clean-up of a whole cell: a number cut at a full line glued back
    words = Vocabulary(set(), set(), spaced=True)
    table = Table(page=1, position=0, header=HEADER, rows=list(rows),
                  clean=partial(rejoin_broken_words, words=words))
    records, _ = indicators(table, list(rows), _Sector("9", "Строительство"))
    return [(r.project_name, r.indicator_name, r.values) for r in records]


def _row(cells: list[str | None], page: int = 1, cont: bool = False) -> BodyRow:
    return BodyRow(list(cells), page, cont)


def test_a_name_wrapped_at_the_pages_foot_takes_the_rest_with_its_values() -> None:
    """`Объем жилищного ` (wrapped at a space: the cell goes on) over the break, the
    rest `строительства` with the values' cut digits (`0,98` | `1`, `1,21` | `7`): one
    row, though both sides print values (seed13-4/002)."""
    got = _read(
        _row(["1", "Строим в 1 клик", "Минстрой", "Ввод жилья", "кв. м", "1", "2", "3"]),
        _row([None, None, None, "Объем жилищного ", "Миллион ",
              f"0,98{F}", f"1,15{F}", f"1,21{F}"]),
        _row(["", "", "", "строительства", "квадратных \nметров", "1", "", "7"], 2, True),
    )
    assert got[-1] == ("Строим в 1 клик", "Объем жилищного строительства",
                       ["0,981", "1,15", "1,217"])
    assert len(got) == 2


def test_a_row_below_the_break_without_an_indicator_name_is_the_rest() -> None:
    """Every indicator row names its indicator: values under a blank name cell (not one
    merged from above) are the cut values' rest (`0.001` | `6`, seed16-1/002)."""
    got = _read(
        _row(["1", "Строим в 1 клик ", "Министерство ", "Объем экспорта", f"млрд{F}",
              "0", "0", f"0.001{F}"]),
        _row(["", "(рекомендовано ФОИВ)", "строительства", "", "долл.", "", "", "6"],
             2, True),
    )
    assert got == [("Строим в 1 клик (рекомендовано ФОИВ)", "Объем экспорта",
                    ["0", "0", "0.0016"])]


def test_a_new_indicator_after_the_break_stays_a_row_of_its_own() -> None:
    """The wrap mark of a cell merged down (the project, its body) says that cell goes
    on, not the row: a named indicator with values after the break is a row."""
    got = _read(
        _row(["1", "Строим в 1 клик ", "Министерство ", "Объем экспорта", "ед.",
              "1", "2", "3"]),
        _row(["", "(рекомендовано ФОИВ)", "строительства", "Ввод жилья", "ед.",
              "4", "5", "6"], 2, True),
    )
    assert got == [("Строим в 1 клик (рекомендовано ФОИВ)", "Объем экспорта",
                    ["1", "2", "3"]),
                   ("Строим в 1 клик (рекомендовано ФОИВ)", "Ввод жилья", ["4", "5", "6"])]
    # and an indicator whose name ended above (no wrap mark) is not continued either
    got = _read(
        _row(["1", "Проект", "Орган", "Объем жилищного", "ед.", "1", "2", "3"]),
        _row(["", "", "", "строительства", "ед.", "4", "5", "6"], 2, True),
    )
    assert [g[1] for g in got] == ["Объем жилищного", "строительства"]


# -- a word's first piece, by what the document prints whole -----------------------------

def test_a_piece_that_opens_a_word_printed_whole_elsewhere_is_glued() -> None:
    """`маркет` (a dictionary word) fills its line alone, without the wrap mark, and
    `плейса` (no word) follows: the document prints `Маркетплейс` whole and never
    `маркет` whole, so the line cut that word (seed13-1/000)."""
    from extract.strategy.grid import cell_text

    def read(whole: set[str]) -> str:
        words = Vocabulary(set(whole), set(whole), spaced=True)
        return cell_text(rejoin_broken_words(f"на \nплатформе \nмаркет{F}\nплейса", words))

    assert read({"маркетплейс", "платформе"}) == "на платформе маркетплейса"
    # the document prints the piece whole too: no evidence, the pieces stay apart
    assert read({"маркетплейс", "маркет"}) == "на платформе маркет плейса"
    # nothing printed whole opens with it
    assert read({"маркетинг"}) == "на платформе маркет плейса"
