"""Section 6 of the text reader, round 7m: a term's year or date cut by a page break in
a term column one or two characters wide; on small hand-made strings, each test fails
without the rule it names."""

from __future__ import annotations

from extract.strategy.cells import project_starts
from extract.strategy.projects import (
    _glue_cut_years,
    _unwrapped_numbers,
    find_term,
    term_open,
    term_rest,
)
from extract.strategy.sections import Line


def _lines(raws: list[str], brk_at: int | None = None) -> list[Line]:
    return [Line(n, r, 1, n == brk_at) for n, r in enumerate(raws)]


def test_date_rest_after_a_break_is_one_line():
    """`до 0` | break | … `1.0` / `7.2` / `0` / `2` / `3` (the date's rest, paired by
    the lines stage): one line `1.07.2023`, so its last `3` is no row number."""
    raws = ["1", "Проект один", "до ", "0", "Описание", "льготных ", "1.0", "7.2", "0", "2",
            "3", "категорий граждан", "2", "Проект два"]
    glued = [ln.text for ln in _glue_cut_years(_lines(raws, brk_at=5))]
    assert "1.07.2023" in glued and "3" not in glued


def test_date_first_digits_after_a_preposition_open_the_term():
    """`до 0` before a break: the term is open (its date's rest follows), and is
    found as the row's term cell."""
    assert term_open("до 0")
    span = find_term(["Повышение", "качества и", "до 0", "В рамках проекта"], open_at_end=True)
    assert span == (2, 3)
    tails = ["льготных", "1.07.2023", "категорий граждан"]
    assert term_rest("до 0", tails, [True, False, True], True) == "до 01.07.2023"


def test_number_after_a_term_preposition_is_no_row_number():
    """`До⏎` / `2` | break | `0` / `3` / `0` in a dotted table: the `2` is the year's
    first digit (a № cell never follows a preposition), not row 7.2 printed bare."""
    raws = ["7.1", "Строим", "Повышение", "До ", "2", "В рамках проекта", "7.2", "Строим умные"]
    for spaced in (True, False):
        lines = _lines(raws) if spaced else _lines([r.strip() for r in raws])
        starts = project_starts(_unwrapped_numbers(lines, spaced), 7)
        assert [(i, num.no) for i, num in starts] == [(0, "7.1"), (6, "7.2")]


def test_cut_word_last_letter_is_no_preposition():
    """`Участни` / `к` (the role cut letter by letter, no wrap mark) then row `3`: the
    `к` is no term preposition, so `3` stays the row's number."""
    raws = ["1", "Проект один", "Участни", "к", "2", "Проект два", "Участни", "к", "3",
            "Проект три"]
    for spaced in (True, False):
        starts = project_starts(_unwrapped_numbers(_lines(raws), spaced), 1)
        assert [num.no for _, num in starts] == ["1", "2", "3"]


def test_year_rest_digit_by_digit_is_no_row_number():
    """`2` | break | `0` / `2` / `4` / `«Цифровая` (a year's rest in a column one digit
    wide, then the description's tail): the `4` is the year's last digit, not row 7.4
    printed bare; the term reads `2024`."""
    raws = ["7.1", "Проект", "Участник", "7.2", "Проект", "Участник", "7.3", "Цифровая",
            "Повышение", "2", "В рамках", "платформа", "0", "2", "4", "«Цифровая платформа",
            "7.4", "Проект"]
    starts = project_starts(_unwrapped_numbers(_lines(raws, brk_at=11), False), 7)
    assert [(i, num.no) for i, num in starts] == [(0, "7.1"), (3, "7.2"), (6, "7.3"),
                                                  (16, "7.4")]
    assert term_rest("2", ["платформа", "0", "2", "4", "«Цифровая платформа"]) == "2024"
