"""Section 6 of the text reader, round 4: a term column one character wide (years
printed digit by digit, `Д` / `о`), on small hand-made strings; each test fails
without the rule it names."""

from __future__ import annotations

from extract.strategy.projects import _glue_cut_years, find_term, term_open, term_rest
from extract.strategy.sections import Line


def _lines(*raws: str, brk_at: int | None = None) -> list[Line]:
    return [Line(n, r, 1, n == brk_at) for n, r in enumerate(raws)]


def test_year_printed_digit_by_digit_is_one_line():
    """`2` / `0` / `3` / `0 ` in a column one digit wide is the year 2030, and keeps
    the last piece's wrap mark."""
    out = _glue_cut_years(_lines("До ", "2", "0", "3", "0 ", "года"))
    assert [ln.text for ln in out] == ["До", "2030", "года"]
    assert out[1].wrapped


def test_year_first_digits_before_the_description_are_one_line():
    """`2` / `0` and then another cell: the year's first digits, its rest after
    the page break."""
    out = _glue_cut_years(_lines("До ", "2", "0", "В рамках проекта "))
    assert [ln.text for ln in out] == ["До", "20", "В рамках проекта"]


def test_row_number_digits_are_not_a_year():
    """`1.` / `2` then a name: no year is made of a row number."""
    out = _glue_cut_years(_lines("1.", "2", "Цифровое "))
    assert [ln.text for ln in out] == ["1.", "2", "Цифровое"]


def test_year_rest_after_break_in_digit_lines():
    """`До 2` | break | `0` / `3` / `0` / `года`: the digit lines after the break
    complete the year."""
    assert term_open("До 2")
    assert term_rest("До 2", ["сроков их", "предоставления", "0", "3", "0", "года"],
                     [True, False, False, False, True, False],
                     spaced=True) == "До 2030 года"


def test_first_letter_of_a_term_opens_it():
    """`Д` alone among the heads of a cut row is the first letter of «До»: taken
    as the open term, and its rest after the break completes it."""
    heads = ["Повышение", "Д", "В рамках проекта", "Фе"]
    assert find_term(heads) is None
    assert find_term(heads, open_at_end=True) == (1, 2)
    assert term_rest("Д", ["сроков их", "предоставления", "о", "2030", "года"],
                     [True, False, True, True, False], spaced=True) == "До 2030 года"
